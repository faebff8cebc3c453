"""Where a slider step of the map page goes, at 10,000 facilities (or any size).

    python -m bench.profile [--facilities 10000] [--steps 40] [--data DIR]

Builds the dataset (kept in bench/out/, as `bench.run` keeps it) and a `tracker serve` as
`bench.run` does (`--data`: serve a directory imported already), then, in Chromium, steps
the slider as the benchmark does and prints:

1. the renderer main thread's time per step by trace event, self time (script, style,
   layout, paint, commit...), from a devtools.timeline trace;
2. the JavaScript functions with the most self time (CDP Profiler);
3. the step's main-thread work for variants of the page (parts switched off, the
   layer redrawn whole, only the date label changing): what each part costs;
4. the Home-to-End jump (the slider from its first day to its last): the time to the frame
   after it, its main-thread work, and its JavaScript self time by function.
"""

import argparse
import collections
import datetime
import json
import tempfile
from pathlib import Path

from bench import generate, server
from bench.browser import JUMP_JS, LOAD_TIMEOUT_MS, SET_JS, STEP_JS, VIEWPORT, Browser, task_seconds
from bench.run import OUT, STEP_DAYS
from tracker.web.map_data import day_number

TRACE_CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8.execute"]
# Variants of the page, made by JavaScript run before stepping. They reach into the page's
# own objects (`trackerPage`, its `list` and `layer`): update them when those change.
VARIANTS = {
    "the page as it is": "",
    "the list's update off": "trackerPage.list.update = function () {};",
    "the map layer's update off": "trackerPage.layer.update = function () {};",
    "both off": "trackerPage.list.update = trackerPage.layer.update = function () {};",
    "the list's update off, the layer redrawn whole": (
        "trackerPage.list.update = function () {};"
        "trackerPage.layer.update = function () { this.redraw(); };"),
    "only the date label changes": (
        "trackerPage.setDay = function (day) { trackerPage.label.textContent = PostureDates.dayToIso(day); };"),
}


def self_times(events):
    """Self time (ms) of the complete events on the renderer's main thread, by name."""
    main = {(e["pid"], e["tid"]) for e in events
            if e.get("name") == "thread_name" and e["args"].get("name") == "CrRendererMain"}
    spans = sorted(((e["ts"], e.get("dur", 0), e["name"]) for e in events
                    if (e.get("pid"), e.get("tid")) in main and e.get("ph") == "X"),
                   key=lambda span: (span[0], -span[1]))
    records, stack = [], []  # [start, duration, name, children's duration]
    for start, duration, name in spans:
        while stack and stack[-1][0] + stack[-1][1] <= start:
            stack.pop()
        record = [start, duration, name, 0]
        if stack:
            stack[-1][3] += duration
        stack.append(record)
        records.append(record)
    totals = collections.Counter()
    for _, duration, name, children in records:
        totals[name] += (duration - children) / 1000
    return totals


def function_times(profile):
    """Self time (ms) of each JavaScript function in a CDP CPU profile, by name and place."""
    nodes = {node["id"]: node["callFrame"] for node in profile["nodes"]}
    totals = collections.Counter()
    for sample, delta in zip(profile["samples"], profile["timeDeltas"]):
        frame = nodes[sample]
        where = f"{frame['url'].rsplit('/', 1)[-1]}:{frame['lineNumber'] + 1}" if frame["url"] else ""
        totals[f"{frame['functionName'] or '(anonymous)'} {where}".strip()] += delta / 1000
    return totals


class Stepper:
    """The map page, open at the benchmark's first day, ready to step."""

    def __init__(self, browser, url, first_day, steps):
        self.context = browser.new_context(viewport=VIEWPORT)
        self.page = self.context.new_page()
        self.cdp = self.context.new_cdp_session(self.page)
        self.cdp.send("Performance.enable")
        # The first page of a fresh server builds the map data (at 100,000 facilities longer
        # than Playwright's default 30 s): the same allowance as bench.run's loads.
        self.page.goto(url, timeout=LOAD_TIMEOUT_MS)
        self.page.wait_for_selector("#posture-list [data-facility]", timeout=LOAD_TIMEOUT_MS)
        self.page.evaluate(SET_JS, {"slider": "#date-slider", "value": first_day})
        self.page.wait_for_timeout(300)
        self.values = [first_day + STEP_DAYS * k for k in range(1, steps + 1)]

    def step(self):
        """Step; return the main-thread work per step (ms)."""
        before = task_seconds(self.cdp)
        self.page.evaluate(STEP_JS, {"slider": "#date-slider", "values": self.values})
        return 1000 * (task_seconds(self.cdp) - before) / len(self.values)

    def jump(self):
        """From the slider's first day to its last; return (ms to the frame after, main-thread ms)."""
        self.page.evaluate(SET_JS, {"slider": "#date-slider", "value": "min"})
        self.page.wait_for_timeout(300)
        before = task_seconds(self.cdp)
        wall = self.page.evaluate(JUMP_JS, {"slider": "#date-slider", "updated": "expected => true", "expected": None})
        return wall, 1000 * (task_seconds(self.cdp) - before)

    def close(self):
        self.context.close()


def report(browser, url, first_day, steps, work):
    """Print the three views of a step's cost (see the module docstring)."""
    stepper = Stepper(browser.chromium, url, first_day, steps)
    browser.chromium.start_tracing(page=stepper.page, path=str(work / "trace.json"), categories=TRACE_CATEGORIES)
    per_step = stepper.step()
    browser.chromium.stop_tracing()
    stepper.close()
    events = json.loads((work / "trace.json").read_text())["traceEvents"]
    print(f"main-thread work: {per_step:.1f} ms a step; self time a step by trace event:")
    _top(self_times(events), steps)

    stepper = Stepper(browser.chromium, url, first_day, steps)
    stepper.cdp.send("Profiler.enable")
    stepper.cdp.send("Profiler.setSamplingInterval", {"interval": 100})
    stepper.cdp.send("Profiler.start")
    stepper.step()
    profile = stepper.cdp.send("Profiler.stop")["profile"]
    stepper.close()
    print("\nJavaScript self time a step by function ('(program)' is the browser's own work):")
    _top(function_times(profile), steps)

    print("\nmain-thread work a step, by variant of the page:")
    for label, change in VARIANTS.items():
        stepper = Stepper(browser.chromium, url, first_day, steps)
        stepper.page.evaluate(f"() => {{ {change} }}")
        print(f"  {stepper.step():8.2f} ms  {label}")
        stepper.close()

    stepper = Stepper(browser.chromium, url, first_day, steps)
    stepper.cdp.send("Profiler.enable")
    stepper.cdp.send("Profiler.setSamplingInterval", {"interval": 100})
    stepper.jump()  # once to warm up, then measured
    stepper.cdp.send("Profiler.start")
    wall, work = stepper.jump()
    profile = stepper.cdp.send("Profiler.stop")["profile"]
    stepper.close()
    print(f"\nthe Home-to-End jump: {wall:.0f} ms to the frame after it, {work:.0f} ms of main-thread work;"
          " JavaScript self time by function:")
    _top(function_times(profile), 1)


def _top(totals, steps, count=14):
    for name, total in totals.most_common(count):
        print(f"  {total / steps:8.2f} ms  {name}")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--facilities", type=int, default=10_000, help="Size of the synthetic dataset.")
    parser.add_argument("--steps", type=int, default=40, help="Slider steps of 3 days.")
    parser.add_argument("--out", type=Path, default=OUT, help="Where generated datasets are kept and reused.")
    parser.add_argument("--data", type=Path, help="Serve this data directory (imported already) instead.")
    args = parser.parse_args(argv)
    end = datetime.date.today() - datetime.timedelta(days=1)
    with tempfile.TemporaryDirectory(prefix="tracker-profile-") as work:
        work = Path(work)
        data = args.data
        if data is None:
            data = work / "data"
            server.run_import(generate.cached(args.facilities, end, args.out), data)
        with server.serve(data, work / "instance") as port, Browser() as browser:
            report(browser, f"http://127.0.0.1:{port}/", day_number(end.isoformat()) - 365, args.steps, work)


if __name__ == "__main__":
    main()
