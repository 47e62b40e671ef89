/*
 * Records what the service control manager fills in, for the Java decoders' tests
 * (io.hostsql.os.windows.ServiceBuffers). Built with mingw-w64, run under Wine (see ./record).
 *
 * Usage: services.exe OUTDIR
 *
 * Writes, for the enumeration and for each service it lists:
 *   enum.bin, enum.base, enum.count        EnumServicesStatusExW(SC_ENUM_PROCESS_INFO) buffer,
 *                                          its address and the number of entries it holds
 *   config_NAME.bin/.base or .err          QueryServiceConfigW, or the error code of the failure
 *   descr_NAME.bin/.base or .err           QueryServiceConfig2W(SERVICE_CONFIG_DESCRIPTION)
 *   status_NAME.bin or .err                QueryServiceStatusEx(SC_STATUS_PROCESS_INFO)
 *   dll_NAME.bin                           the raw ServiceDll registry value, when there is one
 * and one *.expect.txt per kind of buffer: what this program read from the same buffers through
 * the SDK's structs, tab-separated with a header line, \N for a null pointer.
 *
 * Besides Wine's own services it creates two whose every field it chooses (HostsqlProbe, and
 * HostsqlGone, deleted between the enumeration and the per-service queries, as a service can
 * be on a live system), and removes both before it exits.
 */
#include <windows.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

static const wchar_t *PROBE = L"HostsqlProbe";
static const wchar_t *GONE = L"HostsqlGone";

static char outdir[MAX_PATH];

/* Binary mode throughout: text mode would write CRLF line ends into the expect files. */
static FILE *open_out(const char *name, const char *mode) {
  char path[MAX_PATH * 2];
  snprintf(path, sizeof path, "%s/%s", outdir, name);
  FILE *f = fopen(path, mode);
  if (!f) {
    fprintf(stderr, "cannot write %s\n", path);
    exit(2);
  }
  return f;
}

static void write_bin(const char *name, const void *buf, DWORD size, int with_base) {
  char file[MAX_PATH];
  snprintf(file, sizeof file, "%s.bin", name);
  FILE *f = open_out(file, "wb");
  fwrite(buf, 1, size, f);
  fclose(f);
  if (with_base) {
    snprintf(file, sizeof file, "%s.base", name);
    f = open_out(file, "wb");
    fprintf(f, "%llx\n", (unsigned long long)(ULONG_PTR)buf);
    fclose(f);
  }
}

static void write_err(const char *name, DWORD err) {
  char file[MAX_PATH];
  snprintf(file, sizeof file, "%s.err", name);
  FILE *f = open_out(file, "wb");
  fprintf(f, "%lu\n", (unsigned long)err);
  fclose(f);
}

/* A wide string as UTF-8 with tab, newline, carriage return and backslash escaped; \N for null. */
static void put_text(FILE *f, const wchar_t *s) {
  if (s == NULL) {
    fputs("\\N", f);
    return;
  }
  int n = WideCharToMultiByte(CP_UTF8, 0, s, -1, NULL, 0, NULL, NULL);
  char *u = malloc(n > 0 ? n : 1);
  if (n <= 0 || !u) {
    fputs("?", f);
    free(u);
    return;
  }
  WideCharToMultiByte(CP_UTF8, 0, s, -1, u, n, NULL, NULL);
  for (char *p = u; *p; p++) {
    switch (*p) {
      case '\t': fputs("\\t", f); break;
      case '\n': fputs("\\n", f); break;
      case '\r': fputs("\\r", f); break;
      case '\\': fputs("\\\\", f); break;
      default: fputc(*p, f);
    }
  }
  free(u);
}

/* The file-name form of a service name: lower case ASCII letters, digits, '.', '-' and '_';
   any other UTF-16 unit as %XXXX (service names are case-insensitive). */
static void file_key(const wchar_t *name, char *out, size_t size) {
  size_t o = 0;
  for (const wchar_t *p = name; *p && o + 6 < size; p++) {
    wchar_t c = *p;
    if (c >= L'A' && c <= L'Z') {
      c = c - L'A' + L'a';
    }
    if ((c >= L'a' && c <= L'z') || (c >= L'0' && c <= L'9') || c == L'.' || c == L'-'
        || c == L'_') {
      out[o++] = (char)c;
    } else {
      o += snprintf(out + o, size - o, "%%%04X", (unsigned)c);
    }
  }
  out[o] = 0;
}

static void create_probe_services(SC_HANDLE scm) {
  SC_HANDLE s = CreateServiceW(scm, PROBE, L"hostsql probe service",
      SERVICE_ALL_ACCESS, SERVICE_WIN32_SHARE_PROCESS, SERVICE_DEMAND_START,
      SERVICE_ERROR_NORMAL, L"C:\\windows\\system32\\svchost.exe -k hostsqlprobe",
      NULL, NULL, NULL, L"NT AUTHORITY\\LocalService", NULL);
  if (!s) {
    fprintf(stderr, "CreateServiceW(HostsqlProbe) failed: %lu\n", GetLastError());
    exit(3);
  }
  SERVICE_DESCRIPTIONW d;
  d.lpDescription = L"Created by services.c to be read back: caf\u00e9, tab\there.";
  if (!ChangeServiceConfig2W(s, SERVICE_CONFIG_DESCRIPTION, &d)) {
    fprintf(stderr, "ChangeServiceConfig2W failed: %lu\n", GetLastError());
    exit(3);
  }
  CloseServiceHandle(s);
  HKEY key;
  if (RegCreateKeyExW(HKEY_LOCAL_MACHINE,
          L"SYSTEM\\CurrentControlSet\\Services\\HostsqlProbe\\Parameters", 0, NULL, 0,
          KEY_WRITE, NULL, &key, NULL) != ERROR_SUCCESS) {
    fprintf(stderr, "RegCreateKeyExW failed\n");
    exit(3);
  }
  const wchar_t *dll = L"%SystemRoot%\\system32\\hostsqlprobe.dll";
  RegSetValueExW(key, L"ServiceDll", 0, REG_EXPAND_SZ, (const BYTE *)dll,
      (DWORD)((wcslen(dll) + 1) * sizeof(wchar_t)));
  RegCloseKey(key);

  s = CreateServiceW(scm, GONE, L"hostsql service deleted mid-listing", SERVICE_ALL_ACCESS,
      SERVICE_WIN32_OWN_PROCESS, SERVICE_DISABLED, SERVICE_ERROR_IGNORE,
      L"C:\\hostsql\\gone.exe", NULL, NULL, NULL, NULL, NULL);
  if (!s) {
    fprintf(stderr, "CreateServiceW(HostsqlGone) failed: %lu\n", GetLastError());
    exit(3);
  }
  CloseServiceHandle(s);
}

static void delete_service(SC_HANDLE scm, const wchar_t *name) {
  SC_HANDLE s = OpenServiceW(scm, name, DELETE);
  if (s) {
    DeleteService(s);
    CloseServiceHandle(s);
  }
}

static const char *ENUM_HEADER =
    "name\tdisplay_name\tservice_type\tcurrent_state\tcontrols_accepted\twin32_exit_code"
    "\tservice_specific_exit_code\tcheck_point\twait_hint\tprocess_id\tservice_flags\n";
static const char *CONFIG_HEADER =
    "name\tservice_type\tstart_type\terror_control\tbinary_path_name\tload_order_group"
    "\ttag_id\tdependencies\tservice_start_name\tdisplay_name\n";

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: services.exe OUTDIR\n");
    return 1;
  }
  snprintf(outdir, sizeof outdir, "%s", argv[1]);

  SC_HANDLE scm = OpenSCManagerW(NULL, NULL, SC_MANAGER_ALL_ACCESS);
  if (!scm) {
    fprintf(stderr, "OpenSCManagerW failed: %lu\n", GetLastError());
    return 3;
  }
  delete_service(scm, PROBE);
  delete_service(scm, GONE);
  create_probe_services(scm);

  /* The enumeration, with the retry a service added between the two calls needs. */
  BYTE *buf = NULL;
  DWORD size = 0, needed = 0, count = 0;
  for (int attempt = 0;; attempt++) {
    if (EnumServicesStatusExW(scm, SC_ENUM_PROCESS_INFO, SERVICE_WIN32, SERVICE_STATE_ALL,
            buf, size, &needed, &count, NULL, NULL)) {
      break;
    }
    DWORD err = GetLastError();
    if (err != ERROR_MORE_DATA || attempt > 5) {
      fprintf(stderr, "EnumServicesStatusExW failed: %lu\n", err);
      return 3;
    }
    free(buf);
    size = needed + 4096;
    buf = malloc(size);
  }
  write_bin("enum", buf, size, 1);
  FILE *f = open_out("enum.count", "wb");
  fprintf(f, "%lu\n", (unsigned long)count);
  fclose(f);

  ENUM_SERVICE_STATUS_PROCESSW *e = (ENUM_SERVICE_STATUS_PROCESSW *)buf;
  FILE *fe = open_out("enum.expect.txt", "wb");
  fputs(ENUM_HEADER, fe);
  for (DWORD i = 0; i < count; i++) {
    SERVICE_STATUS_PROCESS *p = &e[i].ServiceStatusProcess;
    put_text(fe, e[i].lpServiceName);
    fputc('\t', fe);
    put_text(fe, e[i].lpDisplayName);
    fprintf(fe, "\t%lu\t%lu\t%lu\t%lu\t%lu\t%lu\t%lu\t%lu\t%lu\n",
        p->dwServiceType, p->dwCurrentState, p->dwControlsAccepted, p->dwWin32ExitCode,
        p->dwServiceSpecificExitCode, p->dwCheckPoint, p->dwWaitHint, p->dwProcessId,
        p->dwServiceFlags);
  }
  fclose(fe);

  /* Deleted after the listing: its per-service queries fail as a vanished service's do. */
  delete_service(scm, GONE);

  FILE *fc = open_out("config.expect.txt", "wb");
  fputs(CONFIG_HEADER, fc);
  FILE *fd = open_out("descr.expect.txt", "wb");
  fputs("name\tdescription\n", fd);
  FILE *fl = open_out("dll.expect.txt", "wb");
  fputs("name\tvalue_type\tservice_dll\n", fl);
  FILE *fs = open_out("status.expect.txt", "wb");
  fputs("name\tservice_type\tcurrent_state\twin32_exit_code\tservice_specific_exit_code"
      "\tprocess_id\n", fs);
  FILE *ferr = open_out("errors.expect.txt", "wb");
  fputs("name\tcall\terror\n", ferr);
  for (DWORD i = 0; i < count; i++) {
    const wchar_t *name = e[i].lpServiceName;
    char key[512], file[600];
    file_key(name, key, sizeof key);
    SC_HANDLE s = OpenServiceW(scm, name, SERVICE_QUERY_CONFIG | SERVICE_QUERY_STATUS);
    if (!s) {
      DWORD err = GetLastError();
      snprintf(file, sizeof file, "config_%s", key);
      write_err(file, err);
      snprintf(file, sizeof file, "descr_%s", key);
      write_err(file, err);
      snprintf(file, sizeof file, "status_%s", key);
      write_err(file, err);
      put_text(ferr, name);
      fprintf(ferr, "\tOpenServiceW\t%lu\n", (unsigned long)err);
      continue;
    }
    SERVICE_STATUS_PROCESS sp;
    DWORD n = 0;
    snprintf(file, sizeof file, "status_%s", key);
    if (QueryServiceStatusEx(s, SC_STATUS_PROCESS_INFO, (BYTE *)&sp, sizeof sp, &n)) {
      write_bin(file, &sp, sizeof sp, 0);
      put_text(fs, name);
      fprintf(fs, "\t%lu\t%lu\t%lu\t%lu\t%lu\n", sp.dwServiceType, sp.dwCurrentState,
          sp.dwWin32ExitCode, sp.dwServiceSpecificExitCode, sp.dwProcessId);
    } else {
      DWORD err = GetLastError();
      write_err(file, err);
      put_text(ferr, name);
      fprintf(ferr, "\tQueryServiceStatusEx\t%lu\n", (unsigned long)err);
    }

    n = 0;
    QueryServiceConfigW(s, NULL, 0, &n);
    BYTE *cb = malloc(n ? n : 1);
    snprintf(file, sizeof file, "config_%s", key);
    if (QueryServiceConfigW(s, (QUERY_SERVICE_CONFIGW *)cb, n, &n)) {
      write_bin(file, cb, n, 1);
      QUERY_SERVICE_CONFIGW *c = (QUERY_SERVICE_CONFIGW *)cb;
      put_text(fc, name);
      fprintf(fc, "\t%lu\t%lu\t%lu\t", c->dwServiceType, c->dwStartType, c->dwErrorControl);
      put_text(fc, c->lpBinaryPathName);
      fputc('\t', fc);
      put_text(fc, c->lpLoadOrderGroup);
      fprintf(fc, "\t%lu\t", c->dwTagId);
      /* Dependencies are a double-terminated list: joined with '/' here. */
      if (c->lpDependencies == NULL) {
        fputs("\\N", fc);
      } else {
        for (const wchar_t *d = c->lpDependencies; *d; d += wcslen(d) + 1) {
          if (d != c->lpDependencies) {
            fputc('/', fc);
          }
          put_text(fc, d);
        }
      }
      fputc('\t', fc);
      put_text(fc, c->lpServiceStartName);
      fputc('\t', fc);
      put_text(fc, c->lpDisplayName);
      fputc('\n', fc);
    } else {
      DWORD err = GetLastError();
      write_err(file, err);
      put_text(ferr, name);
      fprintf(ferr, "\tQueryServiceConfigW\t%lu\n", (unsigned long)err);
    }
    free(cb);

    n = 0;
    QueryServiceConfig2W(s, SERVICE_CONFIG_DESCRIPTION, NULL, 0, &n);
    BYTE *db = malloc(n ? n : 1);
    snprintf(file, sizeof file, "descr_%s", key);
    if (n && QueryServiceConfig2W(s, SERVICE_CONFIG_DESCRIPTION, db, n, &n)) {
      write_bin(file, db, n, 1);
      put_text(fd, name);
      fputc('\t', fd);
      put_text(fd, ((SERVICE_DESCRIPTIONW *)db)->lpDescription);
      fputc('\n', fd);
    } else {
      DWORD err = GetLastError();
      write_err(file, err);
      put_text(ferr, name);
      fprintf(ferr, "\tQueryServiceConfig2W\t%lu\n", (unsigned long)err);
    }
    free(db);
    CloseServiceHandle(s);

    /* ServiceDll, as osquery reads it: the service's Parameters key. */
    wchar_t path[600];
    _snwprintf(path, 600, L"SYSTEM\\CurrentControlSet\\Services\\%ls\\Parameters", name);
    path[599] = 0;
    HKEY reg;
    if (RegOpenKeyExW(HKEY_LOCAL_MACHINE, path, 0, KEY_QUERY_VALUE, &reg) == ERROR_SUCCESS) {
      DWORD type = 0, vsize = 0;
      if (RegQueryValueExW(reg, L"ServiceDll", NULL, &type, NULL, &vsize) == ERROR_SUCCESS) {
        BYTE *v = calloc(1, vsize + sizeof(wchar_t));
        if (RegQueryValueExW(reg, L"ServiceDll", NULL, &type, v, &vsize) == ERROR_SUCCESS) {
          snprintf(file, sizeof file, "dll_%s", key);
          write_bin(file, v, vsize, 0);
          put_text(fl, name);
          fprintf(fl, "\t%lu\t", (unsigned long)type);
          put_text(fl, (const wchar_t *)v);
          fputc('\n', fl);
        }
        free(v);
      }
      RegCloseKey(reg);
    }
  }
  fclose(fc);
  fclose(fd);
  fclose(fl);
  fclose(fs);
  fclose(ferr);

  delete_service(scm, PROBE);
  RegDeleteKeyW(HKEY_LOCAL_MACHINE,
      L"SYSTEM\\CurrentControlSet\\Services\\HostsqlProbe\\Parameters");
  CloseServiceHandle(scm);
  free(buf);
  return 0;
}
