"""A fixture process with known attributes, for the oracle tests.

Opens files with known positions and modes, TCP/UDP/UNIX sockets, runs two extra threads,
sets nice, ionice, affinity and rlimits, then prints one JSON line describing itself and
sleeps until killed.
"""
import json
import os
import resource
import socket
import sys
import tempfile
import threading
import time

workdir = sys.argv[1]
os.chdir(workdir)
# Three above what it inherited (a build run under `nice -n 10` gives 13): reported as set.
niceness = os.nice(3)
os.sched_setaffinity(0, {0})
resource.setrlimit(resource.RLIMIT_NOFILE, (123, 456))

reader = open(os.path.join(workdir, "read.txt"), "rb", buffering=0)
reader.read(5)
writer = open(os.path.join(workdir, "write.txt"), "w")
writer.write("hello world")
writer.flush()
appender = open(os.path.join(workdir, "append.txt"), "a")
rw = open(os.path.join(workdir, "rw.txt"), "r+")
rw.seek(7)

tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
tcp.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
tcp.bind(("127.0.0.1", 0))
tcp.listen(5)
tcp6 = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
tcp6.bind(("::1", 0))
tcp6.listen(5)
client = socket.create_connection(tcp.getsockname())
server_side, _ = tcp.accept()
udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
udp.bind(("127.0.0.1", 0))
unix_path = os.path.join(workdir, "fixture.sock")
unix = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
unix.bind(unix_path)
unix.listen(1)

stop = threading.Event()
threads = [threading.Thread(target=stop.wait, daemon=True) for _ in range(2)]
for t in threads:
    t.start()

print(json.dumps({
    "pid": os.getpid(),
    "nice": niceness,
    "files": {
        "read": [reader.fileno(), 5], "write": [writer.fileno(), 11],
        "append": [appender.fileno(), 0], "rw": [rw.fileno(), 7]},
    "tcp": [tcp.fileno(), tcp.getsockname()[1]],
    "tcp6": [tcp6.fileno(), tcp6.getsockname()[1]],
    "client": [client.fileno(), client.getsockname()[1]],
    "server_side": [server_side.fileno()],
    "udp": [udp.fileno(), udp.getsockname()[1]],
    "unix": [unix.fileno(), unix_path],
}), flush=True)
while True:
    time.sleep(3600)
