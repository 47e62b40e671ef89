package io.hostsql.jdbc.cli;

import java.util.Locale;

/** How one-shot query results are written to stdout. */
enum OutputFormat {
  /** Aligned columns with a header, for people. */
  TABLE,
  /** RFC 4180 CSV with a header line, for spreadsheets and pipes. */
  CSV,
  /** Tab-separated values with a header line, for cut and awk. */
  TSV,
  /** One JSON array of objects, for jq and programs. */
  JSON;

  static OutputFormat parse(String text) {
    try {
      return valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageException("unknown format '" + text + "' (table, csv, tsv or json)");
    }
  }

  ResultPrinter printer() {
    return switch (this) {
      case TABLE -> new TablePrinter();
      case CSV -> new DelimitedPrinter(',', true);
      case TSV -> new DelimitedPrinter('\t', false);
      case JSON -> new JsonPrinter();
    };
  }
}
