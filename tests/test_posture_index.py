"""The vectorised posture (tracker.posture_index) against the rule it restates.

The index answers an unfiltered `GET /api/posture`; `Facility.governing` and
`geojson.posture_body` answer everything else. They must agree entry for entry and byte
for byte, on the shared posture cases (ties, fractional seconds, retractions) laid end
to end in one dataset, with facilities that have no entry, and on dates before, between
and after every entry.
"""

import datetime
import json

import pytest

from tests import samples
from tests.test_posture_cases import CASES, facility_of
from tracker.exports import geojson
from tracker.posture import as_known, posture_at
from tracker.posture_index import PostureIndex, posture_index
from tracker.store.snapshot import Dataset, Facility


def cases_dataset():
    """Every posture case as a facility of one dataset, with facilities without entries between."""
    facilities = {}
    for number, case in enumerate(CASES):
        facility = facility_of(case)
        facility = Facility({**facility.feature, "id": f"case-{number:02d}"})
        facilities[facility.id] = facility
        empty = Facility(samples.feature(id=f"case-{number:02d}-none", history=[]))
        facilities[empty.id] = empty
    return Dataset(facilities, "v")


def dates_of(dataset):
    """Every case date, each entry's date, the day either side of it, and the far past and future."""
    days = {datetime.date.fromisoformat(d) for case in CASES for d in case["at"]}
    days |= {datetime.date.fromisoformat(e["effective"]) for f in dataset for e in f.history}
    around = {day + datetime.timedelta(days=k) for day in days for k in (-1, 0, 1)}
    return sorted(day.isoformat() for day in around) + ["0001-01-01", "9999-12-31"]


DATASET = cases_dataset()


@pytest.mark.parametrize("date", dates_of(DATASET))
def test_the_index_finds_what_the_rule_finds(date):
    expected = [(facility.id, entry["id"]) for facility, entry in posture_at(DATASET, date)]
    found = [(facility.id, entry["id"]) for facility, entry in PostureIndex(DATASET).rows(date)]
    assert found == expected


@pytest.mark.parametrize("date", dates_of(DATASET))
def test_the_index_answer_is_the_rule_answer_byte_for_byte(date):
    index = PostureIndex(DATASET)
    body = geojson.posture_body_at(index, date)
    assert body == geojson.posture_body(posture_at(DATASET, date), date)
    again = geojson.posture_body_at(index, date)  # from the bytes kept on the index
    assert again == body


def test_ages_are_counted_from_the_governing_entry():
    date = "2026-01-01"
    features = json.loads(geojson.posture_body_at(PostureIndex(DATASET), date))["features"]
    assert features, "the cases have postures on 2026-01-01"
    for feature in features:
        since = datetime.date.fromisoformat(feature["properties"]["since"])
        assert feature["properties"]["age_days"] == (datetime.date(2026, 1, 1) - since).days


def test_no_posture_is_an_empty_collection():
    assert geojson.posture_body_at(PostureIndex(DATASET), "0001-01-01") == b'{"type":"FeatureCollection","features":[]}\n'
    empty = Dataset({}, "v")
    assert geojson.posture_body_at(PostureIndex(empty), "2026-01-01") == b'{"type":"FeatureCollection","features":[]}\n'


def test_an_as_known_view_has_its_own_index():
    # The view leaves out entries recorded after the day: its index must not be the snapshot's.
    known = "2025-03-02"
    view = as_known(DATASET, known)
    assert posture_index(view) is not posture_index(DATASET)
    for date in ("2025-03-01", "2025-06-01", "2026-06-01"):
        assert geojson.posture_body_at(posture_index(view), date) == geojson.posture_body(posture_at(view, date), date)


def test_one_index_a_snapshot():
    assert posture_index(DATASET) is posture_index(DATASET)


def test_the_api_answer_is_the_rule_answer(client, store):
    """`GET /api/posture` unfiltered (the index) and the export (the rule) give the same bytes."""
    dataset = store.dataset()
    for date in ("2024-11-30", "2024-12-08", "2026-01-27", "2026-02-01", "2030-01-01"):
        response = client.get(f"/api/posture?date={date}")
        assert response.status_code == 200
        assert response.data == geojson.posture_body(posture_at(dataset, date), date)


def test_the_api_answer_follows_a_write(client, store):
    date = "2030-01-01"
    before = json.loads(client.get(f"/api/posture?date={date}").data)["features"]
    facility_id = before[0]["id"]

    yesterday = datetime.date.today() - datetime.timedelta(days=1)

    def withdraw(feature):
        feature["properties"]["status_history"].append(
            samples.entry(id="later-withdrawal", status="withdrawn", effective=yesterday.isoformat(),
                          recorded_at=f"{yesterday.isoformat()}T12:00:00Z"))
        return feature
    store.update(facility_id, withdraw)
    after = {f["id"]: f for f in json.loads(client.get(f"/api/posture?date={date}").data)["features"]}
    assert after[facility_id]["properties"]["status"] == "withdrawn"
    assert after[facility_id]["properties"]["entry"]["id"] == "later-withdrawal"
