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
from tracker.store.snapshot import Dataset, Facility, compact_bytes


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


def whole_text(facility, entry):
    """A posture Feature's text made whole from its dict (README, "JSON API"), as answers made it
    before they were kept in parts."""
    return compact_bytes({"type": "Feature", "id": facility.id, "geometry": facility.feature["geometry"],
                          "properties": geojson.posture_properties(facility, entry)})[:-2]


ODD = [
    Facility(samples.feature(id="odd-names", name="قاعدة \u2028 \"status\":x ü 😀", history=[
        samples.entry(id="o1", effective="2025-01-01", note='say ,"status":"active","since":"2025-01-01","entry":'),
        samples.entry(id="o2", effective="2025-01-01", status="reduced", recorded_at="2025-01-03T00:00:00Z"),
        samples.entry(id="o3", effective="2025-02-01", retracted=samples.RETRACTION)])),
    Facility({**samples.feature(id="odd-numbers", history=[samples.entry(id="n1", effective="2025-01-01")]),
              "geometry": {"type": "Point", "coordinates": [1e-07, 2.5]}}),  # a number orjson writes otherwise
]


@pytest.mark.parametrize("made", [*DATASET, *ODD], ids=lambda f: f.id)
def test_each_posture_text_kept_in_parts_is_the_whole_text(made):
    """Cut into a head, the entry's own bytes in the facility's JSON and the rest, a text joins back
    to the very bytes made whole; a facility read from its text (`Facility.stored`) alike."""
    twin = Facility.stored(made.id, made.json_bytes, made.outline)
    for facility in (made, twin):
        parts = geojson.posture_features(facility)
        assert [parts.text(k) for k in range(len(facility.timeline))] \
            == [whole_text(facility, entry) for entry in facility.timeline]
        for entry in facility.timeline:
            assert geojson.posture_text(facility, entry) == whole_text(facility, entry)
        assert facility.json_bytes == made.json_bytes == compact_bytes(made.feature, "surrogatepass")
        assert Facility.stored(made.id, facility.json_bytes, made.outline).feature == made.feature


def test_a_facility_cut_into_parts_shares_one_head_and_points_into_its_json():
    facility = ODD[0]
    parts = geojson.posture_features(facility)
    assert parts.head.startswith(b'{"type":"Feature","id":"odd-names"') and len(parts.mids) == 2
    assert all(b'"entry":' in mid for mid in parts.mids)
    assert parts.entries[0] == compact_bytes(facility.timeline[0])
    assert any(piece is parts.entries[0] for piece in facility._json)  # the very piece of its JSON
    assert b"".join(facility._json) == facility.json_bytes == compact_bytes(facility.feature)


def test_a_text_that_cannot_be_cut_is_kept_whole(monkeypatch):
    """Should an entry's bytes not be found in its facility's JSON, the texts are kept whole: the same answer."""
    facility = Facility(samples.feature(id="whole", history=[samples.entry(id="w1", effective="2025-01-01")]))
    facility._json = b"{}"  # nothing to point into
    parts = geojson.posture_features(facility)
    assert parts.head == b"" and parts.mids == (whole_text(facility, facility.timeline[0]),)
    assert geojson.posture_text(facility, facility.timeline[0]) == whole_text(facility, facility.timeline[0])
    index = PostureIndex(Dataset({"whole": facility}, "v"))
    assert geojson.posture_body_at(index, "2025-06-01") == geojson.posture_body([(facility, facility.timeline[0])],
                                                                                  "2025-06-01")
