package io.hostsql.trino;

import static io.trino.testing.TestingSession.testSessionBuilder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trino.Session;
import io.trino.testing.MaterializedRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A host serving https with a self-signed certificate: reached with the catalog's truststore,
 * refused (naming the host) without it.
 */
class FleetTlsTest {
  private static void keytool(String... args) throws Exception {
    List<String> cmd = new java.util.ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException("keytool " + String.join(" ", args) + ": " + out);
    }
  }

  @Test
  void httpsHostWithTheCatalogsTruststore() throws Exception {
    TestFleet fleet = TestFleet.get();
    Path dir = Files.createTempDirectory("hostsql-tls");
    Path keystore = dir.resolve("server.p12");
    Path cert = dir.resolve("server.crt");
    Path truststore = dir.resolve("trust.p12");
    // Passwords go through files and the environment, never a command line that ps shows.
    Path keyPass = Files.writeString(dir.resolve("key.pass"), "server-secret");
    Path trustPass = Files.writeString(dir.resolve("trust.pass"), "trust-secret");
    keytool("-genkeypair", "-alias", "hostsql", "-keyalg", "RSA", "-keysize", "2048",
        "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-validity", "2",
        "-storetype", "PKCS12", "-keystore", keystore.toString(),
        "-storepass:file", keyPass.toString());
    keytool("-exportcert", "-alias", "hostsql", "-keystore", keystore.toString(),
        "-storepass:file", keyPass.toString(), "-file", cert.toString());
    keytool("-importcert", "-noprompt", "-alias", "hostsql", "-file", cert.toString(),
        "-storetype", "PKCS12", "-keystore", truststore.toString(),
        "-storepass:file", trustPass.toString());
    try (HostsqlServer tls = HostsqlServer.start("tls", 3, null,
        Map.of("HOSTSQL_TLS_PASSWORD", "server-secret"), "--tls-keystore", keystore.toString())) {
      assertTrue(tls.url.startsWith("https://"), tls.url);
      String hosts = "h1=" + fleet.server("h1").url + ",tls=" + tls.url;
      fleet.trino.createCatalog("tlsfleet", "hostsql", Map.of("hostsql.hosts", hosts,
          "hostsql.truststore", truststore.toString(),
          "hostsql.truststore-password", "trust-secret", "hostsql.query-timeout", "120s"));
      fleet.trino.createCatalog("notrust", "hostsql", Map.of("hostsql.hosts", hosts,
          "hostsql.query-timeout", "120s"));
      Session s = testSessionBuilder().setCatalog("tlsfleet").setSchema("os").build();
      MaterializedRow row = fleet.trino.execute(s, "SELECT host, count(*) FROM processes "
          + "WHERE host = 'tls' GROUP BY host").getMaterializedRows().get(0);
      assertEquals(tls.namespaceProcessCount(), ((Number) row.getField(1)).longValue());
      Session none = testSessionBuilder().setCatalog("notrust").setSchema("os").build();
      Exception e = assertThrows(Exception.class, () -> fleet.trino.execute(none,
          "SELECT count(*) FROM processes WHERE host = 'tls'"));
      assertTrue(e.getMessage().contains("host tls (" + tls.url + ")"), e.getMessage());
    } finally {
      for (Path p : List.of(keystore, cert, truststore, keyPass, trustPass, dir)) {
        Files.deleteIfExists(p);
      }
    }
  }
}
