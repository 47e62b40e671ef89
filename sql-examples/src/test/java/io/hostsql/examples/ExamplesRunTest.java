package io.hostsql.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every .sql file in sql-examples/ parses, plans and runs against the live system. */
class ExamplesRunTest {
  private static final Path DIR = Path.of(System.getProperty("user.dir"));

  @TestFactory
  Stream<DynamicTest> everyExampleRuns() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(DIR)) {
      files = s.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
    }
    assertFalse(files.isEmpty(), "no examples found in " + DIR);
    return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
      String sql = Files.readString(f).strip();
      assertTrue(sql.startsWith("--"), f + " starts with a header comment");
      sql = sql.endsWith(";") ? sql.substring(0, sql.length() - 1) : sql;
      try (Connection c = DriverManager.getConnection("jdbc:hostsql:");
           Statement st = c.createStatement();
           ResultSet rs = st.executeQuery(sql)) {
        int columns = rs.getMetaData().getColumnCount();
        assertTrue(columns > 0);
        while (rs.next()) {
          for (int i = 1; i <= columns; i++) {
            rs.getObject(i);
          }
        }
      }
    }));
  }
}
