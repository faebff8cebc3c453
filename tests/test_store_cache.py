"""The folder store's cache of parsed files: a cold start reads only what changed, never trusts a stale file."""

import json

import pytest

from tests import samples
from tracker.errors import DataError
from tracker.exports.geojson import posture_body_at
from tracker.posture_index import posture_index
from tracker.store import FolderStore, cache
from tracker.store import folder, snapshot


@pytest.fixture
def reads(monkeypatch):
    """Cache from any size, and a list of the files each FolderStore reads and parses."""
    monkeypatch.setattr(cache, "CACHE_FROM", 1)
    names = []
    read = folder.FolderStore._read
    monkeypatch.setattr(folder.FolderStore, "_read", lambda self, path: names.append(path.name) or read(self, path))
    return names


def features(dataset):
    return {facility.id: facility.feature for facility in dataset}


def test_a_cold_start_reads_only_the_files_that_changed_since_the_cache(data_dir, reads):
    first = FolderStore(data_dir).dataset()
    assert len(reads) == 6 and (data_dir / cache.CACHE_NAME).is_file()
    reads.clear()
    assert features(FolderStore(data_dir).dataset()) == features(first)
    assert reads == []  # every facility from the cache
    FolderStore(data_dir).update("amuda", lambda f: f["properties"].update(name="Amuda (renamed)") or f)
    reads.clear()
    dataset = FolderStore(data_dir).dataset()
    assert reads == ["amuda.geojson"]
    assert dataset.require("amuda").properties["name"] == "Amuda (renamed)"
    assert features(dataset) == features(FolderStore(data_dir).dataset())


def test_a_file_changed_behind_the_cache_is_validated_and_listed_broken(data_dir, reads):
    FolderStore(data_dir).dataset()
    path = data_dir / "amuda.geojson"
    feature = json.loads(path.read_text(encoding="utf-8"))
    feature["properties"]["kind"] = "airfield"
    path.write_text(json.dumps(feature), encoding="utf-8")
    reads.clear()
    dataset = FolderStore(data_dir).dataset()
    assert reads == ["amuda.geojson"]  # the rest from the cache
    (broken,) = dataset.broken
    assert broken.where == "amuda.geojson" and "amuda: kind: 'airfield' is not one of" in broken.problems[0]
    assert "amuda" not in dataset and len(dataset) == 5  # never the cached, older amuda
    reads.clear()
    assert [b.where for b in FolderStore(data_dir).dataset().broken] == ["amuda.geojson"]
    assert reads == ["amuda.geojson"]  # a broken file is never cached: read, and listed, again


def test_a_new_file_must_keep_entry_ids_unique_with_the_cached_ones(data_dir, reads):
    taken = FolderStore(data_dir).dataset().require("hisyah").history[0]["id"]
    path = data_dir / "new-base.geojson"
    path.write_text(json.dumps(samples.feature(id="new-base", history=[samples.entry(id=taken)])), encoding="utf-8")
    dataset = FolderStore(data_dir).dataset()
    assert [b.where for b in dataset.broken] == ["new-base.geojson"]
    assert f"'{taken}' is used by hisyah too" in dataset.broken[0].problems[0]
    assert "hisyah" in dataset and "new-base" not in dataset


def test_what_the_cache_gives_is_read_only_as_every_snapshot(data_dir, reads):
    expected = features(FolderStore(data_dir).dataset())
    reads.clear()
    dataset = FolderStore(data_dir).dataset()
    assert reads == [] and features(dataset) == expected
    amuda = dataset.require("amuda")
    for change in (lambda: amuda.properties.update(name="changed"), lambda: amuda.history.append({}),
                   lambda: amuda.history[0]["source"].pop("url"),
                   lambda: amuda.feature["geometry"]["coordinates"].__setitem__(0, 0.0)):
        with pytest.raises(TypeError, match="stored data is read-only"):
            change()
    assert features(FolderStore(data_dir).dataset()) == expected


@pytest.mark.parametrize("content", [b"", b"not marshal", b"\xe3\x00\x00"])
def test_a_broken_cache_is_ignored_and_made_again(data_dir, reads, content):
    expected = features(FolderStore(data_dir).dataset())
    (data_dir / cache.CACHE_NAME).write_bytes(content)
    reads.clear()
    assert features(FolderStore(data_dir).dataset()) == expected
    assert len(reads) == 6
    reads.clear()
    FolderStore(data_dir).dataset()
    assert reads == []


def test_a_cache_made_under_other_rules_is_ignored(data_dir, reads, monkeypatch):
    expected = features(FolderStore(data_dir).dataset())
    monkeypatch.setattr(cache, "_rules_digest", lambda: "other validation code")
    reads.clear()
    assert features(FolderStore(data_dir).dataset()) == expected
    assert len(reads) == 6  # every file validated again by the rules of this code


def test_a_small_dataset_has_no_cache_file(data_dir):
    FolderStore(data_dir).dataset()
    assert not (data_dir / cache.CACHE_NAME).exists()


def test_repeated_strings_are_one_object(data_dir):
    dataset = FolderStore(data_dir).dataset()
    statuses = [entry["status"] for facility in dataset for entry in facility.history if entry["status"] == "withdrawn"]
    assert len(statuses) > 1 and all(status is statuses[0] for status in statuses)


def test_a_broken_file_is_not_read_again_by_a_running_store_until_it_changes(data_dir, reads):
    path = data_dir / "amuda.geojson"
    path.write_text(path.read_text(encoding="utf-8").replace('"army_base"', '"airfield"'), encoding="utf-8")
    store = FolderStore(data_dir)
    assert [b.where for b in store.dataset().broken] == ["amuda.geojson"]
    FolderStore(data_dir).update("hisyah", lambda f: f["properties"].update(name="Hisyah (renamed)") or f)
    reads.clear()
    dataset = store.dataset()  # another process wrote: this store looks again
    assert dataset.require("hisyah").properties["name"] == "Hisyah (renamed)"
    assert reads == ["hisyah.geojson"] and [b.where for b in dataset.broken] == ["amuda.geojson"]
    path.write_text(path.read_text(encoding="utf-8").replace('"airfield"', '"army_base"'), encoding="utf-8")
    reads.clear()
    assert "amuda" in store.dataset() and store.dataset().broken == () and reads == ["amuda.geojson"]


def test_only_a_cold_start_loads_the_cache_and_one_wholly_from_it_leaves_it_alone(data_dir, reads, monkeypatch):
    writer = FolderStore(data_dir)  # another process, started before
    writer.dataset()
    made = (data_dir / cache.CACHE_NAME).stat()
    loads, load = [], cache.load
    monkeypatch.setattr(cache, "load", lambda root: loads.append(root) or load(root))
    store = FolderStore(data_dir)
    store.dataset()
    assert len(loads) == 1  # the cold start
    kept = (data_dir / cache.CACHE_NAME).stat()
    assert (kept.st_ino, kept.st_mtime_ns) == (made.st_ino, made.st_mtime_ns)  # nothing read: not rewritten
    writer.update("hisyah", lambda f: f["properties"].update(name="Hisyah (renamed)") or f)
    assert store.dataset().require("hisyah").properties["name"] == "Hisyah (renamed)"
    assert len(loads) == 1  # a running store catching up reads the changed file, never the cache


def test_a_cache_is_made_from_exactly_cache_from_facilities(data_dir, monkeypatch):
    count = len(FolderStore(data_dir).dataset())
    monkeypatch.setattr(cache, "CACHE_FROM", count + 1)
    FolderStore(data_dir).dataset()
    assert not (data_dir / cache.CACHE_NAME).exists()
    monkeypatch.setattr(cache, "CACHE_FROM", count)
    FolderStore(data_dir).dataset()
    assert (data_dir / cache.CACHE_NAME).is_file()


def test_a_restart_answers_the_posture_before_it_parses_a_feature(data_dir, reads):
    """A start from the cache reads texts and outlines; a Feature is parsed when an answer needs it."""
    cold = FolderStore(data_dir).dataset()
    assert all(facility._feature is None for facility in cold)  # served as a restart serves them
    expected = {date: posture_body_at(posture_index(cold), date) for date in ("1970-01-01", "2024-06-01")}
    reads.clear()
    dataset = FolderStore(data_dir).dataset()
    assert reads == [] and dataset.entry_count == cold.entry_count
    index = posture_index(dataset)
    assert posture_body_at(index, "1970-01-01") == expected["1970-01-01"]  # before any facility has a posture
    assert not any(facility in snapshot._LAST_PARSED or facility._brief for facility in dataset)  # none parsed
    assert posture_body_at(index, "2024-06-01") == expected["2024-06-01"]
    assert index.rows("2024-06-01") == [(f, f.governing("2024-06-01")) for f in dataset if f.governing("2024-06-01")]
    assert features(dataset) == features(cold)


def test_repeated_strings_are_one_object_in_what_facilities_from_the_cache_keep(data_dir, reads):
    """Their Features are let go (`Facility.stored`); their briefs are kept: repeated values one object."""
    FolderStore(data_dir).dataset()
    reads.clear()
    dataset = FolderStore(data_dir).dataset()
    assert reads == []  # every facility from the cache
    statuses = [status for facility in dataset for status in facility.brief.statuses if status == "withdrawn"]
    assert len(statuses) > 1 and all(status is statuses[0] for status in statuses)
    kinds = [facility.brief.field("kind") for facility in dataset if facility.brief.field("kind") == "army_base"]
    assert len(kinds) > 1 and all(kind is kinds[0] for kind in kinds)
    assert [f.brief.field("operator") for f in dataset] == [f.properties["operator"] for f in dataset]
