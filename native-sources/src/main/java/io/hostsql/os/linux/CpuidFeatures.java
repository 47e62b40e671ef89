package io.hostsql.os.linux;

import io.hostsql.os.CpuFeature;
import io.hostsql.os.Parsed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * CPU feature bits from the CPUID instruction (through the JNI library), named as the kernel's
 * /proc/cpuinfo flags name them. Where the instruction cannot be run (no JNI library, not x86)
 * the flags of /proc/cpuinfo's first processor answer instead, with a problem saying so: the
 * kernel may have cleared a bit the CPU has (a disabled feature, a boot option).
 */
final class CpuidFeatures {
  /** One bit: its flag name, leaf, register (0 eax .. 3 edx) and bit number. */
  private record Bit(String name, int leaf, int register, int bit) {
  }

  private static final String[] REGISTERS = {"eax", "ebx", "ecx", "edx"};
  private static final List<Bit> BITS = new ArrayList<>();

  static {
    // Leaf 1: the classic feature words (Intel SDM vol. 2A, CPUID, tables 3-10 and 3-11).
    bits(1, 3, "fpu:0 vme:1 de:2 pse:3 tsc:4 msr:5 pae:6 mce:7 cx8:8 apic:9 sep:11 mtrr:12 "
        + "pge:13 mca:14 cmov:15 pat:16 pse36:17 clflush:19 mmx:23 fxsr:24 sse:25 sse2:26 "
        + "ht:28");
    bits(1, 2, "pni:0 pclmulqdq:1 ssse3:9 fma:12 cx16:13 sse4_1:19 sse4_2:20 movbe:22 "
        + "popcnt:23 aes:25 xsave:26 avx:28 f16c:29 rdrand:30 hypervisor:31");
    // Leaf 7, sub-leaf 0: the structured extended features.
    bits(7, 1, "fsgsbase:0 bmi1:3 avx2:5 smep:7 bmi2:8 erms:9 invpcid:10 avx512f:16 "
        + "rdseed:18 adx:19 smap:20 clflushopt:23 sha_ni:29");
    // Leaf 0x80000001: the extended features (AMD64 and Intel 64).
    bits(0x80000001, 3, "syscall:11 nx:20 pdpe1gb:26 rdtscp:27 lm:29");
    bits(0x80000001, 2, "lahf_lm:0 abm:5");
  }

  private static void bits(int leaf, int register, String list) {
    for (String nb : list.split(" ")) {
      int colon = nb.indexOf(':');
      BITS.add(new Bit(nb.substring(0, colon), leaf, register,
          Integer.parseInt(nb.substring(colon + 1))));
    }
  }

  private CpuidFeatures() {
  }

  /** The features, from the instruction where it runs, else from the flags in cpuinfo. */
  static Parsed<CpuFeature> read(ProcFs proc) {
    List<CpuFeature> out = new ArrayList<>();
    if (JniCalls.AVAILABLE && proc.isLive()) {
      int[] regs = new int[4];
      boolean ran = true;
      for (Bit b : BITS) {
        if (JniCalls.cpuid(b.leaf(), 0, regs) != 0) {
          ran = b.leaf() != 1; // a CPU without leaf 7 or the extended leaves: those are 0
          Arrays.fill(regs, 0);
          if (!ran) {
            break;
          }
        }
        out.add(feature(b, (regs[b.register()] >>> b.bit() & 1) == 1));
      }
      if (ran) {
        return new Parsed<>(out, List.of());
      }
      out.clear();
    }
    List<String> problems = new ArrayList<>();
    Set<String> flags = flags(proc, problems);
    problems.add("cpuid: the CPUID instruction was not run (no JNI library, or not x86, or a "
        + "procfs other than the running one's): values are /proc/cpuinfo's flags, from which "
        + "the kernel may have cleared bits the CPU has");
    if (flags != null) {
      for (Bit b : BITS) {
        out.add(feature(b, flags.contains(b.name())));
      }
    }
    return new Parsed<>(out, problems);
  }

  private static CpuFeature feature(Bit b, boolean set) {
    return new CpuFeature(b.name(), set ? "1" : "0", REGISTERS[b.register()], b.bit(),
        "0x" + Integer.toHexString(b.leaf()));
  }

  /** The first processor's flags; null, with a problem, when there are none. */
  private static Set<String> flags(ProcFs proc, List<String> problems) {
    try {
      for (String line : proc.readString("cpuinfo").split("\n")) {
        if (line.startsWith("flags")) {
          int colon = line.indexOf(':');
          if (colon > 0) {
            return new HashSet<>(Arrays.asList(line.substring(colon + 1).strip().split(" +")));
          }
        }
      }
      problems.add(proc.root().resolve("cpuinfo") + ": no flags line");
    } catch (java.io.IOException e) {
      problems.add(proc.root().resolve("cpuinfo") + ": not readable (" + e.getMessage() + ")");
    }
    return null;
  }
}
