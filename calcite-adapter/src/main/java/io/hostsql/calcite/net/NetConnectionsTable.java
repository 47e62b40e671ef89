package io.hostsql.calcite.net;

import static org.apache.calcite.sql.type.SqlTypeName.BIGINT;
import static org.apache.calcite.sql.type.SqlTypeName.INTEGER;
import static org.apache.calcite.sql.type.SqlTypeName.VARCHAR;

import io.hostsql.calcite.process.PidKeyedTable;
import io.hostsql.calcite.process.PidScope;
import io.hostsql.calcite.table.ColumnDef;
import io.hostsql.calcite.table.Columns;
import io.hostsql.calcite.table.FetchGroup;
import io.hostsql.calcite.table.TableDef;
import io.hostsql.calcite.table.Values;
import io.hostsql.os.OsFamily;
import io.hostsql.os.AddressFamily;
import io.hostsql.os.ConnectionKind;
import io.hostsql.os.NetConnection;
import io.hostsql.os.OsException;
import io.hostsql.os.spi.ProcessBackend;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.rex.RexNode;

/**
 * {@code net_connections}: every socket (psutil's net_connections('all')) with its owner; with
 * a pid filter, exactly the sockets of those processes, read from their descriptors only.
 */
public final class NetConnectionsTable extends PidKeyedTable<NetConnection> {
  static final TableDef<NetConnection> DEF = new TableDef<>("net_connections",
      "Every socket on the machine: TCP and UDP over IPv4 and IPv6, and UNIX sockets, with the "
          + "owning process and descriptor where the caller may see them (NULL otherwise). Read "
          + "through netlink sock_diag, as ss does. With a pid filter, only those processes' "
          + "descriptors are read.",
      new Columns<NetConnection>()
          .add("pid", INTEGER, "", FetchGroup.DESCRIPTORS, "Owning process; NULL when not visible.",
              NetConnection::pid)
          .add("fd", INTEGER, "", FetchGroup.DESCRIPTORS, "Owner's descriptor number; NULL when not "
              + "visible.", c -> c.fd() < 0 ? null : c.fd()).on(OsFamily.LINUX)
          .add("family", VARCHAR, "", FetchGroup.SYSTEM, "inet, inet6 or unix.",
              c -> c.family().name().toLowerCase(Locale.ROOT))
          .add("type", VARCHAR, "", FetchGroup.SYSTEM, "stream, dgram or seqpacket.",
              c -> c.type().name().toLowerCase(Locale.ROOT))
          .add("laddr_ip", VARCHAR, "", FetchGroup.SYSTEM, "Local address; for UNIX sockets the"
              + " path (@name in the abstract namespace); NULL when unbound.",
              c -> c.laddr().isNone() ? null : c.laddr().address())
          .add("laddr_port", INTEGER, "", FetchGroup.SYSTEM, "Local port; NULL for UNIX and "
              + "unbound sockets.", c -> c.family() == AddressFamily.UNIX || c.laddr().isNone()
                  ? null : c.laddr().port())
          .add("raddr_ip", VARCHAR, "", FetchGroup.SYSTEM, "Remote address; NULL when not "
              + "connected.", c -> c.raddr().isNone() ? null : c.raddr().address())
          .add("raddr_port", INTEGER, "", FetchGroup.SYSTEM, "Remote port; NULL when not "
              + "connected.", c -> c.raddr().isNone() ? null : c.raddr().port())
          .add("status", VARCHAR, "", FetchGroup.SYSTEM, "TCP state (ESTABLISHED, LISTEN, "
              + "TIME_WAIT...); NONE for UDP and UNIX.", c -> c.status().name())
          .add("inode", BIGINT, "", FetchGroup.SYSTEM, "The socket's inode.", NetConnection::inode).on(OsFamily.LINUX)
          .build(),
      List.of("pid"), TableDef.LINUX_AND_WINDOWS);

  private final io.hostsql.os.Net net;

  public NetConnectionsTable(ProcessBackend processes, io.hostsql.os.Net net) {
    this(DEF, processes, net);
  }

  private NetConnectionsTable(TableDef<NetConnection> def, ProcessBackend processes,
      io.hostsql.os.Net net) {
    super(def, processes);
    this.net = net;
  }

  @Override
  protected NetConnectionsTable withDefinition(TableDef<NetConnection> narrowed) {
    return new NetConnectionsTable(narrowed, processes, net);
  }

  @Override
  protected Enumerable<Object[]> scan(DataContext root, List<RexNode> filters, int[] projects,
      Set<Long> lookup) {
    PidScope scope = scope(filters, root, lookup);
    List<ColumnDef<NetConnection>> columns = Values.projected(def, projects);
    List<NetConnection> sockets;
    if (!scope.isPinned()) {
      sockets = net.connections(ConnectionKind.ALL);
    } else {
      sockets = new ArrayList<>();
      List<NetConnection> listing = null;
      for (int pid : scope.pids()) {
        try {
          sockets.addAll(processes.process(pid).netConnections(ConnectionKind.ALL));
        } catch (io.hostsql.os.NotImplementedException e) {
          // No per-process reader on this platform (Windows): the machine's listing, which
          // carries the owning pids, read once for all the pids asked for.
          if (listing == null) {
            listing = net.connections(ConnectionKind.ALL);
          }
          for (NetConnection c : listing) {
            if (c.pid() != null && c.pid() == pid) {
              sockets.add(c);
            }
          }
        } catch (OsException e) {
          // gone or refused: no rows, as for a process the full listing cannot attribute
        }
      }
    }
    List<Object[]> out = new ArrayList<>(sockets.size());
    for (NetConnection c : sockets) {
      out.add(Values.row(c, columns));
    }
    return Linq4j.asEnumerable(out);
  }
}
