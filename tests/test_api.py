"""The read API (PRODUCT.md section 6)."""

import json

import pytest

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


def test_a_bad_file_on_disk_is_a_503_naming_it(client, data_dir):
    (data_dir / "amuda.geojson").write_text("{", encoding="utf-8")
    response = client.get("/api/facilities")
    assert response.status_code == 503
    assert "amuda.geojson: not valid JSON" in body(response)["error"]
