"""Both stores for the tests: the test dataset in a folder, or in a real PostGIS database.

`make test` installs Debian's PostgreSQL and PostGIS; the session starts one throwaway
cluster in a temporary folder (tools/local_postgis.py) and every test that asks gets a
database of its own, made from a template with PostGIS in it and dropped afterwards.
No database is mocked anywhere.
"""

import itertools
import shutil

import pytest

from tools.local_postgis import throwaway_cluster
from tracker.store import FolderStore
from tracker.store.postgis import PostgisStore

KINDS = ("folder", "postgis")
_names = itertools.count()


def copy_into(store, source):
    """Write every facility of store `source` into `store` (as `tracker copy` does)."""
    features = [facility.feature for facility in source.dataset()]
    return store.merge(lambda current: features)


def another(store):
    """A second store over the same data, as another process would open it."""
    if isinstance(store, PostgisStore):
        return PostgisStore(store.url)
    return FolderStore(store.root)


def close(store):
    if isinstance(store, PostgisStore):
        store.close()


@pytest.fixture(scope="session")
def postgres():
    """One PostgreSQL + PostGIS cluster for the session, in a temporary folder."""
    cluster = throwaway_cluster()
    try:
        yield cluster
    finally:
        cluster.stop()
        shutil.rmtree(cluster.folder, ignore_errors=True)


@pytest.fixture
def database_url(postgres):
    """The URL of a new, empty database with PostGIS; dropped after the test."""
    name = f"tracker_test_{next(_names)}"
    url = postgres.create_database(name)
    yield url
    postgres.drop_database(name)


@pytest.fixture
def postgis_store(database_url, data_dir):
    """A PostGIS store holding the test dataset."""
    store = PostgisStore(database_url)
    copy_into(store, FolderStore(data_dir))
    yield store
    store.close()


@pytest.fixture(params=KINDS)
def store_kind(request):
    return request.param


@pytest.fixture
def any_store(store_kind, request, data_dir):
    """The test dataset in each store in turn: a test using this runs once per backend."""
    if store_kind == "folder":
        yield FolderStore(data_dir)
    else:
        yield request.getfixturevalue("postgis_store")


@pytest.fixture
def store_location(store_kind, request, data_dir):
    """Where `tracker serve --store` finds the test dataset, in each store in turn."""
    if store_kind == "folder":
        return str(data_dir)
    return request.getfixturevalue("postgis_store").url
