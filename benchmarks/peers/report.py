"""Turns benchmarks/compare's measurements into BENCHMARKS.md: the machine, the command, one
table (workload x tool: median, spread across rounds, ratio to hostsql through JDBC) per
phase, and the stated goals with how far each is from being met. Nothing here is typed in by
hand: every figure comes from results.txt.

    python3 report.py RESULTS PROCS_BASE PROCS_EXTRA ROUNDS CONNECTIONS
"""
import collections
import datetime
import os
import platform
import statistics
import subprocess
import sys

import psutil

results, procs_base, procs_extra, rounds, connections = sys.argv[1:6]
values = collections.defaultdict(list)
for line in open(results):
    phase, workload, tool, us = line.split()
    values[(phase, workload, tool)].append(float(us))

WORKLOADS = {
    "w1": "1. every process: pid, name, rss",
    "w2": "2. every process: pid, name, user, cmdline, cpu times, memory, threads",
    "w3": "3. one process by pid (hostsql: prepared `WHERE pid = ?`)",
    "w4": "4. open files of every process",
    "w5": "5. every inet connection with its pid, %s loopback TCP connections open" % connections,
    "w6": "6. processes named java with their open files (a join)",
    "w7": "7. cold start: a one-shot count of processes from the command line",
}
TOOLS = ["hostsql-jdbc", "hostsql-native", "c-floor", "ps", "psutil", "oshi", "calcite-os",
         "lsof", "ss"]


def stat(key):
    v = values.get(key)
    if not v:
        return None
    return statistics.median(v), min(v), max(v)


def fmt(us):
    if us >= 1e6:
        return "%.2f s" % (us / 1e6)
    if us >= 1e3:
        return "%.1f ms" % (us / 1e3)
    return "%.0f µs" % us


def java_version(cmd):
    try:
        out = subprocess.run([cmd, "-version"], stderr=subprocess.PIPE, check=False).stderr
        return out.decode().splitlines()[0]
    except OSError:
        return "?"


root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
aot = [f for f in os.listdir(os.path.join(root, "jdbc-driver", "target"))
       if f.startswith("hostsql-") and f.endswith(".aot")]
print("# Benchmarks: hostsql beside ps, psutil, OSHI and Calcite's OS adapter")
print()
print("Produced by `benchmarks/compare` (this file is its output; rerun it to refresh). Run of "
      "%s on %s: %d CPUs, %.1f GiB, kernel %s; %s; python3-psutil %s; %s rounds."
      % (datetime.datetime.utcnow().strftime("%Y-%m-%d %H:%M UTC"), platform.node(),
         os.cpu_count(), psutil.virtual_memory().total / 2**30, platform.release(),
         java_version("java"), psutil.__version__, rounds))
print()
print("How to read it: each figure is the median over the rounds of a round's result, with the "
      "spread (lowest–highest round) beside it. A JVM tool's round result is a JMH average "
      "(1 fork, 2 warm-up and 3 measured one-second iterations, warm); a psutil call is timed "
      "inside Python (median of 5 after one warm-up); ps, lsof and ss are forked from Python and "
      "their output parsed, as a script would; Calcite's OS adapter runs in its own JVM "
      "(calcite-plus 1.41.0: its Calcite clashes with hostsql's), warm, and its `ps` table "
      "forks ps itself; the C floor opens, reads and closes /proc/PID/stat for every pid. "
      "**×** is the tool's time divided by hostsql's through JDBC: above 1, hostsql is faster. "
      "Cold starts are wall times of whole processes: `bin/hostsql \"SELECT count(*) FROM "
      "processes\"` (%s), `ps -e | wc -l`, a psutil one-liner, and the OS adapter's count(*)."
      % ("JDK %s with its AOT cache" % aot[0][8:-4] if aot else "Java 17 with its CDS archive"))
print()
print("## Results")
print()
print("Left: the %s processes present; right: with 1,000 extra sleeping processes (%s)."
      % (procs_base, procs_extra))
print()
print("| workload | tool | median | spread | × | median +1,000 | spread | × |")
print("|---|---|---|---|---|---|---|---|")
for w, title in WORKLOADS.items():
    first = True
    for tool in TOOLS:
        cells = []
        for phase in ("base", "extra"):
            s_ = stat((phase, w, tool))
            ref = stat((phase, w, "hostsql-jdbc"))
            if s_ is None:
                cells += ["", "", ""]
            else:
                cells += [fmt(s_[0]), "%s–%s" % (fmt(s_[1]), fmt(s_[2])),
                          "%.2f" % (s_[0] / ref[0]) if ref else "–"]
        if not any(cells):
            continue
        print("| %s | %s | %s |" % (title if first else "", tool, " | ".join(cells)))
        first = False
    bad = [stat((phase, w, "calcite-os-malformed")) for phase in ("base", "extra")]
    if any(bad):
        print("| | calcite-os: malformed values per run (its ps parser shifts columns) | %s | | "
              "| %s | | |" % tuple("%d" % b[0] if b else "" for b in bad))
print()
print("Calcite's OS adapter has no command line or thread count (its `ps` call prints neither): "
      "its workload 2 reads pid, comm, user, time, rss and vsz. OSHI has no per-process file "
      "list, so it sits out workloads 4 and 6; lsof stands in there, ss in workload 5.")
print()
print("## Goals (figures to beat, not CI assertions)")
print()
print("| goal | phase | figure | verdict |")
print("|---|---|---|---|")


def goal(text, phase, figure, ok, miss):
    print("| %s | %s | %s | %s |" % (text, phase, figure, "met" if ok else "missed: " + miss))


for phase in ("base", "extra"):
    j = stat((phase, "w1", "hostsql-jdbc"))
    n = stat((phase, "w1", "hostsql-native"))
    c = stat((phase, "w1", "c-floor"))
    if j and n and c:
        goal("w1 native-sources within 1.2× the C floor", phase, "%.2f×" % (n[0] / c[0]),
             n[0] / c[0] <= 1.2, "%.2f× instead of 1.2×" % (n[0] / c[0]))
        goal("w1 JDBC within 2× the C floor", phase, "%.2f×" % (j[0] / c[0]),
             j[0] / c[0] <= 2, "%.2f× instead of 2×" % (j[0] / c[0]))
    for peer in ("psutil", "ps"):
        p = stat((phase, "w1", peer))
        if j and p:
            goal("w1 at least 5× faster than %s" % peer, phase, "%.1f×" % (p[0] / j[0]),
                 p[0] / j[0] >= 5, "%.1f× instead of 5×" % (p[0] / j[0]))
    w3 = stat((phase, "w3", "hostsql-jdbc"))
    if w3:
        goal("w3 under 100 µs", phase, fmt(w3[0]), w3[0] < 100,
             "%s, %.1f× the goal" % (fmt(w3[0]), w3[0] / 100))
    j5, p5 = stat((phase, "w5", "hostsql-jdbc")), stat((phase, "w5", "psutil"))
    if j5 and p5:
        goal("w5 at least 5× faster than psutil", phase, "%.1f×" % (p5[0] / j5[0]),
             p5[0] / j5[0] >= 5, "%.1f× instead of 5×" % (p5[0] / j5[0]))
    w7 = stat((phase, "w7", "hostsql-jdbc"))
    if w7:
        goal("w7 under 0.6 s", phase, fmt(w7[0]), w7[0] < 6e5,
             "%s, %.2f× the goal" % (fmt(w7[0]), w7[0] / 6e5))
    p7 = stat((phase, "w7", "psutil"))
    if w7 and p7:
        # Issue 16: a one-shot query within 6x the psutil one-liner, measured in the same run.
        goal("w7 within 6× the psutil one-liner", phase, "%.1f×" % (w7[0] / p7[0]),
             w7[0] / p7[0] <= 6, "%.1f× instead of 6×" % (w7[0] / p7[0]))
print()
headline = []
j1 = stat(("extra", "w1", "hostsql-jdbc"))
w1 = []
for peer, what in (("psutil", "psutil's process_iter"), ("ps", "forking ps"),
                   ("oshi", "OSHI's getProcesses"), ("calcite-os", "Calcite's OS adapter")):
    p = stat(("extra", "w1", peer))
    if j1 and p:
        w1.append("%.1f× faster than %s" % (p[0] / j1[0], what))
if w1:
    headline.append("listing every process with pid, name and rss through JDBC is "
                    + ", ".join(w1))
j5, p5 = stat(("extra", "w5", "hostsql-jdbc")), stat(("extra", "w5", "psutil"))
if j5 and p5:
    headline.append("listing %s inet connections with their pids is %.1f× faster than psutil's "
                    "net_connections" % (connections, p5[0] / j5[0]))
w3 = stat(("extra", "w3", "hostsql-jdbc"))
if w3:
    headline.append("one process by pid takes %s" % fmt(w3[0]))
w7 = stat(("extra", "w7", "hostsql-jdbc"))
if w7:
    p7 = stat(("extra", "w7", "psutil"))
    headline.append("a one-shot query from the shell starts and answers in %s%s" % (
        fmt(w7[0]), " (%.1f× psutil's one-liner)" % (w7[0] / p7[0]) if p7 else ""))
print("Command: `benchmarks/compare` (ROUNDS, EXTRA, CONNECTIONS in the environment change the "
      "rounds, the extra sleepers and the held connections). It builds what it needs, spawns "
      "and reaps the sleepers and the connection holder, and removes everything it started "
      "when it ends or is interrupted.")

# The README quotes the headline, written here so that no figure is typed in by hand.
readme = os.path.join(root, "README.md")
begin, end = "<!-- benchmarks:begin -->", "<!-- benchmarks:end -->"
text = open(readme).read()
if begin in text and end in text and headline:
    block = (begin + "\nWith %s processes on a %d-CPU machine (`benchmarks/compare`, "
             "[BENCHMARKS.md](BENCHMARKS.md)): " % (procs_extra, os.cpu_count())
             + "; ".join(headline) + ".\n" + end)
    text = text[:text.index(begin)] + block + text[text.index(end) + len(end):]
    open(readme, "w").write(text)
