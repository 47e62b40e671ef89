package io.hostsql.jdbc.cli;

/**
 * Text from the machine made safe to print on a terminal, and its width there. A process name,
 * command line or path is whatever bytes its owner chose: ESC, BEL and CR in one would clear
 * the screen, set the window title or recolour the terminal of whoever lists it. Like {@code ls}
 * and {@code ps}, control characters are shown as escapes instead: {@code \e} for ESC,
 * {@code \xNN} for the other C0 controls and DEL, a backslash, {@code u} and the code point
 * in braces for C1 controls and invisible format characters (bidirectional overrides); a
 * broken surrogate is U+FFFD.
 */
final class TerminalText {
  private static final char REPLACEMENT = '\uFFFD';

  private TerminalText() {
  }

  /** {@code s} with every character a terminal would act on written out visibly. */
  static String visible(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int next = i + Character.charCount(cp);
      String replacement = escape(cp);
      if (replacement != null && out == null) {
        out = new StringBuilder(s.length() + 8).append(s, 0, i);
      }
      if (out != null) {
        if (replacement != null) {
          out.append(replacement);
        } else {
          out.appendCodePoint(cp);
        }
      }
      i = next;
    }
    return out == null ? s : out.toString();
  }

  private static String escape(int cp) {
    if (cp == '\n' || cp == '\t') {
      return " "; // one line per row
    }
    if (cp == 0x1b) {
      return "\\e";
    }
    if (cp < 0x20 || cp == 0x7f) {
      return String.format("\\x%02x", cp);
    }
    if (cp >= 0x80 && cp < 0xa0 || Character.getType(cp) == Character.FORMAT && cp != 0x200d) {
      return String.format("\\u{%04X}", cp);
    }
    if (Character.isSurrogate((char) cp) && cp <= 0xffff) {
      return String.valueOf(REPLACEMENT);
    }
    return null;
  }

  /** Columns {@code s} takes on a terminal (after {@link #visible}). */
  static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      w += width(cp);
    }
    return w;
  }

  private static int width(int cp) {
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || cp == 0x200b || cp == 0x200d) {
      return 0;
    }
    return wide(cp) ? 2 : 1;
  }

  /** East Asian wide and fullwidth characters and emoji (the ranges of wcwidth). */
  private static boolean wide(int cp) {
    return cp >= 0x1100 && (cp <= 0x115f || cp == 0x2329 || cp == 0x232a
        || cp >= 0x2e80 && cp <= 0xa4cf && cp != 0x303f
        || cp >= 0xac00 && cp <= 0xd7a3
        || cp >= 0xf900 && cp <= 0xfaff
        || cp >= 0xfe10 && cp <= 0xfe19
        || cp >= 0xfe30 && cp <= 0xfe6f
        || cp >= 0xff00 && cp <= 0xff60
        || cp >= 0xffe0 && cp <= 0xffe6
        || cp >= 0x1f300 && cp <= 0x1f64f
        || cp >= 0x1f900 && cp <= 0x1f9ff
        || cp >= 0x20000 && cp <= 0x2fffd
        || cp >= 0x30000 && cp <= 0x3fffd);
  }
}
