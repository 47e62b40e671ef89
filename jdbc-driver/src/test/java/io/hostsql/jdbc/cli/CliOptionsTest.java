package io.hostsql.jdbc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** --procfs and --sysfs become the connection properties of the embedded URL. */
class CliOptionsTest {
  @Test
  void rootsBecomeQuotedUrlProperties() {
    assertEquals("jdbc:hostsql:procfs='/host/proc'",
        CliOptions.parse(new String[] {"--procfs", "/host/proc", "SELECT 1"}).url());
    assertEquals("jdbc:hostsql:procfs='/h/proc';sysfs='/h/sys'",
        CliOptions.parse(new String[] {"--procfs=/h/proc", "--sysfs", "/h/sys"}).url());
    // Calcite's connect string doubles a quote inside a quoted value; ';' and '=' stay in it.
    assertEquals("jdbc:hostsql:schema=osquery;procfs='/a;b=c''d'",
        CliOptions.parse(new String[] {"-u", "jdbc:hostsql:schema=osquery",
            "--procfs", "/a;b=c'd"}).url());
    assertEquals("jdbc:hostsql:", CliOptions.parse(new String[] {"SELECT 1"}).url());
  }

  @Test
  void rootsAreRefusedForAServer() {
    UsageException e = assertThrows(UsageException.class, () -> CliOptions.parse(
        new String[] {"-u", "jdbc:hostsql:remote:url=http://127.0.0.1:1", "--procfs", "/x"}));
    assertTrue(e.getMessage().contains("--procfs is for the embedded driver"), e.getMessage());
    assertThrows(UsageException.class, () -> CliOptions.parse(new String[] {"--sysfs"}));
  }
}
