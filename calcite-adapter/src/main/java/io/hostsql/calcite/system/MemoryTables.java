package io.hostsql.calcite.system;

import static org.apache.calcite.sql.type.SqlTypeName.BIGINT;
import static org.apache.calcite.sql.type.SqlTypeName.DOUBLE;
import static org.apache.calcite.sql.type.SqlTypeName.VARCHAR;

import io.hostsql.calcite.table.Columns;
import io.hostsql.calcite.table.FetchGroup;
import io.hostsql.calcite.table.SystemTable;
import io.hostsql.calcite.table.TableDef;
import io.hostsql.os.OsFamily;
import io.hostsql.os.Memory;
import io.hostsql.os.SwapMemory;
import io.hostsql.os.VirtualMemory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The memory tables: virtual_memory, swap_memory and the kernel's own meminfo. */
public final class MemoryTables {
  private MemoryTables() {
  }

  static final TableDef<VirtualMemory> VIRTUAL = new TableDef<>("virtual_memory",
      "Physical memory (one row), with psutil's Linux formulas: used = total - available.",
      new Columns<VirtualMemory>()
          .add("total", BIGINT, "bytes", FetchGroup.SYSTEM, "Physical memory.",
              VirtualMemory::total)
          .add("available", BIGINT, "bytes", FetchGroup.SYSTEM, "What processes can get "
              + "without swapping (MemAvailable).", VirtualMemory::available)
          .add("percent", DOUBLE, "percent", FetchGroup.SYSTEM, "used / total.",
              VirtualMemory::percent)
          .add("used", BIGINT, "bytes", FetchGroup.SYSTEM, "total - available.",
              VirtualMemory::used)
          .add("free", BIGINT, "bytes", FetchGroup.SYSTEM, "Not used at all.",
              VirtualMemory::free)
          .add("active", BIGINT, "bytes", FetchGroup.SYSTEM, "Recently used.",
              VirtualMemory::active).on(OsFamily.LINUX)
          .add("inactive", BIGINT, "bytes", FetchGroup.SYSTEM, "Not recently used.",
              VirtualMemory::inactive).on(OsFamily.LINUX)
          .add("buffers", BIGINT, "bytes", FetchGroup.SYSTEM, "File-system metadata cache.",
              VirtualMemory::buffers).on(OsFamily.LINUX)
          .add("cached", BIGINT, "bytes", FetchGroup.SYSTEM, "Page cache and reclaimable "
              + "slab.", VirtualMemory::cached).on(OsFamily.LINUX)
          .add("shared", BIGINT, "bytes", FetchGroup.SYSTEM, "tmpfs and shared memory.",
              VirtualMemory::shared).on(OsFamily.LINUX)
          .add("slab", BIGINT, "bytes", FetchGroup.SYSTEM, "Kernel data structures.",
              VirtualMemory::slab).on(OsFamily.LINUX)
          .build(), List.of(), TableDef.LINUX_AND_WINDOWS);

  public static SystemTable<VirtualMemory> virtual(Memory memory) {
    return new SystemTable<>(VIRTUAL, () -> List.of(memory.virtualMemory()));
  }

  static final TableDef<SwapMemory> SWAP = new TableDef<>("swap_memory",
      "Swap space (one row), and pages swapped since boot.", new Columns<SwapMemory>()
          .add("total", BIGINT, "bytes", FetchGroup.SYSTEM, "Swap space.", SwapMemory::total)
          .add("used", BIGINT, "bytes", FetchGroup.SYSTEM, "In use.", SwapMemory::used)
          .add("free", BIGINT, "bytes", FetchGroup.SYSTEM, "Free.", SwapMemory::free)
          .add("percent", DOUBLE, "percent", FetchGroup.SYSTEM, "used / total.",
              SwapMemory::percent)
          .add("sin", BIGINT, "bytes", FetchGroup.SYSTEM, "Swapped in since boot.",
              SwapMemory::sin)
          .add("sout", BIGINT, "bytes", FetchGroup.SYSTEM, "Swapped out since boot.",
              SwapMemory::sout)
          .build(), List.of(), TableDef.LINUX_AND_WINDOWS);

  public static SystemTable<SwapMemory> swap(Memory memory) {
    return new SystemTable<>(SWAP, () -> List.of(memory.swapMemory()));
  }

  static final TableDef<Map.Entry<String, Long>> MEMINFO = new TableDef<>("meminfo",
      "/proc/meminfo as the kernel states it, one row per field: the raw figures behind "
          + "virtual_memory (whose cached, for one, adds SReclaimable to the kernel's Cached).",
      new Columns<Map.Entry<String, Long>>()
          .key("name", VARCHAR, "The field (MemTotal, Cached, SwapCached, HugePages_Total...).",
              Map.Entry::getKey)
          .add("value", BIGINT, "bytes", FetchGroup.SYSTEM, "The value: bytes for sizes "
              + "(the file's kB times 1024), a plain count for HugePages_* counts.",
              Map.Entry::getValue)
          .build(), List.of("name"));

  public static SystemTable<Map.Entry<String, Long>> meminfo(Memory memory) {
    return new SystemTable<>(MEMINFO, () -> new ArrayList<>(memory.meminfo().entrySet()));
  }
}
