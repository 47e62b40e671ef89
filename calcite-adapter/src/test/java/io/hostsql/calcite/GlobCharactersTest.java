package io.hostsql.calcite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Characters other than % in a path LIKE, as osquery treats them: osquery hands the pattern
 * (% made *) to glob(3) with GLOB_BRACE, GLOB_MARK and GLOB_TILDE, and SQLite applies the LIKE
 * to what glob found. The expected rows were worked out by hand from the two rules, over a
 * directory of names made of those characters.
 */
class GlobCharactersTest {
  @TempDir
  static Path tmp;
  static Path d;
  static Connection c;

  @BeforeAll
  static void build() throws Exception {
    d = Files.createDirectory(tmp.resolve("d"));
    for (String name : new String[] {"a_c", "abc", "a?c", "a[b]c", "[x]", "{a,b}", "ab", "b",
        "a\\b", ".hidden", "x1", "x2", "xa"}) {
      Files.createFile(d.resolve(name));
    }
    Files.createDirectory(d.resolve("sub"));
    c = OsConnections.open(io.hostsql.os.Platform.current());
  }

  @AfterAll
  static void close() throws Exception {
    c.close();
  }

  private static List<String> found(String pattern) throws Exception {
    List<String> out = new ArrayList<>();
    for (List<Object> r : OsConnections.rows(c, "SELECT path FROM files WHERE path LIKE ? "
        + "ORDER BY path", d + "/" + pattern)) {
      out.add(((String) r.get(0)).substring(d.toString().length() + 1));
    }
    return out;
  }

  @Test
  void likeFindsWhatGlobFindsAndTheLikeKeeps() throws Exception {
    // pattern -> rows (names under d), with what glob found and why the LIKE keeps them
    Map<String, List<String>> expected = new java.util.LinkedHashMap<>();
    // '_' is plain to glob (finds a_c only), any character to the LIKE
    expected.put("a_c", List.of("a_c"));
    // '?' is one character to glob (a?c, a_c, abc), plain to the LIKE
    expected.put("a?c", List.of("a?c"));
    // a bracket is one character of a set to glob (abc), plain text to the LIKE
    expected.put("a[b]c", List.of());
    expected.put("[x]", List.of());
    // '[' without ']' is plain to both
    expected.put("[%", List.of("[x]"));
    expected.put("%]", List.of("[x]"));
    expected.put("%[b]%", List.of("a[b]c"));
    expected.put("[!a]%", List.of());
    // braces are alternatives to glob ({a,b}: b), plain text to the LIKE
    expected.put("{a,b}", List.of());
    expected.put("{x1,{x2,xa}}", List.of());
    expected.put("%{a,b}%", List.of("{a,b}"));
    // unbalanced braces are plain to glob too
    expected.put("{%", List.of("{a,b}"));
    // a backslash escapes for glob (a\b finds ab), is plain to the LIKE
    expected.put("a\\b", List.of());
    // a written leading '.' matches readdir's . and .. as well (marked as directories)
    expected.put(".%", List.of("../", "./", ".hidden"));
    // '%' alone skips names starting with '.', and marks directories
    expected.put("x%", List.of("x1", "x2", "xa"));
    expected.put("%", List.of("[x]", "a?c", "a[b]c", "a\\b", "a_c", "ab", "abc", "b", "sub/",
        "x1", "x2", "xa", "{a,b}"));
    Map<String, List<String>> got = new java.util.LinkedHashMap<>();
    for (String pattern : expected.keySet()) {
      got.put(pattern, found(pattern));
    }
    assertEquals(expected, got);
  }

  @Test
  void aTildeNamesNothing() throws Exception {
    // glob makes ~ the home directory, whose paths never match a LIKE starting with '~'.
    assertEquals(List.of(), OsConnections.rows(c, "SELECT path FROM files WHERE path LIKE "
        + "'~/%'"));
  }
}
