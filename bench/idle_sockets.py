"""Idle clients against a real `tracker serve`: is a normal request still answered at once?

Run by hand (minutes at 10,000 facilities):

    .venv/bin/python -m bench.idle_sockets --facilities 10000 --idle 150 --requests 20

It imports the benchmark's dataset, starts `tracker serve`, and times requests on fresh
connections (a new visitor each) side by side: with no other client, then while `--idle`
sockets each hold half a request open. It prints, for each request, the median and the worst in seconds, and the load average.
The target (README, "Security"): every request answered in under a second.
"""

import argparse
import datetime
import http.client
import os
import socket
import statistics
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

from bench import generate, server

HALF_REQUEST = b"GET /api/facilities HTTP/1.1\r\nHost: bench\r\n"  # the blank line never comes
TARGET_SECONDS = 1.0


def timed_get(port, path):
    """Seconds to get `path` on a new connection; raise unless it answers 200."""
    start = time.perf_counter()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        if response.status != 200:
            raise RuntimeError(f"{path} answered {response.status}")
    finally:
        connection.close()
    return time.perf_counter() - start


def times(port, paths, requests):
    """{path: [seconds]} of `requests` requests, taking `paths` in turn."""
    found = {path: [] for path in paths}
    for n in range(requests):
        found[paths[n % len(paths)]].append(timed_get(port, paths[n % len(paths)]))
    return found


def measure(facilities, idle, requests, echo=print):
    """Return {"alone": seconds, "idle": seconds} of the same requests."""
    with tempfile.TemporaryDirectory(prefix="tracker-idle-") as work:
        work = Path(work)
        end = datetime.date.today() - datetime.timedelta(days=1)
        collection = generate.generate(facilities, end=end)
        source = generate.write(collection, work / "facilities.geojson")
        echo(f"dataset: {facilities} facilities; importing ...")
        server.run_import(source, work / "data")
        paths = [f"/api/facilities/{collection['features'][0]['id']}", f"/api/posture?date={end}", "/"]
        with server.serve(work / "data", work / "instance") as port:
            times(port, paths, 2 * len(paths))  # warm: the snapshot loaded, the answers' texts made
            alone = times(port, paths, requests)
            with ExitStack() as held:
                for _ in range(idle):
                    sock = held.enter_context(socket.create_connection(("127.0.0.1", port)))
                    sock.sendall(HALF_REQUEST)
                echo(f"{idle} sockets hold half a request each ...")
                crowded = times(port, paths, requests)
    return {"alone": alone, "idle": crowded}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--facilities", type=int, default=10000)
    parser.add_argument("--idle", type=int, default=150)
    parser.add_argument("--requests", type=int, default=20)
    args = parser.parse_args(argv)
    found = measure(args.facilities, args.idle, args.requests)
    print(f"\n{args.facilities} facilities; requests on new connections; load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"\n| request | median alone | median, {args.idle} idle | worst alone | worst, {args.idle} idle |")
    print("|---|---|---|---|---|")
    for path in found["alone"]:
        alone, idle = found["alone"][path], found["idle"][path]
        print(f"| `GET {path}` | {statistics.median(alone):.3f} s | {statistics.median(idle):.3f} s "
              f"| {max(alone):.3f} s | {max(idle):.3f} s |")
    worst = max(max(seconds) for seconds in found["idle"].values())
    print(f"\ntarget: every request under {TARGET_SECONDS:.0f} s with the idle sockets open: "
          f"{'met' if worst < TARGET_SECONDS else 'NOT met'} (worst {worst:.3f} s)")


if __name__ == "__main__":
    main()
