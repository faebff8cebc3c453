"""`make bench`, the stores: the folder of GeoJSON and PostGIS side by side at 10,000 facilities.

On the same synthetic dataset, in one run, for each store: `tracker import` of the file,
a `tracker serve` starting (spawn to its first answer, the snapshot loaded), `GET
/api/posture` warm, an entry write through the API, and the time from a write's answer
on one server to the entry showing on a second server over the same store. PostgreSQL
runs in a throwaway cluster of its own (tools/local_postgis.py). Prints one Markdown table.

    python -m bench.stores [--facilities 10000] [--runs 3] [--writes 15]
"""

import argparse
import datetime
import json
import shutil
import statistics
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

from bench import generate, server
from bench.run import WARM_DATES, machine
from tools.local_postgis import throwaway_cluster

POSTURE_DATES = 8  # a run
TARGETS = {  # PostGIS, at 10,000 facilities
    "posture": ("<= 50 ms", lambda ms: ms <= 50),
    "write": ("<= 50 ms", lambda ms: ms <= 50),
    "visible": ("<= 1000 ms", lambda ms: ms <= 1000),
}


def measure(work, facilities, runs, writes, echo=print):
    """Measure both stores in `work`; return {metric: {store: median}} and the row labels."""
    end = datetime.date.today() - datetime.timedelta(days=1)
    collection = generate.generate(facilities, end=end)
    source = generate.write(collection, work / "facilities.geojson")
    facility_id = collection["features"][0]["id"]
    echo(f"dataset: {facilities} facilities, {facilities * generate.ENTRIES_PER_FACILITY} entries")
    cluster = throwaway_cluster()
    try:
        targets = {"folder": lambda run: str(work / f"data-{run}"),
                   "PostGIS": lambda run: cluster.create_database(f"bench_{run}")}
        return {name: one_store(name, target, source, work, end, facility_id, runs, writes, echo)
                for name, target in targets.items()}
    finally:
        cluster.stop()
        shutil.rmtree(cluster.folder, ignore_errors=True)


def one_store(name, target, source, work, end, facility_id, runs, writes, echo):
    """The medians of one store: import, start, posture, write, write-to-visible."""
    imports = []
    for run in range(runs):
        echo(f"{name}: tracker import, run {run + 1} of {runs} ...")
        location = target(run)
        imports.append(server.run_import(source, location)[0])
    echo(f"{name}: server start, GET /api/posture, writes ...")
    starts = []
    for run in range(runs):
        began = time.perf_counter()
        with server.serve(location, work / f"instance-{name}-start-{run}"):
            starts.append(time.perf_counter() - began)
    with server.serve(location, work / f"instance-{name}") as port:
        posture = server.posture_times(port, WARM_DATES, posture_dates(end, runs))
    written = server.api_write_times(location, work / f"instance-{name}-write", facility_id, writes)
    visible = visible_times(location, work / f"instance-{name}-pair", facility_id, writes)
    return {"import": statistics.median(imports), "start": statistics.median(starts),
            "posture": 1000 * statistics.median(posture), "write": 1000 * statistics.median(written),
            "visible": 1000 * statistics.median(visible)}


def posture_dates(end, runs):
    first = end - datetime.timedelta(days=generate.SPAN_DAYS - 1)
    count = POSTURE_DATES * runs
    return [(first + (end - first) * (k + 0.5) / count).isoformat() for k in range(count)]


def visible_times(location, instance, facility_id, writes):
    """Seconds from a write's 201 on one server to the entry in the other server's answer."""
    token = server.editor_token(instance)
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    path = f"/api/facilities/{facility_id}"
    with ExitStack() as stack:
        first, second = (server.Client(stack.enter_context(server.serve(location, instance))) for _ in range(2))
        second.request("GET", path)  # its snapshot loaded: what follows is a change to it
        times = []
        for number in range(writes):
            status, body, _ = first.request("POST", server.WRITE_PATH.format(facility_id),
                                            body=json.dumps(server.new_entry(number)), headers=headers)
            if status != 201:
                raise RuntimeError(f"write answered {status}: {body[:300]!r}")
            written, entry_id = time.perf_counter(), json.loads(body)["id"].encode()
            while entry_id not in second.request("GET", path)[1]:
                if time.perf_counter() - written > 30:
                    raise RuntimeError(f"{entry_id!r} did not show on the second server")
            times.append(time.perf_counter() - written)
        first.close()
        second.close()
    return times


ROWS = [  # metric key, label, unit, scale
    ("import", "`tracker import` of the file: wall time", "s"),
    ("start", "`tracker serve` start: spawn to the first answer (snapshot loaded)", "s"),
    ("posture", "`GET /api/posture?date=` warm, median", "ms"),
    ("write", "entry write, `POST /api/facilities/<id>/status`, median", "ms"),
    ("visible", "a write on one server showing on another server, median", "ms"),
]


def render(results, facilities, runs, writes):
    lines = [f"| metric ({facilities} facilities; {runs} runs, {writes} writes) | folder | PostGIS | "
             "PostGIS / folder | target (PostGIS) | met? |", "|---|---:|---:|---:|---|---|"]
    for key, label, unit in ROWS:
        folder, postgis = results["folder"][key], results["PostGIS"][key]
        target, test = TARGETS.get(key, ("-", None))
        met = "-" if test is None else ("yes" if test(postgis) else "**no**")
        lines.append(f"| {label} | {_number(folder, unit)} | {_number(postgis, unit)} | "
                     f"{postgis / folder:.2f}x | {target} | {met} |")
    return "\n".join(lines)


def _number(value, unit):
    digits = 0 if abs(value) >= 100 else (1 if abs(value) >= 10 else 2)
    return f"{value:.{digits}f} {unit}"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--facilities", type=int, default=10_000, help="Size of the synthetic dataset.")
    parser.add_argument("--runs", type=int, default=3, help="Imports and server starts of each store (medians).")
    parser.add_argument("--writes", type=int, default=15, help="Entry writes, and writes seen from a second server.")
    args = parser.parse_args(argv)
    before = machine()
    with tempfile.TemporaryDirectory(prefix="tracker-bench-stores-") as work:
        results = measure(Path(work), args.facilities, args.runs, args.writes)
    print(f"\nbefore: {before}\nafter:  {machine()}\n")
    print(render(results, args.facilities, args.runs, args.writes))


if __name__ == "__main__":
    main()
