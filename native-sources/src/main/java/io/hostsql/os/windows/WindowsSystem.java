package io.hostsql.os.windows;

import io.hostsql.os.Accounts;
import io.hostsql.os.Browsers;
import io.hostsql.os.Cpu;
import io.hostsql.os.Credentials;
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
import io.hostsql.os.Services;
import io.hostsql.os.Software;
import io.hostsql.os.UserFiles;
import io.hostsql.os.spi.SystemBackend;

/**
 * Windows's system-wide readers. The services are read through the service control manager;
 * the concepts not implemented on Windows yet fail each call ({@link NotYet}).
 */
final class WindowsSystem implements SystemBackend {
  private final ServiceControl services;
  private final SystemCalls calls;

  WindowsSystem(ServiceControl services, SystemCalls calls) {
    this.services = services;
    this.calls = calls;
  }

  @Override
  public Services services() {
    return new WindowsServices(services);
  }

  @Override
  public Cpu cpu() {
    return new WindowsCpu(calls);
  }

  @Override
  public Memory memory() {
    return new WindowsMemory(calls);
  }

  @Override
  public Disks disks() {
    return new WindowsDisks(calls);
  }

  @Override
  public Net net() {
    return new WindowsNet(calls);
  }

  @Override
  public Sensors sensors() {
    return new WindowsSensors(calls);
  }

  @Override
  public Host host() {
    return new WindowsHost(calls);
  }

  @Override
  public Accounts accounts() {
    return NotYet.reader(Accounts.class);
  }

  @Override
  public Dmi dmi() {
    return NotYet.reader(Dmi.class);
  }

  @Override
  public Kernel kernel() {
    return NotYet.reader(Kernel.class);
  }

  @Override
  public NetConfig netConfig() {
    return NotYet.reader(NetConfig.class);
  }

  @Override
  public Credentials credentials() {
    return NotYet.reader(Credentials.class);
  }

  @Override
  public Logins logins() {
    return NotYet.reader(Logins.class);
  }

  @Override
  public UserFiles userFiles() {
    return NotYet.reader(UserFiles.class);
  }

  @Override
  public Persistence persistence() {
    return NotYet.reader(Persistence.class);
  }

  @Override
  public Packages packages() {
    return NotYet.reader(Packages.class);
  }

  @Override
  public Software software() {
    return NotYet.reader(Software.class);
  }

  @Override
  public Browsers browsers() {
    return NotYet.reader(Browsers.class);
  }

  @Override
  public Hardware hardware() {
    return NotYet.reader(Hardware.class);
  }

  @Override
  public Firewall firewall() {
    return NotYet.reader(Firewall.class);
  }

  @Override
  public Pipes pipes() {
    return NotYet.reader(Pipes.class);
  }
}
