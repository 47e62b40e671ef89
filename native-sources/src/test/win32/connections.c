/* Records the extended TCP and UDP tables (psutil's net_connections on Windows):
 *   tcp4/tcp6.bin  GetExtendedTcpTable(AF_INET/AF_INET6, TCP_TABLE_OWNER_PID_ALL), as filled
 *   udp4/udp6.bin  GetExtendedUdpTable(AF_INET/AF_INET6, UDP_TABLE_OWNER_PID)
 *   NAME.expect.txt  each row read through the iphlpapi structs (ports through ntohs)
 *   facts.txt      the sockets the harness opened: kind, local and remote end, state, its pid
 * Usage: connections.exe OUTPUT_DIRECTORY */
#include <winsock2.h>
#include <ws2tcpip.h>
#include <iphlpapi.h>
#include "harness.h"

static FILE *facts;

static void *table(int tcp, int family, ULONG *size) {
  void *buf = NULL;
  DWORD rc = 0;
  *size = 4096;
  for (int i = 0; i < 8; i++) {
    buf = realloc(buf, *size);
    rc = tcp ? GetExtendedTcpTable(buf, size, FALSE, family, TCP_TABLE_OWNER_PID_ALL, 0)
             : GetExtendedUdpTable(buf, size, FALSE, family, UDP_TABLE_OWNER_PID, 0);
    if (rc != ERROR_INSUFFICIENT_BUFFER) break;
  }
  char what[96];
  snprintf(what, sizeof what, "%s(%s)", tcp ? "GetExtendedTcpTable" : "GetExtendedUdpTable",
      family == AF_INET ? "AF_INET" : "AF_INET6");
  note_call(facts, what, rc, 0);
  if (rc != NO_ERROR) {
    free(buf);
    return NULL;
  }
  return buf;
}

static void addr_text(int family, const void *addr, char *out, size_t n) {
  if (!inet_ntop(family, (void *) addr, out, n)) snprintf(out, n, "?");
}

static void record_tcp4(void) {
  ULONG size;
  MIB_TCPTABLE_OWNER_PID *t = table(1, AF_INET, &size);
  if (!t) return;
  ULONG used = offsetof(MIB_TCPTABLE_OWNER_PID, table) + t->dwNumEntries * sizeof(MIB_TCPROW_OWNER_PID);
  write_buffer("tcp4", t, used, 0);
  FILE *e = open_out("tcp4.expect.txt", "wb");
  fprintf(e, "state\tladdr\tlport\traddr\trport\tpid\n");
  for (DWORD i = 0; i < t->dwNumEntries; i++) {
    MIB_TCPROW_OWNER_PID *r = &t->table[i];
    char l[64], rm[64];
    addr_text(AF_INET, &r->dwLocalAddr, l, sizeof l);
    addr_text(AF_INET, &r->dwRemoteAddr, rm, sizeof rm);
    fprintf(e, "%lu\t%s\t%u\t%s\t%u\t%lu\n", r->dwState, l, ntohs((u_short) r->dwLocalPort), rm,
        ntohs((u_short) r->dwRemotePort), r->dwOwningPid);
  }
  fclose(e);
  free(t);
}

static void record_tcp6(void) {
  ULONG size;
  MIB_TCP6TABLE_OWNER_PID *t = table(1, AF_INET6, &size);
  if (!t) return;
  ULONG used = offsetof(MIB_TCP6TABLE_OWNER_PID, table) + t->dwNumEntries * sizeof(MIB_TCP6ROW_OWNER_PID);
  write_buffer("tcp6", t, used, 0);
  FILE *e = open_out("tcp6.expect.txt", "wb");
  fprintf(e, "state\tladdr\tlscope\tlport\traddr\trscope\trport\tpid\n");
  for (DWORD i = 0; i < t->dwNumEntries; i++) {
    MIB_TCP6ROW_OWNER_PID *r = &t->table[i];
    char l[64], rm[64];
    addr_text(AF_INET6, r->ucLocalAddr, l, sizeof l);
    addr_text(AF_INET6, r->ucRemoteAddr, rm, sizeof rm);
    fprintf(e, "%lu\t%s\t%lu\t%u\t%s\t%lu\t%u\t%lu\n", r->dwState, l, r->dwLocalScopeId,
        ntohs((u_short) r->dwLocalPort), rm, r->dwRemoteScopeId, ntohs((u_short) r->dwRemotePort),
        r->dwOwningPid);
  }
  fclose(e);
  free(t);
}

static void record_udp4(void) {
  ULONG size;
  MIB_UDPTABLE_OWNER_PID *t = table(0, AF_INET, &size);
  if (!t) return;
  ULONG used = offsetof(MIB_UDPTABLE_OWNER_PID, table) + t->dwNumEntries * sizeof(MIB_UDPROW_OWNER_PID);
  write_buffer("udp4", t, used, 0);
  FILE *e = open_out("udp4.expect.txt", "wb");
  fprintf(e, "laddr\tlport\tpid\n");
  for (DWORD i = 0; i < t->dwNumEntries; i++) {
    MIB_UDPROW_OWNER_PID *r = &t->table[i];
    char l[64];
    addr_text(AF_INET, &r->dwLocalAddr, l, sizeof l);
    fprintf(e, "%s\t%u\t%lu\n", l, ntohs((u_short) r->dwLocalPort), r->dwOwningPid);
  }
  fclose(e);
  free(t);
}

static void record_udp6(void) {
  ULONG size;
  MIB_UDP6TABLE_OWNER_PID *t = table(0, AF_INET6, &size);
  if (!t) return;
  ULONG used = offsetof(MIB_UDP6TABLE_OWNER_PID, table) + t->dwNumEntries * sizeof(MIB_UDP6ROW_OWNER_PID);
  write_buffer("udp6", t, used, 0);
  FILE *e = open_out("udp6.expect.txt", "wb");
  fprintf(e, "laddr\tlscope\tlport\tpid\n");
  for (DWORD i = 0; i < t->dwNumEntries; i++) {
    MIB_UDP6ROW_OWNER_PID *r = &t->table[i];
    char l[64];
    addr_text(AF_INET6, r->ucLocalAddr, l, sizeof l);
    fprintf(e, "%s\t%lu\t%u\t%lu\n", l, r->dwLocalScopeId, ntohs((u_short) r->dwLocalPort),
        r->dwOwningPid);
  }
  fclose(e);
  free(t);
}

/* A socket bound to the loopback of the family on a port the kernel picks, reported back. */
static SOCKET bound(int family, int type, int *port) {
  SOCKET s = socket(family, type, 0);
  struct sockaddr_storage ss = {0};
  int len;
  if (family == AF_INET) {
    struct sockaddr_in *a = (struct sockaddr_in *) &ss;
    a->sin_family = AF_INET;
    a->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    len = sizeof *a;
  } else {
    struct sockaddr_in6 *a = (struct sockaddr_in6 *) &ss;
    a->sin6_family = AF_INET6;
    a->sin6_addr = in6addr_loopback;
    len = sizeof *a;
  }
  if (bind(s, (struct sockaddr *) &ss, len) != 0) {
    note_call(facts, "bind", -1, WSAGetLastError());
    exit(1);
  }
  getsockname(s, (struct sockaddr *) &ss, &len);
  *port = ntohs(family == AF_INET ? ((struct sockaddr_in *) &ss)->sin_port
                                  : ((struct sockaddr_in6 *) &ss)->sin6_port);
  return s;
}

static SOCKET listener(int family, int *port) {
  SOCKET s = bound(family, SOCK_STREAM, port);
  listen(s, 4);
  return s;
}

int main(int argc, char **argv) {
  take_out_dir(argc, argv);
  facts = open_out("facts.txt", "wb");
  WSADATA wsa;
  WSAStartup(MAKEWORD(2, 2), &wsa);
  DWORD pid = GetCurrentProcessId();
  fprintf(facts, "self_pid\t%lu\n", pid);
  int p4, p6, pu4, pu6, pc;
  SOCKET l4 = listener(AF_INET, &p4);
  SOCKET l6 = listener(AF_INET6, &p6);
  SOCKET u4 = bound(AF_INET, SOCK_DGRAM, &pu4);
  SOCKET u6 = bound(AF_INET6, SOCK_DGRAM, &pu6);
  /* The connected pair: a client to the IPv4 listener and the end accept() returns. */
  SOCKET c = bound(AF_INET, SOCK_STREAM, &pc);
  struct sockaddr_in to = {0};
  to.sin_family = AF_INET;
  to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  to.sin_port = htons(p4);
  if (connect(c, (struct sockaddr *) &to, sizeof to) != 0) note_call(facts, "connect", -1, WSAGetLastError());
  SOCKET a = accept(l4, NULL, NULL);
  fprintf(facts, "socket\ttcp4\tLISTEN\t127.0.0.1\t%d\t0.0.0.0\t0\n", p4);
  fprintf(facts, "socket\ttcp6\tLISTEN\t::1\t%d\t::\t0\n", p6);
  fprintf(facts, "socket\tudp4\tNONE\t127.0.0.1\t%d\t\t0\n", pu4);
  fprintf(facts, "socket\tudp6\tNONE\t::1\t%d\t\t0\n", pu6);
  fprintf(facts, "socket\ttcp4\tESTABLISHED\t127.0.0.1\t%d\t127.0.0.1\t%d\n", pc, p4);
  fprintf(facts, "socket\ttcp4\tESTABLISHED\t127.0.0.1\t%d\t127.0.0.1\t%d\n", p4, pc);
  record_tcp4();
  record_tcp6();
  record_udp4();
  record_udp6();
  closesocket(a);
  closesocket(c);
  closesocket(u6);
  closesocket(u4);
  closesocket(l6);
  closesocket(l4);
  WSACleanup();
  fclose(facts);
  return 0;
}
