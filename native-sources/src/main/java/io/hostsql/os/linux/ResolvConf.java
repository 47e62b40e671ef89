package io.hostsql.os.linux;

import io.hostsql.os.DnsResolver;
import io.hostsql.os.Parsed;
import io.hostsql.os.common.IpText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * resolv.conf(5) as the GNU C library's res_init applies it: at most three nameservers (the
 * loopback address when none is given), the search list of the last search or domain line (else
 * the host name's domain), at most ten sortlist entries, and the option words as RES_* bits.
 * The RES_OPTIONS and LOCALDOMAIN variables of a particular process are not applied.
 */
public final class ResolvConf {
  private static final int MAXNS = 3;
  private static final int MAXDNSRCH = 6;
  private static final int MAXRESOLVSORT = 10;
  /** RES_INIT | RES_RECURSE | RES_DEFNAMES | RES_DNSRCH: what res_init starts from. */
  private static final long INITIAL = 0x1 | 0x40 | 0x80 | 0x200;
  private static final Map<String, Long> OPTION_BITS = Map.ofEntries(
      Map.entry("rotate", 0x4000L), Map.entry("edns0", 0x100000L),
      Map.entry("single-request", 0x200000L), Map.entry("single-request-reopen", 0x400000L),
      Map.entry("no-tld-query", 0x1000000L), Map.entry("no_tld_query", 0x1000000L),
      Map.entry("no-reload", 0x2000000L), Map.entry("trust-ad", 0x4000000L),
      Map.entry("no-aaaa", 0x8000000L), Map.entry("use-vc", 0x8L));

  private ResolvConf() {
  }

  /**
   * @param file the resolv.conf
   * @param hostname the host name, whose domain is the search list when the file gives none
   */
  public static Parsed<DnsResolver> read(Path file, String hostname) {
    List<String> problems = new ArrayList<>();
    List<String> lines = TextFiles.lines(file, problems);
    List<String> servers = new ArrayList<>();
    List<String> search = null;
    List<String[]> sortlist = new ArrayList<>();
    long options = INITIAL;
    for (int i = 0; lines != null && i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#") || line.startsWith(";")) {
        continue;
      }
      String[] w = line.strip().split("\\s+");
      switch (w[0]) {
        case "nameserver" -> {
          if (w.length < 2 || !IpText.isAddress(w[1])) {
            problems.add(file + " line " + (i + 1) + ": not a nameserver address: "
                + ProcModules.clip(line));
          } else if (servers.size() < MAXNS) {
            servers.add(w[1]);
          }
        }
        case "domain" -> search = w.length > 1 ? List.of(w[1]) : search;
        case "search" -> {
          search = new ArrayList<>();
          for (int k = 1; k < w.length && search.size() < MAXDNSRCH; k++) {
            if (w[k].startsWith("#") || w[k].startsWith(";")) {
              break;
            }
            search.add(w[k]);
          }
        }
        case "sortlist" -> {
          for (int k = 1; k < w.length && sortlist.size() < MAXRESOLVSORT; k++) {
            String[] net = w[k].split("/", 2);
            if (!IpText.isAddress(net[0]) || net[0].contains(":")) {
              problems.add(file + " line " + (i + 1) + ": not an IPv4 sortlist entry: "
                  + ProcModules.clip(w[k]));
              continue;
            }
            sortlist.add(new String[] {net[0], net.length > 1 ? net[1] : classMask(net[0])});
          }
        }
        case "options" -> {
          for (int k = 1; k < w.length; k++) {
            Long bit = OPTION_BITS.get(w[k]);
            if (bit != null) {
              options |= bit;
            }
          }
        }
        default -> problems.add(file + " line " + (i + 1) + ": unknown keyword: "
            + ProcModules.clip(line));
      }
    }
    if (servers.isEmpty()) {
      servers.add("127.0.0.1");
    }
    if (search == null) {
      int dot = hostname == null ? -1 : hostname.indexOf('.');
      search = dot < 0 || dot == hostname.length() - 1 ? List.of()
          : List.of(hostname.substring(dot + 1));
    }
    List<DnsResolver> out = new ArrayList<>();
    for (int i = 0; i < servers.size(); i++) {
      out.add(new DnsResolver(i, "nameserver", servers.get(i),
          servers.get(i).contains(":") ? "128" : "32", options));
    }
    for (int i = 0; i < sortlist.size(); i++) {
      out.add(new DnsResolver(i, "sortlist", sortlist.get(i)[0], sortlist.get(i)[1], options));
    }
    for (int i = 0; i < search.size(); i++) {
      out.add(new DnsResolver(i, "search", search.get(i), null, options));
    }
    return new Parsed<>(out, problems);
  }

  /** The classful mask res_init gives a sortlist network written without one. */
  private static String classMask(String v4) {
    int first = Integer.parseInt(v4.substring(0, v4.indexOf('.')));
    return first < 128 ? "255.0.0.0" : first < 192 ? "255.255.0.0" : "255.255.255.0";
  }
}
