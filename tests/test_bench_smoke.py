"""The benchmark (`make bench`), end to end at 100 facilities, so that its code cannot rot.

No speed is asserted (timed tests are flaky by nature): the run must finish and measure
every row, for the tracker and for both peers. `make test` installs the peers' npm
packages first (`npm ci --prefix bench`).
"""

import datetime
import re
import subprocess
import sys
from collections import Counter

from bench import browser, curve, generate, profile, run
from tests.conftest import ROOT

NUMBER = re.compile(r"^\d+(\.\d+)? (s|ms|MB)$")
BROWSER_ROWS = ("bytes transferred", "time to a ready map", "main-thread work", "main-thread CPU", "frame interval",
                "jump")


def test_the_generated_dataset_is_valid_varied_and_deterministic():
    end = datetime.date(2026, 1, 31)
    collection = generate.generate(100, seed=6, end=end)
    assert collection == generate.generate(100, seed=6, end=end)
    assert generate.check(collection) == []
    entries = [e for f in collection["features"] for e in f["properties"]["status_history"]]
    assert len(collection["features"]) == 100 and len(entries) == 1000
    assert all(end - datetime.timedelta(days=731) < datetime.date.fromisoformat(e["effective"]) <= end
               for e in entries if e["date_precision"] == "day")
    assert any("retracted" in e for e in entries)
    assert any(disagree(f["properties"]["status_history"]) for f in collection["features"])
    reports = Counter(e["source"].get("url") or e["source"]["title"] for e in entries)
    assert max(reports.values()) > 1  # a report covers several facilities
    aliases = " ".join(a for f in collection["features"] for a in f["properties"]["aliases"])
    assert re.search("[\u0600-\u06ff]", aliases) and re.search("[\u0400-\u04ff]", aliases)


def disagree(history):
    """Tell whether two counted entries of one day give different statuses."""
    statuses = {}
    for entry in history:
        if "retracted" not in entry:
            statuses.setdefault(entry["effective"], set()).add(entry["status"])
    return any(len(found) > 1 for found in statuses.values())


def bench(module, *args):
    """Run `python -m bench.<module> ARGS` from the repository; return its output."""
    run = subprocess.run([sys.executable, "-m", f"bench.{module}", *args], cwd=ROOT,
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    return run.stdout


def test_the_benchmark_measures_every_row_at_100_facilities(tmp_path):
    output = bench("run", "--facilities", "100", "--runs", "1", "--steps", "4", "--writes", "3",
                   "--out", str(tmp_path))
    tables = output.split("100 facilities, one run:")
    assert len(tables) == 2, output  # printed as measured, then again at the end
    rows = [line.split("|")[1:-1] for line in tables[1].splitlines() if line.startswith("| ")][1:]
    assert len(rows) == 16, output
    for metric, ours, naive, folium, ratio, target, met in (map(str.strip, row) for row in rows):
        assert NUMBER.match(ours), (metric, ours)
        assert met in ("yes", "**no**", "-"), (metric, met)
        if any(name in metric for name in BROWSER_ROWS):
            assert NUMBER.match(naive) and NUMBER.match(folium), (metric, naive, folium)
            assert "naive" in ratio and "folium" in ratio


def test_the_curve_divides_each_figure_by_the_facilities_and_tests_the_growth():
    def rows(step_ms, import_s):
        return [run.Row("step", "ms", step_ms, key="step_ms"), run.Row("import", "s", import_s, key="import_s")]

    text = curve.render({1000: rows(1.0, 2.0), 10_000: rows(10.0, 20.0), 100_000: rows(200.0, 250.0)})
    lines = {line.split("|")[1].strip(): [cell.strip() for cell in line.split("|")[2:-1]]
             for line in text.splitlines() if line.startswith("| ")}
    assert lines["slider step: main-thread work"] == ["1 µs", "1 µs", "2 µs", "2.00x", "<= 1.5x", "**no**"]
    assert lines["`tracker import`: wall time"] == ["2 ms", "2 ms", "2.5 ms", "1.25x", "<= 1.5x", "yes"]
    assert lines["Home-to-End jump"][:3] == ["", "", ""]  # not measured: no figure, no verdict
    assert lines["Home-to-End jump"][-1] == "-"


def test_the_profile_of_a_step_runs_every_variant(tmp_path):
    output = bench("profile", "--facilities", "100", "--steps", "3", "--out", str(tmp_path))
    assert re.search(r"main-thread work: \d+\.\d ms a step", output), output
    assert "self time a step by trace event" in output and "self time a step by function" in output
    for variant in profile.VARIANTS:
        assert re.search(rf"^ +\d+\.\d+ ms +{re.escape(variant)}$", output, re.MULTILINE), (variant, output)
    assert re.search(r"^the Home-to-End jump: \d+ ms to the frame after it, \d+ ms of main-thread work;", output,
                     re.MULTILINE), output


def test_the_idle_sockets_bench_times_every_request_both_ways():
    output = bench("idle_sockets", "--facilities", "20", "--idle", "10", "--requests", "3")
    rows = [line.split("|")[1:-1] for line in output.splitlines() if line.startswith("| `GET ")]
    assert len(rows) == 3, output
    for row in rows:
        assert all(re.fullmatch(r"\d+\.\d{3} s", cell.strip()) for cell in row[1:]), row
    assert re.search(r"target: every request under 1 s with the idle sockets open: (met|NOT met)", output)


def test_side_by_side_posture_compares_two_checkouts_at_100_facilities():
    # This checkout against itself: the run must finish, check the answers and print both medians.
    done = subprocess.run([sys.executable, "-m", "bench.side_by_side", str(ROOT), "--posture",
                           "--facilities", "100", "--steps", "4"],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    medians = re.findall(r"^(this|other): GET /api/posture median (\d+\.\d+) ms of (.+)$", done.stdout, re.M)
    assert [name for name, _, _ in medians] == ["other", "this"]
    assert all(len(values.split(", ")) == 4 for _, _, values in medians)
    assert re.search(r"^this / other: \d+\.\d+$", done.stdout, re.M)


def test_the_import_side_by_side_measures_both_checkouts_and_compares_their_files(tmp_path, capsys):
    from bench import import_side_by_side

    source = generate.write(generate.generate(20, seed=6, end=datetime.date(2026, 1, 31)), tmp_path / "f.geojson")
    import_side_by_side.main([str(ROOT), "--file", str(source), "--runs", "1"])
    printed = capsys.readouterr().out
    assert re.search(r"run 1 this : CPU +\d+\.\d s, wall +\d+\.\d s, peak RSS +\d+ MB", printed)
    assert re.search(r"run 1 other: CPU +\d+\.\d s", printed)
    assert re.search(r"\| CPU time \(user and system\) \| \d+\.\d s \| \d+\.\d s \| \d+\.\d\dx \|", printed)
    assert "stored files byte for byte the same in every run: yes" in printed


def test_the_steps_carry_no_check_into_the_page():
    # The page deserialises an evaluation's argument on its main thread, inside the measured
    # window: our posture (a key a facility) sent with the steps was charged to our step alone.
    assert "args.expected" not in browser.STEP_JS and "args.updated" not in browser.STEP_JS
    assert "args.expected" in browser.CHECK_JS and "args.expected" in browser.JUMP_JS
