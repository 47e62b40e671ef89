package io.hostsql.os.linux;

import io.hostsql.os.Firewall;
import io.hostsql.os.FirewallRule;
import io.hostsql.os.Parsed;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The IPv4 rules as the system's own {@code iptables-save -c} prints them, whichever backend
 * Debian's alternatives point it at (iptables-nft, reading nftables through netlink, or
 * iptables-legacy, reading x_tables through getsockopt). Reading nftables ourselves would mean
 * decoding its expression bytecode back into iptables' matches (xt compat expressions carry the
 * x_tables structures inside); the tool already does exactly that, so it is run instead:
 * fixed arguments, no shell, bounded in time and output. Only root (CAP_NET_ADMIN) may read the
 * rules; the tool's refusal becomes a problem.
 */
final class LinuxFirewall implements Firewall {
  private static final List<String> DIRS = List.of("/usr/sbin", "/sbin", "/usr/bin", "/bin");
  private static final long TIMEOUT_SECONDS = 10;
  private static final int OUTPUT_LIMIT = 16 << 20;

  private final boolean live;

  /** @param live whether the procfs is the running kernel's (a fixture has no rules to ask) */
  LinuxFirewall(boolean live) {
    this.live = live;
  }

  @Override
  public Parsed<FirewallRule> rules() {
    if (!live) {
      return new Parsed<>(List.of(), List.of("iptables: the rules are the running kernel's "
          + "only; a procfs fixture has none"));
    }
    Path tool = DIRS.stream().map(d -> Path.of(d, "iptables-save")).filter(Files::isExecutable)
        .findFirst().orElse(null);
    if (tool == null) {
      return new Parsed<>(List.of(), List.of("iptables: no iptables-save in " + DIRS
          + " (apt-get install iptables): no rules listed"));
    }
    Process p;
    try {
      p = new ProcessBuilder(tool.toString(), "-c").redirectErrorStream(true)
          .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
    } catch (IOException e) {
      return new Parsed<>(List.of(), List.of("iptables: " + tool + " did not start: "
          + e.getMessage()));
    }
    try {
      byte[] out = readBounded(p.getInputStream());
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        return new Parsed<>(List.of(), List.of("iptables: " + tool + " ran past "
            + TIMEOUT_SECONDS + " s: no rules listed"));
      }
      String text = new String(out, StandardCharsets.UTF_8);
      if (out.length >= OUTPUT_LIMIT) {
        return new Parsed<>(List.of(), List.of("iptables: " + tool + " printed more than "
            + (OUTPUT_LIMIT >> 20) + " MiB: no rules listed"));
      }
      if (p.exitValue() != 0) {
        return new Parsed<>(List.of(), List.of("iptables: " + tool + " -c failed (exit "
            + p.exitValue() + "): " + ProcModules.clip(text.strip())
            + "; only root may read the rules"));
      }
      return IptablesSave.parse(text);
    } catch (IOException e) {
      return new Parsed<>(List.of(), List.of("iptables: reading " + tool + "'s output: " + e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Parsed<>(List.of(), List.of("iptables: interrupted"));
    } finally {
      p.destroyForcibly();
    }
  }

  /** The stream to its end or to the limit, whichever comes first. */
  private static byte[] readBounded(InputStream in) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    byte[] chunk = new byte[64 * 1024];
    for (int n; b.size() < OUTPUT_LIMIT && (n = in.read(chunk)) > 0; ) {
      b.write(chunk, 0, n);
    }
    return b.toByteArray();
  }
}
