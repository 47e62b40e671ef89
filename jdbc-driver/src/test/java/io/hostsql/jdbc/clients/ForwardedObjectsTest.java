package io.hostsql.jdbc.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hostsql.jdbc.HostsqlDriver;
import io.hostsql.jdbc.forward.Forwarder;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.calcite.jdbc.CalciteConnection;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every JDBC object hostsql hands out, embedded, served and remote, is one of the forwarders
 * compiled with the driver: no proxy class is generated at run time for any of them (the
 * interface sets of ForwarderGenerator cover them all).
 */
class ForwardedObjectsTest {
  @ParameterizedTest
  @EnumSource(value = Target.class, names = {"EMBEDDED", "HOSTSQL_REMOTE"})
  void everyObjectIsAForwarder(Target target) throws Exception {
    try (Connection c = target.connect()) {
      assertAllForwarders(objects(c));
      assertInstanceOf(java.io.Serializable.class, c, "as the proxy it replaces was");
    }
  }

  @org.junit.jupiter.api.Test
  void aServedConnectionsObjectsAreForwarders() throws Exception {
    // The server's side of a remote connection: what `hostsql serve` opens for each client.
    try (Connection c = new HostsqlDriver().connectHiding(HostsqlDriver.PREFIX,
        new Properties(), Set.of("process_environ"))) {
      assertAllForwarders(objects(c));
    }
  }

  @org.junit.jupiter.api.Test
  void anEmbeddedConnectionIsStillCalcites() throws Exception {
    try (Connection c = Target.EMBEDDED.connect()) {
      assertTrue(c instanceof CalciteConnection, "a cast to CalciteConnection works");
      assertTrue(c.isWrapperFor(CalciteConnection.class));
      CalciteConnection calcite = c.unwrap(CalciteConnection.class);
      assertFalse(calcite instanceof Forwarder, "unwrap reaches Calcite's own connection");
      assertInstanceOf(Forwarder.class, c.unwrap(Connection.class));
      assertEquals("os", ((CalciteConnection) c).getSchema());
    }
  }

  private static void assertAllForwarders(Map<String, Object> objects) {
    for (Map.Entry<String, Object> e : objects.entrySet()) {
      Object o = e.getValue();
      assertFalse(Proxy.isProxyClass(o.getClass()), e.getKey() + " is a runtime proxy: "
          + java.util.Arrays.toString(o.getClass().getInterfaces())
          + " needs a set in ForwarderGenerator");
      assertInstanceOf(Forwarder.class, o, e.getKey());
    }
  }

  /** The objects a client reaches from a connection, by how it reached them. */
  private static Map<String, Object> objects(Connection c) throws Exception {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("connection", c);
    Statement s = c.createStatement();
    o.put("statement", s);
    ResultSet rs = s.executeQuery("SELECT pid FROM processes LIMIT 1");
    o.put("result set", rs);
    o.put("result set metadata", rs.getMetaData());
    o.put("result set's statement", rs.getStatement());
    rs.close();
    PreparedStatement ps = c.prepareStatement("SELECT pid FROM processes WHERE pid = ?");
    o.put("prepared statement", ps);
    o.put("parameter metadata", ps.getParameterMetaData());
    o.put("prepared metadata", ps.getMetaData());
    ps.setInt(1, 1);
    ResultSet prs = ps.executeQuery();
    o.put("prepared result set", prs);
    prs.close();
    DatabaseMetaData md = c.getMetaData();
    o.put("database metadata", md);
    ResultSet tables = md.getTables(null, null, "processes", null);
    o.put("metadata result set", tables);
    tables.close();
    Statement scroll = c.createStatement(ResultSet.TYPE_SCROLL_INSENSITIVE,
        ResultSet.CONCUR_READ_ONLY);
    o.put("scrollable statement", scroll);
    ResultSet srs = scroll.executeQuery("SELECT 1");
    o.put("scrollable result set", srs);
    srs.close();
    scroll.close();
    ps.close();
    s.close();
    return o;
  }
}
