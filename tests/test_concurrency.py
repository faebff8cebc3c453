"""Writes through real servers: several processes over one store, and a crash; once per backend."""

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
from tracker.store import open_store

TRACKER = Path(sys.executable).parent / "tracker"
FACILITIES = ["hmeimim-air-base", "tartus-naval-facility", "qamishli-airport", "amuda"]
WRITES = 160
VISIBLE_WITHIN = 1.0  # seconds: a write on one server shows on the other (README.md)
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
def server(location, instance, log, *options):
    """Run `tracker serve` on a free port; yield (process, base URL) once it answers."""
    port = free_port()
    with open(log, "wb") as output:
        process = subprocess.Popen(
            [TRACKER, "serve", "--port", str(port), "--store", location, "--instance", instance, *options],
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


def validate(location):
    return subprocess.run([TRACKER, "validate", location], capture_output=True, text=True)


def stored_notes(location):
    store = open_store(location)
    try:
        return {(f.id, e["note"]): e["id"] for f in store.dataset() for e in f.history}
    finally:
        store.close()


def served_entry_count(base):
    with urllib.request.urlopen(base + "/api/facilities") as response:
        served = json.load(response)
    return sum(len(f["properties"]["status_history"]) for f in served["features"])


def eventually(condition, within=VISIBLE_WITHIN):
    """Tell whether `condition()` comes true within `within` seconds of asking."""
    deadline = time.monotonic() + within
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


def test_a_write_on_one_server_shows_on_the_other_within_a_second(store_location, instance, api_token, tmp_path):
    with server(store_location, instance, tmp_path / "a.log") as (_, first), \
            server(store_location, instance, tmp_path / "b.log") as (_, second):
        served_entry_count(second)  # its snapshot is loaded: what follows is a change to it
        for number in range(5):
            entry = post_entry(first, "amuda", api_token, f"seen {number}")
            url = f"{second}/api/facilities/amuda"
            assert eventually(lambda: entry["id"] in urllib.request.urlopen(url).read().decode())


def test_writers_through_two_servers_lose_nothing(store_location, instance, api_token, tmp_path):
    with server(store_location, instance, tmp_path / "a.log") as (_, first), \
            server(store_location, instance, tmp_path / "b.log") as (_, second):
        jobs = [((first, second)[n % 2], FACILITIES[n % len(FACILITIES)], f"write {n}")
                for n in range(WRITES)]
        with ThreadPoolExecutor(max_workers=16) as pool:
            acknowledged = list(pool.map(lambda job: post_entry(*job[:2], api_token, job[2]), jobs))
        for base in (first, second):  # each server sees the other's writes, within a second
            assert eventually(lambda: served_entry_count(base) == 13 + WRITES), served_entry_count(base)
    result = validate(store_location)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{13 + WRITES} status entries: valid" in result.stdout
    notes = stored_notes(store_location)
    for (_, facility_id, note), entry in zip(jobs, acknowledged):
        assert notes[(facility_id, note)] == entry["id"]


def test_a_killed_writer_leaves_valid_data_with_every_acknowledged_write(store_location, instance, api_token,
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

    with server(store_location, instance, tmp_path / "killed.log") as (process, base):
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
    result = validate(store_location)
    assert result.returncode == 0, result.stdout + result.stderr
    notes = stored_notes(store_location)
    for facility_id, entry in acknowledged:
        assert notes[(facility_id, entry["note"])] == entry["id"]
    with server(store_location, instance, tmp_path / "after.log") as (_, base):  # the lock was released
        assert post_entry(base, "amuda", api_token, "after the crash")["note"] == "after the crash"
