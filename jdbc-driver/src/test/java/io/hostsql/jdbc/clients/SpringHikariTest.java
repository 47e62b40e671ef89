package io.hostsql.jdbc.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * HikariCP 7.1 with connection validation, Spring JDBC 7.0's JdbcTemplate, exception
 * translation and TransactionTemplate (read-only and not) over each way in.
 */
class SpringHikariTest {

  private static HikariDataSource pool(Target target) throws Exception {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(target.url());
    config.setMaximumPoolSize(2);
    config.setMinimumIdle(1);
    config.setAutoCommit(false); // what Spring Boot users often set: closing must roll back
    config.setReadOnly(true);
    config.setConnectionTimeout(30_000);
    config.setValidationTimeout(5_000);
    config.setPoolName("hostsql-" + target);
    return new HikariDataSource(config);
  }

  @ParameterizedTest
  @EnumSource(Target.class)
  void jdbcTemplateInTransactions(Target target) throws Exception {
    long self = ProcessHandle.current().pid();
    try (HikariDataSource ds = pool(target)) {
      JdbcTemplate jdbc = new JdbcTemplate(ds);
      assertEquals(ProcFacts.comm(self), jdbc.queryForObject(
          "SELECT name FROM processes WHERE pid = ?", String.class, self));
      List<Integer> pids = jdbc.queryForList(
          "SELECT pid FROM processes WHERE pid IN (?, ?) ORDER BY pid", Integer.class, 1, self);
      assertEquals(List.of(1, (int) self), pids);

      TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
      for (boolean readOnly : new boolean[] {true, false}) {
        tx.setReadOnly(readOnly);
        Integer one = tx.execute(status -> jdbc.queryForObject(
            "SELECT count(*) FROM processes WHERE pid = 1", Integer.class));
        assertEquals(1, one);
        // A rollback-only transaction ends with rollback(), which must not throw either.
        tx.executeWithoutResult(status -> {
          jdbc.queryForObject("SELECT count(*) FROM processes", Integer.class);
          status.setRollbackOnly();
        });
      }
      assertThrows(BadSqlGrammarException.class,
          () -> jdbc.queryForObject("SELECT nosuch FROM processes", String.class));
      assertThrows(BadSqlGrammarException.class,
          () -> jdbc.queryForObject("SELECT * FROM nosuch_table", String.class));
      // Connections went back to the pool and are still valid after all of the above.
      assertTrue(ds.getHikariPoolMXBean().getActiveConnections() == 0);
      assertEquals(1, jdbc.queryForObject("SELECT count(*) FROM processes WHERE pid = ?",
          Integer.class, 1L));
    }
  }
}
