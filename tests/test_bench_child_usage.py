"""bench.child_usage: a command's own peak memory and CPU, whatever its parent holds."""

import json
import subprocess
import sys

import pytest

from bench import child_usage

MB = 1024 * 1024


def run(code, parent_holds_mb=0):
    """Run `python -c code` through the launcher from a process holding `parent_holds_mb`; its report."""
    parent = f"""
import subprocess, sys
held = bytearray({parent_holds_mb} * {MB})
for i in range(0, len(held), 4096):
    held[i] = 1  # touched, so resident
done = subprocess.run([sys.executable, {child_usage.__file__!r}, sys.executable, "-c", {code!r}],
                      stderr=subprocess.PIPE, text=True)
sys.stdout.write(done.stderr)
"""
    out = subprocess.run([sys.executable, "-c", parent], capture_output=True, text=True, check=True).stdout
    return child_usage.read_report(out)


def test_the_peak_is_the_commands_own_not_its_parents():
    # A direct child of this 400 MB parent would report 400 MB (its pre-exec copy); the
    # launcher's child reports what the command itself held.
    report = run("pass", parent_holds_mb=400)
    assert report["returncode"] == 0
    assert report["peak_rss"] < 100 * MB


def test_a_command_that_holds_memory_reports_it():
    report = run(f"x = bytearray(300 * {MB}); x[::4096] = b'1' * len(x[::4096])")
    assert 300 * MB <= report["peak_rss"] < 450 * MB


def test_cpu_and_wall_time_and_exit_code_are_the_commands():
    report = run("import sys\nn = 0\nfor i in range(3_000_000): n += i\nsys.exit(3)")
    assert report["returncode"] == 3
    assert 0.05 < report["cpu_s"] <= report["wall_s"] + 0.05


def test_a_stderr_without_a_report_is_an_error_naming_what_was_read():
    with pytest.raises(RuntimeError, match="no usage report in: boom"):
        child_usage.read_report("boom")


def test_the_last_report_line_is_read():
    text = "noise\n" + child_usage.MARK + json.dumps({"peak_rss": 1}) + "\n" + \
        child_usage.MARK + json.dumps({"peak_rss": 2}) + "\n"
    assert child_usage.read_report(text) == {"peak_rss": 2}
