package io.hostsql.jdbc.linux;

import io.hostsql.os.testing.FixtureProc;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A host made of files, one per test, for the tables that read users' and packages' files: a
 * fixture procfs in a fresh temporary folder, its root filesystem below it (with the
 * /etc/passwd lines given, if any), and an embedded connection whose os schema reads both.
 * Registered with {@code @RegisterExtension}; the connection is closed and the folder removed
 * after each test.
 */
final class FixtureHost implements BeforeEachCallback, AfterEachCallback {
  private final List<String> passwd;
  private Path dir;
  private FixtureProc root;
  private Connection connection;

  private FixtureHost(List<String> passwd) {
    this.passwd = passwd;
  }

  /** A host whose /etc/passwd holds these lines; with none, it has no passwd file. */
  static FixtureHost withUsers(String... passwdLines) {
    return new FixtureHost(List.of(passwdLines));
  }

  @Override
  public void beforeEach(ExtensionContext context) throws Exception {
    dir = Files.createTempDirectory("hostsql-host");
    FixtureProc proc = new FixtureProc(dir.resolve("proc"));
    root = new FixtureProc(proc.root().resolve("rootfs"));
    if (!passwd.isEmpty()) {
      root.write("etc/passwd", String.join("\n", passwd) + "\n");
    }
    connection = FixtureConnections.over(proc.root());
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    try {
      connection.close();
    } finally {
      try (Stream<Path> all = Files.walk(dir)) {
        all.sorted(Comparator.reverseOrder()).forEach(FixtureHost::delete);
      }
    }
  }

  private static void delete(Path p) {
    try {
      p.toFile().setWritable(true);
      Files.delete(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The host's root filesystem, to write fixture files into. */
  FixtureProc root() {
    return root;
  }

  /** The connection over the host. */
  Connection connection() {
    return connection;
  }

  /** The warnings a query's statement collected while its rows were read. */
  List<String> warnings(String sql) throws SQLException {
    return FixtureConnections.warnings(connection, sql);
  }
}
