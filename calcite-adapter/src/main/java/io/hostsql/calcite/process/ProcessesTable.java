package io.hostsql.calcite.process;

import io.hostsql.calcite.pushdown.EqualityGuards;
import io.hostsql.calcite.pushdown.OrShortcuts;
import io.hostsql.calcite.table.ColumnDef;
import io.hostsql.calcite.table.FetchGroup;
import io.hostsql.os.Process;
import io.hostsql.os.spi.ProcessBackend;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;
import org.apache.calcite.rex.RexNode;

/**
 * The {@code processes} table (declared in {@link ProcessColumns}). A filter pinning
 * {@code pid} reads only those processes; only the projected columns' files are read; an
 * equality on ppid, name or username rejects a row before its other columns are read.
 */
public final class ProcessesTable extends PidKeyedTable<Process>
    implements io.hostsql.calcite.plan.FilterOnlyColumns {
  private final CpuPercentTracker cpu;
  private final Set<Integer> guardable;

  public ProcessesTable(ProcessBackend processes, CpuPercentTracker cpu) {
    this(ProcessColumns.definition(cpu), processes, cpu);
  }

  private ProcessesTable(io.hostsql.calcite.table.TableDef<Process> def,
      ProcessBackend processes, CpuPercentTracker cpu) {
    super(def, processes);
    this.cpu = cpu;
    this.guardable = Set.of(def.indexOf("ppid"), def.indexOf("name"), def.indexOf("username"));
  }

  @Override
  protected ProcessesTable withDefinition(io.hostsql.calcite.table.TableDef<Process> narrowed) {
    return new ProcessesTable(narrowed, processes, cpu);
  }

  @Override
  protected Enumerable<Object[]> scan(DataContext root, List<RexNode> filters, int[] projects,
      Set<Long> lookup) {
    return scan(root, filters, projects, lookup, new int[0]);
  }

  @Override
  public Enumerable<Object[]> scan(DataContext root, List<RexNode> filters, int[] projects,
      int[] filterOnly) {
    return scan(root, filters, projects, null, filterOnly);
  }

  @Override
  public org.apache.calcite.schema.Statistic getStatistic() {
    // Asked once per reference while a statement is validated: the statement's deadline is
    // looked at here too (QueryBudget).
    io.hostsql.calcite.plan.QueryBudget.checkCurrent();
    return org.apache.calcite.schema.Statistics.of(processCount(),
        List.of(org.apache.calcite.util.ImmutableBitSet.of(pidColumn())));
  }

  private Enumerable<Object[]> scan(DataContext root, List<RexNode> filters, int[] projects,
      Set<Long> lookup, int[] filterOnly) {
    List<EqualityGuards.Guard> guards = EqualityGuards.find(filters, guardable, root);
    String name = guards.stream().filter(g -> g.column() == def.indexOf("name"))
        .map(g -> g.value() instanceof String s ? s : null).findFirst().orElse(null);
    PidScope pinned = scope(filters, root, lookup);
    PidScope scope = name != null ? pinned.named(name) : pinned;
    int[] tableColumns = projects != null ? projects
        : java.util.stream.IntStream.range(0, def.columns().size()).toArray();
    List<ColumnDef<Process>> wanted = new ArrayList<>();
    for (int i : tableColumns) {
      wanted.add(def.columns().get(i));
    }
    List<ProcessRowReader.Check> checks = new ArrayList<>();
    for (EqualityGuards.Guard g : guards) {
      checks.add(new ProcessRowReader.Check(def.columns().get(g.column()), g));
    }
    boolean readsNothing = checks.isEmpty()
        && wanted.stream().allMatch(c -> c.fetchGroup() == FetchGroup.KEY);
    boolean samplesCpu = wanted.stream().anyMatch(c -> c.fetchGroup() == FetchGroup.CPU_SAMPLE);
    ProcessRowReader reader = new ProcessRowReader(processes, def, tableColumns, checks,
        OrShortcuts.find(filters, guardable, root, nullableOnly(filterOnly)));
    boolean walkAnswers = !readsNothing && !scope.isPinned() && name == null
        && listingAnswers(processes.listingAttributes(), wanted, checks);
    return new AbstractEnumerable<>() {
      @Override
      public Enumerator<Object[]> enumerator() {
        if (walkAnswers) {
          List<Process> walked = processes.listing();
          if (samplesCpu) {
            cpu.prepare(processes, walked.stream().mapToInt(Process::pid).toArray());
          }
          return new OnDemandRows(walked.size(), i -> reader.read(walked.get(i)));
        }
        int[] pids = scope.pids();
        if (samplesCpu) {
          cpu.prepare(processes, pids);
        }
        return new OnDemandRows(pids.length, i -> readsNothing
            ? keyOnlyRow(pids[i], wanted.size()) : reader.read(pids[i]));
      }
    };
  }

  /**
   * Whether the backend's cheap listing ({@link ProcessBackend#listing()}) spares this scan its
   * per-process scheduling reads: it wants some of the attributes that listing answers, and no
   * other column of that group.
   */
  private static boolean listingAnswers(Set<String> listed, List<ColumnDef<Process>> wanted,
      List<ProcessRowReader.Check> checks) {
    List<String> scheduling = new ArrayList<>();
    wanted.stream().filter(c -> c.fetchGroup() == FetchGroup.SCHEDULING).forEach(c ->
        scheduling.add(attribute(c.name())));
    checks.stream().filter(c -> c.column().fetchGroup() == FetchGroup.SCHEDULING).forEach(c ->
        scheduling.add(attribute(c.column().name())));
    return !scheduling.isEmpty() && listed.containsAll(scheduling);
  }

  /** The psutil attribute a column is a field of (listingAttributes names attributes). */
  private static String attribute(String column) {
    return switch (column) {
      case "cpu_user", "cpu_system", "cpu_children_user", "cpu_children_system", "cpu_iowait"
          -> "cpu_times";
      case "minor_faults", "major_faults" -> "page_faults";
      default -> column;
    };
  }

  /**
   * The columns among these that may be left null: the generated filter code unboxes a NOT
   * NULL number before it evaluates the condition, so those are always read.
   */
  private int[] nullableOnly(int[] columns) {
    return java.util.Arrays.stream(columns).filter(c -> def.columns().get(c).nullable())
        .toArray();
  }

  private static Object[] keyOnlyRow(int pid, int width) {
    Object[] row = new Object[width];
    java.util.Arrays.fill(row, pid);
    return row;
  }
}
