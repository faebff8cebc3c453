"""GIS clients by URL: GDAL, as QGIS uses it for a layer added from a URL, reads a live server
(the `server` fixture of conftest)."""

import pyogrio


def test_gdal_reads_the_posture_by_plain_url(server, client):
    base, asked = server
    frame = pyogrio.read_dataframe(f"{base}/api/posture?date=2026-02-01")
    answer = client.get("/api/posture?date=2026-02-01").json["features"]
    assert list(frame["id"]) == [feature["id"] for feature in answer]
    assert list(frame["status"]) == [feature["properties"]["status"] for feature in answer]
    assert dict(zip(frame["id"], frame["status"]))["qamishli-airport"] == "withdrawn"
    assert [point.coords[0] for point in frame.geometry] == [
        tuple(feature["geometry"]["coordinates"]) for feature in answer]
    assert frame.crs == "EPSG:4326"
    # GDAL asks for the length (HEAD), then reads in byte ranges: answered as parts.
    assert ("HEAD", None, 200) in asked
    assert any(method == "GET" and ranged and status == 206 for method, ranged, status in asked)


def test_gdal_keeps_the_status_history_of_facilities(server, client):
    base, _ = server
    frame = pyogrio.read_dataframe(f"{base}/api/facilities").set_index("id")
    answer = {f["id"]: f["properties"] for f in client.get("/api/facilities").json["features"]}
    assert sorted(frame.index) == sorted(answer)
    for facility_id, history in frame["status_history"].items():
        assert history == answer[facility_id]["status_history"]  # GDAL's JSON field, parsed
    assert "مطار القامشلي" in list(frame.loc["qamishli-airport", "aliases"])


def test_gdal_reads_a_filtered_posture_by_url(server):
    base, _ = server
    frame = pyogrio.read_dataframe(f"{base}/api/posture?date=2026-02-01&status=reinforced")
    assert sorted(frame["id"]) == ["hmeimim-air-base", "tartus-naval-facility"]
