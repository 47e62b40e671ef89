package io.hostsql.os.linux;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import io.hostsql.os.AddressFamily;
import io.hostsql.os.ConnectionStatus;
import io.hostsql.os.Endpoint;
import io.hostsql.os.SocketType;
import io.hostsql.os.common.IpText;
import java.util.ArrayList;
import java.util.List;

/**
 * The kernel's socket tables through netlink sock_diag, as ss reads them: one dump request per
 * (family, protocol), answered in binary, instead of formatting and parsing /proc/net text
 * (psutil issue 1581).
 */
public final class SockDiag {
  private static final int AF_NETLINK = 16;
  private static final int SOCK_DGRAM = 2;
  private static final int SOCK_CLOEXEC = 02000000;
  private static final int NETLINK_SOCK_DIAG = 4;
  private static final int SOCK_DIAG_BY_FAMILY = 20;
  private static final int NLM_F_REQUEST = 0x1;
  private static final int NLM_F_DUMP = 0x300;
  private static final int NLMSG_ERROR = 2;
  private static final int NLMSG_DONE = 3;
  private static final int IPPROTO_TCP = 6;
  private static final int IPPROTO_UDP = 17;
  private static final int UDIAG_SHOW_NAME = 0x1;
  private static final int UNIX_DIAG_NAME = 0;

  /** A dump's datagrams are at most a few pages each; 256 KiB holds any of them whole. */
  private static final int RECEIVE_BUFFER = 256 * 1024;
  private static final ThreadLocal<Memory> RECEIVED = ThreadLocal.withInitial(() ->
      new Memory(RECEIVE_BUFFER));

  static {
    Native.register(SockDiag.class, "c"); // named: JNA need not walk the stack for it
  }

  private SockDiag() {
  }

  private static native int socket(int domain, int type, int protocol) throws LastErrorException;

  private static native long sendto(int fd, byte[] buf, long len, int flags, byte[] addr,
      int addrlen) throws LastErrorException;

  /** recv(2) into native memory: a byte[] argument would be copied whole in and out. */
  private static native long recv(int fd, Pointer buf, long len, int flags)
      throws LastErrorException;

  private static native int close(int fd);

  /** Whether this kernel answers sock_diag requests (false in some sandboxes). */
  public static boolean available() {
    try {
      int fd = socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
      close(fd);
      return true;
    } catch (LastErrorException | UnsatisfiedLinkError e) {
      return false;
    }
  }

  /** TCP or UDP sockets of one family. */
  public static List<ProcNet.Entry> inet(AddressFamily family, SocketType type) {
    byte[] req = new byte[72];
    header(req, SOCK_DIAG_BY_FAMILY);
    req[16] = (byte) family.code();
    req[17] = (byte) (type == SocketType.STREAM ? IPPROTO_TCP : IPPROTO_UDP);
    putInt(req, 20, 0xffffffff); // every state
    List<ProcNet.Entry> out = new ArrayList<>();
    // Thousands of sockets share a handful of addresses: format each once per dump.
    java.util.Map<java.nio.ByteBuffer, String> names = new java.util.HashMap<>();
    dump(NETLINK_SOCK_DIAG, req, (b, at, len) -> {
      int state = b[at + 1] & 0xff;
      int sport = ((b[at + 4] & 0xff) << 8) | (b[at + 5] & 0xff);
      int dport = ((b[at + 6] & 0xff) << 8) | (b[at + 7] & 0xff);
      int alen = family == AddressFamily.INET ? 4 : 16;
      Endpoint l = endpoint(b, at + 8, alen, sport, family, names);
      Endpoint r = endpoint(b, at + 24, alen, dport, family, names);
      long inode = getInt(b, at + 68) & 0xffffffffL;
      ConnectionStatus status = type == SocketType.STREAM ? ConnectionStatus.ofTcpState(state)
          : ConnectionStatus.NONE;
      out.add(new ProcNet.Entry(family, type, l, r, status, inode));
    });
    return out;
  }

  /** UNIX sockets with their bound paths ("@name" for the abstract namespace). */
  public static List<ProcNet.Entry> unix() {
    byte[] req = new byte[40];
    header(req, SOCK_DIAG_BY_FAMILY);
    req[16] = (byte) AddressFamily.UNIX.code();
    putInt(req, 20, 0xffffffff);
    putInt(req, 28, UDIAG_SHOW_NAME);
    List<ProcNet.Entry> out = new ArrayList<>();
    dump(NETLINK_SOCK_DIAG, req, (b, at, len) -> {
      SocketType type = SocketType.of(b[at + 1] & 0xff);
      long inode = getInt(b, at + 4) & 0xffffffffL;
      String path = "";
      for (int a = at + 16; a + 4 <= at + len;) {
        int alen = (b[a] & 0xff) | (b[a + 1] & 0xff) << 8;
        int atype = (b[a + 2] & 0xff) | (b[a + 3] & 0xff) << 8;
        if (alen < 4) {
          break;
        }
        if (atype == UNIX_DIAG_NAME) {
          path = unixPath(b, a + 4, alen - 4);
        }
        a += (alen + 3) & ~3;
      }
      if (type != null) {
        out.add(new ProcNet.Entry(AddressFamily.UNIX, type, new Endpoint(path, 0),
            Endpoint.NONE, ConnectionStatus.NONE, inode));
      }
    });
    return out;
  }

  private static String unixPath(byte[] b, int from, int len) {
    if (len <= 0) {
      return "";
    }
    if (b[from] == 0) {
      // Abstract namespace: /proc/net/unix (and so psutil) shows it with a leading '@'.
      return "@" + new String(b, from + 1, len - 1, java.nio.charset.StandardCharsets.UTF_8);
    }
    int end = from;
    while (end < from + len && b[end] != 0) {
      end++;
    }
    return new String(b, from, end - from, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static Endpoint endpoint(byte[] b, int at, int len, int port,
      AddressFamily family, java.util.Map<java.nio.ByteBuffer, String> names) {
    if (port == 0) {
      return Endpoint.NONE;
    }
    String ip = names.get(java.nio.ByteBuffer.wrap(b, at, len));
    if (ip == null) {
      byte[] addr = new byte[len];
      System.arraycopy(b, at, addr, 0, len);
      ip = family == AddressFamily.INET6 ? IpText.v6(addr) : IpText.v4(addr);
      names.put(java.nio.ByteBuffer.wrap(addr), ip);
    }
    return new Endpoint(ip, port);
  }

  /** Receives one parsed message body: the buffer, its offset and its length. */
  /** Receives each message of a dump: its payload starts at {@code at}. */
  @FunctionalInterface
  interface MessageHandler {
    void handle(byte[] b, int at, int len);
  }

  /**
   * Sends a dump request (its header already written) on a netlink socket of the given
   * protocol and hands each answer to the handler (sock_diag here; rtnetlink in RtNetlink).
   */
  static void dump(int protocol, byte[] request, MessageHandler handler) {
    int fd;
    try {
      fd = socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, protocol);
    } catch (LastErrorException e) {
      throw new SyscallException("socket(AF_NETLINK)", e.getErrorCode());
    }
    try {
      byte[] kernel = new byte[12];
      kernel[0] = (byte) AF_NETLINK;
      sendto(fd, request, request.length, 0, kernel, kernel.length);
      Memory received = RECEIVED.get();
      byte[] buf = new byte[RECEIVE_BUFFER];
      while (true) {
        int n = (int) recv(fd, received, RECEIVE_BUFFER, 0);
        if (n <= 0) {
          return;
        }
        received.read(0, buf, 0, n);
        for (int at = 0; at + 16 <= n;) {
          int len = getInt(buf, at);
          int type = (buf[at + 4] & 0xff) | (buf[at + 5] & 0xff) << 8;
          if (len < 16) {
            return;
          }
          if (type == NLMSG_DONE) {
            return;
          }
          if (type == NLMSG_ERROR) {
            throw new SyscallException("netlink dump", -getInt(buf, at + 16));
          }
          handler.handle(buf, at + 16, len - 16);
          at += (len + 3) & ~3;
        }
      }
    } catch (LastErrorException e) {
      throw new SyscallException("netlink dump", e.getErrorCode());
    } finally {
      close(fd);
    }
  }

  /** Writes a dump request's netlink header for a message of the given type. */
  static void header(byte[] req, int type) {
    putInt(req, 0, req.length);
    req[4] = (byte) type;
    req[5] = (byte) (type >> 8);
    int flags = NLM_F_REQUEST | NLM_F_DUMP;
    req[6] = (byte) flags;
    req[7] = (byte) (flags >> 8);
    putInt(req, 8, 1);
  }

  private static void putInt(byte[] b, int at, int v) {
    b[at] = (byte) v;
    b[at + 1] = (byte) (v >> 8);
    b[at + 2] = (byte) (v >> 16);
    b[at + 3] = (byte) (v >> 24);
  }

  static int getInt(byte[] b, int at) {
    return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16
        | (b[at + 3] & 0xff) << 24;
  }
}
