/* The kernel's floor for a process scan: open, read and close /proc/PID/<file> for every pid,
   for each file named (default: stat). Prints the pid count and the microseconds per full
   pass, averaged over the iterations given.
     proc_stat_floor ITERATIONS [FILE...]        e.g. proc_stat_floor 100 stat statm */
#include <ctype.h>
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv) {
  int iters = argc > 1 ? atoi(argv[1]) : 100;
  const char *default_files[] = {"stat"};
  const char **files = argc > 2 ? (const char **) argv + 2 : default_files;
  int nfiles = argc > 2 ? argc - 2 : 1;
  char path[512], buf[4096];
  struct timespec a, b;
  long total = 0, procs = 0;
  for (int it = 0; it < iters; it++) {
    clock_gettime(CLOCK_MONOTONIC, &a);
    DIR *d = opendir("/proc");
    struct dirent *e;
    procs = 0;
    while ((e = readdir(d))) {
      if (!isdigit((unsigned char) e->d_name[0])) continue;
      for (int f = 0; f < nfiles; f++) {
        snprintf(path, sizeof path, "/proc/%s/%s", e->d_name, files[f]);
        int fd = open(path, O_RDONLY);
        if (fd < 0) continue;
        if (read(fd, buf, sizeof buf) < 0) { /* gone: counted as read */ }
        close(fd);
      }
      procs++;
    }
    closedir(d);
    clock_gettime(CLOCK_MONOTONIC, &b);
    total += (b.tv_sec - a.tv_sec) * 1000000000L + (b.tv_nsec - a.tv_nsec);
  }
  printf("%ld %.1f\n", procs, total / 1e3 / iters);
  return 0;
}
