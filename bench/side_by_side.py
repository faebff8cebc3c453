"""Two checkouts of the tracker side by side: the map's slider step, or `/api/posture`, at 10,000 facilities.

    .venv/bin/python -m bench.side_by_side OTHER_CHECKOUT [--rounds 6] [--facilities 10000] [--posture]
    .venv/bin/python -m bench.side_by_side OTHER_CHECKOUT --data DIR   # a store imported already (100,000)

One synthetic dataset, imported once; two `tracker serve` over it, one running this
checkout's code and one OTHER_CHECKOUT's (through PYTHONPATH, with this .venv); one
Chromium; page loads alternate (A B, B A, ...) so that a busy machine weighs on both alike.
Prints each load's slider step (main-thread work, as `bench.run` measures it), its median
frame interval while stepping and its Home-to-End jump, and the medians. With `--posture`, no browser: `GET /api/posture` at `--steps` new dates, each asked
of both servers in turn (alternating which first), their answers checked byte for byte. For a change that must not cost the step, when the whole `make bench` is too
slow or too noisy to tell (BENCHMARKS.md).
"""

import argparse
import contextlib
import datetime
import functools
import os
import statistics
import tempfile
from pathlib import Path

from bench import generate, server
from bench.browser import Browser, Stepping, Subject
from bench.run import OURS_READY, OURS_UPDATED, STEP_DAYS, WARM_DATES, expected_at, machine
from tracker.posture import today
from tracker.web.map_data import day_number

HERE = Path(__file__).resolve().parent.parent


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("other", type=Path, help="the other checkout (say, a worktree of main)")
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--facilities", type=int, default=10000)
    parser.add_argument("--steps", type=int, default=40)
    parser.add_argument("--posture", action="store_true", help="time GET /api/posture instead of the slider step")
    parser.add_argument("--data", type=Path, help="serve this store (imported already, only read) instead of generating")
    args = parser.parse_args(argv)
    trees = {"other": args.other.resolve(), "this": HERE}
    print("before:", machine(), flush=True)
    with tempfile.TemporaryDirectory(prefix="tracker-side-by-side-") as tmp:
        work = Path(tmp)
        end = datetime.date.today() - datetime.timedelta(days=1)
        data = args.data
        if data is None:
            source = generate.write(generate.generate(args.facilities, end=end), work / "facilities.geojson")
            data = work / "data"
            server.run_import(source, data)
        with contextlib.ExitStack() as stack:
            ports = {name: stack.enter_context(_serve(tree, data, work, name)) for name, tree in trees.items()}
            figures = _measure_posture(ports, end, args) if args.posture else _measure(ports, end, args)
        for what, steps in figures.items():
            for name, values in steps.items():
                print(f"{name}: {what} median {statistics.median(values):.2f} ms of "
                      f"{', '.join(f'{v:.2f}' for v in values)}")
            label = "" if what in ("slider step", "GET /api/posture") else f"{what}, "  # the first: as before
            print(f"{label}this / other: {statistics.median(steps['this']) / statistics.median(steps['other']):.3f}")
    print("after:", machine(), flush=True)


@contextlib.contextmanager
def _serve(tree, data, work, name):
    before = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = str(tree)  # the child `tracker serve` imports that tree's code
    try:
        with server.serve(data, work / f"instance-{name}") as port:
            yield port
    finally:
        if before is None:
            os.environ.pop("PYTHONPATH", None)
        else:
            os.environ["PYTHONPATH"] = before


def _measure(ports, end, args):
    stepping = Stepping(day_number(end.isoformat()) - 365, STEP_DAYS, args.steps, day_number(today()))
    subjects = {name: Subject(name, f"http://127.0.0.1:{port}/", OURS_READY, updated=OURS_UPDATED,
                              expect=functools.partial(expected_at, port)) for name, port in ports.items()}
    figures = {what: {name: [] for name in subjects}
               for what in ("slider step", "slider step's main-thread CPU", "frame interval while stepping",
                            "Home-to-End jump")}
    with Browser() as browser:
        for subject in subjects.values():
            browser.measure(subject, stepping, 0, warmups=1)
        for round_ in range(args.rounds):
            order = list(subjects.items())
            for name, subject in order if round_ % 2 == 0 else order[::-1]:
                result = browser.measure(subject, stepping, 1, warmups=0)
                figures["slider step"][name] += result.step_ms
                figures["slider step's main-thread CPU"][name] += result.step_cpu_ms
                figures["frame interval while stepping"][name] += result.frame_ms
                figures["Home-to-End jump"][name] += result.jump_ms
                print(f"round {round_ + 1} {name}: step {result.step_ms[0]:.2f} ms "
                      f"({result.step_cpu_ms[0]:.2f} ms CPU), frame {result.frame_ms[0]:.1f} ms "
                      f"(idle {result.idle_frame_ms[0]:.1f}), jump {result.jump_ms[0]:.0f} ms", flush=True)
    return figures


def _measure_posture(ports, end, args):
    clients = {name: server.Client(port) for name, port in ports.items()}
    try:
        for client in clients.values():  # as a running server is: every facility's texts made
            for date in WARM_DATES:
                client.request("GET", f"/api/posture?date={date}")
        times = {name: [] for name in clients}
        first = end - datetime.timedelta(days=generate.SPAN_DAYS - 1)
        for k in range(args.steps):
            date = (first + (end - first) * (k + 0.5) / args.steps).isoformat()
            order = list(clients.items())
            bodies = set()
            for name, client in order if k % 2 == 0 else order[::-1]:
                status, body, seconds = client.request("GET", f"/api/posture?date={date}")
                if status != 200:
                    raise RuntimeError(f"{name}: /api/posture?date={date} answered {status}")
                times[name].append(1000 * seconds)
                bodies.add(body)
            if len(bodies) != 1:
                raise RuntimeError(f"the two answers of /api/posture?date={date} differ")
        return {"GET /api/posture": times}
    finally:
        for client in clients.values():
            client.close()


if __name__ == "__main__":
    main()
