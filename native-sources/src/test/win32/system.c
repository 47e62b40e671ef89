/* Records psutil's Windows system calls, each buffer as filled plus what the harness read from
 * it through the SDK structs (NAME.expect.txt); calls.txt says what each call returned, so a
 * test knows which calls the implementation (Wine) answered.
 * Usage: system.exe OUTPUT_DIRECTORY */
#include <winsock2.h>
#include <ws2tcpip.h>
#include <iphlpapi.h>
#include <psapi.h>
#include <winternl.h>
#include "harness.h"

static FILE *calls;

static unsigned long long ft(FILETIME f) {
  return ((unsigned long long) f.dwHighDateTime << 32) | f.dwLowDateTime;
}

static void cpu(void) {
  FILETIME t[3];
  BOOL ok = GetSystemTimes(&t[0], &t[1], &t[2]);
  note_call(calls, "GetSystemTimes", ok, ok ? 0 : GetLastError());
  if (ok) {
    write_buffer("system_times", t, sizeof t, 0);
    FILE *e = open_out("system_times.expect.txt", "wb");
    fprintf(e, "idle\tkernel\tuser\n%llu\t%llu\t%llu\n", ft(t[0]), ft(t[1]), ft(t[2]));
    fclose(e);
  }
  /* SYSTEM_PROCESSOR_PERFORMANCE_INFORMATION, one per CPU. */
  typedef struct {
    LARGE_INTEGER IdleTime, KernelTime, UserTime, DpcTime, InterruptTime;
    ULONG InterruptCount;
  } PERF;
  SYSTEM_INFO si;
  GetSystemInfo(&si);
  ULONG n = si.dwNumberOfProcessors, got = 0;
  PERF *p = calloc(n, sizeof *p);
  NTSTATUS st = NtQuerySystemInformation((SYSTEM_INFORMATION_CLASS) 8, p, n * sizeof *p, &got);
  note_call(calls, "NtQuerySystemInformation(SystemProcessorPerformanceInformation)", st, 0);
  if (st == 0) {
    write_buffer("processor_performance", p, got, 0);
    FILE *e = open_out("processor_performance.expect.txt", "wb");
    fprintf(e, "idle\tkernel\tuser\tdpc\tinterrupt\tinterrupt_count\n");
    for (ULONG i = 0; i < got / sizeof *p; i++) {
      fprintf(e, "%lld\t%lld\t%lld\t%lld\t%lld\t%lu\n", p[i].IdleTime.QuadPart,
          p[i].KernelTime.QuadPart, p[i].UserTime.QuadPart, p[i].DpcTime.QuadPart,
          p[i].InterruptTime.QuadPart, p[i].InterruptCount);
    }
    fclose(e);
  }
  free(p);
  DWORD active = GetActiveProcessorCount(ALL_PROCESSOR_GROUPS);
  note_call(calls, "GetActiveProcessorCount", active, 0);
  DWORD len = 0;
  GetLogicalProcessorInformationEx(RelationAll, NULL, &len);
  BYTE *lpi = malloc(len ? len : 1);
  ok = len && GetLogicalProcessorInformationEx(RelationAll, (void *) lpi, &len);
  note_call(calls, "GetLogicalProcessorInformationEx(RelationAll)", ok, ok ? 0 : GetLastError());
  if (ok) {
    write_buffer("logical_processors", lpi, len, 0);
    FILE *e = open_out("logical_processors.expect.txt", "wb");
    fprintf(e, "relationship\tsize\tlogical_in_group_masks\n");
    for (DWORD off = 0; off < len;) {
      SYSTEM_LOGICAL_PROCESSOR_INFORMATION_EX *r = (void *) (lpi + off);
      int bits = 0;
      if (r->Relationship == RelationProcessorCore || r->Relationship == RelationProcessorPackage) {
        for (WORD g = 0; g < r->Processor.GroupCount; g++) {
          bits += __builtin_popcountll(r->Processor.GroupMask[g].Mask);
        }
      }
      fprintf(e, "%d\t%lu\t%d\n", r->Relationship, r->Size, bits);
      if (!r->Size) break;
      off += r->Size;
    }
    fclose(e);
  }
  free(lpi);
}

static void memory(void) {
  MEMORYSTATUSEX m = {sizeof m};
  BOOL ok = GlobalMemoryStatusEx(&m);
  note_call(calls, "GlobalMemoryStatusEx", ok, ok ? 0 : GetLastError());
  if (ok) {
    write_buffer("memory_status", &m, sizeof m, 0);
    FILE *e = open_out("memory_status.expect.txt", "wb");
    fprintf(e, "load\ttotal_phys\tavail_phys\ttotal_pagefile\tavail_pagefile\ttotal_virtual"
        "\tavail_virtual\n%lu\t%llu\t%llu\t%llu\t%llu\t%llu\t%llu\n", m.dwMemoryLoad,
        m.ullTotalPhys, m.ullAvailPhys, m.ullTotalPageFile, m.ullAvailPageFile,
        m.ullTotalVirtual, m.ullAvailVirtual);
    fclose(e);
  }
  PERFORMANCE_INFORMATION pi = {sizeof pi};
  ok = GetPerformanceInfo(&pi, sizeof pi);
  note_call(calls, "GetPerformanceInfo", ok, ok ? 0 : GetLastError());
  if (ok) {
    write_buffer("performance_info", &pi, sizeof pi, 0);
    FILE *e = open_out("performance_info.expect.txt", "wb");
    fprintf(e, "commit_total\tcommit_limit\tcommit_peak\tphysical_total\tphysical_available"
        "\tsystem_cache\tkernel_total\tkernel_paged\tkernel_nonpaged\tpage_size\thandles"
        "\tprocesses\tthreads\n%llu\t%llu\t%llu\t%llu\t%llu\t%llu\t%llu\t%llu\t%llu\t%llu\t%lu"
        "\t%lu\t%lu\n", (unsigned long long) pi.CommitTotal, (unsigned long long) pi.CommitLimit,
        (unsigned long long) pi.CommitPeak, (unsigned long long) pi.PhysicalTotal,
        (unsigned long long) pi.PhysicalAvailable, (unsigned long long) pi.SystemCache,
        (unsigned long long) pi.KernelTotal, (unsigned long long) pi.KernelPaged,
        (unsigned long long) pi.KernelNonpaged, (unsigned long long) pi.PageSize,
        pi.HandleCount, pi.ProcessCount, pi.ThreadCount);
    fclose(e);
  }
  /* boot_time: now minus the milliseconds since boot, both taken here together. */
  FILETIME now;
  GetSystemTimeAsFileTime(&now);
  ULONGLONG tick = GetTickCount64();
  FILE *e = open_out("uptime.expect.txt", "wb");
  fprintf(e, "now_filetime\ttick_ms\n%llu\t%llu\n", ft(now), tick);
  fclose(e);
  note_call(calls, "GetTickCount64", (long long) tick, 0);
}

static void disks(void) {
  WCHAR drives[512];
  DWORD n = GetLogicalDriveStringsW(511, drives);
  note_call(calls, "GetLogicalDriveStringsW", n, n ? 0 : GetLastError());
  if (!n) return;
  write_buffer("drives", drives, (n + 1) * sizeof(WCHAR), 0);
  FILE *e = open_out("drives.expect.txt", "wb");
  fprintf(e, "drive\ttype\tfstype\tflags\tfree_to_caller\ttotal\tfree\n");
  FILE *u = NULL;
  for (WCHAR *d = drives; *d; d += wcslen(d) + 1) {
    UINT type = GetDriveTypeW(d);
    WCHAR fs[MAX_PATH + 1] = L"";
    DWORD flags = 0;
    GetVolumeInformationW(d, NULL, 0, NULL, NULL, &flags, fs, MAX_PATH + 1);
    ULARGE_INTEGER q[3] = {{{0}}};
    BOOL ok = GetDiskFreeSpaceExW(d, &q[0], &q[1], &q[2]);
    put_wide(e, d, -1);
    fprintf(e, "\t%u\t", type);
    put_wide(e, fs, -1);
    fprintf(e, "\t%lu\t%llu\t%llu\t%llu\n", flags, ok ? q[0].QuadPart : 0ULL,
        ok ? q[1].QuadPart : 0ULL, ok ? q[2].QuadPart : 0ULL);
    if (ok && d[0] == L'C') {
      write_buffer("disk_free_c", q, sizeof q, 0);
      u = u ? u : (FILE *) 1;
    }
  }
  fclose(e);
}

static void net(void) {
  MIB_IF_TABLE2 *t = NULL;
  DWORD rc = GetIfTable2(&t);
  note_call(calls, "GetIfTable2", rc, 0);
  if (rc == NO_ERROR) {
    size_t len = offsetof(MIB_IF_TABLE2, Table) + t->NumEntries * sizeof(MIB_IF_ROW2);
    write_buffer("if_table2", t, len, 0);
    FILE *e = open_out("if_table2.expect.txt", "wb");
    fprintf(e, "index\talias\tdescription\tmac\tmtu\ttype\toper_status\tadmin_status"
        "\ttransmit_speed\treceive_speed\tin_octets\tin_ucast\tin_nucast\tin_discards"
        "\tin_errors\tout_octets\tout_ucast\tout_nucast\tout_discards\tout_errors\n");
    for (ULONG i = 0; i < t->NumEntries; i++) {
      MIB_IF_ROW2 *r = &t->Table[i];
      fprintf(e, "%lu\t", r->InterfaceIndex);
      put_wide(e, r->Alias, -1);
      fputc('\t', e);
      put_wide(e, r->Description, -1);
      fputc('\t', e);
      for (ULONG b = 0; b < r->PhysicalAddressLength && b < 32; b++) {
        fprintf(e, b ? "-%02X" : "%02X", r->PhysicalAddress[b]);
      }
      fprintf(e, "\t%lu\t%lu\t%d\t%d\t%llu\t%llu\t%llu\t%llu\t%llu\t%llu\t%llu\t%llu\t%llu"
          "\t%llu\t%llu\t%llu\n", r->Mtu, r->Type, r->OperStatus, r->AdminStatus,
          r->TransmitLinkSpeed, r->ReceiveLinkSpeed, r->InOctets, r->InUcastPkts,
          r->InNUcastPkts, r->InDiscards, r->InErrors, r->OutOctets, r->OutUcastPkts,
          r->OutNUcastPkts, r->OutDiscards, r->OutErrors);
    }
    fclose(e);
    FreeMibTable(t);
  }
  ULONG size = 1 << 15;
  BYTE *buf = NULL;
  for (int i = 0; i < 4; i++) {
    buf = realloc(buf, size);
    rc = GetAdaptersAddresses(AF_UNSPEC, GAA_FLAG_SKIP_ANYCAST | GAA_FLAG_SKIP_MULTICAST
        | GAA_FLAG_SKIP_DNS_SERVER, NULL, (IP_ADAPTER_ADDRESSES *) buf, &size);
    if (rc != ERROR_BUFFER_OVERFLOW) break;
  }
  note_call(calls, "GetAdaptersAddresses", rc, 0);
  if (rc == NO_ERROR) {
    write_buffer("adapters", buf, size, (ULONG_PTR) buf);
    FILE *e = open_out("adapters.expect.txt", "wb");
    fprintf(e, "adapter\tfriendly_name\tif_index\tmtu\toper_status\tmac\tfamily\taddress\tprefix\n");
    for (IP_ADAPTER_ADDRESSES *a = (void *) buf; a; a = a->Next) {
      char mac[64] = "";
      for (ULONG b = 0; b < a->PhysicalAddressLength && b < 8; b++) {
        snprintf(mac + strlen(mac), sizeof mac - strlen(mac), b ? "-%02X" : "%02X",
            a->PhysicalAddress[b]);
      }
      for (IP_ADAPTER_UNICAST_ADDRESS *u = a->FirstUnicastAddress; u; u = u->Next) {
        char text[64] = "?";
        int fam = u->Address.lpSockaddr->sa_family;
        if (fam == AF_INET) {
          inet_ntop(AF_INET, &((struct sockaddr_in *) u->Address.lpSockaddr)->sin_addr, text, 64);
        } else if (fam == AF_INET6) {
          inet_ntop(AF_INET6, &((struct sockaddr_in6 *) u->Address.lpSockaddr)->sin6_addr, text, 64);
        }
        fprintf(e, "%s\t", a->AdapterName);
        put_wide(e, a->FriendlyName, -1);
        fprintf(e, "\t%lu\t%lu\t%d\t%s\t%d\t%s\t%u\n", a->IfIndex, a->Mtu, a->OperStatus, mac,
            fam, text, u->OnLinkPrefixLength);
      }
    }
    fclose(e);
  }
  free(buf);
}

int main(int argc, char **argv) {
  take_out_dir(argc, argv);
  calls = open_out("calls.txt", "wb");
  WSADATA wsa;
  WSAStartup(MAKEWORD(2, 2), &wsa);
  cpu();
  memory();
  disks();
  net();
  fclose(calls);
  return 0;
}
