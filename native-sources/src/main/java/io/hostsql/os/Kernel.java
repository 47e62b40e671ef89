package io.hostsql.os;

import io.hostsql.os.linux.ProcFs;
import io.hostsql.os.linux.ProcModules;
import io.hostsql.os.linux.Sysctls;
import io.hostsql.os.linux.TextFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The running kernel: its loaded modules, version and boot arguments, and its parameters
 * (sysctl). Reads /proc, and the sysctl configuration files below a file-system root.
 */
public final class Kernel {
  private final ProcFs proc;
  private final Path root;

  /**
   * @param proc the procfs to read
   * @param root the file-system root whose /etc, /run and /usr/lib hold the configuration
   */
  public Kernel(ProcFs proc, Path root) {
    this.proc = proc;
    this.root = root;
  }

  /** The live kernel and configuration. */
  public static Kernel live() {
    return new Kernel(ProcFs.system(), Path.of("/"));
  }

  /** The loaded modules; none when the kernel has no module support (no /proc/modules). */
  public Parsed<KernelModule> modules() {
    List<String> problems = new ArrayList<>();
    Path file = proc.root().resolve("modules");
    List<String> lines = TextFiles.lines(file, problems);
    if (lines == null) {
      return new Parsed<>(List.of(), problems);
    }
    Parsed<KernelModule> parsed = ProcModules.parse(file.toString(), lines);
    problems.addAll(parsed.problems());
    return new Parsed<>(parsed.values(), problems);
  }

  /**
   * The release and boot arguments. The command line is split at spaces as the kernel
   * splits it for words without quotes.
   */
  public KernelInfo info() {
    String version = null;
    try {
      String[] words = proc.readString("version").split(" ");
      if (words.length > 2 && words[1].equals("version")) {
        version = words[2];
      }
    } catch (IOException e) {
      throw new OsException("cannot read " + proc.root().resolve("version") + ": " + e, e);
    }
    String cmdline;
    try {
      cmdline = proc.readString("cmdline").strip();
    } catch (IOException e) {
      throw new OsException("cannot read " + proc.root().resolve("cmdline") + ": " + e, e);
    }
    String path = null;
    String device = null;
    StringBuilder rest = new StringBuilder();
    for (String word : cmdline.split(" +")) {
      if (word.startsWith("BOOT_IMAGE=")) {
        path = word.substring("BOOT_IMAGE=".length());
      } else if (word.startsWith("root=")) {
        device = word.substring("root=".length());
      } else if (!word.isEmpty()) {
        rest.append(rest.length() == 0 ? "" : " ").append(word);
      }
    }
    return new KernelInfo(version, rest.toString(), path, device);
  }

  /**
   * The parameters under /proc/sys with their configured values.
   *
   * @param name one parameter (dotted) to read alone, or null for all
   */
  public Parsed<SystemControl> controls(String name) {
    return Sysctls.read(proc.root().resolve("sys"), root, name);
  }
}
