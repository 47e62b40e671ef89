package io.hostsql.benchmarks;

import io.hostsql.os.Platform;
import io.hostsql.os.spi.ProcessBackend;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Runs {@link ProcessPasses} on request, for benchmarks/paired_passes.py: each input line
 * "listed N" or "asmap N" runs N passes and answers the mean microseconds per pass. A
 * long-lived JVM lets the script put each of its passes right next to a pass of the peer it
 * compares with: on these shared machines the speed of everything moves by a factor of two
 * within seconds, more than a JMH fork apart from the peer's run could average out.
 */
public final class PassServer {
  private PassServer() {
  }

  public static void main(String[] args) throws Exception {
    ProcessBackend processes = Platform.current().processes();
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in,
        StandardCharsets.UTF_8));
    long sink = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      String[] words = line.trim().split(" ");
      int n = Integer.parseInt(words[1]);
      long start = System.nanoTime();
      for (int i = 0; i < n; i++) {
        sink += switch (words[0]) {
          case "listed" -> ProcessPasses.listed(processes);
          case "asmap" -> ProcessPasses.asMapAll(processes);
          default -> throw new IllegalArgumentException("unknown pass: " + words[0]);
        };
      }
      System.out.println((System.nanoTime() - start) / 1e3 / n);
      System.out.flush();
    }
    System.err.println("checksum " + sink);
  }
}
