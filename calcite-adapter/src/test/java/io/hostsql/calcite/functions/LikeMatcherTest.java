package io.hostsql.calcite.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** LIKE by segments, against java.util.regex on patterns short enough not to backtrack long. */
class LikeMatcherTest {
  /** LIKE as a java.util.regex, written independently of LikeMatcher. */
  private static boolean byRegex(String s, String pattern, boolean caseSensitive) {
    StringBuilder re = new StringBuilder();
    for (char c : pattern.toCharArray()) {
      re.append(c == '%' ? ".*" : c == '_' ? "." : Pattern.quote(String.valueOf(c)));
    }
    return Pattern.compile(re.toString(), Pattern.DOTALL
        | (caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
        .matcher(s).matches();
  }

  @Test
  void agreesWithARegularExpressionOnRandomPatterns() {
    Random r = new Random(17);
    String alphabet = "abAB%_";
    for (int n = 0; n < 200_000; n++) {
      String s = random(r, "abAB\n", r.nextInt(8));
      String p = random(r, alphabet, r.nextInt(7));
      boolean cs = r.nextBoolean();
      assertEquals(byRegex(s, p, cs), LikeMatcher.matches(s, p, (char) 0, cs),
          "'" + s + "' LIKE '" + p + "' case-sensitive " + cs);
    }
  }

  private static String random(Random r, String alphabet, int length) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < length; i++) {
      b.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  @Test
  void escapesAndLongTexts() {
    assertTrue(LikeMatcher.matches("100%", "100!%", '!', true));
    assertFalse(LikeMatcher.matches("1000", "100!%", '!', true));
    assertTrue(LikeMatcher.matches("a_c", "a!_c", '!', true));
    assertFalse(LikeMatcher.matches("abc", "a!_c", '!', true));
    String text = "a".repeat(1_000_000);
    long start = System.nanoTime();
    assertFalse(LikeMatcher.matches(text, "%a".repeat(200) + "%b", (char) 0, true));
    assertTrue(LikeMatcher.matches(text, "%a".repeat(200) + "%", (char) 0, true));
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(millis < 2_000, millis + " ms");
  }

  @Test
  void aPatternMatchedAgainWithAnotherEscapeIsSplitForThatEscape() {
    // The same pattern text, one thread: with '!' as escape "a!%b" is the text a%b; without
    // one it is 'a!', anything, 'b'. A split kept for one must not serve the other.
    for (int round = 0; round < 3; round++) {
      assertTrue(LikeMatcher.matches("a%b", "a!%b", '!', true));
      assertFalse(LikeMatcher.matches("a!xb", "a!%b", '!', true));
      assertTrue(LikeMatcher.matches("a!xb", "a!%b", (char) 0, true));
      assertFalse(LikeMatcher.matches("a%b", "a!%b", (char) 0, true));
      assertTrue(LikeMatcher.matches("a%b", "a#%b", '#', true));
    }
  }
}
