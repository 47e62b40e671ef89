/* What the harnesses share: writing a raw buffer (NAME.bin, NAME.base) and UTF-8 text files
 * into the output directory given as the one argument. Header-only so that each harness stays
 * one compile command. */
#ifndef HOSTSQL_HARNESS_H
#define HOSTSQL_HARNESS_H
#include <windows.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char out_dir[MAX_PATH];

static FILE *open_out(const char *name, const char *mode) {
  char path[MAX_PATH * 2];
  snprintf(path, sizeof path, "%s\\%s", out_dir, name);
  FILE *f = fopen(path, mode);
  if (!f) {
    fprintf(stderr, "cannot write %s\n", path);
    exit(2);
  }
  return f;
}

/* The raw bytes the API filled, and (when base is not 0) the address they were at. */
static void write_buffer(const char *name, const void *data, size_t len, ULONG_PTR base) {
  char file[256];
  snprintf(file, sizeof file, "%s.bin", name);
  FILE *f = open_out(file, "wb");
  fwrite(data, 1, len, f);
  fclose(f);
  if (base) {
    snprintf(file, sizeof file, "%s.base", name);
    f = open_out(file, "wb");
    fprintf(f, "%llx\n", (unsigned long long) base);
    fclose(f);
  }
}

/* Text files are opened "wb" so lines end in LF, as the Java tests read them. */

/* A UTF-16 string (len in characters, -1 when terminated) as UTF-8 into f. Tabs, newlines and
 * backslashes are written as \t, \n and \\ (so tab-separated lines stay one record each), a
 * null string as \N. */
static void put_wide(FILE *f, const WCHAR *s, int len) {
  if (!s) {
    fputs("\\N", f);
    return;
  }
  if (len < 0) len = (int) wcslen(s);
  for (int i = 0; i < len; i++) {
    if (s[i] == L'\t') { fputs("\\t", f); continue; }
    if (s[i] == L'\n') { fputs("\\n", f); continue; }
    if (s[i] == L'\\') { fputs("\\\\", f); continue; }
    char u[8];
    int n = WideCharToMultiByte(CP_UTF8, 0, s + i, 1, u, sizeof u, NULL, NULL);
    if (n <= 0 && i + 1 < len) { /* a surrogate pair */
      n = WideCharToMultiByte(CP_UTF8, 0, s + i, 2, u, sizeof u, NULL, NULL);
      if (n > 0) i++;
    }
    if (n > 0) fwrite(u, 1, n, f);
  }
}

/* One line of a result file: "call<TAB>return code<TAB>last error", so a test knows which calls
 * the implementation (Wine) answered. */
static void note_call(FILE *f, const char *call, long long rc, unsigned long err) {
  fprintf(f, "%s\t%lld\t%lu\n", call, rc, err);
}

static void take_out_dir(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: %s OUTPUT_DIRECTORY\n", argv[0]);
    exit(2);
  }
  snprintf(out_dir, sizeof out_dir, "%s", argv[1]);
  CreateDirectoryA(out_dir, NULL);
}
#endif
