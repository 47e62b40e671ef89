package io.hostsql.jdbc.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hostsql.os.testing.Commands;
import io.hostsql.os.testing.QueryRows;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * authorized_keys, known_hosts and shell_history over a fixture root with two users: keys
 * made by ssh-keygen and checked against its own fingerprints of the same files, histories
 * written by hand in bash, bash-with-timestamps and zsh extended formats, a 10 MB history, a
 * binary one, and uid/username filters that open only that user's files.
 */
class UserFileTablesTest {
  @TempDir
  Path dir;
  @RegisterExtension
  final FixtureHost host = FixtureHost.withUsers(
      "root:x:0:0:root:/root:/bin/bash",
      "alice:x:1000:1000::/home/alice:/bin/zsh",
      "bob:x:1001:1001::/home/bob:/bin/bash");

  private String keygen(String type, String comment) throws Exception {
    Path key = dir.resolve("k" + System.nanoTime());
    Commands.run("ssh-keygen", "-q", "-t", type, "-N", "", "-C", comment, "-f",
        key.toString());
    return Files.readString(key.resolveSibling(key.getFileName() + ".pub")).strip();
  }

  /** ssh-keygen -l's "SHA256:fp comment (TYPE)" for each key of a file. */
  private static List<String> fingerprints(Path file) {
    List<String> out = new ArrayList<>();
    for (String line : Commands.run("ssh-keygen", "-l", "-f", file.toString()).split("\n")) {
      out.add(line.substring(line.indexOf(' ') + 1));
    }
    return out;
  }

  private static String sha256(String base64) throws Exception {
    byte[] d = MessageDigest.getInstance("SHA-256").digest(Base64.getDecoder().decode(base64));
    return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(d);
  }

  @Test
  void authorizedKeysAgreeWithSshKeygensFingerprints() throws Exception {
    String ed = keygen("ed25519", "alice@laptop");
    String rsa = keygen("rsa", "deploy key");
    host.root().write("home/alice/.ssh/authorized_keys", "# managed\n" + ed + "\n"
        + "from=\"10.0.0.0/8,192.168.1.1\",command=\"echo hi there\",no-pty " + rsa + "\n"
        + "\nthis is not a key\n");
    List<String> expected =
        fingerprints(host.root().root().resolve("home/alice/.ssh/authorized_keys"));
    List<String> ours = new ArrayList<>();
    for (List<String> r : QueryRows.of(host.connection(),
        "SELECT algorithm, key, comment, options, uid "
        + "FROM authorized_keys")) {
      String type = r.get(0).equals("ssh-ed25519") ? "ED25519" : "RSA";
      ours.add(sha256(r.get(1)) + " " + r.get(2) + " (" + type + ")");
      assertEquals("1000", r.get(4));
    }
    assertEquals(expected, ours);
    assertEquals(List.of(List.of(""), List.of("from=\"10.0.0.0/8,192.168.1.1\","
        + "command=\"echo hi there\",no-pty")),
        QueryRows.of(host.connection(), "SELECT options FROM osquery.authorized_keys"));
  }

  @Test
  void knownHostsAreOneRowPerEntrySshKeygenLists() throws Exception {
    String[] key = keygen("ed25519", "x").split(" ");
    host.root().write("root/.ssh/known_hosts", "github.com," + "140.82.121.4 " + key[0] + " "
        + key[1] + "\n# comment\n|1|abc=|def= " + key[0] + " " + key[1] + "\n");
    assertEquals(2, fingerprints(host.root().root().resolve("root/.ssh/known_hosts")).size());
    assertEquals(List.of(List.of("0", "github.com,140.82.121.4 " + key[0] + " " + key[1]),
        List.of("0", "|1|abc=|def= " + key[0] + " " + key[1])),
        QueryRows.of(host.connection(), "SELECT uid, key FROM osquery.known_hosts"));
  }

  @Test
  void historiesInEachFormatAndFiltersThatOpenOneUsersFiles() throws Exception {
    host.root().write("home/bob/.bash_history", "ls -la\n#1700000000\nsudo su -\n"
        + "#1700000100\necho 'two'\ncd /tmp\n")
        .write("home/alice/.zsh_history", ": 1700000200:0;vim notes\n"
            + ": 1700000300:5;for f in *; do\\\n  echo $f\\\ndone\nplain zsh line\n")
        .writeBytes("root/.bash_history", new byte[] {'l', 's', 0, 1, 2, '\n'});
    String bobFile = host.root().root().resolve("home/bob/.bash_history").toString();
    String aliceFile = host.root().root().resolve("home/alice/.zsh_history").toString();
    assertEquals(List.of(
        List.of("1001", "0", "ls -la", bobFile),
        List.of("1001", "1700000000", "sudo su -", bobFile),
        List.of("1001", "1700000100", "echo 'two'", bobFile),
        List.of("1001", "0", "cd /tmp", bobFile)),
        QueryRows.of(host.connection(), "SELECT uid, \"time\", command, history_file "
            + "FROM osquery.shell_history WHERE uid = 1001"));
    assertEquals(List.of(
        List.of("1700000200", "vim notes", aliceFile),
        List.of("1700000300", "for f in *; do\n  echo $f\ndone", aliceFile),
        List.of("0", "plain zsh line", aliceFile)),
        QueryRows.of(host.connection(),
            "SELECT command_time, command, history_file FROM shell_history "
            + "WHERE username = 'alice'"));
    // root's binary history is a warning, and only when root's files are read.
    List<String> all = host.warnings("SELECT * FROM shell_history");
    assertEquals(1, all.size(), all.toString());
    assertTrue(all.get(0).contains("root/.bash_history: not a text file"), all.get(0));
    assertEquals(List.of(), host.warnings("SELECT * FROM shell_history WHERE uid = 1000"));
    assertEquals(List.of(), host.warnings("SELECT * FROM osquery.shell_history WHERE uid = 1001"));
    assertEquals(List.of(), host.warnings("SELECT * FROM shell_history WHERE username = 'bob'"));
  }

  @Test
  void aTimeTheOsqueryColumnCannotHoldIsNullThereNotAFailedQuery() throws Exception {
    // A user writes their own history: 99999999999 (year 5138) is past osquery's INTEGER.
    host.root().write("home/bob/.bash_history", "#99999999999\nwhoami\n#1700000000\nid\n");
    assertEquals(List.of(List.of("99999999999", "whoami"), List.of("1700000000", "id")),
        QueryRows.of(host.connection(),
            "SELECT command_time, command FROM shell_history WHERE uid = 1001"));
    List<String> nullTime = new ArrayList<>();
    nullTime.add(null);
    nullTime.add("whoami");
    assertEquals(List.of(nullTime, List.of("1700000000", "id")),
        QueryRows.of(host.connection(),
            "SELECT \"time\", command FROM osquery.shell_history WHERE uid = 1001"));
  }

  @Test
  void aTenMegabyteHistoryIsEveryLine() throws Exception {
    StringBuilder b = new StringBuilder();
    int n = 0;
    while (b.length() < 10 << 20) {
      b.append("make -j8 target").append(n++).append('\n');
    }
    host.root().write("home/bob/.bash_history", b.toString());
    assertEquals(List.of(List.of(Integer.toString(n), "make -j8 target" + (n - 1))),
        QueryRows.of(host.connection(),
            "SELECT count(*), MAX(command) FILTER (WHERE command LIKE '%target"
            + (n - 1) + "') FROM shell_history WHERE uid = 1001"));
    assertNull(host.connection().createStatement().getWarnings());
  }
}
