"""Paired passes: each pass of hostsql's process API next to a pass of its peer.

On these shared machines everything slows down by up to a factor of two for seconds at a
time, so a ratio of two runs taken half a minute apart (a JMH fork, then the peer) can land
anywhere between the two speeds. Here a long-lived JVM (io.hostsql.benchmarks.PassServer)
runs one measurement at a time, right before or after the peer's (the order alternates), and
each pair gives one ratio.

    paired_passes.py JAR FLOOR_BINARY PAIRS      (JAVA_OPTS: options for the JVM)

Prints a markdown table: one row per workload with the medians of both sides, the median
and range of the per-pair ratios, and how many pairs meet the issue's goal.
"""
import os
import subprocess
import sys
import time

import psutil


def as_dict_pass():
    start = time.perf_counter()
    for p in psutil.process_iter():
        try:
            p.as_dict()
        except psutil.NoSuchProcess:
            pass
    return (time.perf_counter() - start) * 1e6


def main():
    jar, floor, pairs = sys.argv[1], sys.argv[2], int(sys.argv[3])
    java = subprocess.Popen(["java"] + os.environ.get("JAVA_OPTS", "").split()
                            + ["-cp", jar, "io.hostsql.benchmarks.PassServer"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)

    def ours(workload, passes):
        java.stdin.write("%s %d\n" % (workload, passes))
        java.stdin.flush()
        return float(java.stdout.readline())

    def c_floor(passes):
        out = subprocess.run([floor, str(passes)], capture_output=True, text=True, check=True)
        return float(out.stdout.split()[1])

    # Warm-up: the JIT settles after a few hundred listing passes and about twenty of asMap.
    ours("listed", 400)
    ours("asmap", 25)
    as_dict_pass()
    results = {"listed": [], "asmap": []}
    for i in range(pairs):
        # A listing pass is a few milliseconds: 20 of each side make one measurement.
        if i % 2 == 0:
            f = c_floor(20)
            j = ours("listed", 20)
        else:
            j = ours("listed", 20)
            f = c_floor(20)
        results["listed"].append((j, f))
        if i % 2 == 0:
            p = as_dict_pass()
            j = ours("asmap", 1)
        else:
            j = ours("asmap", 1)
            p = as_dict_pass()
        results["asmap"].append((j, p))
    java.stdin.close()
    java.wait()
    print("| workload | pairs | hostsql | peer | ratio, median (range) | pairs meeting the goal |")
    print("|---|---|---|---|---|---|")
    listed = [j / f for j, f in results["listed"]]
    row("pid, ppid, name, rss, listed / C loop over stat", results["listed"], listed,
        "%d of %d at most 1.2x" % (sum(r <= 1.2 for r in listed), pairs), "%.2f")
    asmap = [p / j for j, p in results["asmap"]]
    row("as_dict / asMap, every attribute", results["asmap"], asmap,
        "%d of %d at least 4x" % (sum(r >= 4 for r in asmap), pairs), "%.1f")


def median(values):
    v = sorted(values)
    n = len(v)
    return v[n // 2] if n % 2 else (v[n // 2 - 1] + v[n // 2]) / 2


def row(name, pairs, ratios, goal, fmt):
    ratio = (fmt + " (" + fmt + "-" + fmt + ")") % (median(ratios), min(ratios), max(ratios))
    print("| %s | %d | %.0f | %.0f | %s | %s |" % (name, len(pairs),
          median([a for a, _ in pairs]), median([b for _, b in pairs]), ratio, goal))


if __name__ == "__main__":
    main()
