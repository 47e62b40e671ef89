package io.hostsql.jdbc.cli;

import java.io.PrintStream;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Writes one result set to a stream in one output format. */
interface ResultPrinter {
  /**
   * Prints every row of the result set.
   *
   * @return the number of rows printed
   */
  long print(ResultSet rs, PrintStream out) throws SQLException;
}
