"""Measure a map page in headless Chromium: load, bytes, slider steps and a jump (issue 6).

Each subject (the tracker's map, or a peer) is driven the same way, in the same browser:

- load: a fresh browser context, time from navigation to "ready" (the subject's own
  condition, polled every frame), and the bytes on the wire of every response;
- steps: set the slider's value, fire `input`, await the next animation frame; the
  main thread's work per step is the Chrome DevTools Protocol's TaskDuration
  (`Performance.getMetrics`) after minus before, over the steps; frame intervals are
  the rAF timestamps while stepping, against the same count of idle frames before;
- jump: from the slider's first value to its last, the time until the frame after the
  page shows the last date.

Requests that are not to 127.0.0.1 cannot resolve (a host-resolver rule rather than
request interception, which would slow every request it sees); any that are tried are
reported.
"""

import statistics
from dataclasses import dataclass, field

from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]
VIEWPORT = {"width": 1280, "height": 800}
SETTLE_MS = 300  # after a load or a jump, before the next measurement
LOAD_TIMEOUT_MS = 180_000

# In the page: await frames, step the slider, jump. `slider` is a CSS selector.
IDLE_JS = """async (count) => {
    const frame = () => new Promise(resolve => requestAnimationFrame(resolve));
    const stamps = [await frame()];
    for (let i = 0; i < count; i++) stamps.push(await frame());
    return stamps;
}"""
STEP_JS = """async ({slider, values}) => {
    const input = document.querySelector(slider);
    const frame = () => new Promise(resolve => requestAnimationFrame(resolve));
    const stamps = [await frame()];
    for (const value of values) {
        input.value = String(value);
        input.dispatchEvent(new Event("input", {bubbles: true}));
        stamps.push(await frame());
    }
    await frame();
    return stamps;
}"""
JUMP_JS = """async ({slider, updated, expected}) => {
    const input = document.querySelector(slider);
    const frame = () => new Promise(resolve => requestAnimationFrame(resolve));
    const shows = new Function("expected", "return (" + updated + ")(expected);");
    const start = performance.now();
    input.value = input.max;
    input.dispatchEvent(new Event("input", {bubbles: true}));
    for (let frames = 0; frames < 600; frames++) {
        await frame();
        if (shows(expected)) {
            await frame();
            return performance.now() - start;
        }
    }
    throw new Error("the page never showed the last date");
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
    function of `expected` (given by the caller), true once the page shows the jump's
    last date.
    """

    name: str
    url: str
    ready: str
    slider: str = "#date-slider"
    day_value: str = "day => day"
    updated: str = "expected => true"
    expected: object = None


@dataclass
class Result:
    """The measurements of one subject, every run kept (medians are properties)."""

    ready_ms: list = field(default_factory=list)
    wire_bytes: list = field(default_factory=list)
    plain_bytes: list = field(default_factory=list)
    step_ms: list = field(default_factory=list)
    frame_ms: list = field(default_factory=list)
    idle_frame_ms: list = field(default_factory=list)
    jump_ms: list = field(default_factory=list)
    elsewhere: set = field(default_factory=set)
    errors: list = field(default_factory=list)

    def median(self, name):
        values = getattr(self, name)
        return statistics.median(values) if values else None


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



    def measure(self, subject, first_day, step_days, steps, runs, warmups=1):
        """Load `subject` `warmups + runs` times, measuring all but the warm-up loads.

        Each run steps `steps` times by `step_days` from `first_day`, then jumps.
        """
        result = Result()
        for run in range(warmups + runs):
            kept = result if run >= warmups else Result()
            self._run(subject, first_day, step_days, steps, kept)
            if kept.errors or kept.elsewhere:
                # A page that fails, or that reaches for the internet, measures nothing useful.
                raise RuntimeError(f"{subject.name}: errors {kept.errors}; asked for {sorted(kept.elsewhere)}")
        return result

    def _run(self, subject, first_day, step_days, steps, result):
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
            self._steps(page, cdp, subject, first_day, step_days, steps, result)
            self._jump(page, subject, result)
        finally:
            context.close()

    def _steps(self, page, cdp, subject, first_day, step_days, steps, result):
        values = page.evaluate(f"days => days.map({subject.day_value})",
                               [first_day + step_days * k for k in range(steps + 1)])
        page.evaluate(SET_JS, {"slider": subject.slider, "value": values[0]})
        page.wait_for_timeout(SETTLE_MS)
        idle = page.evaluate(IDLE_JS, steps)
        before = task_seconds(cdp)
        stepping = page.evaluate(STEP_JS, {"slider": subject.slider, "values": values[1:]})
        result.step_ms.append(1000 * (task_seconds(cdp) - before) / steps)
        result.frame_ms.append(statistics.median(_intervals(stepping)))
        result.idle_frame_ms.append(statistics.median(_intervals(idle)))

    def _jump(self, page, subject, result):
        page.evaluate(SET_JS, {"slider": subject.slider, "value": "min"})
        page.wait_for_timeout(SETTLE_MS)
        result.jump_ms.append(page.evaluate(JUMP_JS, {"slider": subject.slider, "updated": subject.updated,
                                                      "expected": subject.expected}))


def task_seconds(cdp):
    metrics = cdp.send("Performance.getMetrics")["metrics"]
    return next(m["value"] for m in metrics if m["name"] == "TaskDuration")


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
