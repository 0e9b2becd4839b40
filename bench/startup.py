#!/usr/bin/env python3
"""Time from process start to the first 200 answer of GET /health.

Usage: startup.py <binary> <database-path> <runs> [--fresh]

With --fresh the database file is deleted before each run (first-ever start:
create, migrate, seed). Prints the median and the maximum in milliseconds.
"""
import os
import socket
import statistics
import subprocess
import sys
import time


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def first_200(port, deadline):
    request = b"GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5) as s:
                s.sendall(request)
                if s.recv(64).startswith(b"HTTP/1.1 200"):
                    return True
        except OSError:
            time.sleep(0.0005)
    return False


def main():
    binary, database, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
    fresh = "--fresh" in sys.argv
    times = []
    for _ in range(runs):
        if fresh and os.path.exists(database):
            os.remove(database)
        port = free_port()
        env = dict(os.environ, DATABASE_URL=f"sqlite://{database}", BIND_ADDR=f"127.0.0.1:{port}", LOG_LEVEL="warn")
        started = time.monotonic()
        process = subprocess.Popen([binary], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        ok = first_200(port, started + 10)
        elapsed = (time.monotonic() - started) * 1000
        process.terminate()
        process.wait()
        if not ok:
            sys.exit("the service did not answer within 10 s")
        times.append(elapsed)
    print(f"{statistics.median(times):.1f} {max(times):.1f}")


if __name__ == "__main__":
    main()
