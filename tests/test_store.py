"""The store: reading, refusing bad data, deterministic atomic writes, concurrency.

Tests taking `store` run once per backend (the folder and PostGIS, tests/stores.py):
the same behaviour from both. Tests of files on disk use the folder store alone.
"""

import datetime
import hashlib
import io
import json
import multiprocessing
import os
import re
import time
from copy import deepcopy

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
    with pytest.raises(NotFound, match="'nowhere'"):
        add_entry(store, "nowhere")
    with pytest.raises(Conflict, match="^facility 'amuda' already exists$") as caught:
        store.create(samples.feature(id="amuda"))
    assert caught.value.errors == {"id": "'amuda' already exists"}


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
    samples.feature(id="from-a-kept-report", history=[samples.entry(id="k1", source_sha256="ab" * 32)]),
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
def test_a_bad_file_is_named_left_out_and_never_overwritten(data_dir, damage, expected):
    path = data_dir / "amuda.geojson"
    path.write_text(damage(path.read_text(encoding="utf-8")), encoding="utf-8")
    damaged = path.read_bytes()
    store = FolderStore(data_dir)
    dataset = store.dataset()
    assert "amuda" not in dataset and "hisyah" in dataset and len(dataset) == 5
    [broken] = dataset.broken
    assert (broken.facility_id, broken.where) == ("amuda", "amuda.geojson")
    assert any(expected in line for line in broken.lines())
    assert str(data_dir) not in "".join(broken.lines())  # named relative to the data folder
    with pytest.raises(DataError) as caught:
        add_entry(store, "amuda", id="x")
    assert "mend it before writing" in caught.value.message
    add_entry(store, "hisyah", id="x")  # the sound facilities take writes
    assert path.read_bytes() == damaged
    assert store.dataset().broken == (broken,)


def test_a_write_to_a_broken_file_is_refused_naming_each_problem_on_its_line(data_dir):
    path = data_dir / "amuda.geojson"
    text = path.read_text(encoding="utf-8").replace('"2024-12-25"', '"2024-12-32"')
    path.write_text(text.replace('"credibility": 3', '"credibility": 9'), encoding="utf-8")
    store = FolderStore(data_dir)
    with pytest.raises(DataError) as caught:
        add_entry(store, "amuda", id="x")
    assert caught.value.message.splitlines() == [
        "facility 'amuda' is stored broken; mend it before writing to it:",
        "amuda.geojson: amuda: status_history[0].effective: '2024-12-32' is not a date",
        "amuda.geojson: amuda: status_history[0].source.published: '2024-12-32' is not a date",
        "amuda.geojson: amuda: status_history[0].credibility: 9 is not one of 1, 2, 3, 4, 5, 6",
    ]


def test_a_file_that_cannot_be_read_or_parsed_is_named_once_and_never_by_its_full_path(data_dir):
    (data_dir / "folder.geojson").mkdir()
    path = data_dir / "amuda.geojson"
    path.write_text(path.read_text(encoding="utf-8")[:40], encoding="utf-8")
    broken = {b.where: b.problems for b in FolderStore(data_dir).dataset().broken}
    assert broken["folder.geojson"] == ("cannot be read: Is a directory",)
    assert broken["amuda.geojson"][0].startswith("not valid JSON: ")


def test_a_file_holding_no_object_is_named_broken_with_no_id(data_dir):
    (data_dir / "listed.geojson").write_text("[1, 2]", encoding="utf-8")
    [broken] = FolderStore(data_dir).dataset().broken
    assert broken.where == "listed.geojson" and broken.problems[0].startswith("?: ")


def test_a_file_damaged_in_place_behind_a_running_store_is_named_by_a_write(data_dir):
    store = FolderStore(data_dir)
    add_entry(store, "hisyah", id="x")  # its snapshot now is the one its own write made
    path = data_dir / "amuda.geojson"
    text = path.read_text(encoding="utf-8").replace('"2024-12-25"', '"2024-12-32"')
    with open(path, "r+", encoding="utf-8") as handle:  # in place: the folder itself is not touched
        handle.write(text)
    with pytest.raises(DataError) as caught:
        add_entry(store, "amuda", id="y")
    assert caught.value.message.splitlines() == [
        "amuda.geojson: amuda: status_history[0].effective: '2024-12-32' is not a date",
        "amuda.geojson: amuda: status_history[0].source.published: '2024-12-32' is not a date",
    ]


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
    dataset = FolderStore(data_dir).dataset()
    assert [line for broken in dataset.broken for line in broken.lines()] == [expected]
    assert "amuda" in dataset and "hisyah" not in dataset


def test_a_file_clashing_twice_with_others_is_listed_once_and_refused(data_dir):
    dataset = FolderStore(data_dir).dataset()
    history = [deepcopy(dataset.require("amuda").history[0]), deepcopy(dataset.require("hisyah").history[0])]
    (data_dir / "zz-copy.geojson").write_text(serialize(samples.feature(id="zz-copy", history=history)),
                                              encoding="utf-8")
    store = FolderStore(data_dir)
    dataset = store.dataset()
    [broken] = dataset.broken
    assert (broken.facility_id, broken.where) == ("zz-copy", "zz-copy.geojson")
    assert broken.problems[0] == f"zz-copy: status_history[0].id: '{history[0]['id']}' is used by amuda too"
    assert {"amuda", "hisyah"} <= {facility.id for facility in dataset} and "zz-copy" not in dataset
    with pytest.raises(DataError, match="facility 'zz-copy' is stored broken"):
        add_entry(store, "zz-copy", id="x")


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


def test_a_kept_report_comes_back_from_another_server(store):
    text = "Russian forces left the base on Monday.\nقوات روسية"
    sha256 = store.save_report(text)
    assert store.save_report(text) == sha256  # content-addressed: keeping it twice is one copy
    other = another(store)
    try:
        assert other.report_text(sha256) == text
        assert other.report_text("0" * 64) is None
    finally:
        close(other)


def test_geometry_keys_are_stored_in_the_schemas_order():
    point = dict(samples.feature(), geometry={"coordinates": [36.5, 35.0], "type": "Point"})
    assert '"geometry": {\n    "type": "Point",\n    "coordinates": [36.5, 35.0]\n  }' in serialize(point)
    ring = [[36.0, 35.0], [36.1, 35.0], [36.1, 35.1], [36.0, 35.0]]
    area = dict(samples.feature(), geometry={"coordinates": [ring], "type": "Polygon"})
    text = serialize(area)
    assert list(json.loads(text)["geometry"]) == ["type", "coordinates"]
    assert text.index('"type": "Polygon"') < text.index('"coordinates"')


def test_every_broken_file_is_named_at_once_and_the_rest_is_read(data_dir):
    (data_dir / "amuda.geojson").write_text("{", encoding="utf-8")
    hisyah = data_dir / "hisyah.geojson"
    hisyah.write_text(hisyah.read_text(encoding="utf-8").replace('"kind": "', '"kind": "x'), encoding="utf-8")
    dataset = FolderStore(data_dir).dataset()
    assert [(b.facility_id, b.where) for b in dataset.broken] == [("amuda", "amuda.geojson"),
                                                                    ("hisyah", "hisyah.geojson")]
    assert "not valid JSON" in dataset.broken[0].problems[0]
    assert "hisyah: kind: 'xother' is not one of" in dataset.broken[1].problems[0]
    assert "amuda" not in dataset and "hisyah" not in dataset and len(dataset) == 4


def test_a_file_beside_the_data_that_is_not_a_facility_is_ignored(data_dir):
    (data_dir / "notes.txt").write_text("{", encoding="utf-8")
    (data_dir / ".hidden.geojson").write_text("{", encoding="utf-8")
    (data_dir / "._amuda.geojson").write_text("{", encoding="utf-8")  # an AppleDouble file from a Mac
    dataset = FolderStore(data_dir).dataset()
    assert len(dataset) == 6 and dataset.broken == ()


def test_last_modified_follows_this_processs_own_write(folder_store, data_dir):
    store = folder_store
    before = store.dataset().modified
    os.utime(data_dir / "amuda.geojson", ns=(1, 1))  # an old file: the write's own time must win
    add_entry(store, "amuda", id="just-now")
    stat = (data_dir / "amuda.geojson").stat()
    after = store.dataset().modified
    assert after > before
    assert after == datetime.datetime.fromtimestamp(
        max(stat.st_mtime_ns, data_dir.stat().st_mtime_ns) / 1e9, datetime.timezone.utc)
    assert FolderStore(data_dir).dataset().modified == after  # what another process reads


def test_last_modified_counts_a_removed_file(folder_store, data_dir):
    store = folder_store
    before = store.dataset().modified
    time.sleep(0.01)
    (data_dir / "amuda.geojson").unlink()
    dataset = FolderStore(data_dir).dataset()
    assert "amuda" not in dataset and dataset.modified > before


def test_a_report_text_is_kept_once_under_its_sha256(folder_store, data_dir):
    store = folder_store
    text = "Russian forces left Qamishli — «انسحاب» — Вывод войск\n"
    digest = store.save_report(text)
    assert digest == hashlib.sha256(text.encode("utf-8")).hexdigest()
    path = data_dir / "reports" / f"{digest}.txt"
    assert path.read_text(encoding="utf-8") == text
    assert store.save_report(text) == digest and len(list(path.parent.iterdir())) == 1
    assert FolderStore(data_dir).report_text(digest) == text
    assert store.report_text("0" * 64) is None
    assert store.report_text("../amuda") is None  # not a sha256: never a path
    other = store.save_report("Another report.")  # the reports folder is there already
    assert FolderStore(data_dir).report_text(other) == "Another report." and len(list(path.parent.iterdir())) == 2
    assert len(FolderStore(data_dir).dataset()) == 6  # evidence is not read as facilities


def test_a_kept_report_and_the_data_read_back_whatever_the_servers_locale(folder_store, data_dir, monkeypatch):
    """Read as UTF-8 even where the locale's encoding is ASCII (LC_ALL=C without UTF-8 mode).

    pathlib asks io.text_encoding for the encoding to use when none is given: here ASCII.
    """
    text = "«انسحاب» — Вывод войск"
    digest = folder_store.save_report(text)
    monkeypatch.setattr(io, "text_encoding", lambda encoding, stacklevel=2: encoding or "ascii")
    store = FolderStore(data_dir)
    assert store.report_text(digest) == text
    assert store.dataset().broken == () and "عامودا" in store.dataset().require("amuda").properties["aliases"]


def test_reads_with_nothing_changed_give_the_same_snapshot_without_a_rescan(folder_store, monkeypatch):
    snapshot = folder_store.dataset()

    def scan(*args):
        raise AssertionError("the folder was scanned again with nothing changed")
    monkeypatch.setattr(os, "scandir", scan)
    assert folder_store.dataset() is snapshot and folder_store.dataset() is snapshot


def test_another_processs_write_is_seen_even_where_the_folders_mtime_did_not_move(data_dir):
    """A coarse clock can give two writes the same folder mtime: the generation token tells."""
    reader, writer = FolderStore(data_dir), FolderStore(data_dir)
    writer.dataset(), reader.dataset()
    add_entry(writer, "hisyah", id="first")  # the lock file and the token are made now
    reader.dataset()
    stat = data_dir.stat()
    add_entry(writer, "amuda", id="second")
    os.utime(data_dir, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert reader.dataset().require("amuda").entry("second") is not None


def test_a_write_leaves_a_read_only_snapshot_that_the_next_read_reuses(folder_store, monkeypatch):
    store = folder_store
    written = add_entry(store, "amuda", id="just-now")

    def scan(*args):
        raise AssertionError("the folder was scanned again after this store's own write")
    monkeypatch.setattr(os, "scandir", scan)
    snapshot = store.dataset()
    assert snapshot.require("amuda") is written and written.entry("just-now") is not None
    assert store.dataset() is snapshot
    with pytest.raises(TypeError, match="stored data is read-only"):
        written.history.append(samples.entry(id="sneaked-in"))
    with pytest.raises(TypeError, match="stored data is read-only"):
        written.entry("just-now")["status"] = "active"


def test_an_import_into_a_broken_file_is_refused_and_writes_nothing(data_dir, data_files):
    path = data_dir / "amuda.geojson"
    path.write_text(path.read_text(encoding="utf-8").replace('"2024-12-25"', '"2024-12-32"'), encoding="utf-8")
    store, before = FolderStore(data_dir), data_files()
    feature = deepcopy(store.dataset().require("hisyah").feature)
    with pytest.raises(DataError, match="facility 'amuda' is stored broken; mend it before writing"):
        store.merge(lambda dataset: [feature, samples.feature(id="amuda")])
    assert data_files() == before


def test_the_store_names_its_folder(folder_store, data_dir):
    store = folder_store
    assert store.location == str(data_dir) == str(store)


def test_a_missing_data_folder_is_named(tmp_path):
    with pytest.raises(DataError, match=f"{tmp_path / 'nowhere'}: no such data directory"):
        FolderStore(tmp_path / "nowhere").dataset()


def test_a_merge_writes_every_feature_reports_progress_and_returns_how_many(folder_store, data_dir):
    store = folder_store
    seen, steps = [], []

    def plan(dataset):
        seen.append(len(dataset))
        amuda = deepcopy(dataset.require("amuda").feature)
        amuda["properties"]["status_history"].append(samples.entry(id="amuda-merged"))
        return [amuda, samples.feature(id="new-base", history=[samples.entry(id="new-1")])]
    assert store.merge(plan, progress=steps.append) == 2
    assert seen == [6] and steps == [1, 1]
    after = store.dataset()
    assert "new-base" in after and after.require("amuda").entry("amuda-merged") is not None
    again = FolderStore(data_dir).dataset()
    assert len(again) == 7 and again.require("new-base").entry("new-1") is not None
    assert after.version == again.version  # others see the write


def test_a_merge_that_fails_midway_writes_nothing(folder_store, data_dir, data_files, monkeypatch):
    store = folder_store
    before = data_files()
    written = []
    real = files.write_temp

    def fail_second(path, text, *args, **kwargs):
        if written:
            raise OSError("disk full")
        written.append(path)
        return real(path, text, *args, **kwargs)
    monkeypatch.setattr("tracker.store.folder.write_temp", fail_second)
    features = [samples.feature(id="a-one", history=[samples.entry(id="a1")]),
                samples.feature(id="b-two", history=[samples.entry(id="b1")])]
    with pytest.raises(OSError, match="disk full"):
        store.merge(lambda dataset: features)
    assert data_files() == before and len(written) == 1


def test_a_merge_of_two_new_facilities_sharing_an_entry_id_is_refused(folder_store, data_files):
    store = folder_store
    before = data_files()
    twins = [samples.feature(id="a-one", history=[samples.entry(id="same")]),
             samples.feature(id="b-two", history=[samples.entry(id="same")])]
    with pytest.raises(Invalid, match="'same' is used by a-one too"):
        store.merge(lambda dataset: twins)
    with pytest.raises(Invalid, match="kind: 'fort' is not one of"):
        store.merge(lambda dataset: [samples.feature(id="c-three", kind="fort")])
    assert data_files() == before


def test_an_entry_id_may_stay_with_its_own_facility_in_a_write(store):
    amuda = store.dataset().require("amuda")
    kept = amuda.history[0]["id"]
    add_entry(store, "amuda", id="amuda-more")
    assert [e["id"] for e in store.dataset().require("amuda").history] == [kept, "amuda-more"]
    assert store.dataset().entry_owners["amuda-more"] == "amuda"


def test_only_changed_files_are_read_again(folder_store, data_dir):
    store = folder_store
    first = store.dataset()
    add_entry(store, "amuda", id="mine")  # this process's write
    mine = store.dataset().require("amuda")
    add_entry(FolderStore(data_dir), "hisyah", id="theirs")  # another process's
    after = store.dataset()
    assert after.require("hisyah").entry("theirs") is not None
    assert after.require("amuda") is mine  # its own write is not read back
    assert after.require("ain-issa") is first.require("ain-issa")


def test_a_file_that_is_not_utf8_is_named(data_dir):
    (data_dir / "amuda.geojson").write_bytes(b'{"type": "Feature", "id": "amuda\xff"}')
    (broken,) = FolderStore(data_dir).dataset().broken
    assert broken.where == "amuda.geojson" and re.match(r"cannot be read: .*utf-8", broken.problems[0])


@pytest.mark.parametrize("coordinates", [[35.945, 35.41167], [1e-05, 35.0], [36.0, 35.0]])
def test_the_stored_text_is_json_dumps_indented_whatever_the_numbers(coordinates):
    from tracker import model
    from tracker.store.serialization import _NUMBER_LIST, canonical, serialize

    feature = samples.feature(history=[samples.entry(note="Line\u2028break, \"quoted\" \\ \x01 نص Текст")])
    feature["geometry"]["coordinates"] = coordinates
    text = json.dumps(canonical(feature, model.FEATURE_SCHEMA), indent=2, ensure_ascii=False)
    expected = _NUMBER_LIST.sub(lambda m: "[" + re.sub(r",\n\s*", ", ", m.group(1)) + "]", text) + "\n"
    assert serialize(feature) == expected
