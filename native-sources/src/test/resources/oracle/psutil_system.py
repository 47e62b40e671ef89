"""Prints, as JSON, what Debian's python3-psutil says about the whole machine."""
import json
import socket

import psutil


def nt(x):
    return x._asdict() if x is not None and hasattr(x, "_asdict") else x


out = {
    "virtual_memory": nt(psutil.virtual_memory()),
    "swap_memory": nt(psutil.swap_memory()),
    "cpu_times": nt(psutil.cpu_times()),
    "cpu_times_percpu": [nt(t) for t in psutil.cpu_times(percpu=True)],
    "cpu_count": psutil.cpu_count(),
    "cpu_count_physical": psutil.cpu_count(logical=False),
    "cpu_stats": nt(psutil.cpu_stats()),
    "cpu_freq": nt(psutil.cpu_freq()),
    "cpu_freq_percpu": [nt(f) for f in psutil.cpu_freq(percpu=True)],
    "loadavg": list(psutil.getloadavg()),
    "boot_time": psutil.boot_time(),
    "disk_partitions": [nt(p) for p in psutil.disk_partitions()],
    "disk_partitions_all": [nt(p) for p in psutil.disk_partitions(all=True)],
    "disk_usage": {p.mountpoint: nt(psutil.disk_usage(p.mountpoint))
                   for p in psutil.disk_partitions()},
    "disk_io_perdisk": {k: nt(v) for k, v in psutil.disk_io_counters(perdisk=True).items()},
    "net_io_pernic": {k: nt(v) for k, v in psutil.net_io_counters(pernic=True).items()},
    "net_if_addrs": {k: [{"family": {socket.AF_INET: "INET", socket.AF_INET6: "INET6",
                                     psutil.AF_LINK: "LINK"}.get(a.family, str(a.family)),
                          "address": a.address, "netmask": a.netmask,
                          "broadcast": a.broadcast, "ptp": a.ptp} for a in v]
                     for k, v in psutil.net_if_addrs().items()},
    "net_if_stats": {k: {"isup": v.isup, "duplex": int(v.duplex), "speed": v.speed,
                         "mtu": v.mtu, "flags": getattr(v, "flags", None)}
                     for k, v in psutil.net_if_stats().items()},
    "net_connections": [{"fd": c.fd, "family": int(c.family), "type": int(c.type),
                         "laddr": list(c.laddr) if isinstance(c.laddr, tuple) else c.laddr,
                         "raddr": list(c.raddr) if isinstance(c.raddr, tuple) else c.raddr,
                         "status": c.status, "pid": c.pid}
                        for c in psutil.net_connections(kind="all")],
    "sensors_temperatures": {k: [nt(t) for t in v]
                             for k, v in psutil.sensors_temperatures().items()},
    "sensors_fans": {k: [nt(f) for f in v] for k, v in psutil.sensors_fans().items()},
    "sensors_battery": nt(psutil.sensors_battery()),
    "users": [nt(u) for u in psutil.users()],
}
print(json.dumps(out))
