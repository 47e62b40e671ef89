package io.hostsql.jdbc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.lang.reflect.Proxy;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Types;
import org.junit.jupiter.api.Test;

/** Control characters shown, not obeyed; columns aligned by terminal width (hand-written). */
class TerminalTextTest {
  @Test
  void controlCharactersAreWrittenOut() {
    assertEquals("a\\e[2Jb\\x07c\\x0dd\\x00\\x7f", TerminalText.visible(
        "a\u001b[2Jb\u0007c\rd\u0000\u007f"));
    assertEquals("\\e]0;owned\\x07", TerminalText.visible("\u001b]0;owned\u0007"));
    assertEquals("x\\u{009B}31m y", TerminalText.visible("x\u009b31m\ty"));
    assertEquals("evil\\u{202E}txt.exe", TerminalText.visible("evil\u202etxt.exe"));
    assertEquals("\uFFFD!", TerminalText.visible("\ud800!"));
    assertEquals("plain text, é, 日本", TerminalText.visible("plain text, é, 日本"));
  }

  @Test
  void widthCountsTerminalColumns() {
    assertEquals(4, TerminalText.width("日本"));
    assertEquals(1, TerminalText.width("e\u0301")); // e + combining acute
    assertEquals(2, TerminalText.width("\ud83d\ude00")); // an emoji
    assertEquals(3, TerminalText.width("abc"));
  }

  @Test
  void theTableFormatAlignsWideAndCombiningTextAndShowsEscapes() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      new TablePrinter().print(rows(new String[][] {{"\u65e5\u672c", "1"},
          {"e\u0301x", "2"}, {"\u001b[2J\u0007", "3"}}), out);
    }
    assertEquals(String.join("\n",
        "s         | n", // \e[2J\x07 is 9 columns wide
        "----------+--",
        "日本      | 1", // 4 columns + 5 spaces
        "e\u0301x        | 2", // 2 columns + 7 spaces
        "\\e[2J\\x07 | 3",
        "(3 rows)", ""), bytes.toString(StandardCharsets.UTF_8));
  }

  /** A result set of columns s (VARCHAR) and n (INTEGER) holding {@code values}. */
  private static ResultSet rows(String[][] values) {
    ResultSetMetaData md = (ResultSetMetaData) Proxy.newProxyInstance(
        TerminalTextTest.class.getClassLoader(), new Class<?>[] {ResultSetMetaData.class},
        (proxy, method, args) -> switch (method.getName()) {
          case "getColumnCount" -> 2;
          case "getColumnLabel" -> (Integer) args[0] == 1 ? "s" : "n";
          case "getColumnType" -> (Integer) args[0] == 1 ? Types.VARCHAR : Types.INTEGER;
          default -> throw new UnsupportedOperationException(method.getName());
        });
    int[] row = {-1};
    return (ResultSet) Proxy.newProxyInstance(TerminalTextTest.class.getClassLoader(),
        new Class<?>[] {ResultSet.class}, (proxy, method, args) -> switch (method.getName()) {
          case "getMetaData" -> md;
          case "next" -> ++row[0] < values.length;
          case "getString" -> values[row[0]][(Integer) args[0] - 1];
          default -> throw new UnsupportedOperationException(method.getName());
        });
  }
}
