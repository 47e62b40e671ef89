package io.hostsql.os.spi;

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

/**
 * The system-wide side of a backend. Each call makes a new reader: readers keep state between
 * calls (counter wrap corrections, the previous CPU sample), which belongs to one user.
 */
public interface SystemBackend {
  Cpu cpu();

  Memory memory();

  Disks disks();

  Net net();

  Sensors sensors();

  Host host();

  Accounts accounts();

  Dmi dmi();

  Kernel kernel();

  NetConfig netConfig();

  Credentials credentials();

  Logins logins();

  UserFiles userFiles();

  Persistence persistence();

  Packages packages();

  /** Package repositories and the package databases of other distributions and languages. */
  io.hostsql.os.Software software();

  /** Browser profiles' add-ons, per user. */
  io.hostsql.os.Browsers browsers();

  Hardware hardware();

  Firewall firewall();

  Pipes pipes();

  /**
   * The Windows services.
   *
   * @throws io.hostsql.os.OsException on a platform that has none
   */
  io.hostsql.os.Services services();
}
