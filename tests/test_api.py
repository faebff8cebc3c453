"""The read API (README, "JSON API"): answers, filters, downloads, cheap repeated reads."""

import csv
import io
import json
import os
import time

import pyogrio
import pytest
from werkzeug.http import http_date

from tests import samples
from tracker.store import FolderStore

GEOJSON = "application/geo+json"


def body(response):
    return json.loads(response.data)


def test_facilities_is_one_collection_with_full_histories(client):
    response = client.get("/api/facilities")
    assert response.status_code == 200 and response.mimetype == GEOJSON
    collection = body(response)
    assert collection["type"] == "FeatureCollection" and len(collection["features"]) == 6
    qamishli = next(f for f in collection["features"] if f["id"] == "qamishli-airport")
    assert len(qamishli["properties"]["status_history"]) == 6


def test_one_facility_is_its_stored_feature(client, data_dir):
    response = client.get("/api/facilities/tartus-naval-facility")
    assert response.status_code == 200 and response.mimetype == GEOJSON
    stored = json.loads((data_dir / "tartus-naval-facility.geojson").read_text(encoding="utf-8"))
    assert body(response) == stored


def test_unknown_facility_is_a_404_in_the_error_shape(client):
    response = client.get("/api/facilities/nowhere")
    assert response.status_code == 404
    assert body(response) == {"ok": False, "error": "no facility 'nowhere'",
                              "errors": {"id": "'nowhere' does not exist"}}


def test_posture_at_a_date(client):
    response = client.get("/api/posture?date=2026-02-01")
    assert response.status_code == 200 and response.mimetype == GEOJSON
    features = {f["id"]: f for f in body(response)["features"]}
    hmeimim = features["hmeimim-air-base"]["properties"]
    assert {k: hmeimim[k] for k in ("id", "name", "kind", "operator", "status", "since")} == {
        "id": "hmeimim-air-base", "name": "Hmeimim air base", "kind": "air_base",
        "operator": "Russia", "status": "reinforced", "since": "2026-01-28"}
    assert hmeimim["entry"]["id"] == "hmeimim-2026-01-28-kurdistan24"
    assert features["hmeimim-air-base"]["geometry"] == {"type": "Point", "coordinates": [35.945, 35.41167]}


def test_posture_before_any_report_is_empty(client):
    assert body(client.get("/api/posture?date=2020-01-01"))["features"] == []


@pytest.mark.parametrize("query, field, message", [
    ("", "date", "is required (YYYY-MM-DD)"),
    ("?date=2026-02-30", "date", "'2026-02-30' is not a date"),
    ("?date=tomorrow", "date", "'tomorrow' is not a date"),
])
def test_bad_posture_dates_are_a_400_naming_the_parameter(client, query, field, message):
    response = client.get(f"/api/posture{query}")
    assert response.status_code == 400
    assert body(response) == {"ok": False, "error": f"{field}: {message}" if query else f"{field} {message}",
                              "errors": {field: message}}


def test_changes_between_two_dates(client):
    response = client.get("/api/changes?from=2026-01-27&to=2026-01-28")
    assert response.status_code == 200
    document = body(response)
    assert [(c["facility"], c["id"]) for c in document["changes"]] == [
        ("qamishli-airport", "qamishli-2026-01-27-ap"),
        ("qamishli-airport", "qamishli-2026-01-27-afp"),
        ("hmeimim-air-base", "hmeimim-2026-01-28-kurdistan24"),  # same day: by recorded_at
        ("tartus-naval-facility", "tartus-2026-01-28-kurdistan24"),
        ("qamishli-airport", "qamishli-2026-01-28-kurdistan24"),
    ]
    assert document["changes"][0]["source"]["publisher"] == "AP"


@pytest.mark.parametrize("query, field, message", [
    ("?to=2026-01-01", "from", "is required (YYYY-MM-DD)"),
    ("?from=2026-13-01&to=2026-01-01", "from", "'2026-13-01' is not a date"),
    ("?from=2026-02-01&to=2026-01-01", "from", "2026-02-01 is after to (2026-01-01)"),
])
def test_bad_change_ranges_are_a_400_naming_the_parameter(client, query, field, message):
    response = client.get(f"/api/changes{query}")
    assert response.status_code == 400
    assert body(response)["errors"] == {field: message}


def test_unknown_api_path_is_a_json_404(client):
    response = client.get("/api/nothing-here")
    assert response.status_code == 404
    assert body(response)["ok"] is False


def test_repeated_reads_are_cheap(client):
    first = client.get("/api/posture?date=2026-02-01")
    again = client.get("/api/posture?date=2026-02-01", headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304 and again.data == b""


def test_a_bad_file_on_disk_leaves_out_that_facility_only(client, data_dir):
    (data_dir / "amuda.geojson").write_text("{", encoding="utf-8")
    response = client.get("/api/facilities")
    assert response.status_code == 200
    assert "amuda" not in {f["id"] for f in response.json["features"]} and len(response.json["features"]) == 5
    response = client.get("/api/facilities/amuda")
    assert response.status_code == 503
    assert body(response)["error"] == "facility 'amuda' cannot be shown: its stored data is broken"


KINDS = samples.KIND_WORDS
STATUSES = samples.STATUS_WORDS


def ids(response):
    return [feature["id"] for feature in response.json["features"]]


def test_posture_filters_are_repeatable_and_combine(client):
    assert ids(client.get("/api/posture?date=2026-02-01&status=reinforced")) == [
        "hmeimim-air-base", "tartus-naval-facility"]
    assert ids(client.get("/api/posture?date=2026-02-01&status=reinforced&status=withdrawn&kind=airport")) == [
        "qamishli-airport"]
    assert ids(client.get("/api/posture?date=2026-01-26&operator=Russia&kind=army_base&kind=other")) == [
        "ain-issa", "amuda", "hisyah"]
    assert ids(client.get("/api/posture?date=2026-02-01&operator=Turkey")) == []


def test_facilities_filter_by_operator_and_kind(client):
    response = client.get("/api/facilities?kind=air_base&kind=naval_base")
    assert ids(response) == ["hmeimim-air-base", "tartus-naval-facility"]
    assert len(response.json["features"][1]["properties"]["status_history"]) == 2
    assert ids(client.get("/api/facilities?operator=Russia")) == ids(client.get("/api/facilities"))


NO_STATUS = "a status belongs to a date: ask /api/posture?date=YYYY-MM-DD&status=..."


@pytest.mark.parametrize("url, field, message", [
    ("/api/posture?date=2026-02-01&kind=airfield", "kind", f"'airfield' is not one of {KINDS}"),
    ("/api/posture?date=2026-02-01&status=active&status=gone", "status",
     f"'gone' is not one of {STATUSES}"),
    ("/api/facilities?kind=base", "kind", f"'base' is not one of {KINDS}"),
    ("/api/facilities?status=active", "status", NO_STATUS),
    ("/api/history.csv?status=active", "status", NO_STATUS),
    ("/api/export?date=2026-02-01&format=xlsx", "format", "'xlsx' is not one of geojson, csv, gpkg, kml, fgb"),
    ("/api/export?date=2026-13-01&format=csv", "date", "'2026-13-01' is not a date"),
])
def test_bad_parameters_are_named_with_what_is_allowed(client, url, field, message):
    response = client.get(url)
    assert response.status_code == 400
    assert response.json == {"ok": False, "error": f"{field}: {message}", "errors": {field: message}}


def test_export_geojson_is_the_posture_answer(client):
    response = client.get("/api/export?date=2026-02-01&status=withdrawn&format=geojson")
    assert response.status_code == 200 and response.mimetype == "application/geo+json"
    assert response.headers["Content-Disposition"] == "attachment; filename=posture-2026-02-01.geojson"
    assert response.data == client.get("/api/posture?date=2026-02-01&status=withdrawn").data
    assert len(response.json["features"]) == 4


def test_export_csv_keeps_arabic_and_cyrillic(client):
    response = client.get("/api/export?date=2026-02-01&format=csv")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert response.mimetype_params["charset"] == "utf-8"
    assert response.headers["Content-Disposition"] == "attachment; filename=posture-2026-02-01.csv"
    assert response.data.startswith(b"\xef\xbb\xbf")  # the BOM that spreadsheets need for UTF-8
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(response.data.decode("utf-8-sig")))}
    assert len(rows) == 6
    tartus = rows["tartus-naval-facility"]
    assert tartus["aliases"] == "Tartous; 720th Material-Technical Support Point; 720-й ПМТО; طرطوس"
    assert (tartus["status"], tartus["since"], tartus["source_publisher"]) == (
        "reinforced", "2026-01-28", "Kurdistan24")
    assert tartus["WKT"].startswith("POINT (35.8") and float(tartus["longitude"]) == pytest.approx(35.87, abs=0.1)
    for feature in client.get("/api/posture?date=2026-02-01").json["features"]:  # Arabic quotes too
        row, entry = rows[feature["id"]], feature["properties"]["entry"]
        assert (row["entry_id"], row["note"], row["source_quote"]) == (
            entry["id"], entry["note"], entry["source"]["quote"])
    assert rows["hisyah"]["source_quote"].startswith("«انسحبت القوات الروسية")


def test_export_geopackage_reads_back(client, tmp_path):
    response = client.get("/api/export?date=2026-02-01&format=gpkg&kind=air_base&kind=airport")
    assert response.status_code == 200 and response.mimetype == "application/geopackage+sqlite3"
    assert response.headers["Content-Disposition"] == "attachment; filename=posture-2026-02-01.gpkg"
    saved = tmp_path / "download.gpkg"
    saved.write_bytes(response.data)
    assert pyogrio.list_layers(saved)[0][0] == "posture"
    frame = pyogrio.read_dataframe(saved).set_index("id")
    assert list(frame.index) == ["hmeimim-air-base", "qamishli-airport"]
    assert frame.loc["hmeimim-air-base", "aliases"].endswith("حميميم; Хмеймим")
    assert frame.loc["qamishli-airport", "status"] == "withdrawn"
    assert frame.crs == "EPSG:4326"
    for feature in client.get("/api/posture?date=2026-02-01&kind=air_base&kind=airport").json["features"]:
        entry = feature["properties"]["entry"]
        assert frame.loc[feature["id"], "source_quote"] == entry["source"]["quote"]
        assert frame.loc[feature["id"], "credibility"] == entry["credibility"]


def test_an_export_before_any_report_has_the_columns_and_no_rows(client):
    empty = client.get("/api/export?date=2020-01-01&format=csv").data.decode("utf-8-sig")
    full = client.get("/api/export?date=2026-02-01&format=csv").data.decode("utf-8-sig")
    assert empty == full.splitlines(keepends=True)[0]


def test_history_csv_has_every_entry_retracted_ones_too(client, store):
    samples.retract(store, "qamishli-airport", "qamishli-2026-01-27-afp")
    response = client.get("/api/history.csv")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert response.headers["Content-Disposition"] == "attachment; filename=history.csv"
    rows = list(csv.DictReader(io.StringIO(response.data.decode("utf-8-sig"))))
    assert len(rows) == 13
    afp = next(row for row in rows if row["entry_id"] == "qamishli-2026-01-27-afp")
    assert afp["retracted_reason"] == "Неверно прочитано (misread)" and afp["status"] == "withdrawn"
    assert {row["id"] for row in rows if not row["retracted_at"]} == {
        "ain-issa", "amuda", "hisyah", "hmeimim-air-base", "qamishli-airport", "tartus-naval-facility"}
    airports = list(csv.DictReader(io.StringIO(client.get("/api/history.csv?kind=airport").text)))
    assert {row["id"] for row in airports} == {"qamishli-airport"} and len(airports) == 6


def test_an_etag_is_for_one_query(client):
    first = client.get("/api/posture?date=2026-02-01")
    other = client.get("/api/posture?date=2026-01-01", headers={"If-None-Match": first.headers["ETag"]})
    assert other.status_code == 200 and other.headers["ETag"] != first.headers["ETag"]


def test_a_read_since_the_last_change_is_304(client):
    first = client.get("/api/facilities")
    since = {"If-Modified-Since": first.headers["Last-Modified"]}
    assert client.get("/api/facilities", headers=since).status_code == 304
    earlier = {"If-Modified-Since": http_date(time.time() - 10 * 365 * 86400)}
    assert client.get("/api/facilities", headers=earlier).status_code == 200


def test_a_write_changes_the_etag_and_last_modified(client, data_dir):
    hour_ago = time.time() - 3600
    for path in [data_dir, *data_dir.iterdir()]:
        os.utime(path, (hour_ago, hour_ago))
    first = client.get("/api/facilities/amuda")
    assert first.last_modified.timestamp() == pytest.approx(hour_ago, abs=1)
    FolderStore(data_dir).update("amuda", lambda f: dict(f, properties=dict(f["properties"], aliases=["Амуда"])))
    after = client.get("/api/facilities/amuda", headers={"If-None-Match": first.headers["ETag"],
                                                          "If-Modified-Since": first.headers["Last-Modified"]})
    assert after.status_code == 200 and after.json["properties"]["aliases"] == ["Амуда"]
    assert after.headers["ETag"] != first.headers["ETag"]
    assert after.last_modified > first.last_modified


def test_a_range_is_answered_206_with_that_part(client):
    whole = client.get("/api/posture?date=2026-02-01").data
    part = client.get("/api/posture?date=2026-02-01", headers={"Range": "bytes=100-199"})
    assert part.status_code == 206 and part.data == whole[100:200]
    assert part.headers["Content-Range"] == f"bytes 100-199/{len(whole)}"
    beyond = client.get("/api/posture?date=2026-02-01", headers={"Range": f"bytes={len(whole)}-"})
    assert beyond.status_code == 416 and beyond.headers["Content-Range"] == f"bytes */{len(whole)}"
    assert beyond.json["ok"] is False


def test_head_tells_the_length_without_the_body(client):
    whole = client.get("/api/facilities")
    head = client.head("/api/facilities")
    assert head.status_code == 200 and head.data == b""
    assert int(head.headers["Content-Length"]) == len(whole.data)
    assert head.headers["Accept-Ranges"] == "bytes" and head.headers["ETag"] == whole.headers["ETag"]


def test_a_wrong_method_is_405_with_allow(client):
    response = client.delete("/api/posture?date=2026-02-01")
    assert response.status_code == 405 and response.json["ok"] is False
    assert set(response.headers["Allow"].split(", ")) == {"GET", "HEAD", "OPTIONS"}



def test_the_whole_history_csv_is_made_once_a_version(client, store, monkeypatch):
    from tracker.exports import formats

    made = []
    history_file = formats.history_file
    monkeypatch.setattr(formats, "history_file", lambda *args: made.append(1) or history_file(*args))
    first = client.get("/api/history.csv").data
    assert client.get("/api/history.csv").data == first and len(made) == 1
    store.update("amuda", lambda f: f["properties"].update(name="Amuda (renamed)") or f)
    assert "Amuda (renamed)" in client.get("/api/history.csv").data.decode("utf-8-sig") and len(made) == 2
    client.get("/api/history.csv?kind=airport")  # a filtered one is made for its request
    assert len(made) == 3
