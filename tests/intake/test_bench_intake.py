"""`python -m bench.intake` runs and prints its table (it asserts no figure: that is BENCHMARKS.md's)."""

import subprocess
import sys

from tests.conftest import ROOT


def test_the_evaluation_runs_and_prints_every_language():
    done = subprocess.run([sys.executable, "-m", "bench.intake", "--runs", "1"], cwd=ROOT,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    rows = [line for line in done.stdout.splitlines() if line.startswith("| ")]
    for language in ("en", "ar", "ru"):
        for split in ("all", "former held-out 4"):
            assert any(row.startswith(f"| {language} | {split} |") for row in rows), done.stdout
    assert "-word report: first extraction" in done.stdout
    # No split is sealed now: every set had its one run (bench/intake/corpus.py).
    assert not any(" | sealed" in row for row in rows), done.stdout
    # The seventh set is in the default table (its first run is in BENCHMARKS.md).
    assert any(row.startswith("| en | held-out 7 |") for row in rows), done.stdout
    # So is the ninth (its first run is in BENCHMARKS.md too).
    for language in ("en", "ar", "ru"):
        assert any(row.startswith(f"| {language} | held-out 9 |") for row in rows), done.stdout
    # And the eleventh.
    for language in ("en", "ar", "ru"):
        assert any(row.startswith(f"| {language} | held-out 11 |") for row in rows), done.stdout
    # And the sixth, eighth, tenth, twelfth and thirteenth, sealed once, development data now.
    for language in ("en", "ar", "ru"):
        for split in ("held-out 6", "held-out 8", "held-out 10", "held-out 12", "held-out 13"):
            assert any(row.startswith(f"| {language} | {split} |") for row in rows), done.stdout
    # And the fourteenth, in the default table from its first run (BENCHMARKS.md).
    for language in ("en", "ar", "ru"):
        assert any(row.startswith(f"| {language} | held-out 14 |") for row in rows), done.stdout
    # And the fifteenth, in the default table from its first run (BENCHMARKS.md).
    for language in ("en", "ar", "ru"):
        assert any(row.startswith(f"| {language} | held-out 15 |") for row in rows), done.stdout
    # And the sixteenth to twenty-seventh, in the default table from their first runs.
    for language in ("en", "ar", "ru"):
        for split in ("held-out 16", "held-out 17", "held-out 18", "held-out 19",
                      "held-out 20", "held-out 21", "held-out 22",
                      "held-out 23", "held-out 24", "held-out 25",
                      "held-out 26", "held-out 27"):
            assert any(row.startswith(f"| {language} | {split} |") for row in rows), done.stdout
