package io.hostsql.jdbc.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import sqlline.SqlLine;

/**
 * The interactive shell: sqlline, already connected, with history in ~/.hostsql/history and
 * completion of table and column names.
 */
final class InteractiveShell {
  private InteractiveShell() {
  }

  static int start(String url) throws IOException {
    Path home = Path.of(System.getProperty("user.home"), ".hostsql");
    Files.createDirectories(home);
    List<String> args = new ArrayList<>(List.of(
        "-u", url,
        "-n", "",
        "-p", "",
        "--connectInteractionMode=notAskCredentials",
        "--historyFile=" + home.resolve("history"),
        "--isolation=TRANSACTION_NONE",
        "--showWarnings=true",
        "-ac", HostsqlApplication.class.getName()));
    SqlLine.Status status = new SqlLine().begin(args.toArray(new String[0]), null, true);
    return status == SqlLine.Status.OK ? 0 : 1;
  }
}
