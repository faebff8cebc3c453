"""Every write goes through the store's serialisation and is checked whole before it is acknowledged.

Each test runs once per backend (tests/stores.py).
"""

import json
import threading
from copy import deepcopy

import pytest

from tests import samples
from tests.stores import another, close
from tracker.errors import Invalid
from tracker.posture import posture_at
from tracker.store import FolderStore
from tracker.store.serialization import serialize


@pytest.fixture
def store(any_store):
    return any_store


def stored(store):
    """Every facility as another process reading the store now sees it."""
    other = another(store)
    try:
        return {facility.id: serialize(facility.feature) for facility in other.dataset()}
    finally:
        close(other)


def append(entry):
    def change(feature):
        feature["properties"]["status_history"].append(entry)
        return feature
    return change


def test_an_import_merges_under_the_lock_so_a_server_write_meanwhile_is_kept(store):
    importer, server = another(store), another(store)  # two processes' stores
    imported = samples.entry(id="imported-1", effective="2026-02-01")
    served = samples.entry(id="served-1", effective="2026-02-02")
    writer = threading.Thread(target=server.update, args=("amuda", append(served)))

    def plan(dataset):
        merged = dataset.require("amuda").feature
        merged = append(imported)({**merged, "properties": dict(merged["properties"],
                                   status_history=list(merged["properties"]["status_history"]))})
        writer.start()  # the server's write lands while the import is planning
        writer.join(timeout=0.5)
        assert writer.is_alive(), "the server wrote while the import held its plan"
        return [merged]

    importer.merge(plan)
    writer.join(timeout=10)
    close(importer)
    close(server)
    amuda = json.loads(stored(store)["amuda"])
    assert [e["id"] for e in amuda["properties"]["status_history"]][-2:] == ["imported-1", "served-1"]


def test_a_write_reusing_another_facilitys_entry_id_is_refused(store):
    taken = store.dataset().require("hisyah").history[0]["id"]
    before = stored(store)  # every other process still reads the whole dataset, unchanged
    with pytest.raises(Invalid, match=rf"status_history\[1\]\.id: '{taken}' is used by hisyah too"):
        store.update("amuda", append(samples.entry(id=taken)))
    assert stored(store) == before


def test_an_import_reusing_a_stored_entry_id_elsewhere_is_refused(store):
    taken = store.dataset().require("hisyah").history[0]["id"]
    before = stored(store)
    with pytest.raises(Invalid, match=f"'{taken}' is used by hisyah too"):
        store.merge(lambda dataset: [samples.feature(id="new-base", history=[samples.entry(id=taken)])])
    assert stored(store) == before


def test_the_snapshot_does_not_share_the_callers_dict(store):
    feature = samples.feature(id="new-base")
    stored = store.create(feature)
    feature["properties"]["name"] = "changed by the caller afterwards"
    assert stored.properties["name"] == "Sample base"
    assert store.dataset().require("new-base").properties["name"] == "Sample base"


def test_a_snapshot_handed_to_a_caller_cannot_be_changed_into_the_cache(store):
    facility = store.dataset().require("amuda")
    entry = dict(posture_at(store.dataset(), "2026-02-01"))[facility]
    changes = [
        lambda: facility.feature.__setitem__("id", "elsewhere"),
        lambda: facility.properties.update(name="changed in place"),
        lambda: facility.history.append(samples.entry(id="sneaked-in")),
        lambda: entry.__setitem__("status", "active"),
        lambda: entry["source"].pop("quote"),
        lambda: facility.feature["geometry"]["coordinates"].__setitem__(0, 0.0),
        lambda: facility.properties["aliases"].sort(),
    ]
    for change in changes:
        with pytest.raises(TypeError, match="stored data is read-only"):
            change()
    assert json.loads(stored(store)["amuda"]) == store.dataset().require("amuda").feature
    assert entry["status"] == "withdrawn" and "quote" in entry["source"]


def test_a_deep_copy_of_a_snapshot_is_plain_data_to_edit(store):
    facility = store.dataset().require("amuda")
    copied = deepcopy(facility.feature)
    copied["properties"]["status_history"].append(samples.entry(id="amuda-new"))
    assert type(copied) is dict and type(copied["properties"]["status_history"]) is list
    assert json.dumps(facility.feature) == json.dumps(deepcopy(facility.feature))
    assert len(store.dataset().require("amuda").history) == 1


def test_a_plan_vouches_only_for_what_it_validated(data_dir, data_files):
    """The folder store takes a plan's `validated` for a schema check already made; nothing else."""
    store = FolderStore(data_dir)
    class Plan(list):
        validated = set()

    good, bad = samples.feature(id="new-base"), samples.feature(id="bad-base")
    bad["properties"]["kind"] = "airfield"
    before = data_files()
    with pytest.raises(Invalid, match="kind: 'airfield' is not one of"):
        store.merge(lambda dataset: Plan([good, bad]))
    assert data_files() == before
    Plan.validated = {id(bad)}  # vouched for: the dataset-wide rule still runs, not the schema
    taken = store.dataset().require("hisyah").history[0]["id"]
    bad["properties"]["status_history"][0]["id"] = taken
    with pytest.raises(Invalid, match=f"'{taken}' is used by hisyah too"):
        store.merge(lambda dataset: Plan([bad]))
    assert data_files() == before
