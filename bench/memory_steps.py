"""The server's memory step by step, in-process: the answers `bench.restart` asks, in its order.

    PYTHONPATH=CHECKOUT .venv/bin/python -m bench.memory_steps DATA_FOLDER

`create_app` over DATA_FOLDER (its cache made, as a restart finds it) and its test client;
after each step the process's RSS, what the step added and its CPU time, as a Markdown
row; then the peak, and the RSS after `malloc_trim` and with the parsed Features let go
(where a checkout has them: tracker.store.memory, tracker.store.snapshot._LAST_PARSED).
PYTHONPATH picks the checkout whose code runs, so two checkouts are measured on one data.
"""

import gc
import resource
import sys
import tempfile
import time

MAP = {"Accept-Encoding": "zstd, br, gzip"}
DATES = ("2025-01-15", "2025-04-15", "2025-07-15", "2025-10-15", "2026-01-15", "2026-03-15", "2026-06-15",
         "2026-08-15", "2026-10-15", "2026-11-15")


def resident_mb():
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) // 1024 for line in status if line.startswith("VmRSS"))


def main(argv=None):
    data = (argv or sys.argv[1:])[0]
    import tracker
    from tracker import create_app

    app = create_app({"DATA": data, "INSTANCE": tempfile.mkdtemp(prefix="memory-steps-")})
    client = app.test_client()
    print(f"code: {tracker.__file__}; start {resident_mb()} MB")
    print("| step | RSS (MB) | added | CPU |\n|---|---:|---:|---:|")
    previous = resident_mb()
    steps = [("first answer", ["/api/posture?date=2000-01-01"], {}),
             ("posture at 2099-12-31 (every facility's texts)", ["/api/posture?date=2099-12-31"], {}),
             ("posture at 10 dates", [f"/api/posture?date={date}" for date in DATES], {}),
             ("the map page and /map-data.json (compressed)", ["/", "/map-data.json"], MAP),
             ("/map-data.json plain", ["/map-data.json"], {}),
             ("/api/facilities?operator=Russia", ["/api/facilities?operator=Russia"], {}),
             ("/api/changes for a month", ["/api/changes?from=2026-01-01&to=2026-02-01"], {})]
    for name, paths, headers in steps:
        started = time.process_time()
        for path in paths:
            response = client.get(path, headers=headers)
            assert response.status_code == 200, (path, response.status_code)
            response.close()
            del response
        now = resident_mb()
        print(f"| {name} | {now:,} | {now - previous:+,} | {time.process_time() - started:.2f} s |", flush=True)
        previous = now
    gc.collect()
    print(f"peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB; after a collection {resident_mb()} MB")
    try:
        from tracker.store import memory, snapshot
    except ImportError:
        return
    memory.release()
    print(f"after malloc_trim {resident_mb()} MB")
    snapshot._LAST_PARSED.clear()
    gc.collect()
    memory.release()
    print(f"with the parsed Features let go {resident_mb()} MB")


if __name__ == "__main__":
    main()
