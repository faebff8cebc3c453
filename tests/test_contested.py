"""Reports that disagree (README, "Reports that disagree"): a contested posture is said in the
API, the exports and the map's data, never settled silently by the order of recording."""

import csv
import io
import json

from tests import samples
from tracker.web.map_data import day_number

AP, AFP = "qamishli-2026-01-27-ap", "qamishli-2026-01-27-afp"


def posture_of(client, date, facility_id):
    features = json.loads(client.get(f"/api/posture?date={date}").data)["features"]
    return next(f["properties"] for f in features if f["id"] == facility_id)


def csv_rows(response):
    return {row["id"]: row for row in csv.DictReader(io.StringIO(response.data.decode("utf-8-sig")))}


def test_the_api_says_qamishli_is_contested_on_2026_01_27_and_gives_the_other_report(client):
    qamishli = posture_of(client, "2026-01-27", "qamishli-airport")
    assert qamishli["contested"] is True
    assert qamishli["status"] == "withdrawn" and qamishli["entry"]["id"] == AFP
    assert [(e["id"], e["status"], e["source"]["publisher"]) for e in qamishli["alternatives"]] == [
        (AP, "withdrawing", "AP")]
    assert qamishli["alternatives"][0]["source"]["quote"]  # the whole entry, quote and grades
    assert posture_of(client, "2026-01-27", "hmeimim-air-base")["contested"] is False


def test_the_next_day_is_not_contested(client):
    qamishli = posture_of(client, "2026-01-28", "qamishli-airport")
    assert qamishli["contested"] is False and qamishli["alternatives"] == []


def test_reports_of_one_day_that_agree_are_alternatives_but_not_contested(client):
    qamishli = posture_of(client, "2026-01-26", "qamishli-airport")  # Kurdistan24 and Reuters
    assert qamishli["contested"] is False
    assert [e["status"] for e in qamishli["alternatives"]] == ["withdrawing"]


def test_a_retracted_report_no_longer_contests(client, store):
    samples.retract(store, "qamishli-airport", AFP)
    qamishli = posture_of(client, "2026-01-27", "qamishli-airport")
    assert qamishli["entry"]["id"] == AP and qamishli["contested"] is False and qamishli["alternatives"] == []


def test_the_exports_carry_a_contested_column(client):
    on_27 = csv_rows(client.get("/api/export?date=2026-01-27&format=csv"))
    assert on_27["qamishli-airport"]["contested"] == "1"
    assert on_27["hmeimim-air-base"]["contested"] == "0"
    on_28 = csv_rows(client.get("/api/export?date=2026-01-28&format=csv"))
    assert on_28["qamishli-airport"]["contested"] == "0"
    geojson = json.loads(client.get("/api/export?date=2026-01-27&format=geojson").data)
    assert geojson == json.loads(client.get("/api/posture?date=2026-01-27").data)


def test_the_history_marks_both_reports_of_a_contested_day(client):
    rows = list(csv.DictReader(io.StringIO(client.get("/api/history.csv").data.decode("utf-8-sig"))))
    contested = {row["entry_id"] for row in rows if row["contested"] == "1"}
    assert contested == {AP, AFP}


def test_the_map_data_lists_the_contested_entries(client):
    data = json.loads(client.get("/map-data.json").data)
    facilities, entries = data["facilities"], data["entries"]
    f = facilities["id"].index("qamishli-airport")
    first = sum(entries["count"][:f])
    days = entries["day"][first:first + entries["count"][f]]
    marked = sorted(days[e - first] for e in entries["contested"] if first <= e < first + entries["count"][f])
    assert marked == [day_number("2026-01-27")] * 2
    assert all(first <= e < first + entries["count"][f] for e in entries["contested"])
