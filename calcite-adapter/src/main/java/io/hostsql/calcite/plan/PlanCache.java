package io.hostsql.calcite.plan;

import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.calcite.adapter.enumerable.EnumerableInterpretable;
import org.apache.calcite.avatica.ColumnMetaData;
import org.apache.calcite.avatica.Meta;
import org.apache.calcite.jdbc.CalciteConnection;
import org.apache.calcite.jdbc.CalcitePrepare;
import org.apache.calcite.runtime.ArrayBindable;
import org.apache.calcite.runtime.Bindable;
import org.apache.calcite.runtime.Hook;
import org.apache.calcite.runtime.Typed;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.codehaus.commons.compiler.CompileException;
import org.codehaus.janino.SimpleCompiler;

/**
 * Plans kept between processes, so that a one-shot query planned before skips parsing,
 * validation, planning, code generation and compilation: the {@code hostsql} command's
 * one-statement runs, where those steps are about a third of the time.
 *
 * <p>An entry holds the generated classes, the result's columns and how to rebuild the values
 * the code reads from its DataContext ({@link StashedValues}). Its key is the SHA-256 of the
 * SQL text and of everything else a plan depends on: the identity (path, size, time) of the
 * jar the planner's classes come from (a rebuilt jar misses, and bin/hostsql removes the
 * directory with the jar's other caches), every connection property, the default schema, the
 * names of every schema and table (of a schema derived from the others', only that it is
 * one), the os schema's pid-lookup switch, the JVM version, the OS and
 * every {@code calcite.*} and {@code hostsql.*} system property but the caches' directories and
 * the start-up trace and the launcher's archive hint. A statement whose code can
 * only read a value that cannot be rebuilt (pushed filters, IN-list sets), that has {@code ?}
 * parameters, that is not a query (DDL, EXPLAIN, DML) or that fails to plan is not kept.
 * Non-deterministic functions are kept: the generated code calls them, or reads the
 * statement's clock from the DataContext, at run time.
 *
 * <p>Entries live in a {@link CodeCache} directory (the current user's, 0700; a file owned by
 * another user or writable by others is not read). An entry that is unreadable, malformed,
 * stored under another key, or whose classes do not load is ignored and removed, and the
 * statement is planned and stored again.
 *
 * <p>Off unless the system property {@value #PROPERTY} names the directory; the {@code hostsql}
 * command sets it for a script of one statement.
 */
public final class PlanCache {
  /** The system property naming the plan cache directory. */
  public static final String PROPERTY = "hostsql.planCache";
  private static final String FORMAT = "hostsql plan 1";
  /** The generated class's name, as Calcite names it (its code may refer to itself). */
  private static final String CLASS = "Baz";

  /** Tests run from class directories, which have no identity: they give one instead. */
  static volatile String identityForTests;

  /** What became of a statement's plan, for the launcher's choice of start-up archive. */
  public enum Outcome {
    /** Answered from a plan an earlier process kept. */
    LOADED,
    /** Planned, and kept for the next process. */
    KEPT,
    /** Planned, and not kept (see the class comment for which statements are not). */
    PLANNED
  }

  /** The outcome of this process's latest statement prepared with the cache on. */
  private static volatile Outcome last;

  private final CodeCache store;

  private PlanCache(CodeCache store) {
    this.store = store;
  }

  /** The cache the system property names, if set. */
  static Optional<PlanCache> configured() {
    String dir = System.getProperty(PROPERTY);
    return dir == null || dir.isBlank() ? Optional.empty()
        : Optional.of(new PlanCache(CodeCache.in(Path.of(dir), ".plan")));
  }

  /**
   * Turns the cache on for this process in the directory {@code plans} under the launcher's
   * code cache, when the launcher configured one; for a run of a single statement.
   */
  public static void enableBesideCodeCache() {
    String code = System.getProperty(CodeCache.PROPERTY);
    if (code != null && !code.isBlank()) {
      System.setProperty(PROPERTY, Path.of(code, "plans").toString());
    }
  }

  /**
   * What became of the plan of the latest statement this process prepared with the cache on,
   * if any: the hostsql command reads it after its one statement ran.
   */
  public static Optional<Outcome> lastOutcome() {
    return Optional.ofNullable(last);
  }

  /**
   * The stored plan of {@code query} if there is a usable one; else the one {@code planner}
   * makes, kept for next time when it can be.
   */
  <T> CalcitePrepare.CalciteSignature<T> prepare(CalcitePrepare.Context context,
      CalcitePrepare.Query<T> query, Type elementType, long maxRowCount,
      Supplier<CalcitePrepare.CalciteSignature<T>> planner) {
    Optional<String> key = query.sql == null ? Optional.empty()
        : key(context, query.sql, elementType, maxRowCount);
    last = Outcome.PLANNED;
    if (key.isEmpty()) {
      return planner.get();
    }
    Optional<CalcitePrepare.CalciteSignature<T>> hit = load(key.get(), context, query.sql,
        maxRowCount);
    if (hit.isPresent()) {
      last = Outcome.LOADED;
      return hit.get();
    }
    List<String> code = new ArrayList<>();
    SqlKind[] kind = {null};
    CalcitePrepare.CalciteSignature<T> planned;
    try (var generated = Hook.JAVA_PLAN.<String>addThread(code::add);
         var parsed = Hook.PARSE_TREE.<Object[]>addThread(
             a -> kind[0] = ((SqlNode) a[1]).getKind())) {
      planned = planner.get();
    }
    if (code.size() == 1 && kind[0] != null && kind[0].belongsTo(SqlKind.QUERY)
        && store(key.get(), context, planned, code.get(0))) {
      last = Outcome.KEPT;
    }
    return planned;
  }

  private static Optional<String> key(CalcitePrepare.Context context, String sql,
      Type elementType, long maxRowCount) {
    StringBuilder text = new StringBuilder(FORMAT).append('\0');
    text.append(sql).append('\0').append(elementType.getTypeName()).append('\0')
        .append(maxRowCount).append('\0');
    if (context.getDataContext().getQueryProvider() instanceof CalciteConnection connection) {
      new TreeMap<>(connection.getProperties()).forEach(
          (k, v) -> text.append(k).append('=').append(v).append('\0'));
    } else {
      return Optional.empty();
    }
    text.append(context.getDefaultSchemaPath()).append('\0');
    SchemaPlus root = context.getRootSchema().plus();
    for (String s : new TreeSet<>(root.getSubSchemaNames())) {
      SchemaPlus schema = root.getSubSchema(s);
      var sub = context.getRootSchema().getSubSchema(s, true);
      // A derived schema's tables follow from the names listed here, the OS and the jar, all
      // in the key: listing them would make them.
      text.append(s).append(':').append(schema == null ? ""
          : sub != null && sub.schema instanceof io.hostsql.calcite.table.DerivedSchema
          ? "derived" : new TreeSet<>(schema.getTableNames())).append('\0');
      if (sub != null && sub.schema instanceof io.hostsql.calcite.OsSchema os) {
        text.append("pidLookups=").append(os.pidLookups()).append('\0');
      }
    }
    for (String p : List.of("java.vm.version", "os.name", "os.arch")) {
      text.append(System.getProperty(p)).append('\0');
    }
    new TreeMap<>(System.getProperties()).forEach((k, v) -> {
      String name = k.toString();
      if ((name.startsWith("calcite.") || name.startsWith("hostsql."))
          && !name.equals(PROPERTY) && !name.equals(CodeCache.PROPERTY)
          && !name.equals("hostsql.trace") && !name.equals("hostsql.archiveHint")) {
        text.append(name).append('=').append(v).append('\0');
      }
    });
    String identity = identityForTests;
    if (identity != null) {
      return CodeCache.key(identity + '\0' + text);
    }
    // Every class the stored plan's code and columns were made by or link against.
    return CodeCache.key(text.toString(), PlanCache.class, EnumerableInterpretable.class,
        SimpleCompiler.class, ColumnMetaData.class, io.hostsql.calcite.OsSchema.class);
  }

  private <T> Optional<CalcitePrepare.CalciteSignature<T>> load(String key,
      CalcitePrepare.Context context, String sql, long maxRowCount) {
    Optional<byte[]> bytes = store.load(key);
    if (bytes.isEmpty()) {
      return Optional.empty();
    }
    try {
      Optional<PlanEntry> entry = PlanEntry.decode(bytes.get())
          .filter(e -> e.key().equals(key));
      Optional<Map<String, Object>> values = entry.flatMap(
          e -> StashedValues.rebuild(e.stashed(), context));
      if (entry.isPresent() && values.isPresent()) {
        Bindable<T> bindable = instantiate(entry.get());
        Class<?> rows = ((Typed) bindable).getElementType() instanceof Class<?> c ? c : null;
        return Optional.of(new CalcitePrepare.CalciteSignature<>(sql, List.of(), values.get(),
            null, entry.get().columns(),
            Meta.CursorFactory.deduce(entry.get().columns(), rows), context.getRootSchema(),
            List.of(), maxRowCount, bindable, Meta.StatementType.SELECT));
      }
    } catch (RuntimeException | LinkageError | ReflectiveOperationException e) {
      // A class that does not load or link: planned and stored again below.
    }
    store.forget(key);
    return Optional.empty();
  }

  @SuppressWarnings("unchecked")
  private static <T> Bindable<T> instantiate(PlanEntry entry)
      throws ReflectiveOperationException {
    Class<?> c = Class.forName(entry.className(), true, new Definer(entry.classes()));
    Object made = c.getDeclaredConstructor().newInstance();
    if (entry.array() ? !(made instanceof ArrayBindable)
        : !(made instanceof Bindable<?> && made instanceof Typed)) {
      throw new ClassCastException(entry.className() + " is not the plan's kind of Bindable");
    }
    return (Bindable<T>) made;
  }

  /**
   * Keeps {@code planned} under {@code key} if it is a plan a later process can rebuild; whether
   * it was handed to the store.
   */
  private boolean store(String key, CalcitePrepare.Context context,
      CalcitePrepare.CalciteSignature<?> planned, String body) {
    try {
      if (!planned.parameters.isEmpty() || planned.statementType != Meta.StatementType.SELECT
          || planned.columns.stream().anyMatch(
              c -> c.type.getClass() != ColumnMetaData.ScalarType.class)) {
        return false;
      }
      Optional<List<StashedValues.Stashed>> stashed =
          StashedValues.describe(planned.internalParameters, context);
      if (stashed.isEmpty()) {
        return false;
      }
      // Compiled as EnumerableInterpretable compiles it (the same header around the same
      // body, by the same Janino), so that the class files can be kept.
      boolean array = planned.columns.size() != 1;
      SimpleCompiler compiler = new SimpleCompiler();
      compiler.setParentClassLoader(EnumerableInterpretable.class.getClassLoader());
      compiler.cook("public final class " + CLASS + " implements "
          + (array ? ArrayBindable.class.getCanonicalName()
              : Bindable.class.getCanonicalName() + ", " + Typed.class.getCanonicalName())
          + " {\n" + body + "\n}");
      PlanEntry entry = new PlanEntry(key, CLASS, array, compiler.getBytecodes(),
          List.copyOf(planned.columns), stashed.get());
      // The stored classes must load and give the result Calcite's own plan gives.
      Bindable<?> check = instantiate(PlanEntry.decode(entry.encode()).orElseThrow());
      Meta.CursorFactory cursor = Meta.CursorFactory.deduce(entry.columns(),
          (Class<?>) ((Typed) check).getElementType());
      if (cursor.style == planned.cursorFactory.style
          && cursor.clazz == planned.cursorFactory.clazz) {
        store.store(key, entry.encode());
        return true;
      }
    } catch (CompileException | RuntimeException | LinkageError
        | ReflectiveOperationException e) {
      // Not kept: the statement was planned, and is planned again next time.
    }
    return false;
  }

  /** Defines a plan's generated classes on demand, seeing Calcite's through its parent. */
  private static final class Definer extends ClassLoader {
    private final Map<String, byte[]> classes;

    Definer(Map<String, byte[]> classes) {
      super(EnumerableInterpretable.class.getClassLoader());
      this.classes = classes;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      byte[] bytes = classes.get(name);
      if (bytes == null) {
        throw new ClassNotFoundException(name);
      }
      return defineClass(name, bytes, 0, bytes.length);
    }
  }
}
