"""axe-core (npm, tests/browser/axe) run in the page: what it finds, worst first."""

from pathlib import Path

AXE = Path(__file__).parent / "axe" / "node_modules" / "axe-core" / "axe.min.js"
FAILING = ("critical", "serious", "moderate")


def violations(page):
    """axe-core's violations of the page as it stands: [(rule, impact, first targets)].

    The script goes in through the DevTools protocol (page.evaluate), which no
    Content-Security-Policy of the page blocks.
    """
    # A popup fading in or a map still panning shows colours half-blended, which
    # axe reads as poor contrast: judge the page once its transitions are over.
    page.evaluate("() => Promise.all(document.getAnimations().map(a => a.finished))")
    page.evaluate(AXE.read_text(encoding="utf-8") + "\n;0")
    result = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    return [(v["id"], v["impact"], [node["target"] for node in v["nodes"]][:3])
            for v in result["violations"] if v["impact"] in FAILING]
