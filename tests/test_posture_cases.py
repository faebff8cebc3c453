"""The posture rule, case by case, from the table the browser's model runs too.

tests/fixtures/posture_cases.json holds histories, their posture order and the governing
entry at dates; tests/js/posture-cases.test.js runs the same table against
posture-model.js, so the map, the popup and the API cannot disagree (README, "The data
model").
"""

import json
from pathlib import Path

import pytest

from tests import samples
from tracker.model.validation import problems
from tracker.posture import posture_at
from tracker.store.snapshot import Dataset, Facility
from tracker.web.map_data import STATUS_INDEX, day_number, map_payload

CASES = json.loads((Path(__file__).parent / "fixtures" / "posture_cases.json").read_text(encoding="utf-8"))["cases"]


def facility_of(case):
    """The case's history as a valid stored facility (fields the rule does not read: samples)."""
    feature = samples.feature(history=[samples.entry(**entry) for entry in case["history"]])
    assert problems("feature", feature) == []
    return Facility(feature)


@pytest.mark.parametrize("case", CASES, ids=[case["name"] for case in CASES])
def test_case(case):
    facility = facility_of(case)
    assert [entry["id"] for entry in facility.timeline] == case["timeline"]
    dataset = Dataset({facility.id: facility}, "v")
    for date, expected in case["at"].items():
        governing = facility.governing(date)
        assert (governing and governing["id"]) == expected, date
        rows = posture_at(dataset, date)
        assert [entry["id"] for _, entry in rows] == ([expected] if expected else []), date


@pytest.mark.parametrize("case", CASES, ids=[case["name"] for case in CASES])
def test_map_data_sends_the_timeline_in_posture_order(case):
    # The browser takes the last of a facility's entries dated on or before the day; so the
    # compact data must hold the counted entries in exactly the case's posture order.
    facility = facility_of(case)
    entries = map_payload(Dataset({facility.id: facility}, "v"))["entries"]
    by_id = {entry["id"]: entry for entry in case["history"]}
    assert entries["count"] == [len(case["timeline"])]
    assert entries["day"] == [day_number(by_id[i]["effective"]) for i in case["timeline"]]
    assert entries["status"] == [STATUS_INDEX[by_id[i]["status"]] for i in case["timeline"]]


def test_the_table_holds_the_ties_the_rule_is_about():
    # A guard on the table itself: without these cases a string tie-break would pass.
    stamps = {entry["recorded_at"] for case in CASES for entry in case["history"]}
    assert {"2025-03-03T12:00:00.500Z", "2025-03-03T12:00:00Z"} <= stamps
    assert any("retracted" in entry for case in CASES for entry in case["history"])
