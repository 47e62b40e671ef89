package io.hostsql.calcite;

import io.hostsql.os.Cpu;
import io.hostsql.os.Disks;
import io.hostsql.os.Hardware;
import io.hostsql.os.Host;
import io.hostsql.os.Kernel;
import io.hostsql.os.Memory;
import io.hostsql.os.Net;
import io.hostsql.os.NetConfig;
import io.hostsql.os.Persistence;
import io.hostsql.os.Platform;
import io.hostsql.os.Sensors;
import io.hostsql.os.UserFiles;
import io.hostsql.os.files.FileTree;
import java.time.Duration;

/**
 * One os schema's readers, each made when a table first needs it and then shared by every
 * table over it, as when the schema built all its tables at once: one CPU reader for the cpu
 * tables and host, one network reader (whose counter wrap corrections are the connection's)
 * for net_connections and the net tables, one hardware reader for the device and firmware
 * tables, and so on.
 */
final class Readers {
  private final Platform platform;
  private final Duration samplingWindow;
  private final FileTree files;
  private Cpu cpu;
  private Memory memory;
  private Disks disks;
  private Net net;
  private Sensors sensors;
  private Host host;
  private Kernel kernel;
  private NetConfig netConfig;
  private io.hostsql.os.Credentials credentials;
  private UserFiles userFiles;
  private Persistence persistence;
  private Hardware hardware;

  Readers(Platform platform, Duration samplingWindow, FileTree files) {
    this.platform = platform;
    this.samplingWindow = samplingWindow;
    this.files = files;
  }

  Platform platform() {
    return platform;
  }

  Duration samplingWindow() {
    return samplingWindow;
  }

  FileTree files() {
    return files;
  }

  synchronized Cpu cpu() {
    return cpu == null ? cpu = platform.cpu() : cpu;
  }

  synchronized Memory memory() {
    return memory == null ? memory = platform.memory() : memory;
  }

  synchronized Disks disks() {
    return disks == null ? disks = platform.disks() : disks;
  }

  synchronized Net net() {
    return net == null ? net = platform.net() : net;
  }

  synchronized Sensors sensors() {
    return sensors == null ? sensors = platform.sensors() : sensors;
  }

  synchronized Host host() {
    return host == null ? host = platform.host() : host;
  }

  synchronized Kernel kernel() {
    return kernel == null ? kernel = platform.system().kernel() : kernel;
  }

  synchronized NetConfig netConfig() {
    return netConfig == null ? netConfig = platform.system().netConfig() : netConfig;
  }

  synchronized io.hostsql.os.Credentials credentials() {
    return credentials == null ? credentials = platform.system().credentials() : credentials;
  }

  synchronized UserFiles userFiles() {
    return userFiles == null ? userFiles = platform.system().userFiles() : userFiles;
  }

  synchronized Persistence persistence() {
    return persistence == null ? persistence = platform.system().persistence() : persistence;
  }

  synchronized Hardware hardware() {
    return hardware == null ? hardware = platform.system().hardware() : hardware;
  }
}
