package io.hostsql.os.linux;

import io.hostsql.os.Kernel;
import io.hostsql.os.KernelInfo;
import io.hostsql.os.KernelModule;
import io.hostsql.os.OsException;
import io.hostsql.os.Parsed;
import io.hostsql.os.SystemControl;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Linux's kernel facts: /proc/modules, /proc/version, /proc/sys and the root's /boot command line.
 */
final class LinuxKernel implements Kernel {
  private final ProcFs proc;
  private final Path root;

  /**
   * @param proc the procfs to read
   * @param root the file-system root whose /etc, /run and /usr/lib hold the configuration
   */
  LinuxKernel(ProcFs proc, Path root) {
    this.proc = proc;
    this.root = root;
  }

  @Override
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

  @Override
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

  @Override
  public Parsed<SystemControl> controls(String name) {
    return Sysctls.read(proc.root().resolve("sys"), root, name);
  }
}
