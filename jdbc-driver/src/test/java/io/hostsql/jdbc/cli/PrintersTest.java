package io.hostsql.jdbc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The output formats and the command line, on results whose text is known. */
class PrintersTest {
  // VARCHAR literals: a VALUES of CHAR literals pads them all to the longest.
  private static final String QUERY = "SELECT * FROM (VALUES (1, CAST('a,b' AS VARCHAR), "
      + "CAST(NULL AS VARCHAR)), (22, CAST('say \"hi\"' AS VARCHAR), CAST('tab\there' AS "
      + "VARCHAR))) AS t(n, s, z)";

  private static String print(OutputFormat format) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Connection c = DriverManager.getConnection("jdbc:hostsql:");
         Statement s = c.createStatement(); ResultSet rs = s.executeQuery(QUERY);
         PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      format.printer().print(rs, out);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void csvQuotesWhatNeedsIt() throws Exception {
    assertEquals("n,s,z\n1,\"a,b\",\n22,\"say \"\"hi\"\"\",tab\there\n", print(OutputFormat.CSV));
  }

  @Test
  void tsvFlattensTabs() throws Exception {
    assertEquals("n\ts\tz\n1\ta,b\t\n22\tsay \"hi\"\ttab here\n", print(OutputFormat.TSV));
  }

  @Test
  void jsonKeepsNumbersAndNulls() throws Exception {
    assertEquals("[\n  {\"n\": 1, \"s\": \"a,b\", \"z\": null},\n"
        + "  {\"n\": 22, \"s\": \"say \\\"hi\\\"\", \"z\": \"tab\\there\"}\n]\n",
        print(OutputFormat.JSON));
  }

  @Test
  void tableAlignsAndRightAlignsNumbers() throws Exception {
    assertEquals(String.join("\n",
        "n  | s        | z",
        "---+----------+---------",
        "  1 | a,b      | NULL".substring(1),
        " 22 | say \"hi\" | tab here".substring(1),
        "(2 rows)", ""), print(OutputFormat.TABLE));
  }

  @Test
  void commandLineParsesAndRejects() {
    CliOptions o = CliOptions.parse(new String[] {"--format", "json", "--watch", "2",
        "--count", "3", "SELECT", "1"});
    assertEquals(OutputFormat.JSON, o.format());
    assertEquals("SELECT 1", o.sql());
    assertEquals(2.0, o.watchSeconds());
    assertEquals(3, o.watchCount());
    assertThrows(UsageException.class, () -> CliOptions.parse(new String[] {"--format", "xml",
        "x"}));
    assertThrows(UsageException.class, () -> CliOptions.parse(new String[] {"--count", "2",
        "x"}));
    assertThrows(UsageException.class, () -> CliOptions.parse(new String[] {"-f", "a.sql",
        "SELECT 1"}));
    assertThrows(UsageException.class, () -> CliOptions.parse(new String[] {"--url"}));
  }
}
