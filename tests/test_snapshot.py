"""Snapshots of the dataset (tracker/store/snapshot.py): a facility's timeline, lookups,
what a write shares with the snapshot before it, and counts."""

import pytest

from tests import samples
from tracker.errors import NotFound
from tracker.store.snapshot import Dataset, Facility, compact_json

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
    assert f.entry_json["r"] == compact_json(f.entry("r"))
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
    assert [(f.id, e["id"]) for f, e in dataset.changes] == [("b", "b1"), ("a", "a1"), ("a", "a2")]


def test_derived_values_are_built_once_a_snapshot():
    dataset, calls = Dataset({"a": facility("a")}, "v"), []
    build = lambda d: calls.append(d) or len(calls)  # noqa: E731
    assert dataset.derived("k", build) == 1 and dataset.derived("k", build) == 1
    assert dataset.derived("other", build) == 2
    assert Dataset({"a": facility("a")}, "v").derived("k", build) == 3
