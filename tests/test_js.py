"""The map's JavaScript unit tests (tests/js/, node's own test runner) as part of the suite.

They run the shared posture cases against posture-model.js and check the legend's counts
and the list's updates step by step (jsdom, installed by `make test` into tests/js/).
"""

import shutil
import subprocess
from pathlib import Path

import pytest

JS_TESTS = Path(__file__).parent / "js"


def test_node_unit_tests_pass():
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is not installed: `make test` installs it")
    if not (JS_TESTS / "node_modules" / "jsdom").is_dir():
        pytest.fail("jsdom is not installed: run `make test` (npm ci --prefix tests/js)")
    files = sorted(str(path) for path in JS_TESTS.glob("*.test.js"))
    assert len(files) >= 2
    done = subprocess.run([node, "--test", *files], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
    assert "# fail 0" in done.stdout
