package io.hostsql.os.linux;

import java.util.ArrayList;
import java.util.List;

/** The kernel's CPU list syntax ("0-3,6,8-9"), as in Cpus_allowed_list and sysfs. */
public final class CpuList {
  private CpuList() {
  }

  /** The CPUs of the list, ascending. */
  public static int[] parse(String list) {
    List<Integer> cpus = new ArrayList<>();
    for (String part : list.trim().split(",")) {
      if (part.isEmpty()) {
        continue;
      }
      int dash = part.indexOf('-');
      if (dash < 0) {
        cpus.add(Integer.parseInt(part));
      } else {
        int from = Integer.parseInt(part.substring(0, dash));
        int to = Integer.parseInt(part.substring(dash + 1));
        for (int c = from; c <= to; c++) {
          cpus.add(c);
        }
      }
    }
    return cpus.stream().mapToInt(Integer::intValue).toArray();
  }
}
