"""`tracker serve` restarted from its cache, two checkouts side by side: start, CPU, memory, same answers.

    .venv/bin/python -m bench.restart OTHER_CHECKOUT [--facilities 10000] [--rounds 3]
    .venv/bin/python -m bench.restart OTHER_CHECKOUT --data-other DIR --data-this DIR

Each checkout serves its own folder of the same data (`tracker serve` of that tree's code,
through PYTHONPATH, as `bench.side_by_side` runs them): without --data-*, the generated
dataset is imported once and hard-linked into two folders, so each makes its own cache on
its first (cold) start. Then the servers are restarted in turn (A B, B A, ...), one at a
time, each timed to its first answer, wall and CPU, as `bench.run` times it. After its last
restart each server answers what `bench.run` asks of it (the posture at its dates, the map
page and its data, a facility) and its memory is read; every answer of the two must be
byte for byte the same. The posture answers after the two warm-up dates are timed too
(`GET /api/posture?date=` warm, as `bench.run` reports it). For the server's start and memory, when `make bench` is too slow
(BENCHMARKS.md).
"""

import argparse
import contextlib
import datetime
import hashlib
import json
import os
import shutil
import statistics
import tempfile
from pathlib import Path

from bench import generate, server
from bench.run import MB, POSTURE_DATES, WARM_DATES, machine

HERE = Path(__file__).resolve().parent.parent
ENCODINGS = {"Accept-Encoding": "zstd, br, gzip"}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("other", type=Path, help="the other checkout (say, a worktree of main)")
    parser.add_argument("--facilities", type=int, default=10000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--data-other", type=Path, help="the other checkout's folder (its cache made or not)")
    parser.add_argument("--data-this", type=Path, help="this checkout's folder of the same data")
    args = parser.parse_args(argv)
    trees = {"other": args.other.resolve(), "this": HERE}
    print("before:", machine(), flush=True)
    end = datetime.date.today() - datetime.timedelta(days=1)
    with tempfile.TemporaryDirectory(prefix="tracker-restart-") as tmp:
        work = Path(tmp)
        folders = {"other": args.data_other, "this": args.data_this}
        if None in folders.values():
            folders = _imported(work, args.facilities, end)
        runs = {name: [] for name in trees}
        for round_ in range(args.rounds + 1):  # the first round may be cold: each makes its cache
            order = list(trees) if round_ % 2 == 0 else list(trees)[::-1]
            for name in order:
                last = round_ == args.rounds
                with _started(trees[name], folders[name], work / f"instance-{name}") as running:
                    answers, posture_s, posture_cpu_s = _answers(running, end) if last else (None, None, None)
                    resident, peak = running.memory()
                runs[name].append((running.first_answer_s, running.first_answer_cpu_s, resident, peak, answers,
                                   posture_s, posture_cpu_s))
                print(f"round {round_} {name}: first answer {running.first_answer_s:.2f} s, "
                      f"CPU {running.first_answer_cpu_s:.2f} s" + (
                          f"; after the answers RSS {resident / MB:.0f} MB (peak {peak / MB:.0f} MB), "
                          f"posture warm {posture_s * 1000:.0f} ms ({posture_cpu_s * 1000:.0f} ms CPU)" if last else ""),
                      flush=True)
        _report(runs)
    print("after:", machine(), flush=True)


def _imported(work, facilities, end):
    """Import the generated dataset once and hard-link it into one folder a checkout."""
    source = generate.cached(facilities, end, HERE / "bench" / "out")
    server.run_import(source, work / "data")
    folders = {}
    for name in ("other", "this"):
        folders[name] = work / f"data-{name}"
        shutil.copytree(work / "data", folders[name], copy_function=os.link,
                        ignore=shutil.ignore_patterns(".tracker.cache", ".tracker.lock"))
    return folders


@contextlib.contextmanager
def _started(tree, data, instance):
    before = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = str(tree)  # the child `tracker serve` imports that tree's code
    try:
        with server.started(data, instance) as running:
            yield running
    finally:
        if before is None:
            os.environ.pop("PYTHONPATH", None)
        else:
            os.environ["PYTHONPATH"] = before


def _answers(running, end):
    """What `bench.run` asks of a running server: each answer's digest by request, the
    median seconds of the posture answers after the warm-up dates, and the server's CPU
    seconds an answer over them (what the load of a shared machine does not inflate)."""
    first = end - datetime.timedelta(days=generate.SPAN_DAYS - 1)
    dates = [*WARM_DATES, *((first + (end - first) * (k + 0.5) / POSTURE_DATES).isoformat()
                            for k in range(POSTURE_DATES))]
    paths = [f"/api/posture?date={date}" for date in dates]
    paths += ["/map-data.json", "/api/facilities?operator=Russia", "/api/changes?from=2026-01-01&to=2026-02-01"]
    client = server.Client(running.port)
    try:
        for path in ("/", "/map-data.json"):  # as the browser asks them, compressed (what is kept)
            client.request("GET", path, headers=ENCODINGS)
        _, data, _ = client.request("GET", "/map-data.json")
        # Each folder has its own version (its directory's mtime is in it): compared as "V".
        version = json.loads(data)["version"].encode()
        digests, posture = {}, []  # the page itself is not compared: its script nonce is new each time
        for number, path in enumerate(paths):
            if number == len(WARM_DATES):
                cpu = server.cpu_seconds(running.pid)
            elif number == len(WARM_DATES) + POSTURE_DATES:
                cpu = (server.cpu_seconds(running.pid) - cpu) / POSTURE_DATES
            status, body, seconds = client.request("GET", path)
            digests[path] = (status, hashlib.sha256(body.replace(version, b"V")).hexdigest())
            if len(WARM_DATES) <= number < len(WARM_DATES) + POSTURE_DATES:
                posture.append(seconds)
        return digests, statistics.median(posture), cpu
    finally:
        client.close()


def _report(runs):
    print()
    print("| figure | other | this | this / other |")
    print("|---|---:|---:|---:|")
    restarts = {name: values[1:] for name, values in runs.items()}  # the first round may be cold
    for label, column, scale in (("restarted: start to its first answer, median (s)", 0, 1),
                                 ("restarted: CPU time to its first answer, median (s)", 1, 1),
                                 ("RSS after the answers (MB)", 2, MB), ("peak RSS (MB)", 3, MB)):
        values = {name: statistics.median(v[column] for v in (rows if column < 2 else rows[-1:])) / scale
                  for name, rows in restarts.items()}
        print(f"| {label} | {values['other']:.2f} | {values['this']:.2f} | {values['this'] / values['other']:.2f}x |")
    for label, column in ((f"GET /api/posture?date= warm, median of {POSTURE_DATES} dates (ms)", 5),
                          ("the same: the server's CPU time an answer (ms)", 6)):
        warm = {name: rows[-1][column] * 1000 for name, rows in runs.items()}
        print(f"| {label} | {warm['other']:.1f} | {warm['this']:.1f} | {warm['this'] / warm['other']:.2f}x |")
    first = {name: rows[0] for name, rows in runs.items()}
    print(f"| first start of each (cold, or its cache already made) (s, CPU s) | {first['other'][0]:.1f}, "
          f"{first['other'][1]:.1f} | {first['this'][0]:.1f}, {first['this'][1]:.1f} | |")
    answers = {name: rows[-1][4] for name, rows in runs.items()}
    differ = [path for path in answers["this"] if answers["this"][path] != answers["other"][path]]
    statuses = sorted({status for status, _ in answers["this"].values()})
    print(f"\n{len(answers['this'])} answers compared (statuses {statuses}): "
          + (f"DIFFERENT: {differ}" if differ else "every one byte for byte the same"))


if __name__ == "__main__":
    main()
