package io.hostsql.jdbc.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hostsql.os.testing.Commands;
import io.hostsql.os.testing.QueryRows;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * etc_hosts, etc_services and etc_protocols against what getent enumerates from the same files,
 * and dns_resolvers against the C library's own res_init, read by a small C program.
 */
class NetConfigTablesTest {
  private static Connection c;

  @BeforeAll
  static void open() throws Exception {
    c = DriverManager.getConnection("jdbc:hostsql:");
  }

  @AfterAll
  static void close() throws Exception {
    c.close();
  }

  /** getent's lines split at whitespace. */
  private static List<String[]> getent(String database) {
    List<String[]> out = new ArrayList<>();
    for (String line : Commands.run("getent", database).split("\n")) {
      if (!line.isBlank()) {
        out.add(line.strip().split("\\s+"));
      }
    }
    return out;
  }

  @Test
  void etcHostsIsWhatGetentHostsEnumerates() throws Exception {
    List<List<String>> expected = new ArrayList<>();
    for (String[] f : getent("hosts")) {
      expected.add(List.of(f[0], String.join(" ", List.of(f).subList(1, f.length))));
    }
    assertEquals(expected, QueryRows.of(c, "SELECT address, hostnames FROM etc_hosts"));
    assertEquals(expected, QueryRows.of(c, "SELECT * FROM osquery.etc_hosts"));
  }

  @Test
  void etcServicesIsWhatGetentServicesEnumerates() throws Exception {
    List<List<String>> expected = new ArrayList<>();
    for (String[] f : getent("services")) {
      String[] portProto = f[1].split("/");
      expected.add(List.of(f[0], portProto[0], portProto[1],
          String.join(" ", List.of(f).subList(2, f.length))));
    }
    assertEquals(expected, QueryRows.of(c,
        "SELECT name, port, protocol, aliases FROM osquery.etc_services"));
  }

  @Test
  void etcProtocolsIsWhatGetentProtocolsEnumerates() throws Exception {
    List<List<String>> expected = new ArrayList<>();
    for (String[] f : getent("protocols")) {
      expected.add(java.util.Arrays.asList(f[0], f[1], f.length > 2 ? f[2] : null));
    }
    assertEquals(expected, QueryRows.of(c,
        "SELECT name, number, alias FROM osquery.etc_protocols"));
  }

  @Test
  void dnsResolversAreWhatResInitSets(@TempDir Path dir) throws Exception {
    Path source = dir.resolve("res.c");
    Files.writeString(source, """
        #include <arpa/inet.h>
        #include <netinet/in.h>
        #include <resolv.h>
        #include <stdio.h>
        int main(void) {
          char a[64], m[64];
          if (res_init() != 0) return 1;
          for (int i = 0; i < _res.nscount; i++) {
            if (_res.nsaddr_list[i].sin_family == AF_INET) {
              inet_ntop(AF_INET, &_res.nsaddr_list[i].sin_addr, a, sizeof a);
              printf("nameserver|%d|%s|32\\n", i, a);
            } else if (_res._u._ext.nsaddrs[i] != NULL) {
              inet_ntop(AF_INET6, &_res._u._ext.nsaddrs[i]->sin6_addr, a, sizeof a);
              printf("nameserver|%d|%s|128\\n", i, a);
            }
          }
          for (int i = 0; i < _res.nsort; i++) {
            struct in_addr mask = { _res.sort_list[i].mask };
            inet_ntop(AF_INET, &_res.sort_list[i].addr, a, sizeof a);
            inet_ntop(AF_INET, &mask, m, sizeof m);
            printf("sortlist|%d|%s|%s\\n", i, a, m);
          }
          for (int i = 0; i < MAXDNSRCH && _res.dnsrch[i] != NULL; i++) {
            printf("search|%d|%s|null\\n", i, _res.dnsrch[i]);
          }
          printf("options|%lu\\n", _res.options);
          return 0;
        }
        """);
    Path binary = dir.resolve("res");
    Commands.run("gcc", "-o", binary.toString(), source.toString(), "-lresolv");
    List<String> expected = new ArrayList<>();
    String options = null;
    for (String line : Commands.run(binary.toString()).split("\n")) {
      if (line.startsWith("options|")) {
        options = line.substring(8);
      } else {
        expected.add(line);
      }
    }
    List<String> ours = new ArrayList<>();
    for (List<String> r : QueryRows.of(c,
        "SELECT type, id, address, netmask, options FROM osquery.dns_resolvers")) {
      ours.add(r.get(0) + "|" + r.get(1) + "|" + r.get(2) + "|" + r.get(3));
      assertEquals(options, r.get(4), "options of " + r);
    }
    assertEquals(expected, ours);
  }
}
