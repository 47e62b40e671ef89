"""Prints, as JSON, what Debian's python3-psutil says about the given pids (or all).

Each value is either the attribute's value or {"error": "<ExceptionName>"}.
Run with /usr/bin/python3 (Debian's, which has python3-psutil).
"""
import json
import sys

import psutil

ATTRS = ["ppid", "name", "exe", "cmdline", "environ", "status", "create_time", "cwd",
         "username", "uids", "gids", "terminal", "nice", "ionice", "num_threads",
         "num_ctx_switches", "cpu_times", "cpu_num", "cpu_affinity", "memory_info",
         "memory_full_info", "io_counters", "num_fds", "open_files", "threads"]


def value(p, name):
    try:
        v = getattr(p, name)()
    except psutil.Error as e:
        return {"error": type(e).__name__}
    except Exception as e:  # noqa: BLE001 - report, do not die
        return {"error": type(e).__name__ + ": " + str(e)}
    if hasattr(v, "_asdict"):
        return {k: (int(x) if isinstance(x, bool) else x) for k, x in v._asdict().items()}
    if isinstance(v, list):
        return [x._asdict() if hasattr(x, "_asdict") else x for x in v]
    return v


def dump(pid, extra):
    try:
        p = psutil.Process(pid)
    except psutil.Error as e:
        return {"error": type(e).__name__}
    out = {}
    with p.oneshot():
        for name in ATTRS:
            out[name] = value(p, name)
    for name in extra:
        if name.startswith("rlimit:"):
            res = getattr(psutil, "RLIMIT_" + name.split(":")[1])
            try:
                out[name] = list(p.rlimit(res))
            except psutil.Error as e:
                out[name] = {"error": type(e).__name__}
        elif name.startswith("connections:"):
            try:
                out[name] = [
                    {"fd": c.fd, "family": int(c.family), "type": int(c.type),
                     "laddr": list(c.laddr) if isinstance(c.laddr, tuple) else c.laddr,
                     "raddr": list(c.raddr) if isinstance(c.raddr, tuple) else c.raddr,
                     "status": c.status}
                    for c in p.connections(kind=name.split(":")[1])]
            except psutil.Error as e:
                out[name] = {"error": type(e).__name__}
        elif name == "memory_maps":
            out[name] = value_maps(p, False)
        elif name == "memory_maps:grouped":
            out[name] = value_maps(p, True)
    return out


def value_maps(p, grouped):
    try:
        return [m._asdict() for m in p.memory_maps(grouped=grouped)]
    except psutil.Error as e:
        return {"error": type(e).__name__}


def main():
    args = sys.argv[1:]
    extra = [a for a in args if not a.isdigit()]
    pids = [int(a) for a in args if a.isdigit()] or psutil.pids()
    json.dump({str(pid): dump(pid, extra) for pid in pids}, sys.stdout, default=str)


main()
