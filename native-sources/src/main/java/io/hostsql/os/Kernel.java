package io.hostsql.os;

/**
 * The running kernel: its loaded modules, version and boot arguments, and its parameters
 * (sysctl). Reads /proc, and the sysctl configuration files below a file-system root.
 */
public interface Kernel {
  /** The running machine's, through {@link Platform#current()}. */
  static Kernel live() {
    return Platform.current().system().kernel();
  }

  /** The loaded modules; none when the kernel has no module support (no /proc/modules). */
  Parsed<KernelModule> modules();

  /**
   * The release and boot arguments. The command line is split at spaces as the kernel
   * splits it for words without quotes.
   */
  KernelInfo info();

  /**
   * The parameters under /proc/sys with their configured values.
   *
   * @param name one parameter (dotted) to read alone, or null for all
   */
  Parsed<SystemControl> controls(String name);
}
