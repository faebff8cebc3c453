"""Measure a map page in headless Chromium: load, bytes, slider steps and a jump.

Each subject (the tracker's map, or a peer) is driven the same way, in the same browser:

- load: a fresh browser context, time from navigation to "ready" (the subject's own
  condition, polled every frame), and the bytes on the wire of every response;
- steps: set the slider's value, fire `input`, await the next animation frame; after
  the last step, frames until the page shows that date in full (so work it puts off
  is counted too) and one more. The main thread's work per step is the Chrome
  DevTools Protocol's TaskDuration (`Performance.getMetrics`) after minus before,
  over the steps; frame intervals are the rAF timestamps while stepping, against the
  same count of idle frames before;
- jump: from the slider's first value to its last, the time until the frame after the
  page shows the last date in full.

Requests that are not to 127.0.0.1 cannot resolve (a host-resolver rule rather than
request interception, which would slow every request it sees); any that are tried are
reported.
"""

import datetime
import statistics
from collections.abc import Callable
from dataclasses import dataclass, field

from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]
VIEWPORT = {"width": 1280, "height": 800}
SETTLE_MS = 300  # after a load or a jump, before the next measurement
LOAD_TIMEOUT_MS = 180_000
EPOCH = datetime.date(1970, 1, 1)

# In the page, for STEP_JS, CHECK_JS and JUMP_JS. `args`: `slider` (a CSS selector); for
# CHECK_JS and JUMP_JS also `updated` (the source of a JS function of `expected`, true once
# the page shows it) and `expected`.
INPUT_JS = """
    const frame = () => new Promise(resolve => requestAnimationFrame(resolve));
    const input = document.querySelector(args.slider);
    const set = value => {
        input.value = String(value);
        input.dispatchEvent(new Event("input", {bubbles: true}));
    };
"""
PAGE_JS = INPUT_JS + """
    const shows = new Function("expected", "return (" + args.updated + ")(expected);");
    // Frames until the page shows what is expected, then one more: the frame that paints it.
    const settle = async () => {
        for (let frames = 0; frames < 600; frames++) {
            await frame();
            if (shows(args.expected)) return frame();
        }
        throw new Error("the page never showed what was expected");
    };
"""
IDLE_JS = """async (count) => {
    const frame = () => new Promise(resolve => requestAnimationFrame(resolve));
    const stamps = [await frame()];
    for (let i = 0; i < count; i++) stamps.push(await frame());
    return stamps;
}"""
# Step to each of `args.values`, a step a frame, then two more frames: the one that paints
# the last step, and one after it. Whether the page then shows the last date in full is
# CHECK_JS's question, asked after the main-thread work is read: the check walks every item
# of our list (4-14 ms at 10,000), work of the benchmark that the peers, which have no
# check, would not pay. A page still behind fails the run. Nor is `expected` sent with the
# steps: it is our posture, an object of a key a facility, and the page deserialises an
# evaluation's argument on its main thread, inside the measured window (at 100,000
# facilities about 10 ms a step of 40, paid by us alone: BENCHMARKS.md).
STEP_JS = "async (args) => {" + INPUT_JS + """
    const stamps = [await frame()];
    for (const value of args.values) {
        set(value);
        stamps.push(await frame());
    }
    await frame();
    await frame();
    return stamps;
}"""
CHECK_JS = "(args) => {" + PAGE_JS + "return shows(args.expected); }"
JUMP_JS = "async (args) => {" + PAGE_JS + """
    const start = performance.now();
    set(input.max);
    await settle();
    return performance.now() - start;
}"""
SET_JS = """({slider, value}) => {
    const input = document.querySelector(slider);
    input.value = String(value === "min" ? input.min : value);
    input.dispatchEvent(new Event("input", {bubbles: true}));
}"""


@dataclass
class Subject:
    """A map page to measure, and how to read it.

    `ready`: a JS expression, true once the map is usable. `day_value`: a JS function
    from a day number (days since 1970-01-01) to the slider's value. `updated`: a JS
    function of `expected`, true once the page shows it; `expect(iso_date)` gives
    `expected` for a date (the page's own check that it has caught up).
    """

    name: str
    url: str
    ready: str
    slider: str = "#date-slider"
    day_value: str = "day => day"
    updated: str = "expected => true"
    expect: Callable = lambda iso_date: None


@dataclass
class Stepping:
    """How every subject is stepped: `steps` of `step_days` from `first_day`, then a jump
    from the slider's start to its end, `end_day` (days since 1970-01-01)."""

    first_day: int
    step_days: int
    steps: int
    end_day: int

    @property
    def days(self):
        return [self.first_day + self.step_days * k for k in range(self.steps + 1)]


@dataclass
class Result:
    """The measurements of one subject, every run kept; `median(name)` of one of them."""

    ready_ms: list = field(default_factory=list)
    wire_bytes: list = field(default_factory=list)
    plain_bytes: list = field(default_factory=list)
    step_ms: list = field(default_factory=list)
    step_cpu_ms: list = field(default_factory=list)
    frame_ms: list = field(default_factory=list)
    idle_frame_ms: list = field(default_factory=list)
    jump_ms: list = field(default_factory=list)
    elsewhere: set = field(default_factory=set)
    errors: list = field(default_factory=list)
    failure: str = None  # why the subject could not be measured, when it could not

    def median(self, name):
        values = getattr(self, name)
        return statistics.median(values) if values and not self.failure else None

    @classmethod
    def failed(cls, error):
        """A subject that could not be measured, and why, in a line."""
        first = (str(error).strip().splitlines() or [type(error).__name__])[0]
        return cls(failure=f"{type(error).__name__}: {first[:120]}")


class Browser:
    """One headless Chromium for every subject, so they compare on equal terms."""

    def __enter__(self):
        self._playwright = sync_playwright().start()
        self.chromium = self._playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        return self

    def __exit__(self, *exc):
        self.chromium.close()
        self._playwright.stop()

    @property
    def version(self):
        return self.chromium.version

    def measure(self, subject, stepping, runs, warmups=1):
        """Load `subject` `warmups + runs` times, measuring all but the warm-up loads."""
        result = Result()
        for run in range(warmups + runs):
            kept = result if run >= warmups else Result()
            self._run(subject, stepping, kept)
            if kept.errors or kept.elsewhere:
                # A page that fails, or that reaches for the internet, measures nothing useful.
                raise RuntimeError(f"{subject.name}: errors {kept.errors}; asked for {sorted(kept.elsewhere)}")
        return result

    def _run(self, subject, stepping, result):
        context = self.chromium.new_context(viewport=VIEWPORT)
        try:
            page = context.new_page()
            page.on("pageerror", lambda error: result.errors.append(str(error)))
            page.on("requestfailed", lambda request: _note_elsewhere(request, result))
            cdp = context.new_cdp_session(page)
            cdp.send("Performance.enable")
            wire, plain = _count_bytes(cdp)
            page.goto(subject.url, wait_until="commit", timeout=LOAD_TIMEOUT_MS)
            ready = page.wait_for_function(f"() => ({subject.ready}) && performance.now()",
                                           polling="raf", timeout=LOAD_TIMEOUT_MS)
            result.ready_ms.append(ready.json_value())
            result.wire_bytes.append(sum(wire))
            result.plain_bytes.append(sum(plain))
            page.wait_for_timeout(SETTLE_MS)
            self._steps(page, cdp, subject, stepping, result)
            self._jump(page, subject, stepping, result)
        finally:
            context.close()

    def _steps(self, page, cdp, subject, stepping, result):
        values = page.evaluate(f"days => days.map({subject.day_value})", stepping.days)
        page.evaluate(SET_JS, {"slider": subject.slider, "value": values[0]})
        page.wait_for_timeout(SETTLE_MS)
        idle = page.evaluate(IDLE_JS, stepping.steps)
        args = _args(subject, day_iso(stepping.days[-1]))
        before, cpu_before = main_thread_seconds(cdp)
        stamps = page.evaluate(STEP_JS, {"slider": subject.slider, "values": values[1:]})
        after, cpu_after = main_thread_seconds(cdp)
        result.step_ms.append(1000 * (after - before) / stepping.steps)
        result.step_cpu_ms.append(1000 * (cpu_after - cpu_before) / stepping.steps)
        if not page.evaluate(CHECK_JS, args):
            result.errors.append(f"two frames after the last step, the page did not show {day_iso(stepping.days[-1])}")
        result.frame_ms.append(statistics.median(_intervals(stamps)))
        result.idle_frame_ms.append(statistics.median(_intervals(idle)))

    def _jump(self, page, subject, stepping, result):
        page.evaluate(SET_JS, {"slider": subject.slider, "value": "min"})
        page.wait_for_timeout(SETTLE_MS)
        result.jump_ms.append(page.evaluate(JUMP_JS, _args(subject, day_iso(stepping.end_day))))


def _args(subject, iso_date):
    return {"slider": subject.slider, "updated": subject.updated, "expected": subject.expect(iso_date)}


def day_iso(day):
    """The ISO date of a day number (days since 1970-01-01)."""
    return (EPOCH + datetime.timedelta(days=day)).isoformat()


def task_seconds(cdp):
    return main_thread_seconds(cdp)[0]


def main_thread_seconds(cdp):
    """(TaskDuration, ThreadTime) of the renderer's main thread so far, in seconds.

    TaskDuration is the wall time its tasks took: on a busy machine it counts the time the
    thread waited for a core as well. ThreadTime is the CPU time the thread used: the work
    itself, which the machine's load does not inflate.
    """
    metrics = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
    return metrics["TaskDuration"], metrics["ThreadTime"]


def _intervals(stamps):
    return [later - earlier for earlier, later in zip(stamps, stamps[1:])]


def _note_elsewhere(request, result):
    if not request.url.startswith(("http://127.0.0.1", "data:", "blob:")):
        result.elsewhere.add(request.url)


def _count_bytes(cdp):
    """Start adding up the bytes on the wire (headers too) and the bytes decoded, per response."""
    wire, plain = [], []
    cdp.send("Network.enable")
    cdp.on("Network.loadingFinished", lambda event: wire.append(event["encodedDataLength"]))
    cdp.on("Network.dataReceived", lambda event: plain.append(event["dataLength"]))
    return wire, plain
