package io.hostsql.os.linux;

import io.hostsql.os.Accounts;
import io.hostsql.os.Cpu;
import io.hostsql.os.Disks;
import io.hostsql.os.Dmi;
import io.hostsql.os.Firewall;
import io.hostsql.os.Hardware;
import io.hostsql.os.Host;
import io.hostsql.os.Kernel;
import io.hostsql.os.Memory;
import io.hostsql.os.Net;
import io.hostsql.os.NetConfig;
import io.hostsql.os.Pipes;
import io.hostsql.os.Sensors;
import io.hostsql.os.spi.SystemBackend;
import java.nio.file.Path;

/** Linux's system-wide readers over one procfs, one sysfs and one file-system root. */
final class LinuxSystem implements SystemBackend {
  private final ProcFs proc;
  private final ProcFs sys;
  private final Path root;

  LinuxSystem(ProcFs proc, ProcFs sys, Path root) {
    this.proc = proc;
    this.sys = sys;
    this.root = root;
  }

  @Override
  public Cpu cpu() {
    return new Cpu(proc, sys);
  }

  @Override
  public Memory memory() {
    return new Memory(proc);
  }

  @Override
  public Disks disks() {
    return new Disks(proc, sys);
  }

  @Override
  public Net net() {
    return new Net(proc, sys, SocketSource.AUTO);
  }

  @Override
  public Sensors sensors() {
    return new Sensors(sys);
  }

  /** utmp and os-release are files of the root (a fixture keeps them beside its procfs). */
  @Override
  public Host host() {
    return proc.isLive()
        ? new Host(proc, root.resolve("var/run/utmp"), root.resolve("etc/os-release"))
        : new Host(proc, proc.root().resolve("utmp"), proc.root().resolve("os-release"));
  }

  @Override
  public Accounts accounts() {
    return new Accounts(proc.isLive() ? root.resolve("etc/passwd")
        : proc.root().resolve("passwd"));
  }

  @Override
  public Dmi dmi() {
    return new Dmi(sys);
  }

  @Override
  public Kernel kernel() {
    return new Kernel(proc, root);
  }

  @Override
  public NetConfig netConfig() {
    return new NetConfig(proc, sys, root);
  }

  @Override
  public Hardware hardware() {
    return new LinuxHardware(proc, sys, root);
  }

  @Override
  public Firewall firewall() {
    return new LinuxFirewall(proc.isLive());
  }

  @Override
  public Pipes pipes() {
    return new LinuxPipes(proc);
  }
}
