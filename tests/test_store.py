"""The store: reading, refusing bad data, deterministic atomic writes, concurrency.

Tests taking `store` run once per backend (the folder and PostGIS, tests/stores.py):
the same behaviour from both. Tests of files on disk use the folder store alone.
"""

import json
import multiprocessing
import os
import re
import time

import geopandas
import pyogrio
import pytest
from geopandas.testing import assert_geodataframe_equal

from tests import samples
from tests.conftest import FIXTURE_DATA
from tracker.store import files
from tracker.errors import Conflict, DataError, Invalid, NotFound
from tracker.store import FolderStore, open_store
from tracker.store.serialization import serialize
from tests.stores import another, close, copy_into


@pytest.fixture
def store(any_store):
    """The test dataset in each backend in turn."""
    return any_store


@pytest.fixture
def folder_store(data_dir):
    return FolderStore(data_dir)


def stored_text(store, facility_id):
    """The facility as another process reading the store now would serialise it."""
    other = another(store)
    try:
        return serialize(other.dataset().require(facility_id).feature)
    finally:
        close(other)


def facilities_frame(dataset):
    """A GeoDataFrame of the facilities' own fields, for comparing datasets."""
    rows = [dict(id=f.id, **{k: v for k, v in f.properties.items() if k != "status_history"},
                 history=json.dumps(f.history, sort_keys=True)) for f in dataset]
    rows = [dict(r, aliases="; ".join(r["aliases"])) for r in rows]
    geometry = geopandas.GeoSeries.from_wkt(
        [f"POINT ({f.feature['geometry']['coordinates'][0]} {f.feature['geometry']['coordinates'][1]})"
         for f in dataset], crs="EPSG:4326")
    return geopandas.GeoDataFrame(rows, geometry=geometry)


def add_entry(store, facility_id, **changes):
    new = samples.entry(**changes)
    return store.update(facility_id, lambda f: f["properties"]["status_history"].append(new) or f)


def test_seed_dataset_loads(store):
    dataset = store.dataset()
    assert len(dataset) == 6
    assert {f.id for f in dataset} >= {"hmeimim-air-base", "tartus-naval-facility", "qamishli-airport"}


def test_round_trip_through_a_temp_dir(store, tmp_path):
    original = store.dataset()
    copy_dir = tmp_path / "copy"
    copy_dir.mkdir()
    copy_into(FolderStore(copy_dir), store)
    copied = FolderStore(copy_dir).dataset()
    assert_geodataframe_equal(facilities_frame(copied), facilities_frame(original))
    for facility in original:  # the bytes too: output is deterministic
        name = f"{facility.id}.geojson"
        assert (copy_dir / name).read_bytes() == (FIXTURE_DATA / name).read_bytes()


def test_gdal_reads_each_stored_file_and_keeps_the_history():
    frame = pyogrio.read_dataframe(FIXTURE_DATA / "qamishli-airport.geojson")
    assert len(frame) == 1
    assert frame.loc[0, "name"] == "Qamishli airport"
    history = frame.loc[0, "status_history"]
    history = json.loads(history) if isinstance(history, str) else history
    assert len(history) == 6


def test_serialize_orders_keys_as_the_schema_and_keeps_scripts():
    feature = samples.feature()
    shuffled = dict(reversed(list(feature.items())))
    shuffled["properties"] = dict(reversed(list(feature["properties"].items())))
    text = serialize(shuffled)
    assert text == serialize(feature)
    assert list(json.loads(text)) == ["type", "id", "geometry", "properties"]
    assert '"coordinates": [36.5, 35.0]' in text
    assert "قاعدة" in text and "\\u" not in text
    assert text.endswith("}\n")


def test_a_note_with_brackets_and_numbers_is_kept_verbatim(store):
    note = "[\n 1,\n 2\n] and [ 3, 4 ]"
    add_entry(store, "amuda", id="brackets", note=note)
    assert json.loads(stored_text(store, "amuda"))["properties"]["status_history"][1]["note"] == note


def test_an_entry_write_touches_one_file(folder_store, data_dir):
    store = folder_store
    before = {p.name: p.read_bytes() for p in data_dir.glob("*.geojson")}
    add_entry(store, "amuda", id="new-entry")
    after = {p.name: p.read_bytes() for p in data_dir.glob("*.geojson")}
    assert [name for name in after if after[name] != before[name]] == ["amuda.geojson"]
    assert "new-entry" in after["amuda.geojson"].decode()


def test_write_is_seen_by_another_store_on_the_same_data(store):
    other = another(store)
    try:
        assert other.dataset().require("amuda").entry("late") is None
        add_entry(store, "amuda", id="late")
        deadline = time.monotonic() + 1  # PostGIS: within a second (README.md)
        while other.dataset().require("amuda").entry("late") is None:
            assert time.monotonic() < deadline
            time.sleep(0.01)
    finally:
        close(other)


def test_invalid_result_is_refused_and_nothing_written(store):
    before = stored_text(store, "amuda")
    with pytest.raises(Invalid) as caught:
        add_entry(store, "amuda", id="bad", effective="2026-02-30")
    assert caught.value.errors == {"status_history[1].effective": "'2026-02-30' is not a date"}
    assert stored_text(store, "amuda") == before
    assert store.dataset().require("amuda").entry("bad") is None


def test_an_invalid_write_leaves_no_temporary_file(folder_store, data_dir):
    with pytest.raises(Invalid):
        add_entry(folder_store, "amuda", id="bad", effective="2026-02-30")
    assert not list(data_dir.glob(".*.tmp"))


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_interrupted_write_leaves_the_old_file(folder_store, data_dir, monkeypatch, failing):
    store = folder_store
    before = (data_dir / "amuda.geojson").read_bytes()

    def crash(*args):
        raise OSError("disk pulled out mid-write")
    monkeypatch.setattr(files.os, failing, crash)
    with pytest.raises(OSError, match="mid-write"):
        add_entry(store, "amuda", id="lost")
    monkeypatch.undo()
    assert (data_dir / "amuda.geojson").read_bytes() == before
    assert not list(data_dir.glob(".*.tmp"))
    assert FolderStore(data_dir).dataset().require("amuda").entry("lost") is None


def test_unknown_facility_and_duplicate_create(store):
    with pytest.raises(NotFound):
        add_entry(store, "nowhere")
    with pytest.raises(Conflict):
        store.create(samples.feature(id="amuda"))


def test_create_stores_a_new_facility(store):
    store.create(samples.feature(id="new-base"))
    assert stored_text(store, "new-base") == serialize(samples.feature(id="new-base"))


def test_create_writes_a_new_file(folder_store, data_dir):
    folder_store.create(samples.feature(id="new-base"))
    assert (data_dir / "new-base.geojson").read_text(encoding="utf-8") == serialize(samples.feature(id="new-base"))


# Features at the edges of the model: an area, an altitude, whole-number and negative-zero
# coordinates, a retraction, a source with neither title nor date, text in many scripts.
def placed(feature, geometry):
    return dict(feature, geometry=geometry)


ODD_FEATURES = [
    placed(samples.feature(id="an-area"), {"type": "Polygon", "coordinates": [
        [[36, 35], [36.5, 35], [36.5, 35.25], [36, 35]], [[36.1, 35.05], [36.2, 35.05], [36.1, 35.1], [36.1, 35.05]]]}),
    placed(samples.feature(id="with-altitude"), {"type": "Point", "coordinates": [-0.0, 1e-05, 312.5]}),
    samples.feature(id="retracted-untitled", history=[
        samples.entry(id="r1", retracted={"at": "2026-02-02T09:00:00.25Z", "by": "tester", "reason": "Ошибка «x»"}),
        dict(samples.entry(id="r2", note='Line one\nline two\t"quoted" \\ ${x} `y` </script>'),
             source={"url": "https://example.org/x?a=1&b=2", "publisher": "وكالة", "quote": "引用 🙂"}),
    ]),
    samples.feature(id="no-history", history=[], aliases=[]),
]


@pytest.mark.parametrize("feature", ODD_FEATURES, ids=lambda f: f["id"])
def test_what_is_stored_comes_back_byte_for_byte(store, tmp_path, feature):
    store.create(feature)
    assert stored_text(store, feature["id"]) == serialize(feature)
    copy_dir = tmp_path / "copy"
    copy_dir.mkdir()
    copy_into(FolderStore(copy_dir), store)
    assert (copy_dir / f"{feature['id']}.geojson").read_text(encoding="utf-8") == serialize(feature)


def test_the_snapshot_stays_in_id_order_through_writes(store):
    ids = [facility.id for facility in store.dataset()]
    add_entry(store, "hmeimim-air-base", id="e-new")
    assert [facility.id for facility in store.dataset()] == ids
    assert store.dataset().require("hmeimim-air-base").entry("e-new") is not None
    store.create(samples.feature(id="aaa-first"))
    store.create(samples.feature(id="hmeimim", history=[]))  # "hmeimim" sorts before "hmeimim-air-base"
    assert [facility.id for facility in store.dataset()] == sorted(ids + ["aaa-first", "hmeimim"])


@pytest.mark.parametrize("damage, expected", [
    (lambda text: text[: len(text) // 2], "not valid JSON"),
    (lambda text: text.replace('"effective": "2024-12-25"', '"effective": "2024-12-32"'),
     "amuda: status_history[0].effective: '2024-12-32' is not a date"),
    (lambda text: text.replace('"id": "amuda"', '"id": "amuda-2"'),
     "amuda-2: id: 'amuda-2' does not match the file name 'amuda.geojson'"),
    (lambda text: text.replace('"kind": "army_base",', '"kind": "army_base", "kind": "other",'),
     "key 'kind' appears twice"),
])
def test_a_bad_file_is_named_and_never_overwritten(data_dir, damage, expected):
    path = data_dir / "amuda.geojson"
    path.write_text(damage(path.read_text(encoding="utf-8")), encoding="utf-8")
    damaged = path.read_bytes()
    store = FolderStore(data_dir)
    with pytest.raises(DataError) as caught:
        store.dataset()
    assert str(path) in caught.value.message and expected in caught.value.message
    with pytest.raises(DataError):
        add_entry(store, "amuda", id="x")
    with pytest.raises(DataError):
        add_entry(store, "hisyah", id="x")
    assert path.read_bytes() == damaged


def test_an_entry_id_of_another_facility_is_refused(store):
    with pytest.raises(Invalid) as caught:
        add_entry(store, "amuda", id="hisyah-2024-12-13-al-jazirah")
    assert caught.value.errors == {"status_history[1].id": "'hisyah-2024-12-13-al-jazirah' is used by hisyah too"}
    with pytest.raises(Invalid):
        store.create(samples.feature(id="newcomer", history=[samples.entry(id="amuda-2024-12-25-sot")]))
    assert "newcomer" not in store.dataset()


def test_an_entry_id_used_in_two_files_is_refused(data_dir):
    path = data_dir / "amuda.geojson"
    path.write_text(path.read_text(encoding="utf-8").replace("amuda-2024-12-25-sot", "hisyah-2024-12-13-al-jazirah"),
                    encoding="utf-8")
    expected = "hisyah.geojson: hisyah: status_history[0].id: 'hisyah-2024-12-13-al-jazirah' is used by amuda too"
    with pytest.raises(DataError) as caught:
        FolderStore(data_dir).dataset()
    assert expected in caught.value.message


def _write_entries(location, facility_id, prefix, count):
    store = open_store(location)
    try:
        for number in range(count):
            add_entry(store, facility_id, id=f"{prefix}-{number}")
    finally:
        close(store)


def test_parallel_writers_in_several_processes_lose_nothing(store, store_location, data_dir):
    jobs = [(store_location, "amuda", f"p{n}", 15) for n in range(4)] + [(store_location, "hisyah", "h", 15)]
    context = multiprocessing.get_context("spawn")
    with context.Pool(len(jobs)) as pool:
        pool.starmap(_write_entries, jobs)
    other = another(store)
    dataset = other.dataset()  # parses and validates every facility
    close(other)
    ids = {e["id"] for e in dataset.require("amuda").history}
    assert {f"p{n}-{i}" for n in range(4) for i in range(15)} <= ids
    assert len(dataset.require("hisyah").history) == 16
    assert not [name for name in os.listdir(data_dir) if name.endswith(".tmp")]


@pytest.mark.parametrize("coordinates", [[35.945, 35.41167], [1e-05, 35.0], [36.0, 35.0]])
def test_the_stored_text_is_json_dumps_indented_whatever_the_numbers(coordinates):
    from tracker import model
    from tracker.store.serialization import _NUMBER_LIST, canonical, serialize

    feature = samples.feature(history=[samples.entry(note="Line\u2028break, \"quoted\" \\ \x01 نص Текст")])
    feature["geometry"]["coordinates"] = coordinates
    text = json.dumps(canonical(feature, model.FEATURE_SCHEMA), indent=2, ensure_ascii=False)
    expected = _NUMBER_LIST.sub(lambda m: "[" + re.sub(r",\n\s*", ", ", m.group(1)) + "]", text) + "\n"
    assert serialize(feature) == expected
