import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from tracker import create_app
from tracker.store import Store

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "geodata"


@pytest.fixture
def data_dir(tmp_path):
    """A copy of the seed dataset that a test may change."""
    target = tmp_path / "geodata"
    shutil.copytree(SEED, target, ignore=shutil.ignore_patterns(".*"))
    return target


@pytest.fixture
def store(data_dir):
    return Store(data_dir)


@pytest.fixture
def app(data_dir, tmp_path):
    return create_app({"TESTING": True, "DATA": str(data_dir), "INSTANCE": str(tmp_path / "instance")})


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner():
    return CliRunner()
