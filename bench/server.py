"""Server-side measurements: `tracker import`, a real `tracker serve`, the posture API, writes.

Every timing here is of a real process: the import is a child process (its peak memory
from wait4's rusage, read by a small launcher, `bench.child_usage`), the server is
`tracker serve` (waitress), and the client is a plain keep-alive HTTP connection.
"""

import datetime
import http.client
import json
import os
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from bench import child_usage
from bench.site import free_port

TRACKER = str(Path(sys.executable).with_name("tracker"))
START_TIMEOUT = 3600  # s: reading 100,000 files cold (no cache yet) takes minutes on a busy machine
# s: an answer's longest wait. The warm-up's posture at 2099-12-31 makes every facility's
# texts at once: at 100,000 facilities a minute or more of CPU, past two on a busy machine.
ANSWER_TIMEOUT = 900
EDITOR = "bench"
WRITE_PATH = "/api/facilities/{}/status"


def run_import(collection_path, data_dir, cpu=None):
    """Run `tracker import` into store `data_dir` (a folder or a URL); return (wall seconds, peak RSS in bytes).

    `cpu`, when given (a list), gets the process's CPU seconds (user and system): on a
    busy machine, what the import itself cost. The figures come from `bench.child_usage`,
    so the peak is the import's own, not this process's (which may hold a generated dataset).
    """
    with tempfile.TemporaryFile() as errors:  # a file, not a pipe: it cannot fill and block
        returncode = subprocess.call(
            [sys.executable, child_usage.__file__, TRACKER, "import", str(collection_path),
             "--store", str(data_dir)], stdout=subprocess.DEVNULL, stderr=errors)
        errors.seek(0)
        text = errors.read().decode(errors="replace")
    if returncode != 0:
        raise RuntimeError(f"tracker import failed ({returncode}): {text[-2000:]}")
    usage = child_usage.read_report(text)
    if cpu is not None:
        cpu.append(usage["cpu_s"])
    return usage["wall_s"], usage["peak_rss"]


class Client:
    """One keep-alive HTTP/1.1 connection to a local server."""

    def __init__(self, port):
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=ANSWER_TIMEOUT)

    def request(self, method, path, body=None, headers=None):
        """Return (status, body bytes, seconds from sending to the last byte read)."""
        start = time.perf_counter()
        self.connection.request(method, path, body=body, headers=headers or {})
        response = self.connection.getresponse()
        data = response.read()
        return response.status, data, time.perf_counter() - start

    def close(self):
        self.connection.close()


@dataclass
class Server:
    """A running `tracker serve`: its port, its process id, and how long it took to answer."""

    port: int
    pid: int
    first_answer_s: float
    first_answer_cpu_s: float = None  # the process's CPU seconds (user and system) by then

    def memory(self):
        """(resident now, peak resident) in bytes, from /proc: what the server holds."""
        status = Path(f"/proc/{self.pid}/status").read_text()
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        return tuple(int(fields[name].split()[0]) * 1024 for name in ("VmRSS", "VmHWM"))


@contextmanager
def serve(data_dir, instance_dir):
    """Run `tracker serve` over store `data_dir` (a folder or a URL) on a free port until the block ends; yield its port."""
    with started(data_dir, instance_dir) as running:
        yield running.port


@contextmanager
def started(data_dir, instance_dir):
    """Run `tracker serve` until the block ends; yield a Server once it has answered."""
    port = free_port()
    with tempfile.TemporaryFile() as errors:  # a file, not a pipe: a chatty server never blocks
        start = time.perf_counter()
        child = subprocess.Popen([TRACKER, "serve", "--store", str(data_dir), "--instance", str(instance_dir),
                                  "--port", str(port)], stdout=subprocess.DEVNULL, stderr=errors)
        try:
            _wait_until_up(child, port, errors)
            yield Server(port, child.pid, time.perf_counter() - start, cpu_seconds(child.pid))
        finally:
            child.terminate()
            child.wait(timeout=30)


def cpu_seconds(pid):
    """CPU seconds (user and system) process `pid` has used so far, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _wait_until_up(child, port, errors):
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if child.poll() is not None:
            errors.seek(0)
            raise RuntimeError(f"tracker serve stopped: {errors.read().decode(errors='replace')[-2000:]}")
        try:
            client = Client(port)
            status, _, _ = client.request("GET", "/api/posture?date=1970-01-01")
            client.close()
            if status == 200:
                return
        except OSError:
            pass
        time.sleep(0.05)
    raise RuntimeError(f"tracker serve did not answer on port {port} within {START_TIMEOUT} s")


def posture_times(port, warm_dates, dates):
    """Seconds of `GET /api/posture?date=` for each of `dates`, asked once each.

    `warm_dates` are asked first, to make the server what a running one is: its
    snapshot loaded and each facility's answer texts made. Each measured date is new
    to it, so no answer is served from a cache of answers.
    """
    client = Client(port)
    try:
        times = []
        for date in [*warm_dates, *dates]:
            status, body, seconds = client.request("GET", f"/api/posture?date={date}")
            if status != 200 or not body.startswith(b'{"type":"FeatureCollection"'):
                raise RuntimeError(f"/api/posture?date={date} answered {status}: {body[:200]!r}")
            times.append(seconds)
        return times[len(warm_dates):]
    finally:
        client.close()


def new_entry(number):
    """A valid new entry (what a client sends) for the `number`-th write."""
    day = (datetime.date.today() - datetime.timedelta(days=1)).isoformat()
    return {
        "status": "active", "effective": day, "date_precision": "day",
        "note": f"Benchmark write {number}.",
        "source": {"url": f"https://bench.example/{number}", "publisher": "Benchmark",
                   "quote": "A quote for the benchmark."},
        "reliability": "F", "credibility": 6,
    }


def api_write_times(data_dir, instance_dir, facility_id, count):
    """Seconds of `count` `POST /api/facilities/<id>/status` to a real server, token auth."""
    token = editor_token(instance_dir)
    with serve(data_dir, instance_dir) as port:
        client = Client(port)
        try:
            client.request("GET", "/api/posture?date=2000-01-01")
            times = []
            for number in range(count):
                status, body, seconds = client.request(
                    "POST", WRITE_PATH.format(facility_id), body=json.dumps(new_entry(number)),
                    headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
                if status != 201:
                    raise RuntimeError(f"write answered {status}: {body[:300]!r}")
                times.append(seconds)
            return times
        finally:
            client.close()


def editor_token(instance_dir):
    """Make the benchmark's editor in `instance_dir` and return a new API token."""
    password = "bench-password-" + os.urandom(8).hex()
    subprocess.run([TRACKER, "editor", "add", EDITOR, "--password-stdin", "--instance", str(instance_dir)],
                   input=password + "\n", text=True, check=True, capture_output=True)
    made = subprocess.run([TRACKER, "editor", "token", EDITOR, "--instance", str(instance_dir)],
                          text=True, check=True, capture_output=True)
    return made.stdout.strip()
