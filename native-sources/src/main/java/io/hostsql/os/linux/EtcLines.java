package io.hostsql.os.linux;

import java.util.List;

/**
 * One line of a whitespace-separated /etc database (hosts, services, protocols): its fields
 * before the first '#', and the comment after it.
 *
 * @param number the line number, from 1
 * @param fields the fields, never empty
 * @param comment the comment, trimmed, or null when there is none
 */
record EtcLines(int number, String[] fields, String comment) {
  /** The entries of the lines: blank and comment-only lines are left out. */
  static List<EtcLines> of(List<String> lines) {
    List<EtcLines> out = new java.util.ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int hash = line.indexOf('#');
      String body = (hash < 0 ? line : line.substring(0, hash)).strip();
      if (body.isEmpty()) {
        continue;
      }
      String comment = hash < 0 ? null : line.substring(hash + 1).strip();
      out.add(new EtcLines(i + 1, body.split("\\s+"), comment));
    }
    return out;
  }
}
