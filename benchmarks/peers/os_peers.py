"""benchmarks/compare's non-JVM peers: python3-psutil timed inside Python, and ps, lsof and ss
forked and their output parsed, as a script would use them.

    python3 os_peers.py RUNS JOIN_NAME w1 w2 w3:PID w4 w5 w6

Prints "workload tool median_us min_us max_us" per workload and tool, after one warm-up run.
"""
import subprocess
import sys
import time

import psutil


def forked(argv):
    out = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                         check=False).stdout.decode("utf-8", "replace")
    return out.splitlines()


def ps_rows(fields):
    # ps pads columns; args (last) keeps its spaces.
    n = len(fields)
    rows = []
    for line in forked(["ps", "-e", "-o", ",".join(f + "=" for f in fields)]):
        rows.append(line.split(None, n - 1))
    return rows


def lsof_rows(extra):
    # -F pfn: one field per line, p (pid) starts a process, f (fd) a file, n its name.
    rows, pid, fd = [], None, None
    for line in forked(["lsof", "-n", "-P", "-w", "-F", "pfn"] + extra):
        tag, value = line[:1], line[1:]
        if tag == "p":
            pid = int(value)
        elif tag == "f":
            fd = value
        elif tag == "n":
            rows.append((pid, fd, value))
    return rows


def ss_rows():
    rows = []
    for line in forked(["ss", "-tuanpH"]):
        f = line.split()
        owner = f[6] if len(f) > 6 else ""
        rows.append((f[0], f[1], f[4], f[5], owner))
    return rows


def psutil_open_files(name=None):
    out = []
    for p in psutil.process_iter(["name"]):
        if name is not None and p.info["name"] != name:
            continue
        try:
            out.append((p.pid, p.open_files()))
        except (psutil.AccessDenied, psutil.NoSuchProcess, psutil.ZombieProcess):
            pass
    return out


def tools(workload, join_name):
    w, _, arg = workload.partition(":")
    if w == "w1":
        return {
            "psutil": lambda: [p.info for p in psutil.process_iter(["pid", "name", "memory_info"])],
            "ps": lambda: ps_rows(["pid", "comm", "rss"]),
        }
    if w == "w2":
        attrs = ["pid", "name", "username", "cmdline", "cpu_times", "memory_info", "num_threads"]
        return {
            "psutil": lambda: [p.info for p in psutil.process_iter(attrs)],
            "ps": lambda: ps_rows(["pid", "comm", "user", "time", "rss", "vsz", "nlwp", "args"]),
        }
    if w == "w3":
        pid = int(arg)

        def one():
            p = psutil.Process(pid)
            with p.oneshot():
                return p.name(), p.memory_info().rss
        return {
            "psutil": one,
            "ps": lambda: forked(["ps", "-o", "pid=,comm=,rss=", "-p", str(pid)]),
        }
    if w == "w4":
        return {"psutil": psutil_open_files, "lsof": lambda: lsof_rows([])}
    if w == "w5":
        return {"psutil": lambda: psutil.net_connections("inet"), "ss": ss_rows}
    if w == "w6":
        return {
            "psutil": lambda: psutil_open_files(join_name),
            "lsof": lambda: lsof_rows(["-c", join_name]),
        }
    raise SystemExit("unknown workload " + workload)


def main():
    runs, join_name = int(sys.argv[1]), sys.argv[2]
    for workload in sys.argv[3:]:
        for tool, fn in tools(workload, join_name).items():
            fn()
            times = []
            for _ in range(runs):
                t = time.perf_counter()
                fn()
                times.append((time.perf_counter() - t) * 1e6)
            times.sort()
            print(workload.split(":")[0], tool, round(times[len(times) // 2]),
                  round(times[0]), round(times[-1]), flush=True)


main()
