"""`make bench`: the tracker at 10,000 facilities and 100,000 entries, against two peers.

Builds the synthetic dataset in a temporary directory, then measures, all in one run:
`tracker import`; `GET /api/posture` warm on a real `tracker serve`; the map page in
headless Chromium (bytes, ready, slider steps, a Home-to-End jump) beside a naive
Leaflet page and folium's Timeline on the same data; and an entry write at that size
and at the seed dataset's. Prints one Markdown table of medians, with the targets.

    python -m bench.run [--facilities 10000] [--runs 5] [--steps 40]
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
from dataclasses import dataclass
from pathlib import Path

from bench import generate, peers, server
from bench.browser import CHROMIUM, Browser, Stepping, Subject
from bench.site import Site
from tracker.web.map_data import day_number
from tracker.posture import today

SEED = Path(__file__).resolve().parent.parent / "geodata"
STEP_DAYS = 3
POSTURE_DATES = 8  # a run
WARM_DATES = ("2000-01-01", "2099-12-31")  # nothing, then everything: every facility's texts made
WRITES = 15
MB = 1_000_000
OURS_READY = "document.querySelector('#posture-list [data-facility]') !== null"
# The map has caught up with a date when its label shows the date and its list holds
# exactly the posture the API gives for it.
OURS_UPDATED = """expected => {
    if (document.getElementById("date-label").textContent !== expected.date) return false;
    const items = document.querySelectorAll("#posture-list [data-facility]");
    if (items.length !== expected.count) return false;
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


def median_ms(seconds):
    return 1000 * statistics.median(seconds)


def measure(work, facilities, runs, steps, writes=WRITES, echo=print):
    """Measure everything in directory `work`; return the table's rows."""
    end = datetime.date.today() - datetime.timedelta(days=1)
    collection = generate.generate(facilities, end=end)
    source = generate.write(collection, work / "facilities.geojson")
    echo(f"dataset: {facilities} facilities, {facilities * generate.ENTRIES_PER_FACILITY} entries")
    rows, data_dir = import_rows(source, work, runs, echo)
    with server.serve(data_dir, work / "instance") as port:
        echo("GET /api/posture ...")
        rows.append(posture_row(port, end, runs))
        rows += browser_rows(port, source, work, end, runs, steps, echo)
    echo("entry writes ...")
    rows += write_rows(data_dir, work, collection["features"][0]["id"], writes)
    return rows


def import_rows(source, work, runs, echo):
    """Import the file `runs` times into fresh directories; keep the last one."""
    times, peaks = [], []
    for run in range(runs):
        echo(f"tracker import, run {run + 1} of {runs} ...")
        target = work / f"data-{run}"
        seconds, peak = server.run_import(source, target)
        times.append(seconds)
        peaks.append(peak)
        if run < runs - 1:
            shutil.rmtree(target)
    return [
        Row("`tracker import` of the file: wall time", "s", statistics.median(times),
            target="<= 60 s", met=statistics.median(times) <= 60),
        Row("`tracker import`: peak memory (RSS of the process)", "MB", statistics.median(peaks) / MB),
    ], target


def posture_row(port, end, runs):
    """`/api/posture` at POSTURE_DATES x runs distinct dates spread over the two years."""
    first = end - datetime.timedelta(days=generate.SPAN_DAYS - 1)
    count = POSTURE_DATES * runs
    dates = [(first + (end - first) * (k + 0.5) / count).isoformat() for k in range(count)]
    value = median_ms(server.posture_times(port, WARM_DATES, dates))
    return Row(f"`GET /api/posture?date=` warm, median of {count} dates", "ms", value,
               target="<= 50 ms", met=value <= 50)


def browser_rows(port, source, work, end, runs, steps, echo):
    """The map page and its two peers, measured alike in one Chromium."""
    urls = peers.build(source, work / "site", today())
    stepping = Stepping(day_number(end.isoformat()) - 365, STEP_DAYS, steps, day_number(today()))
    results = {}
    with Site(peers.mounts(work / "site")) as site, Browser() as browser:
        subjects = [
            Subject("ours", f"http://127.0.0.1:{port}/", OURS_READY, updated=OURS_UPDATED,
                    expect=functools.partial(expected_at, port)),
            Subject("naive", site.url + urls["naive"], NAIVE_READY),
            Subject("folium", site.url + urls["folium"], FOLIUM_READY, slider="input.time-slider",
                    day_value="day => day * 86400000"),
        ]
        for subject in subjects:
            echo(f"Chromium {browser.version}: {subject.name}, {runs} runs ...")
            results[subject.name] = browser.measure(subject, stepping, runs)
    return page_rows(results, steps)


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


def page_rows(results, steps):
    """Rows of the browser measurements, with the peers' ratios to ours."""
    def row(metric, name, unit, scale=1, target="-", test=None):
        values = {subject: results[subject].median(name) * scale for subject in results}
        ratio = ", ".join(f"{peer} {values[peer] / values['ours']:.1f}x"
                          for peer in ("naive", "folium") if values["ours"])
        return Row(metric, unit, values["ours"], values["naive"], values["folium"], target,
                   test(values) if test else None, ratio)

    idle = results["ours"].median("idle_frame_ms")
    rows = [
        row("`GET /` page: bytes transferred (compressed, all requests)", "wire_bytes", "MB", 1 / MB,
            "<= 3 MB", lambda v: v["ours"] <= 3),
        row("`GET /` page: time to a ready map", "ready_ms", "s", 1 / 1000, "<= 3 s", lambda v: v["ours"] <= 3),
        row(f"slider step: main-thread work (CDP TaskDuration / {steps} steps)", "step_ms", "ms",
            target="peers >= 10x ours", test=lambda v: min(v["naive"], v["folium"]) >= 10 * v["ours"]),
        row(f"slider step: median frame interval (idle: {idle:.1f} ms)", "frame_ms", "ms",
            target=f"<= 1.05 x idle ({1.05 * idle:.1f} ms)", test=lambda v: v["ours"] <= 1.05 * idle),
        row("Home-to-End jump, to the frame after the update", "jump_ms", "ms", target="<= 100 ms",
            test=lambda v: v["ours"] <= 100),
    ]
    plain = {subject: results[subject].median("plain_bytes") / MB for subject in results}
    rows[0].metric += f" (decoded: ours {plain['ours']:.1f}, naive {plain['naive']:.1f}, folium {plain['folium']:.1f} MB)"
    return rows


def write_rows(data_dir, work, facility_id, writes):
    """An entry write through the API at this size and at the seed dataset's."""
    seed_dir = work / "seed"
    shutil.copytree(SEED, seed_dir, ignore=shutil.ignore_patterns(".*"))
    big_ms = median_ms(server.api_write_times(data_dir, work / "instance", facility_id, writes))
    small_ms = median_ms(server.api_write_times(seed_dir, work / "instance-seed", "hmeimim-air-base", writes))
    return [
        Row(f"entry write, `POST /api/facilities/<id>/status`, median of {writes}", "ms", big_ms,
            target="<= 50 ms", met=big_ms <= 50),
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
        met = "-" if row.met is None else ("yes" if row.met else "**no**")
        lines.append(f"| {row.metric} | {' | '.join(cells)} | {row.ratio} | {row.target} | {met} |")
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


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--facilities", type=int, default=10_000, help="Size of the synthetic dataset.")
    parser.add_argument("--runs", type=int, default=5, help="Runs of each measurement (medians).")
    parser.add_argument("--steps", type=int, default=40, help="Slider steps per run.")
    parser.add_argument("--writes", type=int, default=WRITES, help="Entry writes at each size.")
    args = parser.parse_args(argv)
    before = machine()
    with tempfile.TemporaryDirectory(prefix="tracker-bench-") as work:
        rows = measure(Path(work), args.facilities, args.runs, args.steps, args.writes)
    print(f"\nbefore: {before}\nafter:  {machine()}\n")
    print(render(rows, args.facilities))


if __name__ == "__main__":
    main()
