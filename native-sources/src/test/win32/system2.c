/* Records the rest of psutil's Windows system calls: cpu_stats, cpu_freq, boot_time,
 * disk_io_counters, users and sensors_battery. Each buffer is written as filled (NAME.bin) with
 * what the harness read from it through the SDK structs (NAME.expect.txt); calls.txt says what
 * each call returned, so a test knows which calls the implementation (Wine) answered.
 * Where Wine does not answer a call, a layout recording stands in: the harness fills the SDK
 * struct field by field with distinct values (layout_NAME.bin) and prints the same values by
 * field name (layout_NAME.expect.txt), which checks a decoder's offsets and alignment against
 * the compiler's, independently of Wine.
 * Usage: system2.exe OUTPUT_DIRECTORY */
#include <winsock2.h>
#include <windows.h>
#include <winternl.h>
#include <winioctl.h>
#include <wtsapi32.h>
#include <powrprof.h>
#include "harness.h"

static FILE *calls;

/* Not in mingw-w64's winternl.h with field names (Reserved bytes there); the layouts are the
 * ones psutil (arch/windows/ntextapi.h) and the NT headers it follows give. */
typedef struct {
  ULONG ContextSwitches, DpcCount, DpcRate, TimeIncrement, DpcBypassCount, ApcBypassCount;
} INTERRUPT_INFO;
typedef struct {
  LARGE_INTEGER BootTime, CurrentTime, TimeZoneBias;
  ULONG TimeZoneId, Reserved;
  ULONGLONG BootTimeBias, SleepTimeBias;
} TIME_OF_DAY;
typedef struct {
  LARGE_INTEGER IdleTime, KernelTime, UserTime, DpcTime, InterruptTime;
  ULONG InterruptCount;
} PROCESSOR_PERF;
typedef struct {
  ULONG Number, MaxMhz, CurrentMhz, MhzLimit, MaxIdleState, CurrentIdleState;
} POWER_INFO;

#define SYSTEM_PERFORMANCE_INFORMATION_CLASS 2
#define SYSTEM_TIME_OF_DAY_INFORMATION_CLASS 3
#define SYSTEM_PROCESSOR_PERFORMANCE_INFORMATION_CLASS 8
#define SYSTEM_INTERRUPT_INFORMATION_CLASS 23

static FILE *expect(const char *name, const char *header) {
  char file[256];
  snprintf(file, sizeof file, "%s.expect.txt", name);
  FILE *e = open_out(file, "wb");
  fprintf(e, "%s\n", header);
  return e;
}

static void cpu_stats(ULONG ncpus) {
  SYSTEM_PERFORMANCE_INFORMATION spi;
  memset(&spi, 0, sizeof spi);
  NTSTATUS st = NtQuerySystemInformation(SYSTEM_PERFORMANCE_INFORMATION_CLASS, &spi,
      sizeof spi, NULL);
  note_call(calls, "NtQuerySystemInformation(SystemPerformanceInformation)", st, 0);
  if (st == 0) {
    write_buffer("performance", &spi, sizeof spi, 0);
    FILE *e = expect("performance", "size\tcontext_switches\tsystem_calls");
    fprintf(e, "%u\t%lu\t%lu\n", (unsigned) sizeof spi, spi.ContextSwitches, spi.SystemCalls);
    fclose(e);
  }
  ULONG got = 0;
  INTERRUPT_INFO *ii = calloc(ncpus, sizeof *ii);
  st = NtQuerySystemInformation(SYSTEM_INTERRUPT_INFORMATION_CLASS, ii, ncpus * sizeof *ii,
      &got);
  note_call(calls, "NtQuerySystemInformation(SystemInterruptInformation)", st, 0);
  unsigned long long dpcs = 0;
  if (st == 0) {
    write_buffer("interrupts", ii, got, 0);
    FILE *e = expect("interrupts", "context_switches\tdpc_count");
    for (ULONG i = 0; i < got / sizeof *ii; i++) {
      fprintf(e, "%lu\t%lu\n", ii[i].ContextSwitches, ii[i].DpcCount);
      dpcs += ii[i].DpcCount;
    }
    fclose(e);
  }
  PROCESSOR_PERF *pp = calloc(ncpus, sizeof *pp);
  ULONG got2 = 0;
  NTSTATUS st2 = NtQuerySystemInformation(SYSTEM_PROCESSOR_PERFORMANCE_INFORMATION_CLASS, pp,
      ncpus * sizeof *pp, &got2);
  note_call(calls, "NtQuerySystemInformation(SystemProcessorPerformanceInformation)", st2, 0);
  unsigned long interrupts = 0;
  if (st2 == 0) {
    write_buffer("processor_performance", pp, got2, 0);
    for (ULONG i = 0; i < got2 / sizeof *pp; i++) {
      interrupts += pp[i].InterruptCount;
    }
  }
  /* psutil's cpu_stats() from the three: what the decoders must add up to. */
  if (st == 0 && st2 == 0) {
    FILE *e = expect("cpu_stats", "ctx_switches\tinterrupts\tdpcs\tsyscalls");
    fprintf(e, "%lu\t%lu\t%llu\t%lu\n", spi.ContextSwitches, interrupts, dpcs,
        spi.SystemCalls);
    fclose(e);
  }
  free(ii);
  free(pp);
  /* The interrupt record's layout, field by field. */
  INTERRUPT_INFO li = {101, 102, 103, 104, 105, 106};
  write_buffer("layout_interrupts", &li, sizeof li, 0);
  FILE *e = expect("layout_interrupts", "size\tcontext_switches\tdpc_count");
  fprintf(e, "%u\t%lu\t%lu\n", (unsigned) sizeof li, li.ContextSwitches, li.DpcCount);
  fclose(e);
  SYSTEM_PERFORMANCE_INFORMATION ls;
  memset(&ls, 0x11, sizeof ls);
  ls.ContextSwitches = 0x01020304;
  ls.SystemCalls = 0x05060708;
  write_buffer("layout_performance", &ls, sizeof ls, 0);
  e = expect("layout_performance", "size\tcontext_switches\tsystem_calls");
  fprintf(e, "%u\t%lu\t%lu\n", (unsigned) sizeof ls, ls.ContextSwitches, ls.SystemCalls);
  fclose(e);
}

static void cpu_freq(ULONG ncpus) {
  POWER_INFO *pi = calloc(ncpus, sizeof *pi);
  NTSTATUS st = CallNtPowerInformation(ProcessorInformation, NULL, 0, pi, ncpus * sizeof *pi);
  note_call(calls, "CallNtPowerInformation(ProcessorInformation)", st, 0);
  if (st == 0) {
    write_buffer("power_information", pi, ncpus * sizeof *pi, 0);
    FILE *e = expect("power_information", "number\tmax_mhz\tcurrent_mhz\tmhz_limit");
    for (ULONG i = 0; i < ncpus; i++) {
      fprintf(e, "%lu\t%lu\t%lu\t%lu\n", pi[i].Number, pi[i].MaxMhz, pi[i].CurrentMhz,
          pi[i].MhzLimit);
    }
    fclose(e);
  }
  free(pi);
}

static void boot_time(void) {
  TIME_OF_DAY t;
  memset(&t, 0, sizeof t);
  NTSTATUS st = NtQuerySystemInformation(SYSTEM_TIME_OF_DAY_INFORMATION_CLASS, &t, sizeof t,
      NULL);
  note_call(calls, "NtQuerySystemInformation(SystemTimeOfDayInformation)", st, 0);
  if (st == 0) {
    write_buffer("time_of_day", &t, sizeof t, 0);
    /* psutil: (BootTime - SleepTimeBias) as Unix seconds. */
    long long boot = t.BootTime.QuadPart - (long long) t.SleepTimeBias;
    FILE *e = expect("time_of_day", "boot_time\tcurrent_time\tsleep_time_bias\tboot_unix_100ns");
    fprintf(e, "%lld\t%lld\t%llu\t%lld\n", t.BootTime.QuadPart, t.CurrentTime.QuadPart,
        t.SleepTimeBias, boot - 116444736000000000LL);
    fclose(e);
  }
  TIME_OF_DAY l;
  memset(&l, 0, sizeof l);
  l.BootTime.QuadPart = 0x01F0A0B0C0D0E0F0LL; /* after 1970, as a boot is */
  l.CurrentTime.QuadPart = 0x1112131415161718LL;
  l.TimeZoneBias.QuadPart = 0x21;
  l.TimeZoneId = 0x31;
  l.BootTimeBias = 0x41;
  l.SleepTimeBias = 0x5152535455LL;
  write_buffer("layout_time_of_day", &l, sizeof l, 0);
  FILE *e = expect("layout_time_of_day", "size\tboot_time\tcurrent_time\tsleep_time_bias");
  fprintf(e, "%u\t%lld\t%lld\t%llu\n", (unsigned) sizeof l, l.BootTime.QuadPart,
      l.CurrentTime.QuadPart, l.SleepTimeBias);
  fclose(e);
}

static void put_disk(FILE *e, const char *name, const DISK_PERFORMANCE *d) {
  fprintf(e, "%s\t%lu\t%lu\t%lld\t%lld\t%lld\t%lld\t%u\n", name, d->ReadCount, d->WriteCount,
      d->BytesRead.QuadPart, d->BytesWritten.QuadPart, d->ReadTime.QuadPart,
      d->WriteTime.QuadPart, (unsigned) sizeof *d);
}

#define DISK_HEADER "name\tread_count\twrite_count\tread_bytes\twrite_bytes\tread_time\t" \
    "write_time\tsize"

static void disks(void) {
  FILE *e = expect("disk_performance", DISK_HEADER);
  /* psutil's loop: \\.\PhysicalDrive0 to 32, each opened with no access right. */
  for (int n = 0; n <= 32; n++) {
    char dev[64], name[64], call[128];
    snprintf(dev, sizeof dev, "\\\\.\\PhysicalDrive%d", n);
    snprintf(name, sizeof name, "PhysicalDrive%d", n);
    HANDLE h = CreateFileA(dev, 0, FILE_SHARE_READ | FILE_SHARE_WRITE, NULL, OPEN_EXISTING, 0,
        NULL);
    if (h == INVALID_HANDLE_VALUE) {
      snprintf(call, sizeof call, "CreateFile(%s)", name);
      note_call(calls, call, 0, GetLastError());
      continue;
    }
    DISK_PERFORMANCE d;
    DWORD got = 0;
    BOOL ok = DeviceIoControl(h, IOCTL_DISK_PERFORMANCE, NULL, 0, &d, sizeof d, &got, NULL);
    snprintf(call, sizeof call, "DeviceIoControl(%s,IOCTL_DISK_PERFORMANCE)", name);
    note_call(calls, call, ok, ok ? 0 : GetLastError());
    if (ok) {
      char file[80];
      snprintf(file, sizeof file, "disk_%d", n);
      write_buffer(file, &d, got, 0);
      put_disk(e, name, &d);
    }
    CloseHandle(h);
  }
  fclose(e);
  DISK_PERFORMANCE l;
  memset(&l, 0, sizeof l);
  l.BytesRead.QuadPart = 0x0101010101LL;
  l.BytesWritten.QuadPart = 0x0202020202LL;
  l.ReadTime.QuadPart = 1234567890123LL;
  l.WriteTime.QuadPart = 9876543210987LL;
  l.IdleTime.QuadPart = 0x05;
  l.ReadCount = 0x61626364;
  l.WriteCount = 0x71727374;
  l.QueueDepth = 0x08;
  l.SplitCount = 0x09;
  l.QueryTime.QuadPart = 0x0a;
  l.StorageDeviceNumber = 0x0b;
  lstrcpyW(l.StorageManagerName, L"PartMgr");
  write_buffer("layout_disk", &l, sizeof l, 0);
  e = expect("layout_disk", DISK_HEADER);
  put_disk(e, "layout", &l);
  fclose(e);
}

static void put_address(FILE *e, const WTS_CLIENT_ADDRESS *a) {
  /* psutil: an AF_INET address is bytes 2 to 5 of Address; any other family is no host. */
  if (a && a->AddressFamily == AF_INET) {
    fprintf(e, "%u.%u.%u.%u", a->Address[2], a->Address[3], a->Address[4], a->Address[5]);
  } else {
    fputs("\\N", e);
  }
}

static void users(void) {
  WTS_SESSION_INFOW *s = NULL;
  DWORD count = 0;
  BOOL ok = WTSEnumerateSessionsW(WTS_CURRENT_SERVER_HANDLE, 0, 1, &s, &count);
  note_call(calls, "WTSEnumerateSessionsW", ok, ok ? 0 : GetLastError());
  FILE *u = expect("users", "session_id\tuser\thost\tconnect_time");
  if (ok) {
    write_buffer("sessions", s, count * sizeof *s, (ULONG_PTR) s);
    FILE *c = open_out("sessions.count", "wb");
    fprintf(c, "%lu\n", count);
    fclose(c);
    FILE *e = expect("sessions", "session_id\tstation\tstate");
    for (DWORD i = 0; i < count; i++) {
      fprintf(e, "%lu\t", s[i].SessionId);
      put_wide(e, s[i].pWinStationName, -1);
      fprintf(e, "\t%d\n", (int) s[i].State);
      DWORD id = s[i].SessionId, bytes = 0;
      char call[128], file[64];
      WCHAR *user = NULL;
      WTS_CLIENT_ADDRESS *addr = NULL;
      WTSINFOW *info = NULL;
      BOOL ok1 = WTSQuerySessionInformationW(WTS_CURRENT_SERVER_HANDLE, id, WTSUserName,
          &user, &bytes);
      snprintf(call, sizeof call, "WTSQuerySessionInformationW(%lu,WTSUserName)", id);
      note_call(calls, call, ok1, ok1 ? 0 : GetLastError());
      if (ok1) {
        snprintf(file, sizeof file, "session_%lu_user", id);
        write_buffer(file, user, bytes, 0);
      }
      DWORD abytes = 0;
      BOOL ok2 = WTSQuerySessionInformationW(WTS_CURRENT_SERVER_HANDLE, id, WTSClientAddress,
          (LPWSTR *) &addr, &abytes);
      snprintf(call, sizeof call, "WTSQuerySessionInformationW(%lu,WTSClientAddress)", id);
      note_call(calls, call, ok2, ok2 ? 0 : GetLastError());
      if (ok2) {
        snprintf(file, sizeof file, "session_%lu_address", id);
        write_buffer(file, addr, abytes, 0);
      }
      DWORD ibytes = 0;
      BOOL ok3 = WTSQuerySessionInformationW(WTS_CURRENT_SERVER_HANDLE, id, WTSSessionInfo,
          (LPWSTR *) &info, &ibytes);
      snprintf(call, sizeof call, "WTSQuerySessionInformationW(%lu,WTSSessionInfo)", id);
      note_call(calls, call, ok3, ok3 ? 0 : GetLastError());
      if (ok3) {
        snprintf(file, sizeof file, "session_%lu_info", id);
        write_buffer(file, info, ibytes, 0);
      }
      /* psutil's row: only sessions with a user name, started = ConnectTime. */
      if (ok1 && bytes > 2) {
        fprintf(u, "%lu\t", id);
        put_wide(u, user, -1);
        fputc('\t', u);
        put_address(u, ok2 && abytes >= sizeof *addr ? addr : NULL);
        if (ok3 && ibytes >= sizeof *info) {
          fprintf(u, "\t%lld\n", info->ConnectTime.QuadPart);
        } else {
          fputs("\t\\N\n", u);
        }
      }
      if (user) WTSFreeMemory(user);
      if (addr) WTSFreeMemory(addr);
      if (info) WTSFreeMemory(info);
    }
    fclose(e);
    WTSFreeMemory(s);
  }
  fclose(u);
  /* Layouts: a session listing entry, a client address and a WTSINFOW. */
  WTS_SESSION_INFOW ls[2] = {{7, (LPWSTR) (ULONG_PTR) 0x1122334455667788ULL, WTSActive},
      {9, NULL, WTSDisconnected}};
  write_buffer("layout_sessions", ls, sizeof ls, 0);
  FILE *e = expect("layout_sessions", "size\tsession_id\tstation_pointer\tstate");
  for (int i = 0; i < 2; i++) {
    fprintf(e, "%u\t%lu\t%llx\t%d\n", (unsigned) sizeof ls[i], ls[i].SessionId,
        (unsigned long long) (ULONG_PTR) ls[i].pWinStationName, (int) ls[i].State);
  }
  fclose(e);
  WTS_CLIENT_ADDRESS la;
  memset(&la, 0, sizeof la);
  la.AddressFamily = AF_INET;
  BYTE bytes[20] = {0, 0, 192, 0, 2, 44};
  memcpy(la.Address, bytes, sizeof bytes);
  write_buffer("layout_address", &la, sizeof la, 0);
  e = expect("layout_address", "size\tfamily\thost");
  fprintf(e, "%u\t%lu\t", (unsigned) sizeof la, la.AddressFamily);
  put_address(e, &la);
  fputc('\n', e);
  fclose(e);
  WTSINFOW li;
  memset(&li, 0, sizeof li);
  li.State = WTSActive;
  li.SessionId = 3;
  lstrcpyW(li.WinStationName, L"RDP-Tcp#4");
  lstrcpyW(li.Domain, L"HOSTSQL");
  lstrcpyW(li.UserName, L"alice");
  li.ConnectTime.QuadPart = 133000000000000000LL;
  li.DisconnectTime.QuadPart = 1;
  li.LastInputTime.QuadPart = 2;
  li.LogonTime.QuadPart = 132999999990000000LL;
  li.CurrentTime.QuadPart = 133000000010000000LL;
  write_buffer("layout_info", &li, sizeof li, 0);
  e = expect("layout_info", "size\tsession_id\tuser\tconnect_time\tlogon_time");
  fprintf(e, "%u\t%lu\t", (unsigned) sizeof li, li.SessionId);
  put_wide(e, li.UserName, -1);
  fprintf(e, "\t%lld\t%lld\n", li.ConnectTime.QuadPart, li.LogonTime.QuadPart);
  fclose(e);
}

static void put_power(FILE *e, const SYSTEM_POWER_STATUS *p) {
  fprintf(e, "%u\t%u\t%u\t%ld\t%ld\t%u\n", p->ACLineStatus, p->BatteryFlag,
      p->BatteryLifePercent, (long) p->BatteryLifeTime, (long) p->BatteryFullLifeTime,
      (unsigned) sizeof *p);
}

#define POWER_HEADER "ac_line_status\tbattery_flag\tbattery_life_percent\t" \
    "battery_life_time\tbattery_full_life_time\tsize"

static void battery(void) {
  SYSTEM_POWER_STATUS p;
  BOOL ok = GetSystemPowerStatus(&p);
  note_call(calls, "GetSystemPowerStatus", ok, ok ? 0 : GetLastError());
  if (ok) {
    write_buffer("power_status", &p, sizeof p, 0);
    FILE *e = expect("power_status", POWER_HEADER);
    put_power(e, &p);
    fclose(e);
  }
  /* Three layouts: discharging with a known time, charging, and time unknown (-1). */
  SYSTEM_POWER_STATUS l[3] = {{0, 1, 77, 0, 5400, 9000}, {1, 8, 40, 0, (DWORD) -1, 9000},
      {0, 2, 12, 0, (DWORD) -1, (DWORD) -1}};
  FILE *e = expect("layout_power", POWER_HEADER);
  for (int i = 0; i < 3; i++) {
    char file[32];
    snprintf(file, sizeof file, "layout_power_%d", i);
    write_buffer(file, &l[i], sizeof l[i], 0);
    put_power(e, &l[i]);
  }
  fclose(e);
}

int main(int argc, char **argv) {
  take_out_dir(argc, argv);
  calls = open_out("calls.txt", "wb");
  SYSTEM_INFO si;
  GetSystemInfo(&si);
  ULONG ncpus = si.dwNumberOfProcessors;
  cpu_stats(ncpus);
  cpu_freq(ncpus);
  boot_time();
  disks();
  users();
  battery();
  fclose(calls);
  return 0;
}
