package io.hostsql.os.linux;

import io.hostsql.os.FirewallRule;
import io.hostsql.os.Parsed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses what {@code iptables-save -c} prints (iptables-save(8)): "*table", then ":CHAIN
 * POLICY [packets:bytes]" per chain, then "[packets:bytes] -A CHAIN options..." per rule, then
 * COMMIT. Addresses are printed as address/prefix, protocols by name or number.
 */
public final class IptablesSave {
  /** The protocol names iptables-save prints instead of a number (its own list). */
  private static final Map<String, Integer> PROTOCOLS = Map.of("all", 0, "icmp", 1, "tcp", 6,
      "udp", 17, "esp", 50, "ah", 51, "icmpv6", 58, "sctp", 132, "udplite", 136, "mh", 135);

  private IptablesSave() {
  }

  /** The rules of the text; a line that is none of the forms above is reported. */
  public static Parsed<FirewallRule> parse(String text) {
    List<FirewallRule> out = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    String table = null;
    Map<String, String> policies = new HashMap<>();
    Map<String, long[]> policyCounts = new HashMap<>();
    Map<String, Integer> positions = new HashMap<>();
    List<String> chainOrder = new ArrayList<>();
    String[] lines = text.split("\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String where = "iptables-save line " + (i + 1) + ": ";
      if (line.startsWith("*")) {
        table = line.substring(1);
        policies.clear();
        policyCounts.clear();
        positions.clear();
        chainOrder.clear();
      } else if (line.equals("COMMIT")) {
        // A built-in chain without rules still filters by its policy: one row says so.
        for (String chain : chainOrder) {
          if (!positions.containsKey(chain) && !policies.get(chain).equals("-")) {
            long[] c = policyCounts.get(chain);
            out.add(new FirewallRule(table, chain, policies.get(chain), 0, null, 0, null, null,
                "0.0.0.0", "0.0.0.0", null, "0.0.0.0", "0.0.0.0", null, "", c[0], c[1], ""));
          }
        }
        table = null;
      } else if (table == null) {
        problems.add(where + "outside a table: " + ProcModules.clip(line));
      } else if (line.startsWith(":")) {
        String[] f = line.substring(1).split(" ");
        long[] counts = f.length > 2 ? counters(f[2]) : new long[2];
        if (f.length < 2 || counts == null) {
          problems.add(where + "not a chain line: " + ProcModules.clip(line));
          continue;
        }
        policies.put(f[0], f[1]);
        policyCounts.put(f[0], counts);
        chainOrder.add(f[0]);
      } else {
        FirewallRule r = rule(table, line, policies, positions);
        if (r == null) {
          problems.add(where + "not a rule: " + ProcModules.clip(line));
        } else {
          out.add(r);
        }
      }
    }
    if (table != null) {
      problems.add("iptables-save: table " + table + " has no COMMIT: the output was cut");
    }
    return new Parsed<>(out, problems);
  }

  /** "[12:3456]" -> {12, 3456}; null when malformed. */
  private static long[] counters(String s) {
    int colon = s.indexOf(':');
    if (!s.startsWith("[") || !s.endsWith("]") || colon < 0) {
      return null;
    }
    try {
      return new long[] {Long.parseLong(s.substring(1, colon)),
          Long.parseLong(s.substring(colon + 1, s.length() - 1))};
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static FirewallRule rule(String table, String line, Map<String, String> policies,
      Map<String, Integer> positions) {
    long[] counts = {0, 0};
    if (line.startsWith("[")) {
      int end = line.indexOf(']');
      counts = end < 0 ? null : counters(line.substring(0, end + 1));
      if (counts == null) {
        return null;
      }
      line = line.substring(end + 1).strip();
    }
    List<String> words = words(line);
    if (words.size() < 2 || !words.get(0).equals("-A")) {
      return null;
    }
    String chain = words.get(1);
    String target = null;
    int protocol = 0;
    String sport = null;
    String dport = null;
    String[] src = {"0.0.0.0", "0.0.0.0"};
    String[] dst = {"0.0.0.0", "0.0.0.0"};
    String in = null;
    String out = null;
    List<String> matches = new ArrayList<>();
    boolean not = false;
    for (int i = 2; i < words.size(); i++) {
      String w = words.get(i);
      String value = i + 1 < words.size() ? words.get(i + 1) : null;
      String neg = not ? "!" : "";
      not = false;
      switch (w) {
        case "!" -> {
          not = true;
          continue;
        }
        case "-s", "--source" -> src = address(value, neg);
        case "-d", "--destination" -> dst = address(value, neg);
        case "-i", "--in-interface" -> in = neg + value;
        case "-o", "--out-interface" -> out = neg + value;
        case "-p", "--protocol" -> {
          Integer p = value == null ? null : PROTOCOLS.get(value.toLowerCase(java.util.Locale.ROOT));
          try {
            protocol = p != null ? p : Integer.parseInt(value);
          } catch (NumberFormatException e) {
            return null;
          }
        }
        case "-m", "--match" -> matches.add(value);
        case "--sport", "--source-port" -> sport = neg + value;
        case "--dport", "--destination-port" -> dport = neg + value;
        case "-j", "--jump", "-g", "--goto" -> target = value;
        default -> {
          continue; // another match's or target's option: its value is skipped below
        }
      }
      if (value == null) {
        return null;
      }
      i++;
      if (w.equals("-j") || w.equals("--jump") || w.equals("-g") || w.equals("--goto")) {
        break; // what follows are the target's own options
      }
    }
    if (src == null || dst == null) {
      return null;
    }
    int position = positions.merge(chain, 1, Integer::sum);
    return new FirewallRule(table, chain, policies.getOrDefault(chain, "-"), position, target,
        protocol, sport, dport, src[0], src[1], in, dst[0], dst[1], out,
        String.join(",", matches), counts[0], counts[1], line);
  }

  /** "10.0.0.0/8" -> {"10.0.0.0", "255.0.0.0"}; a negated one gets "!" before the address. */
  private static String[] address(String value, String neg) {
    if (value == null) {
      return null;
    }
    int slash = value.indexOf('/');
    String ip = slash < 0 ? value : value.substring(0, slash);
    String mask;
    if (slash < 0) {
      mask = "255.255.255.255";
    } else if (value.indexOf('.', slash) > 0) {
      mask = value.substring(slash + 1);
    } else {
      int bits;
      try {
        bits = Integer.parseInt(value.substring(slash + 1));
      } catch (NumberFormatException e) {
        return null;
      }
      if (bits < 0 || bits > 32) {
        return null;
      }
      long m = bits == 0 ? 0 : (0xffffffffL << (32 - bits)) & 0xffffffffL;
      mask = (m >> 24) + "." + (m >> 16 & 255) + "." + (m >> 8 & 255) + "." + (m & 255);
    }
    return new String[] {neg + ip, mask};
  }

  /** Splits at spaces, keeping a "double-quoted value" (a comment) as one word. */
  private static List<String> words(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && quoted && i + 1 < line.length()) {
        w.append(line.charAt(++i));
      } else if (c == '"') {
        quoted = !quoted;
        any = true;
      } else if (c == ' ' && !quoted) {
        if (any || w.length() > 0) {
          out.add(w.toString());
        }
        w.setLength(0);
        any = false;
      } else {
        w.append(c);
      }
    }
    if (any || w.length() > 0) {
      out.add(w.toString());
    }
    return out;
  }
}
