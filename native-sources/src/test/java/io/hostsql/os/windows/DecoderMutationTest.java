package io.hostsql.os.windows;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * As an attacker (or a racing kernel) would hand them over: each recorded buffer with random
 * bytes overwritten, cut at a random length, or both, 2000 times per decoder (seeded, so a
 * failure repeats). No decoder may throw or loop; what it cannot read is a problem.
 */
class DecoderMutationTest {
  private static final int ROUNDS = 2000;
  private final Recordings processes = Recordings.committed("processes");
  private final Recordings connections = Recordings.committed("connections");
  private final Recordings system = Recordings.committed("system");
  private final Recordings system2 = Recordings.committed("system2");
  private final Recordings details = Recordings.committed("processes2");

  private static void mutate(ByteBuffer original, long seed, Consumer<ByteBuffer> decoder) {
    Random random = new Random(seed);
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      for (int i = 0; i < ROUNDS; i++) {
        ByteBuffer b = ProcessInfoBufferTest.copy(original);
        int writes = random.nextInt(8);
        for (int w = 0; w < writes && b.limit() > 0; w++) {
          int at = random.nextInt(b.limit());
          // Small values, all-ones and random bytes: the ones that make lengths and links lie.
          b.put(at, (byte) switch (random.nextInt(3)) {
            case 0 -> random.nextInt(4);
            case 1 -> 0xff;
            default -> random.nextInt(256);
          });
        }
        int limit = random.nextInt(4) == 0 ? random.nextInt(b.limit() + 1) : b.limit();
        decoder.accept(b.limit(limit).slice().order(ByteOrder.LITTLE_ENDIAN));
      }
    });
  }

  @Test
  void processListing() {
    long base = processes.base("processes");
    mutate(processes.bytes("processes"), 1, b -> ProcessInfoBuffer.decode(b, base, problems()));
  }

  @Test
  void processParametersAndEnvironment() {
    long base = processes.base("child_params");
    mutate(processes.bytes("child_params"), 2, b -> {
      ProcessParameters p = ProcessParameters.decode(b, base, PebLayout.NATIVE64, problems());
      if (p != null && p.commandLine() != null) {
        CommandLines.split(p.commandLine());
      }
      ProcessParameters.decode(b, base, PebLayout.WOW64, problems());
    });
    mutate(processes.bytes("child_peb"), 3,
        b -> ProcessParameters.parametersAddress(b, PebLayout.NATIVE64, problems()));
    mutate(processes.bytes("child_environ"), 4, b -> EnvironmentBlock.parse(b, problems()));
    long tokenBase = processes.base("child_token");
    mutate(processes.bytes("child_token"), 5, b -> {
      byte[] sid = Sids.tokenUser(b, tokenBase, problems());
      if (sid != null) {
        Sids.text(sid, problems());
      }
    });
  }

  @Test
  void connectionTables() {
    int seed = 10;
    for (ConnectionTables.Kind kind : ConnectionTables.Kind.values()) {
      mutate(connections.bytes(kind.name().toLowerCase()), seed++,
          b -> ConnectionTables.decode(b, kind, problems()));
    }
  }

  @Test
  void systemBuffers() {
    mutate(system.bytes("system_times"), 20, b -> CpuBuffers.systemTimes(b, problems()));
    mutate(system.bytes("processor_performance"), 21, b -> CpuBuffers.perCpu(b, problems()));
    mutate(system.bytes("logical_processors"), 22,
        b -> CpuBuffers.physicalCores(b, problems()));
    mutate(system.bytes("memory_status"), 23, b -> {
      MemoryBuffers.virtualMemory(b, problems());
      MemoryBuffers.swapMemory(b, problems());
    });
    mutate(system.bytes("drives"), 24, b -> DiskBuffers.drives(b, problems()));
    mutate(system.bytes("disk_free_c"), 25, b -> DiskBuffers.usage(b, problems()));
    mutate(system.bytes("if_table2"), 26, b -> InterfaceBuffers.ifTable2(b, problems()));
    long base = system.base("adapters");
    mutate(system.bytes("adapters"), 27, b -> InterfaceBuffers.adapters(b, base, problems()));
  }

  @Test
  void systemStatsBuffers() {
    mutate(system2.bytes("performance"), 30, b -> CpuStatsBuffers.performance(b, problems()));
    mutate(system2.bytes("interrupts"), 31, b -> CpuStatsBuffers.dpcs(b, problems()));
    mutate(system2.bytes("processor_performance"), 32,
        b -> CpuStatsBuffers.interrupts(b, problems()));
    mutate(system2.bytes("power_information"), 33, b -> CpuStatsBuffers.frequency(b, problems()));
    mutate(system2.bytes("time_of_day"), 34, b -> BootTimeBuffer.bootTime(b, problems()));
    mutate(system2.bytes("layout_disk"), 35, b -> DiskPerformanceBuffer.counters(b, problems()));
    mutate(system2.bytes("layout_sessions"), 36, b -> SessionBuffers.sessionIds(b, 2,
        problems()));
    mutate(system2.bytes("layout_address"), 37, b -> SessionBuffers.host(b, problems()));
    mutate(system2.bytes("layout_info"), 38, b -> SessionBuffers.connectTime(b, problems()));
    mutate(system2.bytes("layout_power_0"), 39, b -> PowerStatusBuffer.battery(b, problems()));
    mutate(system2.bytes("layout_info"), 40, SessionBuffers::userName);
  }

  @Test
  void processDetailBuffers() {
    mutate(details.bytes("self_counters"), 50,
        b -> ProcessCounterBuffers.memoryCounters(b, problems()));
    mutate(details.bytes("counters_layout"), 51,
        b -> ProcessCounterBuffers.memoryCounters(b, problems()));
    mutate(details.bytes("iopriority_layout"), 52,
        b -> ProcessCounterBuffers.ioPriority(b, problems()));
    mutate(details.bytes("self_regions"), 53, b -> {
      for (MemoryRegion r : MemoryRegions.decode(b, problems())) {
        MemoryRegions.perms(r.protect());
      }
    });
    mutate(details.bytes("handles"), 54, b -> HandleTable.decode(b, -1, problems()));
    long base = details.base("objname_34");
    mutate(details.bytes("objname_34"), 55, b -> ObjectNames.name(b, base, "h", problems()));
    long image = details.base("image_layout");
    mutate(details.bytes("image_layout"), 57, b -> ObjectNames.at(b, image, 8, "i", problems()));
    long line = details.base("cmdline_layout");
    mutate(details.bytes("cmdline_layout"), 58, b -> {
      String s = ObjectNames.at(b, line, 0, "c", problems());
      if (s != null) {
        CommandLines.split(s);
      }
    });
    mutate(details.bytes("dosdevice_C"), 56, b -> DosPaths.of(java.util.Map.of("C:", b),
        problems()).convert("\\Device\\HarddiskVolume1\\x"));
  }

  private static List<String> problems() {
    return new ArrayList<>();
  }
}
