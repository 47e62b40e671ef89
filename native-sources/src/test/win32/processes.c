/* Records what psutil's Windows process calls return, for the Java decoders' tests:
 *   processes.bin/.base  NtQuerySystemInformation(SystemProcessInformation), as filled
 *   processes.expect.txt  each process read through the structs below
 *   threads.expect.txt    each SYSTEM_THREAD_INFORMATION after its process
 *   peb_self / peb_child  a PEB, its RTL_USER_PROCESS_PARAMETERS block and its environment
 *                         block, read with ReadProcessMemory as psutil reads another process
 *   peb.expect.txt        what the harness read from those through the structs
 *   argv.expect.txt       CommandLineToArgvW on tricky command lines (input, then each arg)
 *   self_token/child_token.bin/.base  GetTokenInformation(TokenUser): the SID of the
 *                         process's user, pointed to from inside the buffer
 *   self/child_priority.bin, _affinity.bin  GetPriorityClass's DWORD, GetProcessAffinityMask's
 *                         two masks
 *   process_info.expect.txt  per process: priority class, affinity mask, the token user's SID
 *                         as ConvertSidToStringSidW writes it and LookupAccountSidW's name
 *   facts.txt             what the harness knows independently: its pid, its child's pid,
 *                         name, command line, environment variable and directory
 * Usage: processes.exe OUTPUT_DIRECTORY   (processes.exe --child waits for its parent) */
#include "harness.h"
#include <winternl.h>
#include <sddl.h>
#include <stddef.h>

/* The documented 64-bit layouts (ntddk / Windows Internals); mingw's winternl.h hides most
 * fields behind Reserved arrays. */
typedef struct {
  LARGE_INTEGER KernelTime;
  LARGE_INTEGER UserTime;
  LARGE_INTEGER CreateTime;
  ULONG WaitTime;
  PVOID StartAddress;
  struct { HANDLE UniqueProcess; HANDLE UniqueThread; } ClientId;
  LONG Priority;
  LONG BasePriority;
  ULONG ContextSwitches;
  ULONG ThreadState;
  ULONG WaitReason;
} THREAD_INFO;

typedef struct {
  ULONG NextEntryOffset;
  ULONG NumberOfThreads;
  LARGE_INTEGER WorkingSetPrivateSize;
  ULONG HardFaultCount;
  ULONG NumberOfThreadsHighWatermark;
  ULONGLONG CycleTime;
  LARGE_INTEGER CreateTime;
  LARGE_INTEGER UserTime;
  LARGE_INTEGER KernelTime;
  UNICODE_STRING ImageName;
  LONG BasePriority;
  HANDLE UniqueProcessId;
  HANDLE InheritedFromUniqueProcessId;
  ULONG HandleCount;
  ULONG SessionId;
  ULONG_PTR UniqueProcessKey;
  SIZE_T PeakVirtualSize;
  SIZE_T VirtualSize;
  ULONG PageFaultCount;
  SIZE_T PeakWorkingSetSize;
  SIZE_T WorkingSetSize;
  SIZE_T QuotaPeakPagedPoolUsage;
  SIZE_T QuotaPagedPoolUsage;
  SIZE_T QuotaPeakNonPagedPoolUsage;
  SIZE_T QuotaNonPagedPoolUsage;
  SIZE_T PagefileUsage;
  SIZE_T PeakPagefileUsage;
  SIZE_T PrivatePageCount;
  LARGE_INTEGER ReadOperationCount;
  LARGE_INTEGER WriteOperationCount;
  LARGE_INTEGER OtherOperationCount;
  LARGE_INTEGER ReadTransferCount;
  LARGE_INTEGER WriteTransferCount;
  LARGE_INTEGER OtherTransferCount;
  THREAD_INFO Threads[1];
} PROCESS_INFO;

_Static_assert(offsetof(PROCESS_INFO, ImageName) == 0x38, "SYSTEM_PROCESS_INFORMATION layout");
_Static_assert(offsetof(PROCESS_INFO, Threads) == 0x100, "SYSTEM_PROCESS_INFORMATION size");
_Static_assert(sizeof(THREAD_INFO) == 0x50, "SYSTEM_THREAD_INFORMATION size");

typedef struct {
  UNICODE_STRING DosPath;
  HANDLE Handle;
} CUR_DIR;

typedef struct {
  ULONG MaximumLength;
  ULONG Length;
  ULONG Flags;
  ULONG DebugFlags;
  HANDLE ConsoleHandle;
  ULONG ConsoleFlags;
  HANDLE StandardInput;
  HANDLE StandardOutput;
  HANDLE StandardError;
  CUR_DIR CurrentDirectory;
  UNICODE_STRING DllPath;
  UNICODE_STRING ImagePathName;
  UNICODE_STRING CommandLine;
  PVOID Environment;
} PROCESS_PARAMS;

_Static_assert(offsetof(PROCESS_PARAMS, CurrentDirectory) == 0x38, "params layout");
_Static_assert(offsetof(PROCESS_PARAMS, CommandLine) == 0x70, "params layout");
_Static_assert(offsetof(PROCESS_PARAMS, Environment) == 0x80, "params layout");

#define CHILD_ENV_NAME L"HOSTSQL_PROBE"
#define CHILD_ENV_VALUE L"a=b; \"quoted\" \x00e9t\x00e9"

static const WCHAR *tricky[] = {
    L"prog.exe a b c",
    L"\"C:\\Program Files\\x.exe\" \"a b\" c",
    L"x.exe a\\\\\\b d\"e f\"g h",
    L"x.exe a\\\\\\\"b c d",
    L"x.exe a\\\\\\\\\"b c\" d e",
    L"x.exe \"\" \"\"\"\" \"a\"\"b\"",
    L"x.exe \"a\"\"\"b c\" d",
    L"x.exe   lead\ttab  \"trail\\\\\"  ",
    L"\"quoted prog\"rest of\\\" it",
    L"x.exe \\\\server\\share \"C:\\dir\\\\\"",
    L"x.exe \"\"\"\"\"\" six",
    L"x.exe",
};

/* CommandLineToArgvW, from shell32 loaded at run time: the harnesses share one link line
 * (./record), which does not name shell32. */
typedef LPWSTR *(WINAPI *split_fn)(LPCWSTR, int *);
static LPWSTR *split_line(const WCHAR *line, int *argc) {
  static split_fn split;
  if (!split) {
    split = (split_fn) (void *) GetProcAddress(LoadLibraryA("shell32.dll"), "CommandLineToArgvW");
  }
  return split ? split(line, argc) : NULL;
}

static int pid_of(HANDLE h) { return (int) (ULONG_PTR) h; }

static void list_processes(FILE *facts) {
  ULONG size = 1 << 16;
  BYTE *buf = NULL;
  NTSTATUS st;
  for (;;) {
    buf = realloc(buf, size);
    ULONG needed = 0;
    st = NtQuerySystemInformation((SYSTEM_INFORMATION_CLASS) 5, buf, size, &needed);
    if (st != (NTSTATUS) 0xC0000004L) break; /* STATUS_INFO_LENGTH_MISMATCH */
    size = needed > size ? needed + 8192 : size * 2;
  }
  note_call(facts, "NtQuerySystemInformation(SystemProcessInformation)", st, 0);
  if (st != 0) return;
  /* The chain's length: where the last entry's threads end. */
  ULONG end = 0, off = 0;
  for (;;) {
    PROCESS_INFO *p = (PROCESS_INFO *) (buf + off);
    ULONG entry_end = off + offsetof(PROCESS_INFO, Threads) + p->NumberOfThreads * sizeof(THREAD_INFO);
    if (p->ImageName.Buffer) {
      ULONG name_end = (ULONG) ((BYTE *) p->ImageName.Buffer - buf) + p->ImageName.MaximumLength;
      if (name_end > entry_end) entry_end = name_end;
    }
    if (entry_end > end) end = entry_end;
    if (!p->NextEntryOffset) break;
    off += p->NextEntryOffset;
  }
  write_buffer("processes", buf, end, (ULONG_PTR) buf);
  FILE *pe = open_out("processes.expect.txt", "wb");
  FILE *te = open_out("threads.expect.txt", "wb");
  fprintf(pe, "pid\tppid\tname\tnum_threads\thandles\tsession\tbase_priority\tcreate_time"
      "\tuser_time\tkernel_time\tpage_faults\tpeak_wset\twset\tpeak_paged_pool\tpaged_pool"
      "\tpeak_nonpaged_pool\tnonpaged_pool\tpagefile\tpeak_pagefile\tprivate\tpeak_vms\tvms"
      "\tread_count\twrite_count\tother_count\tread_bytes\twrite_bytes\tother_bytes\n");
  fprintf(te, "pid\ttid\tuser_time\tkernel_time\tcreate_time\tpriority\tbase_priority"
      "\tcontext_switches\tstate\twait_reason\n");
  off = 0;
  for (;;) {
    PROCESS_INFO *p = (PROCESS_INFO *) (buf + off);
    fprintf(pe, "%d\t%d\t", pid_of(p->UniqueProcessId), pid_of(p->InheritedFromUniqueProcessId));
    put_wide(pe, p->ImageName.Buffer, p->ImageName.Length / 2);
    fprintf(pe, "\t%lu\t%lu\t%lu\t%ld\t%lld\t%lld\t%lld\t%lu\t%llu\t%llu\t%llu\t%llu\t%llu\t%llu"
        "\t%llu\t%llu\t%llu\t%llu\t%llu\t%lld\t%lld\t%lld\t%lld\t%lld\t%lld\n",
        p->NumberOfThreads, p->HandleCount, p->SessionId, p->BasePriority,
        p->CreateTime.QuadPart, p->UserTime.QuadPart, p->KernelTime.QuadPart, p->PageFaultCount,
        (unsigned long long) p->PeakWorkingSetSize, (unsigned long long) p->WorkingSetSize,
        (unsigned long long) p->QuotaPeakPagedPoolUsage, (unsigned long long) p->QuotaPagedPoolUsage,
        (unsigned long long) p->QuotaPeakNonPagedPoolUsage,
        (unsigned long long) p->QuotaNonPagedPoolUsage, (unsigned long long) p->PagefileUsage,
        (unsigned long long) p->PeakPagefileUsage, (unsigned long long) p->PrivatePageCount,
        (unsigned long long) p->PeakVirtualSize, (unsigned long long) p->VirtualSize,
        p->ReadOperationCount.QuadPart, p->WriteOperationCount.QuadPart,
        p->OtherOperationCount.QuadPart, p->ReadTransferCount.QuadPart,
        p->WriteTransferCount.QuadPart, p->OtherTransferCount.QuadPart);
    for (ULONG i = 0; i < p->NumberOfThreads; i++) {
      THREAD_INFO *t = &p->Threads[i];
      fprintf(te, "%d\t%d\t%lld\t%lld\t%lld\t%ld\t%ld\t%lu\t%lu\t%lu\n",
          pid_of(p->UniqueProcessId), pid_of(t->ClientId.UniqueThread), t->UserTime.QuadPart,
          t->KernelTime.QuadPart, t->CreateTime.QuadPart, t->Priority, t->BasePriority,
          t->ContextSwitches, t->ThreadState, t->WaitReason);
    }
    if (!p->NextEntryOffset) break;
    off += p->NextEntryOffset;
  }
  fclose(pe);
  fclose(te);
  free(buf);
}

/* Reads n bytes at addr of process h into a new buffer; NULL when refused. */
static BYTE *read_remote(HANDLE h, ULONG_PTR addr, SIZE_T n) {
  BYTE *b = calloc(1, n + 2);
  SIZE_T got = 0;
  if (!ReadProcessMemory(h, (LPCVOID) addr, b, n, &got) || got != n) {
    free(b);
    return NULL;
  }
  return b;
}

/* Reads a process's PEB as psutil does, records PREFIX_peb, PREFIX_params, PREFIX_environ
 * and writes what it read through the structs as one line of pe. */
static void read_peb(HANDLE h, const char *prefix, FILE *pe, FILE *facts) {
  PROCESS_BASIC_INFORMATION pbi;
  ULONG len = 0;
  NTSTATUS st = NtQueryInformationProcess(h, ProcessBasicInformation, &pbi, sizeof pbi, &len);
  char what[128];
  snprintf(what, sizeof what, "NtQueryInformationProcess(ProcessBasicInformation) %s", prefix);
  note_call(facts, what, st, 0);
  if (st != 0) return;
  char name[64];
  ULONG_PTR peb = (ULONG_PTR) pbi.PebBaseAddress;
  BYTE *pebbuf = read_remote(h, peb, 0x40);
  if (!pebbuf) { note_call(facts, "ReadProcessMemory(PEB)", 0, GetLastError()); return; }
  snprintf(name, sizeof name, "%s_peb", prefix);
  write_buffer(name, pebbuf, 0x40, peb);
  ULONG_PTR params = *(ULONG_PTR *) (pebbuf + 0x20);
  /* The block's own MaximumLength says how far it (with its strings) extends. */
  BYTE *head = read_remote(h, params, 8);
  if (!head) { note_call(facts, "ReadProcessMemory(params)", 0, GetLastError()); return; }
  ULONG total = *(ULONG *) head;
  if (total < sizeof(PROCESS_PARAMS)) total = sizeof(PROCESS_PARAMS);
  BYTE *pbuf = read_remote(h, params, total);
  if (!pbuf) { note_call(facts, "ReadProcessMemory(params block)", 0, GetLastError()); return; }
  snprintf(name, sizeof name, "%s_params", prefix);
  write_buffer(name, pbuf, total, params);
  PROCESS_PARAMS *pp = (PROCESS_PARAMS *) pbuf;
  /* The environment block's size: psutil asks VirtualQueryEx how far its region extends. */
  MEMORY_BASIC_INFORMATION mbi;
  SIZE_T envsize = 0;
  if (VirtualQueryEx(h, pp->Environment, &mbi, sizeof mbi)) {
    envsize = (ULONG_PTR) mbi.BaseAddress + mbi.RegionSize - (ULONG_PTR) pp->Environment;
  }
  if (envsize > (1 << 20)) envsize = 1 << 20;
  BYTE *env = envsize ? read_remote(h, (ULONG_PTR) pp->Environment, envsize) : NULL;
  /* Recorded up to the block's terminating empty string: the rest of the region is not the
   * block's (and this harness's own environment is its caller's, so only the child's, which
   * the harness wrote, is recorded). */
  SIZE_T used = 0;
  while (env && used + 4 <= envsize && !(env[used] == 0 && env[used + 1] == 0 && (used == 0
      || (env[used - 2] == 0 && env[used - 1] == 0)))) used += 2;
  if (env && strcmp(prefix, "child") == 0) {
    envsize = used + 2;
    snprintf(name, sizeof name, "%s_environ", prefix);
    write_buffer(name, env, envsize, (ULONG_PTR) pp->Environment);
  } else {
    free(env);
    env = NULL;
  }
  /* The strings, each read on its own as psutil does. */
  WCHAR *cmd = (WCHAR *) read_remote(h, (ULONG_PTR) pp->CommandLine.Buffer, pp->CommandLine.Length);
  WCHAR *cwd = (WCHAR *) read_remote(h, (ULONG_PTR) pp->CurrentDirectory.DosPath.Buffer,
      pp->CurrentDirectory.DosPath.Length);
  WCHAR *img = (WCHAR *) read_remote(h, (ULONG_PTR) pp->ImagePathName.Buffer,
      pp->ImagePathName.Length);
  fprintf(pe, "%s\t%llx\t", prefix, (unsigned long long) params);
  put_wide(pe, cmd, pp->CommandLine.Length / 2);
  fputc('\t', pe);
  put_wide(pe, cwd, pp->CurrentDirectory.DosPath.Length / 2);
  fputc('\t', pe);
  put_wide(pe, img, pp->ImagePathName.Length / 2);
  fprintf(pe, "\t%llx\n", (unsigned long long) (ULONG_PTR) pp->Environment);
  /* The environment, entry by entry, as NAME=VALUE lines of their own file. */
  if (env) {
    snprintf(name, sizeof name, "%s_environ.expect.txt", prefix);
    FILE *ee = open_out(name, "wb");
    fprintf(ee, "entry\n");
    for (WCHAR *e = (WCHAR *) env; (BYTE *) e < env + envsize && *e; e += wcslen(e) + 1) {
      put_wide(ee, e, -1);
      fputc('\n', ee);
    }
    fclose(ee);
  }
  free(cmd);
  free(cwd);
  free(img);
  free(env);
  free(pbuf);
  free(head);
  free(pebbuf);
}

/* What psutil asks a process for by handle: priority class, affinity, its token's user. */
static void process_info(HANDLE h, const char *prefix, FILE *pi, FILE *facts) {
  DWORD cls = GetPriorityClass(h);
  DWORD_PTR mask = 0, sysmask = 0;
  BOOL aff = GetProcessAffinityMask(h, &mask, &sysmask);
  char what[96];
  snprintf(what, sizeof what, "GetProcessAffinityMask %s", prefix);
  note_call(facts, what, aff, aff ? 0 : GetLastError());
  char name[64];
  snprintf(name, sizeof name, "%s_priority", prefix);
  write_buffer(name, &cls, sizeof cls, 0);
  DWORD_PTR masks[2] = {mask, sysmask};
  snprintf(name, sizeof name, "%s_affinity", prefix);
  if (aff) write_buffer(name, masks, sizeof masks, 0);
  HANDLE token = NULL;
  char sid_text[256] = "\\N", account[600] = "\\N";
  if (OpenProcessToken(h, TOKEN_QUERY, &token)) {
    DWORD len = 0;
    GetTokenInformation(token, TokenUser, NULL, 0, &len);
    BYTE *buf = calloc(1, len ? len : 1);
    if (len && GetTokenInformation(token, TokenUser, buf, len, &len)) {
      snprintf(name, sizeof name, "%s_token", prefix);
      write_buffer(name, buf, len, (ULONG_PTR) buf);
      PSID sid = ((TOKEN_USER *) buf)->User.Sid;
      LPWSTR text = NULL;
      if (ConvertSidToStringSidW(sid, &text)) {
        WideCharToMultiByte(CP_UTF8, 0, text, -1, sid_text, sizeof sid_text, NULL, NULL);
        LocalFree(text);
      }
      WCHAR user[256], domain[256];
      DWORD ul = 256, dl = 256;
      SID_NAME_USE use;
      if (LookupAccountSidW(NULL, sid, user, &ul, domain, &dl, &use)) {
        char u[256], d[256];
        WideCharToMultiByte(CP_UTF8, 0, user, -1, u, sizeof u, NULL, NULL);
        WideCharToMultiByte(CP_UTF8, 0, domain, -1, d, sizeof d, NULL, NULL);
        snprintf(account, sizeof account, "%s\\\\%s", d, u);
      } else {
        note_call(facts, "LookupAccountSidW", 0, GetLastError());
      }
    } else {
      note_call(facts, "GetTokenInformation(TokenUser)", 0, GetLastError());
    }
    free(buf);
    CloseHandle(token);
  } else {
    note_call(facts, "OpenProcessToken", 0, GetLastError());
  }
  fprintf(pi, "%s\t%lu\t%llu\t%llu\t%s\t%s\n", prefix, cls, (unsigned long long) mask,
      (unsigned long long) sysmask, sid_text, account);
}

static void split_tricky(FILE *facts) {
  FILE *ae = open_out("argv.expect.txt", "wb");
  fprintf(ae, "command_line\targs...\n");
  for (size_t i = 0; i < sizeof tricky / sizeof *tricky; i++) {
    int argc = 0;
    LPWSTR *argv = split_line(tricky[i], &argc);
    put_wide(ae, tricky[i], -1);
    for (int a = 0; argv && a < argc; a++) {
      fputc('\t', ae);
      put_wide(ae, argv[a], -1);
    }
    fputc('\n', ae);
    LocalFree(argv);
  }
  fclose(ae);
  (void) facts;
}

static int child(void) {
  WCHAR name[64];
  swprintf(name, 64, L"hostsql_ready_%lu", GetCurrentProcessId());
  HANDLE ready = OpenEventW(EVENT_MODIFY_STATE, FALSE, name);
  if (ready) SetEvent(ready);
  Sleep(60000); /* the parent terminates it once recorded */
  return 0;
}

int main(int argc, char **argv) {
  if (argc > 1 && strcmp(argv[1], "--child") == 0) return child();
  take_out_dir(argc, argv);
  FILE *facts = open_out("facts.txt", "wb");
  fprintf(facts, "self_pid\t%lu\n", GetCurrentProcessId());
  fputs("self_cmdline\t", facts);
  put_wide(facts, GetCommandLineW(), -1);
  fputc('\n', facts);

  /* The child: a second copy of this program with a command line full of quoting rules, its
   * own environment and a directory the harness chose. */
  WCHAR exe[MAX_PATH];
  GetModuleFileNameW(NULL, exe, MAX_PATH);
  WCHAR cmdline[1024];
  swprintf(cmdline, 1024, L"\"%ls\" --child \"a b\" c\\\\\"d e\" f\\\"g \"\" tail\\\\", exe);
  WCHAR env[512];
  int n = swprintf(env, 500, L"%ls=%ls", CHILD_ENV_NAME, CHILD_ENV_VALUE);
  n += 1;
  n += swprintf(env + n, 500 - n, L"SYSTEMROOT=C:\\windows") + 1;
  env[n] = 0;
  WCHAR cwd[MAX_PATH];
  GetSystemDirectoryW(cwd, MAX_PATH);
  STARTUPINFOW si = {sizeof si};
  PROCESS_INFORMATION pi;
  /* The event the child sets: created first, named after the child's pid once known. */
  if (!CreateProcessW(exe, cmdline, NULL, NULL, FALSE,
      CREATE_SUSPENDED | CREATE_UNICODE_ENVIRONMENT | BELOW_NORMAL_PRIORITY_CLASS,
      env, cwd, &si, &pi)) {
    note_call(facts, "CreateProcessW", 0, GetLastError());
    return 1;
  }
  WCHAR evname[64];
  swprintf(evname, 64, L"hostsql_ready_%lu", pi.dwProcessId);
  HANDLE ready = CreateEventW(NULL, TRUE, FALSE, evname);
  /* The child runs on the first CPU only, below normal priority: facts a test knows. */
  BOOL pinned = SetProcessAffinityMask(pi.hProcess, 1);
  note_call(facts, "SetProcessAffinityMask(child, 1)", pinned, pinned ? 0 : GetLastError());
  ResumeThread(pi.hThread);
  DWORD waited = WaitForSingleObject(ready, 20000);
  note_call(facts, "WaitForSingleObject(child ready)", waited, 0);
  fprintf(facts, "child_pid\t%lu\n", pi.dwProcessId);
  fputs("child_name\t", facts);
  const WCHAR *base = wcsrchr(exe, L'\\');
  put_wide(facts, base ? base + 1 : exe, -1);
  fputs("\nchild_cmdline\t", facts);
  put_wide(facts, cmdline, -1);
  fprintf(facts, "\nchild_priority_class\t%d\nchild_affinity_mask\t%d", BELOW_NORMAL_PRIORITY_CLASS,
      pinned ? 1 : 0);
  fputs("\nchild_cwd\t", facts);
  put_wide(facts, cwd, -1);
  fputs("\nchild_env\t", facts);
  put_wide(facts, CHILD_ENV_NAME L"=" CHILD_ENV_VALUE, -1);
  fputs("\nchild_argv", facts);
  int cargc = 0;
  LPWSTR *cargv = split_line(cmdline, &cargc);
  for (int a = 0; a < cargc; a++) {
    fputc('\t', facts);
    put_wide(facts, cargv[a], -1);
  }
  LocalFree(cargv);
  fputc('\n', facts);

  list_processes(facts);
  FILE *pe = open_out("peb.expect.txt", "wb");
  fprintf(pe, "which\tparams_base\tcommand_line\tcwd\timage\tenvironment\n");
  read_peb(GetCurrentProcess(), "self", pe, facts);
  FILE *pi_out = open_out("process_info.expect.txt", "wb");
  fprintf(pi_out, "which\tpriority_class\taffinity_mask\tsystem_mask\tsid\taccount\n");
  process_info(GetCurrentProcess(), "self", pi_out, facts);
  HANDLE h = OpenProcess(PROCESS_QUERY_INFORMATION | PROCESS_VM_READ, FALSE, pi.dwProcessId);
  if (h) {
    read_peb(h, "child", pe, facts);
    process_info(h, "child", pi_out, facts);
    CloseHandle(h);
  } else {
    note_call(facts, "OpenProcess(child)", 0, GetLastError());
  }
  fclose(pe);
  fclose(pi_out);
  split_tricky(facts);
  TerminateProcess(pi.hProcess, 0);
  WaitForSingleObject(pi.hProcess, 5000);
  fclose(facts);
  return 0;
}
