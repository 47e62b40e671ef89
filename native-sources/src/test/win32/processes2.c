/* Records the per-process calls psutil makes on Windows beyond the listing and the PEB
 * (processes.c), for the Java decoders' tests. Everything is asked about this harness itself,
 * after it made the facts it then checks: it holds a file open, holds a pipe, maps a file it
 * wrote and sets its own I/O priority.
 *   processes.bin/.base     the listing (SystemProcessInformation), so that a replay of this
 *                           recording is whole: the pids below are in it
 *   self_counters.bin       GetProcessMemoryInfo(PROCESS_MEMORY_COUNTERS_EX) as filled
 *   counters.expect.txt     its fields, read through the SDK struct
 *   counters_layout.bin     the struct filled by field name with distinct values (offsets)
 *   counters_layout.expect.txt  those values
 *   self_iopriority.bin     NtQueryInformationProcess(ProcessIoPriority): a DWORD, or absent
 *   iopriority_layout.bin/.expect.txt  the DWORD filled with a known value
 *   self_handle_count.bin   GetProcessHandleCount's DWORD
 *   self_regions.bin        VirtualQueryEx from address 0 upwards: for each region its
 *                           MEMORY_BASIC_INFORMATION as filled, then GetMappedFileNameW's
 *                           return (a DWORD, characters, 0 when none) and those characters
 *                           with their NUL (the framing the live reader uses too)
 *   regions.expect.txt      each region through the struct, with its mapped file name
 *   handles.bin             NtQuerySystemInformation(SystemExtendedHandleInformation)
 *   handles.expect.txt      this process's entries, through the struct
 *   objname_HANDLE.bin/.base  NtQueryObject(ObjectNameInformation) of this process's own
 *                           file and pipe handles (an OBJECT_NAME_INFORMATION: a UNICODE_STRING
 *                           pointing into the same buffer)
 *   objname.expect.txt      handle, GetFileType, the name through the struct
 *   self_image.bin/.base    NtQuerySystemInformation(SystemProcessIdInformation) for this pid:
 *                           the 24-byte SYSTEM_PROCESS_ID_INFORMATION, its name buffer right
 *                           after it (where the ImageName pointer points), as psutil's exe()
 *   self_cmdline.bin/.base  NtQueryInformationProcess(ProcessCommandLineInformation): a
 *                           UNICODE_STRING pointing just past itself, psutil's cmdline without
 *                           the PEB (the PROCESS_QUERY_LIMITED_INFORMATION fallback)
 *   image.expect.txt        the image name and command line through the structs
 *   image_layout, cmdline_layout (.bin/.base/.expect.txt)  the same two structs filled by
 *                           field name, their strings known (Wine 8 implements neither call)
 *   dosdevice_X.bin         QueryDosDeviceW("X:") as filled, for each drive that answers
 *   dosdevice.expect.txt    drive and its first target
 *   facts.txt               what the harness knows on its own: its pid, the file it holds
 *                           (path and handle), the pipe handles, the file it mapped (path and
 *                           view address), the ntdll it has loaded, the I/O priority it set,
 *                           its own image path and command line (GetModuleFileNameW,
 *                           GetCommandLineW),
 *                           and each call's return code
 * Usage: processes2.exe OUTPUT_DIRECTORY */
#include "harness.h"
#include <winternl.h>
#include <psapi.h>
#include <stddef.h>

typedef struct {
  PVOID Object;
  ULONG_PTR UniqueProcessId;
  ULONG_PTR HandleValue;
  ULONG GrantedAccess;
  USHORT CreatorBackTraceIndex;
  USHORT ObjectTypeIndex;
  ULONG HandleAttributes;
  ULONG Reserved;
} HANDLE_ENTRY_EX;

typedef struct {
  ULONG_PTR NumberOfHandles;
  ULONG_PTR Reserved;
  HANDLE_ENTRY_EX Handles[1];
} HANDLE_INFO_EX;

_Static_assert(sizeof(HANDLE_ENTRY_EX) == 40, "SYSTEM_HANDLE_TABLE_ENTRY_INFO_EX size");
_Static_assert(offsetof(HANDLE_INFO_EX, Handles) == 16, "SYSTEM_HANDLE_INFORMATION_EX header");
_Static_assert(sizeof(MEMORY_BASIC_INFORMATION) == 48, "MEMORY_BASIC_INFORMATION size");
_Static_assert(sizeof(PROCESS_MEMORY_COUNTERS_EX) == 80, "PROCESS_MEMORY_COUNTERS_EX size");

#define SYSTEM_EXTENDED_HANDLE_INFORMATION 64
#define PROCESS_IO_PRIORITY 33
#define IO_PRIORITY_LOW 1

typedef NTSTATUS (NTAPI *set_info_fn)(HANDLE, ULONG, PVOID, ULONG);

static void put_path(FILE *f, const char *key, const WCHAR *path) {
  fprintf(f, "%s\t", key);
  put_wide(f, path, -1);
  fputc('\n', f);
}

/* A system-wide table: the buffer grows until NtQuerySystemInformation stops answering
 * STATUS_INFO_LENGTH_MISMATCH; *size is the buffer's size. */
static BYTE *query_system(ULONG cls, ULONG *size, NTSTATUS *st) {
  BYTE *buf = NULL;
  *size = 1 << 16;
  for (int tries = 0; tries < 16; tries++) {
    buf = realloc(buf, *size);
    ULONG needed = 0;
    *st = NtQuerySystemInformation((SYSTEM_INFORMATION_CLASS) cls, buf, *size, &needed);
    if (*st != (NTSTATUS) 0xC0000004L) break;
    *size = needed > *size ? needed + 8192 : *size * 2;
  }
  return buf;
}

static void record_listing(FILE *facts) {
  ULONG size;
  NTSTATUS st;
  BYTE *buf = query_system(5, &size, &st);
  note_call(facts, "NtQuerySystemInformation(SystemProcessInformation)", st, 0);
  if (st == 0) write_buffer("processes", buf, size, (ULONG_PTR) buf);
  free(buf);
}

static void record_counters(FILE *facts) {
  PROCESS_MEMORY_COUNTERS_EX c;
  memset(&c, 0, sizeof c);
  BOOL ok = GetProcessMemoryInfo(GetCurrentProcess(), (PROCESS_MEMORY_COUNTERS *) &c, sizeof c);
  note_call(facts, "GetProcessMemoryInfo", ok, ok ? 0 : GetLastError());
  FILE *e = open_out("counters.expect.txt", "wb");
  fprintf(e, "cb\tpage_faults\tpeak_wset\twset\tpeak_paged_pool\tpaged_pool\tpeak_nonpaged_pool"
      "\tnonpaged_pool\tpagefile\tpeak_pagefile\tprivate\n");
  if (ok) {
    write_buffer("self_counters", &c, sizeof c, 0);
    fprintf(e, "%lu\t%lu\t%llu\t%llu\t%llu\t%llu\t%llu\t%llu\t%llu\t%llu\t%llu\n", c.cb,
        c.PageFaultCount, (unsigned long long) c.PeakWorkingSetSize,
        (unsigned long long) c.WorkingSetSize, (unsigned long long) c.QuotaPeakPagedPoolUsage,
        (unsigned long long) c.QuotaPagedPoolUsage,
        (unsigned long long) c.QuotaPeakNonPagedPoolUsage,
        (unsigned long long) c.QuotaNonPagedPoolUsage, (unsigned long long) c.PagefileUsage,
        (unsigned long long) c.PeakPagefileUsage, (unsigned long long) c.PrivateUsage);
  }
  fclose(e);
  /* The layout: each field by name, a value no other field has, so a decoder that reads the
   * wrong offset or width reads the wrong number. */
  PROCESS_MEMORY_COUNTERS_EX l;
  memset(&l, 0xee, sizeof l);
  l.cb = sizeof l;
  l.PageFaultCount = 0x01020304;
  l.PeakWorkingSetSize = 0x1100000000000011ULL;
  l.WorkingSetSize = 0x2200000000000022ULL;
  l.QuotaPeakPagedPoolUsage = 0x3300000000000033ULL;
  l.QuotaPagedPoolUsage = 0x4400000000000044ULL;
  l.QuotaPeakNonPagedPoolUsage = 0x5500000000000055ULL;
  l.QuotaNonPagedPoolUsage = 0x6600000000000066ULL;
  l.PagefileUsage = 0x7700000000000077ULL;
  l.PeakPagefileUsage = 0x0800000000000088ULL;
  l.PrivateUsage = 0x0900000000000099ULL;
  write_buffer("counters_layout", &l, sizeof l, 0);
  e = open_out("counters_layout.expect.txt", "wb");
  fprintf(e, "cb\tpage_faults\tpeak_wset\twset\tpeak_paged_pool\tpaged_pool\tpeak_nonpaged_pool"
      "\tnonpaged_pool\tpagefile\tpeak_pagefile\tprivate\n");
  fprintf(e, "%lu\t%lu\t%llu\t%llu\t%llu\t%llu\t%llu\t%llu\t%llu\t%llu\t%llu\n", l.cb,
      l.PageFaultCount, (unsigned long long) l.PeakWorkingSetSize,
      (unsigned long long) l.WorkingSetSize, (unsigned long long) l.QuotaPeakPagedPoolUsage,
      (unsigned long long) l.QuotaPagedPoolUsage, (unsigned long long) l.QuotaPeakNonPagedPoolUsage,
      (unsigned long long) l.QuotaNonPagedPoolUsage, (unsigned long long) l.PagefileUsage,
      (unsigned long long) l.PeakPagefileUsage, (unsigned long long) l.PrivateUsage);
  fclose(e);
}

static void record_io_priority(FILE *facts) {
  set_info_fn set = (set_info_fn) (void *) GetProcAddress(GetModuleHandleA("ntdll.dll"),
      "NtSetInformationProcess");
  ULONG low = IO_PRIORITY_LOW;
  NTSTATUS st = set ? set(GetCurrentProcess(), PROCESS_IO_PRIORITY, &low, sizeof low) : -1;
  note_call(facts, "NtSetInformationProcess(ProcessIoPriority, low)", st, 0);
  fprintf(facts, "io_priority_set\t%d\n", st == 0 ? IO_PRIORITY_LOW : -1);
  ULONG prio = 0xdeadbeef, len = 0;
  st = NtQueryInformationProcess(GetCurrentProcess(), (PROCESSINFOCLASS) PROCESS_IO_PRIORITY,
      &prio, sizeof prio, &len);
  note_call(facts, "NtQueryInformationProcess(ProcessIoPriority)", st, 0);
  if (st == 0) write_buffer("self_iopriority", &prio, sizeof prio, 0);
  /* The layout: the class is one ULONG (IO_PRIORITY_HINT); 3 is IoPriorityHigh. */
  ULONG layout = 3;
  write_buffer("iopriority_layout", &layout, sizeof layout, 0);
  FILE *e = open_out("iopriority_layout.expect.txt", "wb");
  fprintf(e, "hint\n%lu\n", layout);
  fclose(e);
}

static void record_handle_count(FILE *facts) {
  DWORD n = 0;
  BOOL ok = GetProcessHandleCount(GetCurrentProcess(), &n);
  note_call(facts, "GetProcessHandleCount", ok, ok ? 0 : GetLastError());
  if (ok) {
    write_buffer("self_handle_count", &n, sizeof n, 0);
    fprintf(facts, "handle_count\t%lu\n", n);
  }
}

static void record_regions(HANDLE h, FILE *facts) {
  FILE *b = open_out("self_regions.bin", "wb");
  FILE *e = open_out("regions.expect.txt", "wb");
  fprintf(e, "base\tallocation_base\tallocation_protect\tsize\tstate\tprotect\ttype\tpath\n");
  static WCHAR file[0x8000];
  MEMORY_BASIC_INFORMATION m;
  BYTE *at = NULL;
  int regions = 0;
  while (VirtualQueryEx(h, at, &m, sizeof m) == sizeof m) {
    DWORD n = GetMappedFileNameW(h, at, file, 0x8000);
    fwrite(&m, sizeof m, 1, b);
    fwrite(&n, sizeof n, 1, b);
    if (n) fwrite(file, sizeof(WCHAR), n + 1, b);
    fprintf(e, "%llx\t%llx\t%lu\t%llu\t%lu\t%lu\t%lu\t", (unsigned long long) (ULONG_PTR) m.BaseAddress,
        (unsigned long long) (ULONG_PTR) m.AllocationBase, m.AllocationProtect,
        (unsigned long long) m.RegionSize, m.State, m.Protect, m.Type);
    put_wide(e, n ? file : NULL, n);
    fputc('\n', e);
    regions++;
    BYTE *next = (BYTE *) m.BaseAddress + m.RegionSize;
    if (next <= at || m.RegionSize == 0) break;
    at = next;
  }
  fclose(b);
  fclose(e);
  fprintf(facts, "regions\t%d\n", regions);
}

static void record_handles(FILE *facts, HANDLE held, HANDLE pipe_read, HANDLE pipe_write) {
  ULONG size;
  NTSTATUS st;
  BYTE *buf = query_system(SYSTEM_EXTENDED_HANDLE_INFORMATION, &size, &st);
  note_call(facts, "NtQuerySystemInformation(SystemExtendedHandleInformation)", st, 0);
  FILE *e = open_out("handles.expect.txt", "wb");
  fprintf(e, "pid\thandle\taccess\ttype_index\tattributes\n");
  if (st == 0) {
    HANDLE_INFO_EX *info = (HANDLE_INFO_EX *) buf;
    size_t used = offsetof(HANDLE_INFO_EX, Handles) + info->NumberOfHandles * sizeof(HANDLE_ENTRY_EX);
    write_buffer("handles", buf, used, 0);
    fprintf(facts, "handles_total\t%llu\n", (unsigned long long) info->NumberOfHandles);
    for (ULONG_PTR i = 0; i < info->NumberOfHandles; i++) {
      HANDLE_ENTRY_EX *x = &info->Handles[i];
      if (x->UniqueProcessId != GetCurrentProcessId()) continue;
      fprintf(e, "%llu\t%llx\t%lx\t%u\t%lu\n", (unsigned long long) x->UniqueProcessId,
          (unsigned long long) x->HandleValue, x->GrantedAccess, x->ObjectTypeIndex,
          x->HandleAttributes);
    }
  }
  fclose(e);
  free(buf);
  /* The names of the harness's own handles, as psutil asks after duplicating them. */
  e = open_out("objname.expect.txt", "wb");
  fprintf(e, "handle\tfile_type\tname\n");
  HANDLE mine[] = {held, pipe_read, pipe_write};
  for (int i = 0; i < 3; i++) {
    HANDLE dup = NULL;
    if (!DuplicateHandle(GetCurrentProcess(), mine[i], GetCurrentProcess(), &dup, 0, FALSE,
        DUPLICATE_SAME_ACCESS)) {
      note_call(facts, "DuplicateHandle", 0, GetLastError());
      continue;
    }
    DWORD type = GetFileType(dup);
    ULONG len = 0x1000;
    BYTE *name = calloc(1, len);
    st = NtQueryObject(dup, ObjectNameInformation, name, len, &len);
    char what[96];
    snprintf(what, sizeof what, "NtQueryObject(ObjectNameInformation, %llx)",
        (unsigned long long) (ULONG_PTR) mine[i]);
    note_call(facts, what, st, 0);
    fprintf(e, "%llx\t%lu\t", (unsigned long long) (ULONG_PTR) mine[i], type);
    if (st == 0) {
      UNICODE_STRING *u = (UNICODE_STRING *) name;
      char file[64];
      snprintf(file, sizeof file, "objname_%llx", (unsigned long long) (ULONG_PTR) mine[i]);
      ULONG end = u->Buffer ? (ULONG) ((BYTE *) u->Buffer - name) + u->MaximumLength : sizeof *u;
      if (end > 0x1000) end = 0x1000;
      write_buffer(file, name, end, (ULONG_PTR) name);
      put_wide(e, u->Buffer, u->Length / 2);
    } else {
      fputs("\\N", e);
    }
    fputc('\n', e);
    free(name);
    CloseHandle(dup);
  }
  fclose(e);
}

#define SYSTEM_PROCESS_ID_INFORMATION 88
#define PROCESS_COMMAND_LINE_INFORMATION 60

typedef struct {
  HANDLE ProcessId;
  UNICODE_STRING ImageName;
} PROCESS_ID_INFO;

_Static_assert(sizeof(PROCESS_ID_INFO) == 24, "SYSTEM_PROCESS_ID_INFORMATION size");

static void record_image_and_cmdline(FILE *facts) {
  FILE *e = open_out("image.expect.txt", "wb");
  fprintf(e, "what\tvalue\n");
  /* One allocation: the struct, then the name buffer its pointer is set to. */
  BYTE *buf = calloc(1, sizeof(PROCESS_ID_INFO) + 0x1000);
  PROCESS_ID_INFO *info = (PROCESS_ID_INFO *) buf;
  info->ProcessId = (HANDLE) (ULONG_PTR) GetCurrentProcessId();
  info->ImageName.Length = 0;
  info->ImageName.MaximumLength = 0x1000;
  info->ImageName.Buffer = (PWSTR) (buf + sizeof *info);
  NTSTATUS st = NtQuerySystemInformation(
      (SYSTEM_INFORMATION_CLASS) SYSTEM_PROCESS_ID_INFORMATION, info, sizeof *info, NULL);
  note_call(facts, "NtQuerySystemInformation(SystemProcessIdInformation)", st, 0);
  if (st == 0) {
    write_buffer("self_image", buf, sizeof *info + 0x1000, (ULONG_PTR) buf);
    fputs("image\t", e);
    put_wide(e, info->ImageName.Buffer, info->ImageName.Length / 2);
    fputc('\n', e);
  }
  free(buf);
  ULONG len = 0;
  NtQueryInformationProcess(GetCurrentProcess(), (PROCESSINFOCLASS) PROCESS_COMMAND_LINE_INFORMATION,
      NULL, 0, &len);
  if (len == 0 || len > (1 << 20)) len = 0x1000;
  buf = calloc(1, len);
  st = NtQueryInformationProcess(GetCurrentProcess(),
      (PROCESSINFOCLASS) PROCESS_COMMAND_LINE_INFORMATION, buf, len, &len);
  note_call(facts, "NtQueryInformationProcess(ProcessCommandLineInformation)", st, 0);
  if (st == 0) {
    UNICODE_STRING *u = (UNICODE_STRING *) buf;
    write_buffer("self_cmdline", buf, len, (ULONG_PTR) buf);
    fputs("cmdline\t", e);
    put_wide(e, u->Buffer, u->Length / 2);
    fputc('\n', e);
  }
  free(buf);
  fclose(e);
  /* The layouts: where each struct keeps its UNICODE_STRING, with a string the test knows. */
  static const WCHAR image[] = L"\\Device\\HarddiskVolume1\\Program Files\\h\x00e9llo\\x.exe";
  static const WCHAR line[] = L"\"C:\\Program Files\\h\x00e9llo\\x.exe\" -a \"b c\"";
  buf = calloc(1, sizeof(PROCESS_ID_INFO) + sizeof image);
  info = (PROCESS_ID_INFO *) buf;
  info->ProcessId = (HANDLE) (ULONG_PTR) 0x1234;
  info->ImageName.Length = sizeof image - sizeof(WCHAR);
  info->ImageName.MaximumLength = sizeof image;
  info->ImageName.Buffer = (PWSTR) (buf + sizeof *info);
  memcpy(buf + sizeof *info, image, sizeof image);
  write_buffer("image_layout", buf, sizeof *info + sizeof image, (ULONG_PTR) buf);
  free(buf);
  buf = calloc(1, sizeof(UNICODE_STRING) + sizeof line);
  UNICODE_STRING *u = (UNICODE_STRING *) buf;
  u->Length = sizeof line - sizeof(WCHAR);
  u->MaximumLength = sizeof line;
  u->Buffer = (PWSTR) (buf + sizeof *u);
  memcpy(buf + sizeof *u, line, sizeof line);
  write_buffer("cmdline_layout", buf, sizeof *u + sizeof line, (ULONG_PTR) buf);
  free(buf);
  e = open_out("image_layout.expect.txt", "wb");
  fputs("pid\timage\n1234\t", e);
  put_wide(e, image, -1);
  fputc('\n', e);
  fclose(e);
  e = open_out("cmdline_layout.expect.txt", "wb");
  fputs("cmdline\n", e);
  put_wide(e, line, -1);
  fputc('\n', e);
  fclose(e);
  WCHAR self[MAX_PATH];
  GetModuleFileNameW(NULL, self, MAX_PATH);
  put_path(facts, "self_exe", self);
  put_path(facts, "self_cmdline", GetCommandLineW());
}

static void record_dos_devices(void) {
  FILE *e = open_out("dosdevice.expect.txt", "wb");
  fprintf(e, "drive\ttarget\n");
  for (WCHAR d = L'A'; d <= L'Z'; d++) {
    WCHAR drive[3] = {d, L':', 0};
    WCHAR target[1024];
    DWORD n = QueryDosDeviceW(drive, target, 1024);
    if (!n) continue;
    char file[32];
    snprintf(file, sizeof file, "dosdevice_%c", (char) d);
    write_buffer(file, target, n * sizeof(WCHAR), 0);
    put_wide(e, drive, -1);
    fputc('\t', e);
    put_wide(e, target, -1);
    fputc('\n', e);
  }
  fclose(e);
}

int main(int argc, char **argv) {
  take_out_dir(argc, argv);
  FILE *facts = open_out("facts.txt", "wb");
  fprintf(facts, "self_pid\t%lu\n", GetCurrentProcessId());

  /* A file held open for reading (it must be among open_files) ... */
  WCHAR dir[MAX_PATH], held_path[MAX_PATH], mapped_path[MAX_PATH];
  MultiByteToWideChar(CP_UTF8, 0, out_dir, -1, dir, MAX_PATH);
  swprintf(held_path, MAX_PATH, L"%ls\\held \x00e9.txt", dir);
  HANDLE held = CreateFileW(held_path, GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ, NULL,
      CREATE_ALWAYS, FILE_ATTRIBUTE_NORMAL, NULL);
  note_call(facts, "CreateFileW(held)", held != INVALID_HANDLE_VALUE, GetLastError());
  WCHAR full[MAX_PATH];
  GetFullPathNameW(held_path, MAX_PATH, full, NULL);
  put_path(facts, "held_path", full);
  fprintf(facts, "held_handle\t%llx\n", (unsigned long long) (ULONG_PTR) held);
  /* ... a pipe (it must not be) ... */
  HANDLE pipe_read = NULL, pipe_write = NULL;
  BOOL piped = CreatePipe(&pipe_read, &pipe_write, NULL, 0);
  note_call(facts, "CreatePipe", piped, piped ? 0 : GetLastError());
  fprintf(facts, "pipe_handles\t%llx\t%llx\n", (unsigned long long) (ULONG_PTR) pipe_read,
      (unsigned long long) (ULONG_PTR) pipe_write);
  /* ... and a file written then mapped into memory (it must be among memory_maps). */
  swprintf(mapped_path, MAX_PATH, L"%ls\\mapped.bin", dir);
  HANDLE mf = CreateFileW(mapped_path, GENERIC_READ | GENERIC_WRITE, 0, NULL, CREATE_ALWAYS,
      FILE_ATTRIBUTE_NORMAL, NULL);
  static BYTE page[3 * 4096];
  memset(page, 'm', sizeof page);
  DWORD wrote = 0;
  WriteFile(mf, page, sizeof page, &wrote, NULL);
  HANDLE mapping = CreateFileMappingW(mf, NULL, PAGE_READONLY, 0, 0, NULL);
  void *view = mapping ? MapViewOfFile(mapping, FILE_MAP_READ, 0, 0, 0) : NULL;
  note_call(facts, "MapViewOfFile(mapped)", view != NULL, view ? 0 : GetLastError());
  GetFullPathNameW(mapped_path, MAX_PATH, full, NULL);
  put_path(facts, "mapped_path", full);
  fprintf(facts, "mapped_view\t%llx\t%lu\n", (unsigned long long) (ULONG_PTR) view,
      (unsigned long) sizeof page);
  WCHAR ntdll[MAX_PATH];
  GetModuleFileNameW(GetModuleHandleA("ntdll.dll"), ntdll, MAX_PATH);
  put_path(facts, "ntdll_path", ntdll);
  fprintf(facts, "ntdll_base\t%llx\n", (unsigned long long) (ULONG_PTR) GetModuleHandleA("ntdll.dll"));

  record_io_priority(facts);
  record_counters(facts);
  record_handle_count(facts);
  HANDLE self = OpenProcess(PROCESS_QUERY_INFORMATION | PROCESS_VM_READ, FALSE,
      GetCurrentProcessId());
  note_call(facts, "OpenProcess(self)", self != NULL, self ? 0 : GetLastError());
  record_regions(self ? self : GetCurrentProcess(), facts);
  record_handles(facts, held, pipe_read, pipe_write);
  record_dos_devices();
  record_image_and_cmdline(facts);
  record_listing(facts);
  if (self) CloseHandle(self);
  if (view) UnmapViewOfFile(view);
  if (mapping) CloseHandle(mapping);
  CloseHandle(mf);
  CloseHandle(held);
  /* Only the recording stays in the output directory. */
  DeleteFileW(mapped_path);
  DeleteFileW(held_path);
  fclose(facts);
  return 0;
}
