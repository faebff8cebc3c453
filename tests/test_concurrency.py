"""Writes through real servers: several processes over one data folder, and a crash."""

import http.client
import itertools
import json
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests import samples
from tracker.accounts import Accounts
from tracker.store import FolderStore

TRACKER = Path(sys.executable).parent / "tracker"
FACILITIES = ["hmeimim-air-base", "tartus-naval-facility", "qamishli-airport", "amuda"]
WRITES = 120
START_TIMEOUT = 180  # seconds for a server to answer; not a speed check (a busy machine: 55 s seen)
# What a request meets when the server dies under it: no connection, a reset, an answer
# cut off in its headers (HTTPException) or in its JSON body (ValueError).
CUT_SHORT = (OSError, http.client.HTTPException, ValueError)


@pytest.fixture
def instance(tmp_path):
    return tmp_path / "instance"


@pytest.fixture
def api_token(instance):
    editors = Accounts(instance)
    editors.add("alice", samples.PASSWORD)
    return editors.new_token("alice")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def server(data_dir, instance, log):
    """Run `tracker serve` on a free port; yield (process, base URL) once it answers."""
    port = free_port()
    with open(log, "wb") as output:
        process = subprocess.Popen(
            [TRACKER, "serve", "--port", str(port), "--data", data_dir, "--instance", instance],
            stdout=output, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_for(base, process, log)
        yield process, base
    finally:
        process.kill()
        process.wait()


def _wait_for(base, process, log):
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"the server stopped: {Path(log).read_text()}")
        try:
            urllib.request.urlopen(base + "/api/facilities", timeout=5).close()
            return
        except OSError:
            time.sleep(0.1)
    raise AssertionError(f"the server did not answer: {Path(log).read_text()}")


def post_entry(base, facility_id, token, note):
    """POST a new entry; return the stored entry (the server acknowledged it)."""
    body = json.dumps(samples.new_entry(note=note)).encode()
    request = urllib.request.Request(
        f"{base}/api/facilities/{facility_id}/status", data=body, method="POST",
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        assert response.status == 201
        return json.load(response)


def validate(data_dir):
    return subprocess.run([TRACKER, "validate", data_dir], capture_output=True, text=True)


def stored_notes(data_dir):
    return {(f.id, e["note"]): e["id"] for f in FolderStore(data_dir).dataset() for e in f.history}


def test_writers_through_two_servers_lose_nothing(data_dir, instance, api_token, tmp_path):
    with server(data_dir, instance, tmp_path / "a.log") as (_, first), \
            server(data_dir, instance, tmp_path / "b.log") as (_, second):
        jobs = [((first, second)[n % 2], FACILITIES[n % len(FACILITIES)], f"write {n}")
                for n in range(WRITES)]
        with ThreadPoolExecutor(max_workers=16) as pool:
            acknowledged = list(pool.map(lambda job: post_entry(*job[:2], api_token, job[2]), jobs))
        for base in (first, second):  # each server sees the other's writes
            with urllib.request.urlopen(base + "/api/facilities") as response:
                served = json.load(response)
            assert sum(len(f["properties"]["status_history"]) for f in served["features"]) == 13 + WRITES
    result = validate(data_dir)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{13 + WRITES} status entries: valid" in result.stdout
    notes = stored_notes(data_dir)
    for (_, facility_id, note), entry in zip(jobs, acknowledged):
        assert notes[(facility_id, note)] == entry["id"]


def test_a_killed_writer_leaves_valid_data_with_every_acknowledged_write(data_dir, instance, api_token,
                                                                          tmp_path):
    acknowledged, failed, killed = [], [], threading.Event()

    def write_until_killed(base, worker):
        for number in itertools.count():
            facility_id = FACILITIES[number % len(FACILITIES)]
            try:
                entry = post_entry(base, facility_id, api_token, f"worker {worker} write {number}")
            except CUT_SHORT as error:  # HTTPError too: any answer but 201 is a failure
                if not killed.is_set():
                    failed.append(f"worker {worker}: {error!r}")
                return  # after the kill: this write was never acknowledged
            acknowledged.append((facility_id, entry))

    with server(data_dir, instance, tmp_path / "killed.log") as (process, base):
        workers = [threading.Thread(target=write_until_killed, args=(base, n)) for n in range(6)]
        for worker in workers:
            worker.start()
        while len(acknowledged) < 60 and not failed and all(w.is_alive() for w in workers):
            time.sleep(0.01)
        killed.set()
        process.send_signal(signal.SIGKILL)  # mid-stream, with writes in flight
        process.wait()
        for worker in workers:
            worker.join()
    assert failed == [] and len(acknowledged) >= 60
    result = validate(data_dir)
    assert result.returncode == 0, result.stdout + result.stderr
    notes = stored_notes(data_dir)
    for facility_id, entry in acknowledged:
        assert notes[(facility_id, entry["note"])] == entry["id"]
    with server(data_dir, instance, tmp_path / "after.log") as (_, base):  # the lock was released
        assert post_entry(base, "amuda", api_token, "after the crash")["note"] == "after the crash"
