"""As known on (README, "As known on"): the record as it stood at the end of a day (UTC)."""

import csv
import datetime
import gzip
import io
import json

import pytest

from tests import samples
from tests.test_api_write import RETRACT_URL, REINFORCED, post
from tracker.posture import as_known, changes_between, history_by_date, posture_at, today
from tracker.store.snapshot import Dataset, Facility

# Every entry of the test dataset was recorded on this day (tests/fixtures/dataset).
SEEDED = "2026-11-27"


def statuses(dataset, date):
    return {facility.id: entry["id"] for facility, entry in posture_at(dataset, date)}


def dataset_of(*entries):
    return Dataset({"sample-base": Facility(samples.feature(history=list(entries)))}, "v")


def features(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.json
    return {f["id"]: f["properties"] for f in response.json["features"]}


def yesterday():
    return (datetime.date.fromisoformat(today()) - datetime.timedelta(days=1)).isoformat()


# The rule, on facilities built for it ------------------------------------------------

def test_an_entry_counts_from_the_end_of_the_day_it_was_recorded():
    late = samples.entry(id="late", recorded_at="2025-03-03T23:59:59Z")
    dataset = dataset_of(late)
    assert statuses(as_known(dataset, "2025-03-02"), "2025-06-01") == {}
    assert statuses(as_known(dataset, "2025-03-03"), "2025-06-01") == {"sample-base": "late"}


def test_an_entry_recorded_just_after_midnight_is_not_known_the_day_before():
    first = samples.entry(id="first", effective="2025-01-01", recorded_at="2025-01-02T08:00:00Z")
    second = samples.entry(id="second", status="withdrawn", effective="2025-03-01",
                           recorded_at="2025-03-04T00:00:00Z")
    dataset = dataset_of(first, second)
    assert statuses(as_known(dataset, "2025-03-03"), "2025-06-01") == {"sample-base": "first"}
    assert statuses(as_known(dataset, "2025-03-04"), "2025-06-01") == {"sample-base": "second"}
    assert statuses(dataset, "2025-06-01") == {"sample-base": "second"}


def test_a_retraction_counts_only_from_the_day_it_was_made():
    first = samples.entry(id="first", effective="2025-01-01", recorded_at="2025-01-02T08:00:00Z")
    wrong = samples.entry(id="wrong", status="withdrawn", effective="2025-03-01",
                          recorded_at="2025-03-03T12:00:00Z",
                          retracted={"at": "2025-03-05T00:00:00Z", "by": "ed", "reason": "misread"})
    dataset = dataset_of(first, wrong)
    before = as_known(dataset, "2025-03-04")
    assert statuses(before, "2025-06-01") == {"sample-base": "wrong"}
    # As it stood then, the entry was not retracted: the answer says so.
    assert "retracted" not in before.require("sample-base").governing("2025-06-01")
    assert statuses(as_known(dataset, "2025-03-05"), "2025-06-01") == {"sample-base": "first"}
    assert statuses(dataset, "2025-06-01") == {"sample-base": "first"}
    # The stored snapshot itself is untouched.
    assert "retracted" in dataset.require("sample-base").entry("wrong")


def test_ties_go_to_the_later_record_among_the_entries_known_then():
    earlier = samples.entry(id="earlier", status="active", recorded_at="2025-03-03T10:00:00Z")
    later = samples.entry(id="later", status="reduced", recorded_at="2025-03-06T10:00:00Z")
    same_day = samples.entry(id="same-day", status="withdrawn", recorded_at="2025-03-06T09:00:00Z")
    dataset = dataset_of(later, same_day, earlier)
    assert statuses(as_known(dataset, "2025-03-05"), "2025-03-01") == {"sample-base": "earlier"}
    # Both recorded on the 6th: the later recorded_at wins, as without known.
    assert statuses(as_known(dataset, "2025-03-06"), "2025-03-01") == {"sample-base": "later"}
    assert statuses(dataset, "2025-03-01") == {"sample-base": "later"}


def test_changes_as_known_leave_out_later_entries():
    first = samples.entry(id="first", effective="2025-01-01", recorded_at="2025-01-02T08:00:00Z")
    second = samples.entry(id="second", effective="2025-02-01", recorded_at="2025-04-01T08:00:00Z")
    dataset = dataset_of(first, second)
    assert [e["id"] for _, e in changes_between(as_known(dataset, "2025-03-31"), "2025-01-01", "2025-12-31")] \
        == ["first"]


def test_the_history_as_known_marks_what_came_later():
    first = samples.entry(id="first", effective="2025-01-01", recorded_at="2025-01-02T08:00:00Z",
                          retracted={"at": "2025-05-01T00:00:00Z", "by": "ed", "reason": "wrong"})
    second = samples.entry(id="second", status="withdrawn", effective="2025-01-01",
                           recorded_at="2025-04-01T08:00:00Z")
    facility = Facility(samples.feature(history=[first, second]))
    (group,) = history_by_date(facility, "2025-03-01")
    assert group["later"] == {"first": "retraction", "second": "entry"}
    assert group["conflict"] is False  # only "first" was known then
    (group,) = history_by_date(facility, "2025-04-15")
    assert group["later"] == {"first": "retraction"} and group["conflict"] is True
    assert history_by_date(facility)[0]["later"] == {}


# The API --------------------------------------------------------------------------------

def test_known_before_anything_was_recorded_is_an_empty_posture(client):
    assert features(client, "/api/posture?date=2026-02-01&known=2026-11-26") == {}
    assert len(features(client, f"/api/posture?date=2026-02-01&known={SEEDED}")) == 6
    assert client.get("/api/changes?from=2024-01-01&to=2026-12-31&known=2026-11-26").json["changes"] == []


def test_an_entry_retracted_today_still_governs_as_known_yesterday(client, token):
    assert post(client, RETRACT_URL, {"reason": "The report was about Tartus."}, token).status_code == 200
    now = features(client, "/api/posture?date=2026-02-01")["hmeimim-air-base"]
    assert now["status"] == "active"
    then = features(client, f"/api/posture?date=2026-02-01&known={yesterday()}")["hmeimim-air-base"]
    assert then["status"] == "reinforced" and then["entry"]["id"] == REINFORCED
    assert "retracted" not in then["entry"]
    assert features(client, f"/api/posture?date=2026-02-01&known={today()}")["hmeimim-air-base"]["status"] \
        == "active"
    changes = client.get(f"/api/changes?from=2026-01-28&to=2026-01-28&known={yesterday()}").json
    assert REINFORCED in [c["id"] for c in changes["changes"]]
    export = client.get(f"/api/export?date=2026-02-01&format=csv&known={yesterday()}")
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(export.data.decode("utf-8-sig")))}
    assert rows["hmeimim-air-base"]["status"] == "reinforced"
    assert f"posture-2026-02-01-known-{yesterday()}.csv" in export.headers["Content-Disposition"]


def test_a_new_entry_is_not_known_before_today(client, token):
    body = samples.new_entry(status="reduced", effective="2026-03-01")
    assert post(client, "/api/facilities/tartus-naval-facility/status", body, token).status_code == 201
    assert features(client, "/api/posture?date=2026-03-02")["tartus-naval-facility"]["status"] == "reduced"
    then = features(client, f"/api/posture?date=2026-03-02&known={yesterday()}")
    assert then["tartus-naval-facility"]["status"] == "reinforced"


@pytest.mark.parametrize("url", [
    "/api/posture?date=2026-02-01&known=2026-02-30",
    "/api/changes?from=2026-01-01&known=yesterday",
    "/api/export?date=2026-02-01&format=csv&known=2026-1-5",
    "/map-data.json?known=20260105",
])
def test_a_bad_known_is_a_400_naming_it(client, url):
    response = client.get(url, headers={"Accept": "application/json"})
    assert response.status_code == 400
    assert list(response.json["errors"]) == ["known"] and "is not a date" in response.json["error"]


@pytest.mark.parametrize("url", ["/?known=2026-13-01", "/facilities/amuda?known=nope",
                                 "/changes?from=2026-01-01&known=x"])
def test_a_bad_known_on_a_page_is_a_400_page_naming_it(client, url):
    response = client.get(url)
    assert response.status_code == 400 and b"known" in response.data


def test_the_map_data_as_known_holds_only_what_was_known(client, token):
    assert post(client, RETRACT_URL, {"reason": "The report was about Tartus."}, token).status_code == 200
    now = client.get("/map-data.json").json
    then = client.get(f"/map-data.json?known={yesterday()}").json
    hmeimim = now["facilities"]["id"].index("hmeimim-air-base")
    assert now["entries"]["count"][hmeimim] == 1 and then["entries"]["count"][hmeimim] == 2
    empty = client.get("/map-data.json?known=2026-11-26").json
    assert sum(empty["entries"]["count"]) == 0


def test_the_map_data_as_known_is_compressed_once_a_view_and_version(client, token, monkeypatch):
    from tracker.web import responses

    assert post(client, RETRACT_URL, {"reason": "The report was about Tartus."}, token).status_code == 200
    compressions = []
    encode = responses.ENCODERS["gzip"]
    monkeypatch.setitem(responses.ENCODERS, "gzip", lambda body: compressions.append(1) or encode(body))
    gzipped = {"Accept-Encoding": "gzip"}
    url = f"/map-data.json?known={yesterday()}"
    then = client.get(url, headers=gzipped)
    assert then.headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(then.data) == client.get(url, headers={"Accept-Encoding": "identity"}).data
    hmeimim = json.loads(gzip.decompress(then.data))["facilities"]["id"].index("hmeimim-air-base")
    assert json.loads(gzip.decompress(then.data))["entries"]["count"][hmeimim] == 2  # the retraction not yet made
    now = client.get("/map-data.json", headers=gzipped)
    assert json.loads(gzip.decompress(now.data))["entries"]["count"][hmeimim] == 1
    assert client.get(url, headers=gzipped).data == then.data and len(compressions) == 2  # one a view
    assert then.headers["ETag"] != now.headers["ETag"]


def test_the_map_page_carries_known(client):
    page = client.get("/?date=2026-02-01&known=2026-11-26").data.decode()
    assert 'id="known-banner"' in page and "2026-11-26" in page
    assert "known=2026-11-26" in page  # the map data's URL and the downloads
    assert 'id="known-banner"' not in client.get("/?date=2026-02-01").data.decode()


def test_the_map_page_before_anything_was_recorded_says_so_and_links_the_first_day(client):
    page = client.get("/?date=2026-02-01&known=2026-11-26").data.decode()
    assert 'id="known-empty"' in page
    assert f"the first entry\n      was recorded on <a href=\"/?date=2026-02-01&amp;known={SEEDED}\">{SEEDED}</a>" in page
    assert 'id="known-empty"' not in client.get(f"/?date=2026-02-01&known={SEEDED}").data.decode()
    assert 'id="known-empty"' not in client.get("/?date=2026-02-01").data.decode()


def test_the_facility_page_as_known_marks_later_entries_and_retractions(client, token):
    assert post(client, RETRACT_URL, {"reason": "The report was about Tartus."}, token).status_code == 200
    body = samples.new_entry(status="reduced", effective="2026-03-01")
    assert post(client, "/api/facilities/hmeimim-air-base/status", body, token).status_code == 201
    page = client.get(f"/facilities/hmeimim-air-base?date=2026-03-02&known={yesterday()}").data.decode()
    assert 'id="known-banner"' in page
    assert f'id="entry-{REINFORCED}"' in page and 'data-later="retraction"' in page
    assert 'data-later="entry"' in page and "Recorded later" in page
    status = page.split("<dt>Status on")[1].split("</dd>")[0]
    assert "Reinforced" in status  # the retraction had not happened yet
    now = client.get("/facilities/hmeimim-air-base?date=2026-03-02").data.decode()
    assert "data-later" not in now and "Reduced" in now.split("<dt>Status on")[1].split("</dd>")[0]


def test_views_are_kept_per_snapshot_and_shared_where_nothing_changed(store):
    dataset = store.dataset()
    view = as_known(dataset, SEEDED)
    assert as_known(dataset, SEEDED) is view
    assert all(view.get(f.id) is f for f in dataset)  # nothing recorded after that day
    assert as_known(dataset, None) is dataset
    assert json.loads(view.require("amuda").json) == json.loads(dataset.require("amuda").json)


def test_tracker_export_as_known_is_the_api_answer(runner, data_dir, client, tmp_path):
    from tests.test_cli import run
    out = tmp_path / "known.geojson"
    result = run(runner, "export", "--date", "2026-02-01", "--known", "2026-11-26", "-o", out, "--data", data_dir)
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == client.get("/api/posture?date=2026-02-01&known=2026-11-26").data
    assert json.loads(out.read_text())["features"] == []
    csv_out = tmp_path / "now.csv"
    assert run(runner, "export", "--date", "2026-02-01", "-o", csv_out, "--data", data_dir).exit_code == 0
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(csv_out.read_text("utf-8-sig")))}
    assert rows["hmeimim-air-base"]["age_days"] == "4"
    result = run(runner, "export", "--date", "2026-02-01", "--known", "2026-11-31", "-o", out, "--data", data_dir)
    assert result.exit_code == 1 and "--known: '2026-11-31' is not a date" in result.output


def test_a_facility_as_known_is_its_history_as_it_stood(client, token):
    assert post(client, RETRACT_URL, {"reason": "The report was about Tartus."}, token).status_code == 200
    body = samples.new_entry(status="reduced", effective="2026-03-01")
    assert post(client, "/api/facilities/hmeimim-air-base/status", body, token).status_code == 201
    now = client.get("/api/facilities/hmeimim-air-base").json["properties"]["status_history"]
    then = client.get(f"/api/facilities/hmeimim-air-base?known={yesterday()}").json["properties"]["status_history"]
    assert len(now) == 3 and "retracted" in now[1]
    assert then == [now[0], {k: v for k, v in now[1].items() if k != "retracted"}]
    assert client.get("/api/facilities/hmeimim-air-base?known=no").status_code == 400


def test_an_empty_known_is_a_400_on_the_api_and_as_known_now_on_a_page(client):
    response = client.get("/api/posture?date=2026-02-01&known=")
    assert response.status_code == 400 and list(response.json["errors"]) == ["known"]
    page = client.get("/?date=2026-02-01&known=")
    assert page.status_code == 200 and 'id="known-banner"' not in page.data.decode()


def test_ogc_posture_as_known_is_the_api_answer_and_rides_in_links(client, token):
    assert post(client, RETRACT_URL, {"reason": "The report was about Tartus."}, token).status_code == 200
    query = f"datetime=2026-02-01&known={yesterday()}"
    items = client.get(f"/ogc/collections/posture/items?{query}")
    assert items.status_code == 200
    ogc = {f["id"]: f["properties"] for f in items.json["features"]}
    assert ogc == features(client, f"/api/posture?date=2026-02-01&known={yesterday()}")
    assert ogc["hmeimim-air-base"]["status"] == "reinforced"
    one = client.get(f"/ogc/collections/posture/items/hmeimim-air-base?{query}").json
    assert one["properties"]["entry"]["id"] == REINFORCED
    assert all(f"known={yesterday()}" in link["href"] for link in client.get(f"/ogc?{query}").json["links"]
               if link["rel"] == "data")
    assert client.get("/ogc/collections/posture/items?known=2026-1-5").status_code == 400
