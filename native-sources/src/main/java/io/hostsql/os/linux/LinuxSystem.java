package io.hostsql.os.linux;

import io.hostsql.os.Accounts;
import io.hostsql.os.Credentials;
import io.hostsql.os.Cpu;
import io.hostsql.os.Disks;
import io.hostsql.os.Dmi;
import io.hostsql.os.Firewall;
import io.hostsql.os.Hardware;
import io.hostsql.os.Host;
import io.hostsql.os.Kernel;
import io.hostsql.os.Logins;
import io.hostsql.os.Memory;
import io.hostsql.os.Net;
import io.hostsql.os.NetConfig;
import io.hostsql.os.Packages;
import io.hostsql.os.Persistence;
import io.hostsql.os.Pipes;
import io.hostsql.os.Sensors;
import io.hostsql.os.UserFiles;
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
    return new LinuxCpu(proc, sys);
  }

  @Override
  public Memory memory() {
    return new LinuxMemory(proc);
  }

  @Override
  public Disks disks() {
    return new LinuxDisks(proc, sys);
  }

  @Override
  public Net net() {
    return new LinuxNet(proc, sys, SocketSource.AUTO);
  }

  @Override
  public Sensors sensors() {
    return new LinuxSensors(sys);
  }

  /** utmp and os-release are files of the root (a fixture keeps them beside its procfs). */
  @Override
  public Host host() {
    return proc.isLive()
        ? new LinuxHost(proc, root.resolve("var/run/utmp"), root.resolve("etc/os-release"))
        : new LinuxHost(proc, proc.root().resolve("utmp"), proc.root().resolve("os-release"));
  }

  @Override
  public Accounts accounts() {
    return new LinuxAccounts(proc.isLive() ? root.resolve("etc/passwd")
        : proc.root().resolve("passwd"));
  }

  @Override
  public Dmi dmi() {
    return new LinuxDmi(sys);
  }

  @Override
  public Kernel kernel() {
    return new LinuxKernel(proc, root);
  }

  @Override
  public NetConfig netConfig() {
    return new LinuxNetConfig(proc, sys, root);
  }

  @Override
  public Credentials credentials() {
    return new LinuxCredentials(root.resolve("etc"));
  }

  @Override
  public Logins logins() {
    return new LinuxLogins(root.resolve("var/log/wtmp"));
  }

  @Override
  public UserFiles userFiles() {
    return new LinuxUserFiles(root);
  }

  @Override
  public Persistence persistence() {
    return new LinuxPersistence(root);
  }

  @Override
  public Packages packages() {
    return new LinuxPackages(root);
  }

  @Override
  public io.hostsql.os.Software software() {
    return new LinuxSoftware(root);
  }

  @Override
  public io.hostsql.os.Browsers browsers() {
    return new LinuxBrowsers(root);
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

  /** Linux has no service control manager (systemd units are another concept). */
  @Override
  public io.hostsql.os.Services services() {
    throw new io.hostsql.os.OsException("Windows services are not on this platform (Linux)");
  }
}
