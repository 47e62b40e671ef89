package io.hostsql.os.linux;

import io.hostsql.os.HostsEntry;
import io.hostsql.os.Parsed;
import io.hostsql.os.ProtocolEntry;
import io.hostsql.os.ServiceEntry;
import io.hostsql.os.common.IpText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The name databases of netdb.h as files: /etc/hosts (hosts(5)), /etc/services (services(5))
 * and /etc/protocols (protocols(5)). A line the C library would skip is reported.
 */
public final class EtcNetFiles {
  private EtcNetFiles() {
  }

  /** /etc/hosts: an address then its names; a line with a bad address is reported. */
  public static Parsed<HostsEntry> hosts(Path file) {
    List<String> problems = new ArrayList<>();
    List<HostsEntry> out = new ArrayList<>();
    for (EtcLines l : EtcLines.of(orEmpty(file, problems))) {
      if (!IpText.isAddress(l.fields()[0])) {
        problems.add(file + " line " + l.number() + ": not an IP address: "
            + ProcModules.clip(l.fields()[0]));
        continue;
      }
      out.add(new HostsEntry(l.fields()[0],
          String.join(" ", Arrays.asList(l.fields()).subList(1, l.fields().length))));
    }
    return new Parsed<>(out, problems);
  }

  /** /etc/services: name port/protocol aliases... */
  public static Parsed<ServiceEntry> services(Path file) {
    List<String> problems = new ArrayList<>();
    List<ServiceEntry> out = new ArrayList<>();
    for (EtcLines l : EtcLines.of(orEmpty(file, problems))) {
      String[] f = l.fields();
      int slash = f.length < 2 ? -1 : f[1].indexOf('/');
      Integer port = slash <= 0 ? null : number(f[1].substring(0, slash), 65535);
      if (port == null || slash == f[1].length() - 1) {
        problems.add(file + " line " + l.number() + ": not name port/protocol: "
            + ProcModules.clip(String.join(" ", f)));
        continue;
      }
      out.add(new ServiceEntry(f[0], port, f[1].substring(slash + 1),
          String.join(" ", Arrays.asList(f).subList(2, f.length)), l.comment()));
    }
    return new Parsed<>(out, problems);
  }

  /** /etc/protocols: name number aliases... */
  public static Parsed<ProtocolEntry> protocols(Path file) {
    List<String> problems = new ArrayList<>();
    List<ProtocolEntry> out = new ArrayList<>();
    for (EtcLines l : EtcLines.of(orEmpty(file, problems))) {
      String[] f = l.fields();
      Integer number = f.length < 2 ? null : number(f[1], Integer.MAX_VALUE);
      if (number == null) {
        problems.add(file + " line " + l.number() + ": not name number: "
            + ProcModules.clip(String.join(" ", f)));
        continue;
      }
      out.add(new ProtocolEntry(f[0], number, f.length > 2 ? f[2] : null, l.comment()));
    }
    return new Parsed<>(out, problems);
  }

  private static List<String> orEmpty(Path file, List<String> problems) {
    List<String> lines = TextFiles.lines(file, problems);
    return lines == null ? List.of() : lines;
  }

  /** A decimal from 0 to max, or null. */
  static Integer number(String s, int max) {
    if (s.isEmpty() || s.length() > 10 || !s.chars().allMatch(Character::isDigit)) {
      return null;
    }
    long v = Long.parseLong(s);
    return v > max ? null : (int) v;
  }
}
