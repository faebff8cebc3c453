"""Snapshots of the dataset (tracker/store/snapshot.py): a facility's timeline, lookups,
what a write shares with the snapshot before it, and counts."""

import threading
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests import samples
from tracker.errors import DataError, NotFound
from tracker.posture import changes_between
from tracker.store.base import Broken
from tracker.store import snapshot
from tracker.store.snapshot import RECENT_ANSWERS, Dataset, Facility, compact_json

RETRACTION = {"at": "2025-06-02T00:00:00Z", "by": "ed", "reason": "misread"}


def facility(id="sample-base", *entries):
    return Facility(samples.feature(id=id, history=list(entries)))


def test_governing_is_the_last_counted_entry_on_or_before_the_date():
    f = facility("f", samples.entry(id="b", effective="2025-05-01", status="reduced"),
                 samples.entry(id="a", effective="2025-01-01"),
                 samples.entry(id="r", effective="2025-06-01", retracted=RETRACTION))
    assert [e["id"] for e in f.timeline] == ["a", "b"]
    assert f.governing("2024-12-31") is None
    assert f.governing("2025-01-01")["id"] == "a"
    assert f.governing("2025-04-30")["id"] == "a"
    assert f.governing("2025-05-01")["id"] == "b"
    assert f.governing("2030-01-01")["id"] == "b"
    assert facility("g").governing("2030-01-01") is None


def test_an_entry_is_found_by_id_retracted_or_not():
    f = facility("f", samples.entry(id="a"), samples.entry(id="r", retracted=RETRACTION))
    assert f.entry("a")["id"] == "a" and f.entry("r")["retracted"] == RETRACTION
    assert f.entry("missing") is None
    assert f.json == compact_json(f.feature)


def test_compact_json_keeps_scripts_and_has_no_spaces():
    assert compact_json({"a": [1, 2], "b": "Камышлы"}) == '{"a":[1,2],"b":"Камышлы"}'


def test_a_dataset_is_in_id_order_and_finds_facilities():
    dataset = Dataset({"b": facility("b"), "a": facility("a")}, "v1")
    assert [f.id for f in dataset] == ["a", "b"] and len(dataset) == 2
    assert "a" in dataset and "c" not in dataset
    assert dataset.get("a").id == "a" and dataset.get("c") is None
    assert dataset.require("b").id == "b"
    with pytest.raises(NotFound, match="'c'"):
        dataset.require("c")


def test_with_facility_replaces_in_place_and_adds_in_id_order():
    a, c = facility("a", samples.entry(id="a1")), facility("c", samples.entry(id="c1"))
    old = Dataset({"a": a, "c": c}, "v1")
    assert old.entry_owners == {"a1": "a", "c1": "c"}
    added = old.with_facility(facility("b", samples.entry(id="b1")), "v2", modified="then")
    assert [f.id for f in added] == ["a", "b", "c"] and (added.version, added.modified) == ("v2", "then")
    assert added.entry_owners == {"a1": "a", "b1": "b", "c1": "c"}
    replaced = added.with_facility(facility("a", samples.entry(id="a1"), samples.entry(id="a2")), "v3")
    assert [f.id for f in replaced] == ["a", "b", "c"] and replaced.require("c") is c
    assert replaced.entry_owners["a2"] == "a"
    assert [f.id for f in old] == ["a", "c"] and old.require("a") is a  # the old snapshot is unchanged


def test_entry_owners_name_the_first_facility_holding_an_id():
    dataset = Dataset({"a": facility("a", samples.entry(id="x")), "b": facility("b", samples.entry(id="x"))}, "v")
    assert dataset.entry_owners == {"x": "a"}


def test_entry_count_counts_retracted_entries_too():
    dataset = Dataset({
        "a": facility("a", samples.entry(id="a1"), samples.entry(id="a2", retracted=RETRACTION)),
        "b": facility("b", samples.entry(id="b1", retracted=RETRACTION)),
        "c": facility("c"),
    }, "v")
    assert dataset.entry_count == 3


def test_changes_are_every_counted_entry_in_posture_order():
    dataset = Dataset({
        "a": facility("a", samples.entry(id="a2", effective="2025-05-01"),
                      samples.entry(id="a1", effective="2025-01-01", recorded_at="2025-01-02T00:00:00.5Z")),
        "b": facility("b", samples.entry(id="b1", effective="2025-01-01", recorded_at="2025-01-02T00:00:00Z"),
                      samples.entry(id="br", effective="2025-02-01", retracted=RETRACTION)),
    }, "v")
    assert [(f.id, e["id"]) for f, e in changes_between(dataset, "0001-01-01", "9999-12-31")] \
        == [("b", "b1"), ("a", "a1"), ("a", "a2")]
    assert [(f.id, e["id"]) for f, e in changes_between(dataset, "2025-01-01", "2025-02-01")] == [("b", "b1"), ("a", "a1")]


def test_derived_values_are_built_once_a_snapshot():
    dataset, calls = Dataset({"a": facility("a")}, "v"), []
    build = lambda d: calls.append(d) or len(calls)  # noqa: E731
    assert dataset.derived("k", build) == 1 and dataset.derived("k", build) == 1
    assert dataset.derived("other", build) == 2
    assert Dataset({"a": facility("a")}, "v").derived("k", build) == 3


def test_with_history_is_the_same_facility_with_another_history_and_leaves_it_alone():
    f = facility("f", samples.entry(id="a", effective="2025-01-01"))
    later = samples.entry(id="b", effective="2025-05-01", status="reduced")
    known = f.with_history([*f.history, later])
    assert known.id == "f" and known.properties["name"] == f.properties["name"]
    assert known.feature["geometry"] == f.feature["geometry"]
    assert [e["id"] for e in known.timeline] == ["a", "b"] and known.governing("2025-06-01") is later
    assert [e["id"] for e in f.history] == ["a"] and f.governing("2025-06-01")["id"] == "a"


def test_replaced_keeps_the_snapshots_date_and_broken_files_at_another_version():
    broken = Broken("gone", "gone.geojson", ("gone: id: wrong",))
    dataset = Dataset({"a": facility("a", samples.entry(id="a1")), "b": facility("b")}, "v1",
                      modified="then", broken=[broken])
    view = dataset.replaced([f.with_history([]) for f in dataset], "v1@2025-01-01")
    assert [f.id for f in view] == ["a", "b"] and view.get("a").history == []
    assert (view.version, view.modified, view.broken) == ("v1@2025-01-01", "then", (broken,))
    assert [e["id"] for e in dataset.get("a").history] == ["a1"]


def test_recent_answers_keep_the_latest_few_and_drop_the_oldest_first():
    dataset, builds = Dataset({"a": facility("a")}, "v"), []

    def build(key):
        return lambda d: builds.append(key) or (d, key)

    for key in range(RECENT_ANSWERS):
        assert dataset.derived(key, build(key), recent=True) == (dataset, key)
    for key in range(RECENT_ANSWERS):  # all kept: nothing built again
        dataset.derived(key, build(key), recent=True)
    assert builds == list(range(RECENT_ANSWERS))
    dataset.derived("one more", build("one more"), recent=True)
    dataset.derived("one more", build("one more"), recent=True)
    dataset.derived(1, build(1), recent=True)
    dataset.derived(0, build(0), recent=True)  # the oldest went to make room
    assert builds == [*range(RECENT_ANSWERS), "one more", 0]


def test_derived_answers_are_never_dropped_by_recent_ones():
    dataset, builds = Dataset({"a": facility("a")}, "v"), []
    dataset.derived("map", lambda d: builds.append("map") or "kept")
    for key in range(RECENT_ANSWERS + 2):
        dataset.derived(key, lambda d: key, recent=True)
    assert dataset.derived("map", lambda d: builds.append("map") or "built again") == "kept"
    assert builds == ["map"]


def test_concurrent_askers_of_one_key_share_its_one_build():
    dataset, started, release, builds = Dataset({"a": facility("a")}, "v"), threading.Event(), threading.Event(), []

    def slow(d):
        builds.append(d)
        started.set()
        release.wait(5)
        return "value"

    with ThreadPoolExecutor(3) as pool:
        first = pool.submit(dataset.derived, "csv", slow)
        started.wait(5)
        others = [pool.submit(dataset.derived, "csv", slow) for _ in range(2)]
        release.set()
        assert [f.result(5) for f in (first, *others)] == ["value"] * 3
    assert builds == [dataset]


def test_a_slow_build_does_not_hold_up_another_key():
    dataset, started, release = Dataset({"a": facility("a")}, "v"), threading.Event(), threading.Event()

    def slow(d):
        started.set()
        release.wait(5)
        return "slow"

    with ThreadPoolExecutor(1) as pool:
        slow_answer = pool.submit(dataset.derived, "csv", slow)
        started.wait(5)
        done = ThreadPoolExecutor(1).submit(dataset.derived, "map", lambda d: "quick")
        try:
            assert done.result(2) == "quick"
        finally:
            release.set()
        assert slow_answer.result(5) == "slow"


def test_a_failed_build_leaves_the_next_asker_to_build_and_keeps_no_lock():
    dataset, started, release = Dataset({"a": facility("a")}, "v"), threading.Event(), threading.Event()

    def failing(d):
        started.set()
        release.wait(5)
        raise RuntimeError("build failed")

    with ThreadPoolExecutor(2) as pool:
        first = pool.submit(dataset.derived, "csv", failing)
        started.wait(5)
        waiting = pool.submit(dataset.derived, "csv", lambda d: "built by the next")
        release.set()
        with pytest.raises(RuntimeError, match="build failed"):
            first.result(5)
        assert waiting.result(5) == "built by the next"
    for key in range(3):  # keys clients choose: a lock a key would pile up for ever
        dataset.derived(key, lambda d: key, recent=True)
    assert dataset._building == {}


def test_a_write_extends_the_entry_index_without_walking_every_facility():
    old = Dataset({"a": facility("a", samples.entry(id="a1")), "c": facility("c", samples.entry(id="c1"))}, "v1")
    assert old.entry_owners == {"a1": "a", "c1": "c"}
    for untouched in old:  # a write must not read these again (a write costs the same at any size)
        untouched._parsed_kept.feature = {**untouched.feature, "properties": {"status_history": Unreadable()}}
        del untouched.__dict__["_outline"]  # nor their outlines: those come from the history
    new = old.with_facility(facility("b", samples.entry(id="b1")), "v2")
    assert new.entry_owners == {"a1": "a", "b1": "b", "c1": "c"}


class Unreadable(list):
    def __iter__(self):
        raise AssertionError("an untouched facility's history was read")


def test_a_broken_facility_is_refused_by_name_and_a_missing_one_is_not_found():
    broken = Broken("gone", "gone.geojson", ("gone: id: wrong",))
    dataset = Dataset({"a": facility("a")}, "v", broken=[broken])
    with pytest.raises(DataError, match=r"^facility 'gone' cannot be shown: its stored data is broken$") as caught:
        dataset.require("gone")
    assert caught.value.errors == {"id": "'gone' is stored broken"}
    with pytest.raises(NotFound, match="'missing'"):
        dataset.require("missing")


def test_a_facility_made_from_another_starts_with_no_derived_texts():
    f = facility("f", samples.entry(id="a"))
    f.texts["popup"] = "made from the old history"
    known = f.with_history([])
    assert known.texts == {} and f.texts == {"popup": "made from the old history"}
    known.texts["popup"] = "made from its own"
    assert f.texts["popup"] == "made from the old history"


def stored_twin(made):
    """`made` as the folder store's cache gives it back: its compact JSON and outline only."""
    return Facility.stored(made.id, made.json_bytes, made.outline)


def test_a_stored_facility_is_its_feature_parsed_on_first_use_read_only():
    made = facility("f", samples.entry(id="b", effective="2025-05-01", status="reduced"),
                    samples.entry(id="a", effective="2025-01-01"))
    twin = stored_twin(made)
    assert twin._feature is None and twin.outline == made.outline
    assert twin.outline.entry_ids == ("b", "a")  # history order; the days in posture order
    assert twin.outline.timeline_days == (739252, 739372)
    assert twin.json == made.json and twin._feature is None  # the text answers without a parse
    assert twin.feature == made.feature and twin.governing("2025-06-01")["id"] == "b"
    assert twin._feature is None and twin.json == made.json  # the text kept, the Feature not for good
    with pytest.raises(TypeError, match="stored data is read-only"):
        twin.history[0]["source"]["url"] = "https://elsewhere.example/"


@pytest.mark.parametrize("value", [2**70, -(2**65), "\ud800 lone", "ü \u2028 \x7f \x00 ok", 1e-07, -0.0, 1e300])
def test_a_stored_facility_parses_back_what_orjson_refuses_or_writes_otherwise(value):
    """Texts of compact_json that orjson cannot parse go through Python's parser: the same Feature, the same text."""
    feature = samples.feature(id="f")
    feature["properties"]["extra"] = {"value": value}
    made = Facility(feature)
    twin = stored_twin(made)
    assert twin.feature == made.feature and twin.json == made.json
    assert repr(twin.feature["properties"]["extra"]["value"]) == repr(value)


def test_a_dataset_of_stored_facilities_indexes_entries_without_parsing_one():
    made = [facility("a", samples.entry(id="a1")), facility("b", samples.entry(id="b1"), samples.entry(id="b2"))]
    dataset = Dataset({f.id: stored_twin(f) for f in made}, "v")
    assert dataset.entry_owners == {"a1": "a", "b1": "b", "b2": "b"} and dataset.entry_count == 3
    assert all(f._feature is None for f in dataset)


def test_stored_facilities_keep_only_the_last_features_parsed_and_answer_alike(monkeypatch):
    """A Feature parsed from its text is kept among the last PARSED_KEPT, then let go and parsed again."""
    monkeypatch.setattr(snapshot, "PARSED_KEPT", 2)
    monkeypatch.setattr(snapshot, "_LAST_PARSED", OrderedDict())
    made = [facility(name, samples.entry(id=f"{name}1", effective="2025-01-01"),
                     samples.entry(id=f"{name}2", effective="2025-03-01", status="reduced")) for name in "abc"]
    twins = [stored_twin(f) for f in made]
    first = twins[0].feature
    assert twins[0].feature is first  # kept while among the last parsed
    for twin in twins[1:]:
        assert twin.governing("2025-02-01")["id"] == f"{twin.id}1"
    assert list(snapshot._LAST_PARSED) == twins[1:]  # the first let go: no Feature is held for good
    again = twins[0].feature
    assert again is not first and again == first == made[0].feature
    assert list(snapshot._LAST_PARSED) == [twins[2], twins[0]]
    assert [t.timeline for t in twins] == [f.timeline for f in made]
    assert [t.brief for t in twins] == [f.brief for f in made]
    assert twins[1].brief.statuses == ("active", "reduced") and twins[1].brief.field("name") == made[1].properties["name"]
    assert [t.governing_position("2025-02-01") for t in twins] == [0, 0, 0]
    assert twins[0].governing_position("2024-12-31") is None and twins[0].governing_position("2025-03-01") == 1


def test_a_facility_made_from_its_feature_keeps_it():
    made = facility("a", samples.entry(id="a1"))
    assert made.feature is made.feature and made.timeline is made.timeline
    assert made not in snapshot._LAST_PARSED
