package io.hostsql.jdbc.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.calcite.avatica.remote.Service;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On a server without {@code --users}, each anonymous client's connections and statements
 * belong to its HTTP session ({@link SessionOwner}): another client, with a session of its
 * own or none, cannot reach them by their ids, and one client's flood does not use up another
 * client's limits. The stock Avatica driver and hostsql's keep their session by themselves.
 */
class AnonymousSessionsIT {
  private static final long SELF = ProcessHandle.current().pid();
  private static final ServerLimits LIMITS = new ServerLimits(4, 16, 8, 64);
  private static HostsqlServer server;

  @BeforeAll
  static void start() throws Exception {
    server = HostsqlServer.start(new ServerConfig("127.0.0.1", 0, null, null, null, Set.of(),
        ServerConfig.DEFAULT_MAX_REQUEST_BYTES, 10, LIMITS, true));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static RawAvatica anonymous() {
    return new RawAvatica(server.url(), null, null);
  }

  private static String selfName(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT name FROM processes WHERE pid = " + SELF)) {
      assertTrue(rs.next());
      return rs.getString(1);
    }
  }

  @Test
  void anotherSessionsStatementsAndConnectionsAnswerAsIdsThatDoNotExist() throws Exception {
    ServerAttackIT.hijackFails(anonymous(), anonymous());
  }

  @Test
  void aClientWithoutTheSessionCookieReachesNothing() throws Exception {
    RawAvatica victim = anonymous();
    String conn = UUID.randomUUID().toString();
    victim.send(new Service.OpenConnectionRequest(conn, Map.of()));
    int id = ((Service.CreateStatementResponse) victim.send(
        new Service.CreateStatementRequest(conn))).statementId;
    victim.send(new Service.PrepareAndExecuteRequest(conn, id, "VALUES 7, 8", -1, 1));
    // A client that keeps no cookie: each of its requests is a session of its own.
    assertEquals(anonymous().outcome(new Service.FetchRequest(conn, id + 1_000_000, 1, 10)),
        anonymous().outcome(new Service.FetchRequest(conn, id, 1, 10)));
    assertEquals(anonymous().outcome(new Service.CloseConnectionRequest("nobody's")),
        anonymous().outcome(new Service.CloseConnectionRequest(conn)));
    String rest = victim.outcome(new Service.FetchRequest(conn, id, 1, 10));
    assertTrue(rest.contains("8") && rest.contains("missingStatement=false"), rest);
    victim.send(new Service.CloseConnectionRequest(conn));
  }

  @Test
  void oneSessionsFloodLeavesAnotherSessionsLimitsAlone() throws Exception {
    RawAvatica flooder = anonymous();
    List<String> opened = new ArrayList<>();
    List<String> outcomes = new ArrayList<>();
    for (int i = 0; i < LIMITS.connectionsPerUser() + 3; i++) {
      String id = UUID.randomUUID().toString();
      outcomes.add(flooder.outcome(new Service.OpenConnectionRequest(id, Map.of())));
      opened.add(id);
    }
    assertTrue(outcomes.get(outcomes.size() - 1).contains("too many open connections"),
        outcomes.toString());
    // Both drivers keep their session cookie: each connection's requests stay its own.
    try (Connection hostsql = DriverManager.getConnection("jdbc:hostsql:remote:url="
             + server.url());
         Connection avatica = DriverManager.getConnection("jdbc:avatica:remote:url="
             + server.url() + ";serialization=PROTOBUF")) {
      assertEquals("java", selfName(hostsql));
      assertEquals("java", selfName(avatica));
    } finally {
      for (String id : opened) {
        flooder.send(new Service.CloseConnectionRequest(id));
      }
    }
  }
}
