package io.hostsql.os.linux;

import io.hostsql.os.Cpu;
import io.hostsql.os.CpuFreq;
import io.hostsql.os.CpuStats;
import io.hostsql.os.LoadAverage;
import io.hostsql.os.OsException;
import io.hostsql.os.SystemCpuTimes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Linux's CPUs: /proc/stat, /proc/cpuinfo, /proc/loadavg and the cpu directories of sysfs. */
final class LinuxCpu implements Cpu {
  private final ProcFs proc;
  private final ProcFs sys;

  /**
   * Reads from the given procfs and sysfs trees.
   *
   * @param proc the procfs root (normally /proc)
   * @param sys the sysfs root (normally /sys), read with the same reader
   */
  LinuxCpu(ProcFs proc, ProcFs sys) {
    this.proc = proc;
    this.sys = sys;
  }

  private String read(ProcFs fs, String path) {
    try {
      return new String(fs.read(path), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new OsException("cannot read " + fs.root().resolve(path) + ": " + e, e);
    }
  }

  @Override
  public SystemCpuTimes times() {
    String text = read(proc, "stat");
    // The aggregate line comes first; the rest (per-CPU lines, the long intr line) is skipped.
    int end = text.indexOf('\n');
    String first = end < 0 ? text : text.substring(0, end);
    if (!first.startsWith("cpu ")) {
      throw new OsException("no cpu line at the start of /proc/stat");
    }
    return parseTimes(first);
  }

  @Override
  public List<SystemCpuTimes> perCpuTimes() {
    List<SystemCpuTimes> out = new ArrayList<>();
    String text = read(proc, "stat");
    int at = text.indexOf('\n') + 1; // past the aggregate line
    while (at > 0 && text.startsWith("cpu", at) && at + 3 < text.length()
        && Character.isDigit(text.charAt(at + 3))) {
      int end = text.indexOf('\n', at);
      out.add(parseTimes(text.substring(at, end < 0 ? text.length() : end)));
      at = end + 1;
    }
    return out;
  }

  /** One "cpuN user nice system idle iowait irq softirq steal guest guest_nice" line. */
  static SystemCpuTimes parseTimes(String line) {
    double[] v = new double[10];
    double ticks = SystemConstants.clockTicks();
    int i = line.indexOf(' ');
    for (int field = 0; field < 10 && i >= 0 && i < line.length(); field++) {
      while (i < line.length() && line.charAt(i) == ' ') {
        i++;
      }
      long n = 0;
      int start = i;
      while (i < line.length() && line.charAt(i) >= '0' && line.charAt(i) <= '9') {
        n = n * 10 + line.charAt(i++) - '0';
      }
      if (i == start) {
        break; // older kernels have fewer fields: the rest stay 0
      }
      v[field] = n / ticks;
    }
    // /proc/stat order: user nice system idle iowait irq softirq steal guest guest_nice
    return new SystemCpuTimes(v[0], v[2], v[3], v[1], v[4], v[5], v[6], v[7], v[8], v[9]);
  }

  @Override
  public Integer count(boolean logical) {
    if (logical) {
      if (sys.isLive()) {
        int online = io.hostsql.os.linux.SystemCalls.onlineCpus();
        if (online > 0) {
          return online;
        }
      }
      int n = 0;
      String online = readOrNull(sys, "devices/system/cpu/online");
      if (online != null) {
        n = CpuList.parse(online).length;
      }
      if (n == 0) {
        n = perCpuTimes().size();
      }
      return n > 0 ? n : null;
    }
    Set<String> cores = new HashSet<>();
    for (String cpu : sys.list("devices/system/cpu")) {
      if (!cpu.matches("cpu\\d+")) {
        continue;
      }
      String siblings = readOrNull(sys, "devices/system/cpu/" + cpu + "/topology/core_cpus_list");
      if (siblings == null) {
        siblings = readOrNull(sys, "devices/system/cpu/" + cpu
            + "/topology/thread_siblings_list");
      }
      if (siblings != null) {
        cores.add(siblings.trim());
      }
    }
    if (!cores.isEmpty()) {
      return cores.size();
    }
    return physicalCoresFromCpuinfo();
  }

  @Override
  public List<java.util.Map<String, String>> info() {
    List<java.util.Map<String, String>> out = new ArrayList<>();
    String text = readOrNull(proc, "cpuinfo");
    java.util.Map<String, String> current = null;
    for (String line : text == null ? new String[0] : text.split("\n")) {
      String[] kv = line.split(":", 2);
      if (kv.length < 2) {
        current = null; // a blank line ends a processor's block
        continue;
      }
      if (current == null) {
        current = new java.util.LinkedHashMap<>();
        out.add(current);
      }
      current.put(kv[0].trim(), kv[1].trim());
    }
    return out;
  }

  @Override
  public String brand() {
    List<java.util.Map<String, String>> info = info();
    return info.isEmpty() ? null : info.get(0).get("model name");
  }

  @Override
  public Integer sockets() {
    Set<String> ids = new HashSet<>();
    for (String cpu : sys.list("devices/system/cpu")) {
      if (cpu.matches("cpu\\d+")) {
        String id = readOrNull(sys, "devices/system/cpu/" + cpu + "/topology/physical_package_id");
        if (id != null) {
          ids.add(id.trim());
        }
      }
    }
    if (ids.isEmpty()) {
      for (java.util.Map<String, String> cpu : info()) {
        if (cpu.containsKey("physical id")) {
          ids.add(cpu.get("physical id"));
        }
      }
    }
    return ids.isEmpty() ? null : ids.size();
  }

  private Integer physicalCoresFromCpuinfo() {
    java.util.Map<String, Integer> coresPerSocket = new java.util.HashMap<>();
    for (java.util.Map<String, String> cpu : info()) {
      String socket = cpu.get("physical id");
      String cores = cpu.get("cpu cores");
      if (socket != null && cores != null) {
        coresPerSocket.put(socket, Integer.parseInt(cores));
      }
    }
    int sum = coresPerSocket.values().stream().mapToInt(Integer::intValue).sum();
    return sum > 0 ? sum : null;
  }

  private static String readOrNull(ProcFs fs, String path) {
    try {
      return new String(fs.read(path), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      return null;
    }
  }

  @Override
  public CpuStats stats() {
    String text = read(proc, "stat");
    return new CpuStats(firstNumberAfter(text, "\nctxt "), firstNumberAfter(text, "\nintr "),
        firstNumberAfter(text, "\nsoftirq "), 0);
  }

  /** The number that follows {@code key} in {@code text}; 0 when the key is absent. */
  private static long firstNumberAfter(String text, String key) {
    return io.hostsql.os.linux.StatParsers.numberAfter(text, key, 0);
  }

  @Override
  public List<CpuFreq> perCpuFreq() {
    List<Double> cpuinfoMhz = new ArrayList<>();
    String cpuinfo = readOrNull(proc, "cpuinfo");
    if (cpuinfo != null) {
      for (int at = cpuinfo.indexOf("\ncpu MHz"); at >= 0;
          at = cpuinfo.indexOf("\ncpu MHz", at + 1)) {
        int colon = cpuinfo.indexOf(':', at);
        int end = cpuinfo.indexOf('\n', colon);
        cpuinfoMhz.add(Double.parseDouble(cpuinfo.substring(colon + 1,
            end < 0 ? cpuinfo.length() : end).trim()));
      }
    }
    List<String> policies = new ArrayList<>();
    // As psutil: without policy0 or cpu0/cpufreq there is no cpufreq at all, and listing the
    // CPU folders to find out costs more than reading cpuinfo.
    if (!sys.exists("devices/system/cpu/cpufreq/policy0")
        && !sys.exists("devices/system/cpu/cpu0/cpufreq")) {
      List<CpuFreq> out = new ArrayList<>();
      for (double mhz : cpuinfoMhz) {
        out.add(new CpuFreq(mhz, 0, 0));
      }
      return out;
    }
    for (String name : sys.list("devices/system/cpu/cpufreq")) {
      if (name.startsWith("policy")) {
        policies.add("devices/system/cpu/cpufreq/" + name);
      }
    }
    if (policies.isEmpty()) {
      for (String cpu : sys.list("devices/system/cpu")) {
        if (cpu.matches("cpu\\d+") && sys.exists("devices/system/cpu/" + cpu + "/cpufreq")) {
          policies.add("devices/system/cpu/" + cpu + "/cpufreq");
        }
      }
    }
    policies.sort(java.util.Comparator.comparingInt(p -> Integer.parseInt(
        p.replaceAll(".*?(\\d+)(/cpufreq)?$", "$1"))));
    List<CpuFreq> out = new ArrayList<>();
    if (policies.isEmpty()) {
      for (double mhz : cpuinfoMhz) {
        out.add(new CpuFreq(mhz, 0, 0));
      }
      return out;
    }
    boolean useCpuinfo = cpuinfoMhz.size() == policies.size();
    for (int i = 0; i < policies.size(); i++) {
      String p = policies.get(i);
      double current;
      if (useCpuinfo) {
        current = cpuinfoMhz.get(i);
      } else {
        String cur = readOrNull(sys, p + "/scaling_cur_freq");
        if (cur == null) {
          cur = readOrNull(sys, p + "/cpuinfo_cur_freq");
        }
        if (cur == null) {
          continue; // offline CPU
        }
        current = Long.parseLong(cur.trim()) / 1000.0;
      }
      out.add(new CpuFreq(current, khz(readOrNull(sys, p + "/scaling_min_freq")),
          khz(readOrNull(sys, p + "/scaling_max_freq"))));
    }
    return out;
  }

  private static double khz(String text) {
    return text == null ? 0 : Long.parseLong(text.trim()) / 1000.0;
  }

  @Override
  public CpuFreq freq() {
    List<CpuFreq> all = perCpuFreq();
    if (all.isEmpty()) {
      return null;
    }
    double cur = 0;
    double min = 0;
    double max = 0;
    for (CpuFreq f : all) {
      cur += f.current();
      min += f.min();
      max += f.max();
    }
    int n = all.size();
    return new CpuFreq(cur / n, min / n, max / n);
  }

  @Override
  public LoadAverage loadAverage() {
    if (proc.isLive()) {
      LoadAverage v = io.hostsql.os.linux.SystemCalls.loadAverage();
      if (v != null) {
        return v;
      }
    }
    String[] f = read(proc, "loadavg").trim().split("\\s+");
    return new LoadAverage(Double.parseDouble(f[0]), Double.parseDouble(f[1]),
        Double.parseDouble(f[2]));
  }
}
