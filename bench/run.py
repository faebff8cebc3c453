"""`make bench`: the tracker at 1,000, 10,000 and 100,000 facilities, against two peers.

For each size, generates the synthetic dataset once into bench/out/ (reused by later runs),
then measures, all in one run: `tracker import`; a real `tracker serve` (its first answer,
its memory); `GET /api/posture` warm; the map page in headless Chromium (bytes, ready,
slider steps, a Home-to-End jump) beside a naive Leaflet page and folium's Timeline on the
same data; and an entry write at that size and at the seed dataset's. Prints one Markdown
table of medians per size, with the targets, then the curve: each cost per facility at
every size (bench/curve.py). A peer that cannot be measured at a size is reported failed.

    python -m bench.run [--facilities 1000,10000,100000] [--runs 5] [--one-run-from 100000] [--steps 40]
"""

import argparse
import datetime
import functools
import json
import os
import platform
import shutil
import statistics
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from bench import curve, generate, peers, server
from bench.browser import CHROMIUM, Browser, Result, Stepping, Subject
from bench.site import Site
from tracker.web.map_data import day_number
from tracker.posture import today

SEED = Path(__file__).resolve().parent.parent / "geodata"
OUT = Path(__file__).resolve().parent / "out"  # generated datasets, kept between runs (git-ignored)
STEP_DAYS = 3
POSTURE_DATES = 8  # a run
WARM_DATES = ("2000-01-01", "2099-12-31")  # nothing, then everything: every facility's texts made
WRITES = 15
MB = 1_000_000
OURS_READY = "document.querySelector('#posture-list [data-facility]') !== null"
# The map has caught up with a date when its label shows the date and its list holds
# exactly the posture the API gives for it: every item, or past the list's threshold
# (README, "The list at scale") the rows rendered, and the length they announce.
OURS_UPDATED = """expected => {
    if (document.getElementById("date-label").textContent !== expected.date) return false;
    const list = document.getElementById("posture-list"), items = list.querySelectorAll("[data-facility]");
    const count = !list.dataset.windowed ? items.length : items.length ? +items[0].getAttribute("aria-setsize") : 0;
    if (count !== expected.count) return false;
    for (const item of items) if (expected.statuses[item.dataset.facility] !== item.dataset.status) return false;
    return true;
}"""
NAIVE_READY = "document.body.dataset.ready === 'true'"
FOLIUM_READY = "document.readyState === 'complete' && document.querySelector('input.time-slider') !== null"


@dataclass
class Row:
    """One line of the table: medians for ours and the peers, and the target."""

    metric: str
    unit: str
    ours: float
    naive: float = None
    folium: float = None
    target: str = "-"
    met: bool = None
    ratio: str = ""
    failed: dict = field(default_factory=dict)  # subject -> why it could not be measured
    key: str = ""  # names the figure in the curve (bench/curve.py), whatever the metric's wording


def targets(facilities):
    """The project's targets at this size (BENCHMARKS.md): beyond 10,000 the 100,000 ones."""
    big = facilities > 10_000
    return {"import_s": 180 if big else 60, "page_mb": 8 if big else 3}


def median_ms(seconds):
    return 1000 * statistics.median(seconds)


def measure(work, facilities, runs, steps, writes=WRITES, out=OUT, echo=print, keep=None, end=None):
    """Measure everything in directory `work`, histories ending on `end` (default: yesterday); return the rows."""
    end = end or yesterday()
    echo(f"dataset: {facilities} facilities, {facilities * generate.ENTRIES_PER_FACILITY} entries ...")
    source = generate.cached(facilities, end, out)
    rows, data_dir = import_rows(source, work, runs, facilities, echo)
    echo("tracker serve, cold (every file read; the cache made) ...")
    with server.started(data_dir, work / "instance") as cold:
        pass
    with server.started(data_dir, work / "instance") as running:
        echo("GET /api/posture ...")
        rows.append(posture_row(running.port, end, runs))
        rows += browser_rows(running.port, source, work, end, runs, steps, facilities, echo)
        rows += server_rows(cold, running)
    echo("entry writes ...")
    first = min(path.stem for path in data_dir.glob("*.geojson"))
    rows += write_rows(data_dir, work, first, writes)
    if keep:  # the imported data, for bench.profile --data (an import of 100,000 takes long)
        shutil.rmtree(keep / f"data-{facilities}", ignore_errors=True)
        shutil.move(data_dir, keep / f"data-{facilities}")
    return rows


def server_rows(cold, running):
    """How soon `tracker serve` answered, cold and then restarted, and what it holds once it has served."""
    resident, peak = running.memory()
    return [
        Row("`tracker serve` restarted (its cache made): start to its first answer", "s", running.first_answer_s,
            target="<= 10 s", met=running.first_answer_s <= 10, key="first_answer"),
        Row("`tracker serve` restarted: its CPU time to its first answer", "s", running.first_answer_cpu_s,
            key="first_answer_cpu"),
        Row("`tracker serve` cold, right after the import: start to its first answer", "s", cold.first_answer_s,
            key="cold_answer"),
        Row(f"`tracker serve`: memory (RSS) after the answers and pages above (peak {peak / MB:.0f} MB)",
            "MB", resident / MB, target="<= 1500 MB", met=resident / MB <= 1500, key="server_rss"),
    ]


def import_rows(source, work, runs, facilities, echo):
    """Import the file `runs` times into fresh directories; keep the last one."""
    times, peaks, cpu = [], [], []
    for run in range(runs):
        echo(f"tracker import, run {run + 1} of {runs} ...")
        target = work / f"data-{run}"
        seconds, peak = server.run_import(source, target, cpu)
        times.append(seconds)
        peaks.append(peak)
        if run < runs - 1:
            shutil.rmtree(target)
    limit = targets(facilities)["import_s"]
    return [
        Row("`tracker import` of the file: wall time", "s", statistics.median(times),
            target=f"<= {limit} s", met=statistics.median(times) <= limit, key="import_s"),
        Row("`tracker import`: CPU time of the process (user and system)", "s", statistics.median(cpu),
            key="import_cpu"),
        Row("`tracker import`: peak memory (RSS of the process)", "MB", statistics.median(peaks) / MB,
            key="import_mb"),
    ], target


def posture_row(port, end, runs):
    """`/api/posture` at POSTURE_DATES x runs distinct dates spread over the two years."""
    first = end - datetime.timedelta(days=generate.SPAN_DAYS - 1)
    count = POSTURE_DATES * runs
    dates = [(first + (end - first) * (k + 0.5) / count).isoformat() for k in range(count)]
    value = median_ms(server.posture_times(port, WARM_DATES, dates))
    return Row(f"`GET /api/posture?date=` warm, median of {count} dates", "ms", value,
               target="<= 50 ms", met=value <= 50, key="posture_ms")


def browser_rows(port, source, work, end, runs, steps, facilities, echo):
    """The map page and its two peers, measured alike in one Chromium.

    A peer that fails (its page cannot be built, loaded or stepped in time) is reported
    failed with the reason; the tracker's own page failing fails the run.
    """
    echo("the peers' pages ...")
    try:
        urls = peers.build(source, work / "site", today())
    except Exception as error:  # noqa: BLE001 -- a peer that cannot be built is a result
        urls = {"naive": None, "folium": None, "error": Result.failed(error)}
    stepping = Stepping(day_number(end.isoformat()) - 365, STEP_DAYS, steps, day_number(today()))
    results = {}
    with Site(peers.mounts(work / "site")) as site, Browser() as browser:
        subjects = [
            Subject("ours", f"http://127.0.0.1:{port}/", OURS_READY, updated=OURS_UPDATED,
                    expect=functools.partial(expected_at, port)),
            Subject("naive", site.url + (urls["naive"] or ""), NAIVE_READY),
            Subject("folium", site.url + (urls["folium"] or ""), FOLIUM_READY, slider="input.time-slider",
                    day_value="day => day * 86400000"),
        ]
        for subject in subjects:
            echo(f"Chromium {browser.version}: {subject.name}, {runs} runs ...")
            if subject.name != "ours" and urls.get(subject.name) is None:
                results[subject.name] = urls["error"]
                continue
            try:
                results[subject.name] = browser.measure(subject, stepping, runs)
            except Exception as error:  # noqa: BLE001 -- a peer failing at this size is a result
                if subject.name == "ours":
                    raise
                results[subject.name] = Result.failed(error)
                echo(f"  {subject.name} failed: {results[subject.name].failure}")
    return page_rows(results, steps, facilities)


@functools.lru_cache(maxsize=8)
def expected_at(port, date):
    """What the map's list must show at `date`: the API's posture."""
    client = server.Client(port)
    try:
        _, body, _ = client.request("GET", f"/api/posture?date={date}")
    finally:
        client.close()
    features = json.loads(body)["features"]
    return {"date": date, "count": len(features),
            "statuses": {f["id"]: f["properties"]["status"] for f in features}}


def page_rows(results, steps, facilities):
    """Rows of the browser measurements, with the peers' ratios to ours."""
    failed = {subject: result.failure for subject, result in results.items() if result.failure}

    def row(metric, name, unit, scale=1, target="-", test=None):
        values = {subject: _scaled(results[subject].median(name), scale) for subject in results}
        ratio = ", ".join(f"{peer} {values[peer] / values['ours']:.1f}x"
                          for peer in ("naive", "folium") if values["ours"] and values[peer] is not None)
        return Row(metric, unit, values["ours"], values["naive"], values["folium"], target,
                   test(values) if test else None, ratio, failed, key=name)

    idle = results["ours"].median("idle_frame_ms")
    page_mb = targets(facilities)["page_mb"]
    if facilities > 10_000:  # the peers may not finish at all: an absolute target, one frame
        step_target, step_test = "<= 16.7 ms", lambda v: v["ours"] <= 16.7
    else:
        step_target = "peers >= 10x ours"
        step_test = lambda v: not failed and min(v["naive"], v["folium"]) >= 10 * v["ours"]  # noqa: E731
    rows = [
        row("`GET /` page: bytes transferred (compressed, all requests)", "wire_bytes", "MB", 1 / MB,
            f"<= {page_mb} MB", lambda v: v["ours"] <= page_mb),
        row("`GET /` page: time to a ready map", "ready_ms", "s", 1 / 1000, "<= 3 s", lambda v: v["ours"] <= 3),
        row(f"slider step: main-thread work (CDP TaskDuration / {steps} steps)", "step_ms", "ms",
            target=step_target, test=step_test),
        # The same steps' CPU time on that thread: on a busy machine TaskDuration also counts
        # the time the thread waited for a core (bench/browser.py, `main_thread_seconds`).
        row(f"slider step: main-thread CPU (CDP ThreadTime / {steps} steps)", "step_cpu_ms", "ms"),
        row(f"slider step: median frame interval (idle: {idle:.1f} ms)", "frame_ms", "ms",
            target=f"<= 1.05 x idle ({1.05 * idle:.1f} ms)", test=lambda v: v["ours"] <= 1.05 * idle),
        row("Home-to-End jump, to the frame after the update", "jump_ms", "ms", target="<= 100 ms",
            test=lambda v: v["ours"] <= 100),
    ]
    plain = {subject: _scaled(results[subject].median("plain_bytes"), 1 / MB) for subject in results}
    decoded = ", ".join(f"{subject} {value:.1f}" for subject, value in plain.items() if value is not None)
    rows[0].metric += f" (decoded: {decoded} MB)"
    return rows


def _scaled(value, scale):
    return None if value is None else value * scale


def write_rows(data_dir, work, facility_id, writes):
    """An entry write through the API at this size and at the seed dataset's."""
    seed_dir = work / "seed"
    shutil.copytree(SEED, seed_dir, ignore=shutil.ignore_patterns(".*"))
    big_ms = median_ms(server.api_write_times(data_dir, work / "instance", facility_id, writes))
    small_ms = median_ms(server.api_write_times(seed_dir, work / "instance-seed", "hmeimim-air-base", writes))
    return [
        Row(f"entry write, `POST /api/facilities/<id>/status`, median of {writes}", "ms", big_ms,
            target="<= 50 ms", met=big_ms <= 50, key="write_ms"),
        Row(f"the same write at the seed dataset ({sum(1 for _ in SEED.glob('*.geojson'))} facilities)",
            "ms", small_ms, target="large <= 3x seed", met=big_ms <= 3 * small_ms,
            ratio=f"large / seed {big_ms / small_ms:.2f}x"),
    ]


def render(rows, facilities):
    """The table, as Markdown."""
    lines = [
        f"| metric ({facilities} facilities) | ours | naive Leaflet | folium Timeline | ratio | target | met? |",
        "|---|---:|---:|---:|---|---|---|",
    ]
    for row in rows:
        cells = [_number(value, row.unit) for value in (row.ours, row.naive, row.folium)]
        for index, subject in ((1, "naive"), (2, "folium")):
            if subject in row.failed:
                cells[index] = "failed"
        met = "-" if row.met is None else ("yes" if row.met else "**no**")
        lines.append(f"| {row.metric} | {' | '.join(cells)} | {row.ratio} | {row.target} | {met} |")
    failures = {subject: why for row in rows for subject, why in row.failed.items()}
    lines += [f"\n{subject} failed at {facilities} facilities: {why}" for subject, why in failures.items()]
    return "\n".join(lines)


def _number(value, unit):
    if value is None:
        return ""
    digits = 0 if abs(value) >= 100 else (1 if abs(value) >= 10 else 2)
    return f"{value:.{digits}f} {unit}"


def machine():
    """One line about where the numbers come from: CPU, cores, memory, browser, Python, load."""
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    chromium = subprocess.run([CHROMIUM, "--version"], capture_output=True, text=True).stdout.strip()
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    return (f"{cpu}, {os.cpu_count()} cores, {memory:.0f} GiB; {chromium}; Python {platform.python_version()}; "
            f"load average {load}; {datetime.date.today()}")


def yesterday():
    return datetime.date.today() - datetime.timedelta(days=1)


def sizes(text):
    """`1000,10000,100000` -> [1000, 10000, 100000]."""
    return [int(part) for part in text.replace("_", "").split(",") if part.strip()]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--facilities", type=sizes, default=[1_000, 10_000, 100_000],
                        help="Sizes of the synthetic dataset, comma-separated (the curve).")
    parser.add_argument("--runs", type=int, default=5, help="Runs of each measurement (medians).")
    parser.add_argument("--one-run-from", type=int, default=100_000,
                        help="Sizes from this one up are measured once (a run at 100,000 takes long).")
    parser.add_argument("--steps", type=int, default=40, help="Slider steps per run.")
    parser.add_argument("--writes", type=int, default=WRITES, help="Entry writes at each size.")
    parser.add_argument("--out", type=Path, default=OUT, help="Where generated datasets are kept and reused.")
    parser.add_argument("--end", type=datetime.date.fromisoformat, default=None,
                        help="Last day of the generated histories (default: yesterday, UTC); "
                             "an earlier day reuses a file generated then.")
    parser.add_argument("--keep-data", action="store_true",
                        help="Keep each size's imported data in --out as data-<size> (for bench.profile --data).")
    args = parser.parse_args(argv)
    before = machine()
    tables = {}
    for facilities in args.facilities:
        runs = 1 if facilities >= args.one_run_from else args.runs
        with tempfile.TemporaryDirectory(prefix="tracker-bench-") as work:
            tables[facilities] = (runs, measure(Path(work), facilities, runs, args.steps, args.writes, args.out,
                                                keep=args.out if args.keep_data else None, end=args.end))
        print(f"\n{render(tables[facilities][1], facilities)}\n", flush=True)
    print(f"\nbefore: {before}\nafter:  {machine()}\n")
    for facilities, (runs, rows) in tables.items():
        print(f"{facilities} facilities, {'medians of ' + str(runs) + ' runs' if runs > 1 else 'one run'}:\n")
        print(render(rows, facilities) + "\n")
    if len(tables) > 1:
        print(curve.render({facilities: rows for facilities, (_, rows) in tables.items()}))


if __name__ == "__main__":
    main()
