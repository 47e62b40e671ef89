package io.hostsql.os.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hostsql.os.Process;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CmdlineParsingTest {
  private static List<String> parse(String raw) {
    return LinuxProcess.parseCmdline(raw.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void nulSeparatedArguments() {
    assertEquals(List.of("/bin/sleep", "10", "a b"), parse("/bin/sleep\u000010\u0000a b\u0000"));
  }

  @Test
  void emptyArgumentsAreKept() {
    assertEquals(List.of("prog", "", "x"), parse("prog\u0000\u0000x\u0000"));
  }

  @Test
  void setproctitleWithoutTrailingNulSplitsOnSpaces() {
    assertEquals(List.of("postgres:", "checkpointer"), parse("postgres: checkpointer"));
  }

  @Test
  void oneNulTerminatedArgumentWithSpacesSplitsOnSpaces() {
    // psutil gh-1179: a rewritten title that kept a single trailing NUL.
    assertEquals(List.of("nginx:", "worker", "process"), parse("nginx: worker process\u0000"));
  }
}
