package io.hostsql.benchmarks;

import io.hostsql.os.ConnectionKind;
import io.hostsql.os.Cpu;
import io.hostsql.os.Disks;
import io.hostsql.os.Host;
import io.hostsql.os.Memory;
import io.hostsql.os.Net;
import io.hostsql.os.Sensors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Each function of native-sources' system API, one call per operation; benchmarks/system-api
 * runs the same calls through python3-psutil and prints both.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SystemApiBenchmark {
  private final Cpu cpu = Cpu.live();
  private final Memory memory = Memory.live();
  private final Disks disks = Disks.live();
  private final Net net = Net.live();
  private final Sensors sensors = Sensors.live();
  private final Host host = Host.live();

  @Benchmark
  public Object netConnectionsInet() {
    return net.connections(ConnectionKind.INET);
  }

  @Benchmark
  public Object virtualMemory() {
    return memory.virtualMemory();
  }

  @Benchmark
  public Object swapMemory() {
    return memory.swapMemory();
  }

  @Benchmark
  public Object cpuTimes() {
    return cpu.times();
  }

  @Benchmark
  public Object cpuTimesPercpu() {
    return cpu.perCpuTimes();
  }

  @Benchmark
  public Object cpuCountLogical() {
    return cpu.count(true);
  }

  @Benchmark
  public Object cpuCountPhysical() {
    return cpu.count(false);
  }

  @Benchmark
  public Object cpuStats() {
    return cpu.stats();
  }

  @Benchmark
  public Object cpuFreq() {
    return cpu.freq();
  }

  @Benchmark
  public Object loadAverage() {
    return cpu.loadAverage();
  }

  @Benchmark
  public Object diskPartitions() {
    return disks.partitions(false);
  }

  @Benchmark
  public Object diskUsage() {
    return disks.usage("/");
  }

  @Benchmark
  public Object diskIoCounters() {
    return disks.perDiskIoCounters(true);
  }

  @Benchmark
  public Object netIoCounters() {
    return net.perNicIoCounters(true);
  }

  @Benchmark
  public Object netIfAddrs() {
    return net.ifAddrs();
  }

  @Benchmark
  public Object netIfStats() {
    return net.ifStats();
  }

  @Benchmark
  public Object sensorsTemperatures() {
    return sensors.temperatures();
  }

  @Benchmark
  public Object users() {
    return host.users();
  }

  @Benchmark
  public Object bootTime() {
    return host.bootTime();
  }
}
