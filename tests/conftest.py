import shutil
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner
from flask import request
from werkzeug.serving import make_server

from tests import samples
from tracker import create_app
from tracker.store import LOCK_NAME, FolderStore

ROOT = Path(__file__).resolve().parent.parent
# The tests own their dataset: a copy of the seed facilities as they stood when the tests
# were written, so the real dataset (geodata/) can grow without touching a test.
FIXTURE_DATA = ROOT / "tests" / "fixtures" / "dataset"


@pytest.fixture
def data_dir(tmp_path):
    """A copy of the test dataset (tests/fixtures/dataset) that a test may change."""
    target = tmp_path / "geodata"
    shutil.copytree(FIXTURE_DATA, target, ignore=shutil.ignore_patterns(".*"))
    return target


@pytest.fixture
def store(data_dir):
    return FolderStore(data_dir)


@pytest.fixture
def app(data_dir, tmp_path):
    return create_app({"TESTING": True, "DATA": str(data_dir), "INSTANCE": str(tmp_path / "instance")})


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def editor(app):
    """An editor account, samples.EDITOR with samples.PASSWORD, in the app's instance folder."""
    app.extensions["accounts"].add(samples.EDITOR, samples.PASSWORD)
    return samples.EDITOR


@pytest.fixture
def token(app, editor):
    """An API token of the editor."""
    return app.extensions["accounts"].new_token(editor)


@pytest.fixture
def data_files(data_dir):
    """A function giving {name: bytes} of every file in the dataset folder but the lock.

    Temporary files and the generation token count: a refused write leaves none of them.
    """
    return lambda: {path.name: path.read_bytes() for path in sorted(data_dir.iterdir())
                    if path.name != LOCK_NAME}


@pytest.fixture
def server(app):
    """Serve `app` on a free local port; yield its base URL and the log of what was asked."""
    asked = []

    @app.after_request
    def note(response):
        asked.append((request.method, request.headers.get("Range"), response.status_code))
        return response

    httpd = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}", asked
    httpd.shutdown()
    httpd.server_close()
    thread.join()


from tests.stores import any_store, database_url, postgis_store, postgres, store_kind, store_location  # noqa: E402,F401
