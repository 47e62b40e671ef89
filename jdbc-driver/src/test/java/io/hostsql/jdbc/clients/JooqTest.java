package io.hostsql.jdbc.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Meta;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** jOOQ 3.19: its Meta over DatabaseMetaData, typed selects with limit and in, fetchInto. */
class JooqTest {
  /** A row as an application maps it. */
  public record Proc(Integer pid, String name, LocalDateTime createTime) {
  }

  private static final Field<Integer> PID = field(name("pid"), Integer.class);
  private static final Field<String> NAME = field(name("name"), String.class);
  private static final Field<LocalDateTime> CREATE_TIME =
      field(name("create_time"), LocalDateTime.class);
  private static final Table<?> PROCESSES = table(name("processes"));

  @ParameterizedTest
  @EnumSource(Target.class)
  void typedSelects(Target target) throws Exception {
    long self = ProcessHandle.current().pid();
    try (Connection c = target.connect()) {
      DSLContext db = DSL.using(c, SQLDialect.DEFAULT);
      List<Integer> first = db.select(PID).from(PROCESSES).orderBy(PID).limit(3)
          .fetch(PID);
      assertEquals(3, first.size());
      assertEquals(1, first.get(0));

      List<Proc> rows = db.select(PID, NAME, CREATE_TIME.as("createTime")).from(PROCESSES)
          .where(PID.in(1, (int) self)).orderBy(PID).limit(10).fetchInto(Proc.class);
      assertEquals(2, rows.size());
      assertEquals(ProcFacts.comm(self), rows.get(1).name());
      // jOOQ reads a TIMESTAMP with getTimestamp and makes a LocalDateTime in the JVM's zone:
      // the same instant in every zone.
      Instant started = ProcFacts.started(self);
      Instant read = rows.get(1).createTime().atZone(ZoneId.systemDefault()).toInstant();
      assertTrue(Math.abs(read.toEpochMilli() - started.toEpochMilli()) <= 1_000,
          read + " against " + started + " in " + ZoneId.systemDefault());
      Integer n = db.selectCount().from(PROCESSES).where(NAME.eq(ProcFacts.comm(self)))
          .and(PID.eq((int) self)).fetchOne(0, Integer.class);
      assertEquals(1, n);
    }
  }

  @ParameterizedTest
  @EnumSource(Target.class)
  void metaSeesTablesColumnsAndKeys(Target target) throws Exception {
    try (Connection c = target.connect()) {
      Meta meta = DSL.using(c, SQLDialect.DEFAULT).meta();
      Table<?> processes = meta.getTables().stream()
          .filter(t -> t.getName().equals("processes")
              && t.getSchema() != null && t.getSchema().getName().equals("os"))
          .findFirst().orElseThrow();
      assertNotNull(processes.field("pid"));
      assertEquals(Integer.class, processes.field("pid").getType());
      assertEquals(String.class, processes.field("name").getType());
      if (target.hostsqlClient()) {
        // Avatica's protocol has no request for primary keys: its stock client sees none.
        assertNotNull(processes.getPrimaryKey(), "processes has a primary key");
        assertEquals("pid", processes.getPrimaryKey().getFields().get(0).getName());
      }
    }
  }
}
