package io.hostsql.os;

import java.util.List;

/**
 * What a reader of configuration or state files found: the entries it could parse, and one
 * sentence for each part it could not (a malformed line, an unreadable file, a file cut at its
 * size limit). A caller shows the entries and reports the problems; nothing is lost silently.
 *
 * @param values the parsed entries, in file order
 * @param problems what was skipped and why, each naming the file (and line where there is one)
 * @param <T> the entry type
 */
public record Parsed<T>(List<T> values, List<String> problems) {
  public Parsed {
    values = List.copyOf(values);
    problems = List.copyOf(problems);
  }
}
