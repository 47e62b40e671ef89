package io.hostsql.os.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hostsql.os.ConnectionStatus;
import io.hostsql.os.Endpoint;
import io.hostsql.os.NetConnection;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The extended TCP and UDP tables as Wine filled them, against the harness's own reading
 * (ports through ntohs, addresses through inet_ntop) and against the sockets it opened: a TCP
 * listener on 127.0.0.1 and on ::1, a UDP socket on each, and a connected TCP pair. Wine 8.0
 * answers the owning pid 0 for every row (its own sockets included), so the pid is checked
 * against the harness's reading of the buffer and, for its offset, with a crafted row.
 */
class ConnectionTablesTest {
  final Recordings rec = recordings();

  /** The recording decoded: the committed one; a fresh one in the Fresh subclass. */
  Recordings recordings() {
    return Recordings.committed("connections");
  }

  private List<NetConnection> rows(String name, ConnectionTables.Kind kind) {
    List<String> problems = new ArrayList<>();
    List<NetConnection> rows = ConnectionTables.decode(rec.bytes(name), kind, problems);
    assertEquals(List.of(), problems);
    return rows;
  }

  @Test
  void tcpRowsMatchTheHarnessReading() {
    List<NetConnection> v4 = rows("tcp4", ConnectionTables.Kind.TCP4);
    List<List<String>> e4 = rec.expect("tcp4");
    assertEquals(e4.size(), v4.size());
    for (int i = 0; i < v4.size(); i++) {
      List<String> e = e4.get(i);
      assertEquals(List.of(ConnectionTables.status(Integer.parseInt(e.get(0))),
          new Endpoint(e.get(1), Integer.parseInt(e.get(2))), remote(e.get(3), e.get(4)),
          Integer.valueOf(e.get(5))), fields(v4.get(i)));
    }
    List<NetConnection> v6 = rows("tcp6", ConnectionTables.Kind.TCP6);
    List<List<String>> e6 = rec.expect("tcp6");
    assertEquals(e6.size(), v6.size());
    for (int i = 0; i < v6.size(); i++) {
      List<String> e = e6.get(i);
      assertEquals(List.of(ConnectionTables.status(Integer.parseInt(e.get(0))),
          new Endpoint(e.get(1), Integer.parseInt(e.get(3))), remote(e.get(4), e.get(6)),
          Integer.valueOf(e.get(7))), fields(v6.get(i)));
    }
  }

  @Test
  void udpRowsMatchTheHarnessReading() {
    for (var kind : List.of(ConnectionTables.Kind.UDP4, ConnectionTables.Kind.UDP6)) {
      String name = kind == ConnectionTables.Kind.UDP4 ? "udp4" : "udp6";
      List<NetConnection> got = rows(name, kind);
      List<List<String>> expect = rec.expect(name);
      assertEquals(expect.size(), got.size());
      for (int i = 0; i < got.size(); i++) {
        List<String> e = expect.get(i);
        int port = Integer.parseInt(e.get(kind == ConnectionTables.Kind.UDP4 ? 1 : 2));
        assertEquals(List.of(ConnectionStatus.NONE, new Endpoint(e.get(0), port), Endpoint.NONE,
            Integer.valueOf(e.get(e.size() - 1))), fields(got.get(i)));
      }
    }
  }

  @Test
  void theHarnessSocketsAreThereExactlyWithPsutilStates() {
    Set<Integer> ports = new HashSet<>();
    Set<List<Object>> expected = new HashSet<>();
    for (List<String> s : rec.factLines("facts.txt", "socket")) {
      int lport = Integer.parseInt(s.get(3));
      int rport = Integer.parseInt(s.get(5));
      ports.add(lport);
      expected.add(List.of(s.get(0), s.get(1), new Endpoint(s.get(2), lport),
          rport == 0 ? Endpoint.NONE : new Endpoint(s.get(4), rport)));
    }
    Set<List<Object>> got = new HashSet<>();
    int seen = 0;
    for (var kind : ConnectionTables.Kind.values()) {
      for (NetConnection c : rows(kind.name().toLowerCase(), kind)) {
        if (ports.contains(c.laddr().port()) || ports.contains(c.raddr().port())) {
          got.add(List.of(kind.name().toLowerCase(), c.status().name(), c.laddr(), c.raddr()));
          seen++;
        }
      }
    }
    assertEquals(expected, got);
    assertEquals(expected.size(), seen, "each socket once");
  }

  @Test
  void portsAreInNetworkByteOrderAndThePidIsTheRowsLast() {
    ByteBuffer b = ByteBuffer.allocate(4 + 24).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(0, 1).putInt(4, 5);
    b.put(8, new byte[] {10, 0, 0, 1}).put(12, new byte[] {0x1f, (byte) 0x90, 0x55, 0x66});
    b.put(16, new byte[] {(byte) 192, (byte) 168, 1, 2}).put(20, new byte[] {0x01, (byte) 0xbb});
    b.putInt(24, 4242);
    List<String> problems = new ArrayList<>();
    NetConnection c = ConnectionTables.decode(b, ConnectionTables.Kind.TCP4, problems).get(0);
    assertEquals(new Endpoint("10.0.0.1", 8080), c.laddr(), "high bytes of the DWORD ignored");
    assertEquals(new Endpoint("192.168.1.2", 443), c.raddr());
    assertEquals(ConnectionStatus.ESTABLISHED, c.status());
    assertEquals(4242, c.pid());
    assertEquals(List.of(), problems);
  }

  @Test
  void aCountBeyondTheBufferGivesTheWholeRows() {
    ByteBuffer b = ProcessInfoBufferTest.copy(rec.bytes("tcp4"));
    b.putInt(0, rec.expect("tcp4").size() + 1000); // more than the buffer holds
    List<String> problems = new ArrayList<>();
    assertEquals(rec.expect("tcp4").size(),
        ConnectionTables.decode(b, ConnectionTables.Kind.TCP4, problems).size());
    assertEquals(1, problems.size());
    problems.clear();
    assertEquals(List.of(), ConnectionTables.decode(ByteBuffer.allocate(2),
        ConnectionTables.Kind.UDP6, problems));
    assertEquals(1, problems.size());
  }

  @Test
  void everyMibStateHasPsutilsName() {
    List<String> names = new ArrayList<>();
    for (int s = 1; s <= 12; s++) {
      names.add(ConnectionTables.status(s).name());
    }
    assertEquals(List.of("CLOSE", "LISTEN", "SYN_SENT", "SYN_RECV", "ESTABLISHED", "FIN_WAIT1",
        "FIN_WAIT2", "CLOSE_WAIT", "CLOSING", "LAST_ACK", "TIME_WAIT", "CLOSE"), names);
    assertEquals(ConnectionStatus.NONE, ConnectionTables.status(99));
  }

  private static Endpoint remote(String addr, String port) {
    int p = Integer.parseInt(port);
    return p == 0 ? Endpoint.NONE : new Endpoint(addr, p);
  }

  private static List<Object> fields(NetConnection c) {
    return List.of(c.status(), c.laddr(), c.raddr(), c.pid());
  }
}
