"""Export files by path, read by GDAL's own client (Debian's ogrinfo) by URL, and the KML."""

import xml.etree.ElementTree as ET

import pytest

from tests import samples
from tests.gdal_cli import ogrinfo
from tracker.editing import add_facility

KML = "{http://www.opengis.net/kml/2.2}"


@pytest.mark.parametrize("ext, mimetype", [
    ("geojson", "application/geo+json"), ("csv", "text/csv"), ("gpkg", "application/geopackage+sqlite3"),
    ("kml", "application/vnd.google-earth.kml+xml"), ("fgb", "application/vnd.flatgeobuf"),
])
def test_an_export_by_path_is_the_export_by_query(client, ext, mimetype):
    by_path = client.get(f"/api/export/posture-2026-01-27.{ext}?status=withdrawn")
    by_query = client.get(f"/api/export?date=2026-01-27&format={ext}&status=withdrawn")
    assert by_path.status_code == 200 and by_path.mimetype == mimetype
    assert by_path.headers["Content-Disposition"] == f"attachment; filename=posture-2026-01-27.{ext}"
    if ext != "gpkg":  # a GeoPackage is a database file: equal content, not equal bytes
        assert by_path.data == by_query.data


@pytest.mark.parametrize("path, field, message", [
    ("/api/export/posture-2026-01-27.xlsx", "format", "'xlsx' is not one of geojson, csv, gpkg, kml, fgb"),
    ("/api/export/posture-2026-02-30.csv", "date", "'2026-02-30' is not a date"),
])
def test_a_bad_export_path_names_what_is_wrong(client, path, field, message):
    response = client.get(path)
    assert response.status_code == 400 and response.json["errors"] == {field: message}


def test_gdal_reads_the_geopackage_by_url_with_dates_and_nulls(server):
    base, _ = server
    url = f"/vsicurl/{base}/api/export/posture-2026-01-27.gpkg"
    summary = ogrinfo("-ro", "-so", "-al", url)
    assert "Feature Count: 6" in summary
    assert "since: Date" in summary and "source_published: Date" in summary
    assert "recorded_at: DateTime" in summary and "credibility: Integer" in summary
    amuda = ogrinfo("-ro", "-al", "-q", "-where", "id = 'amuda'", url)
    assert "since (Date) = 2024/12/25" in amuda
    assert "source_title (String) = (null)" in amuda  # SOT Kurdistan's report has no headline


def test_gdal_reads_the_csv_by_url_with_its_types(server):
    base, asked = server
    url = f"/vsicurl/{base}/api/export/posture-2026-01-27.csv"
    summary = ogrinfo("-ro", "-so", "-al", url)
    assert "Feature Count: 6" in summary
    assert "since: Date" in summary and "credibility: Integer" in summary
    qamishli = ogrinfo("-ro", "-al", "-q", "-where", "id = 'qamishli-airport'", url)
    assert "since (Date) = 2026/01/27" in qamishli and "POINT (41.19139 37.02056)" in qamishli


def kml_document(client, path="/api/export/posture-2026-01-27.kml"):
    response = client.get(path)
    assert response.status_code == 200
    return response.data, ET.fromstring(response.data)


def test_the_kml_has_one_placemark_a_facility_and_a_timespan_an_interval(client, tmp_path):
    data, root = kml_document(client)
    folders = {folder.get("id"): folder for folder in root.iter(f"{KML}Folder")}
    facilities = folders["facilities"].findall(f"{KML}Placemark")
    assert len(facilities) == len(client.get("/api/posture?date=2026-01-27").json["features"])
    spans = [(p.findtext(f"{KML}name"), p.findtext(f"{KML}TimeSpan/{KML}begin"), p.findtext(f"{KML}TimeSpan/{KML}end"),
              p.findtext(f"{KML}styleUrl")) for p in folders["status-intervals"].findall(f"{KML}Placemark")]
    # Qamishli: reinforced, withdrawing from 01-26, then 01-27 (AP and AFP disagree: AFP governs).
    assert [span for span in spans if span[0] == "Qamishli airport"] == [
        ("Qamishli airport", "2024-12-25", "2026-01-26", "#status-reinforced"),
        ("Qamishli airport", "2026-01-26", "2026-01-27", "#status-withdrawing"),
        ("Qamishli airport", "2026-01-27", None, "#status-withdrawn"),
    ]
    # GDAL (the LIBKML driver of Debian's gdal-bin): a layer of facilities, one of intervals.
    saved = tmp_path / "posture.kml"
    saved.write_bytes(data)
    assert "Feature Count: 6" in ogrinfo("-so", saved, "Facilities on 2026-01-27")
    intervals = ogrinfo("-al", "-q", saved, "Status over time")
    assert intervals.count("begin (DateTime) =") == len(spans)
    assert "begin (DateTime) = 2026/01/26 00:00:00" in intervals and "end (DateTime) = 2026/01/27 00:00:00" in intervals


def test_the_kml_escapes_the_texts_of_the_data(client, store):
    hostile = '<script>alert("x")</script> & ${x}'
    entry = samples.new_entry(note=hostile, source_quote=hostile, effective="2026-01-01")
    add_facility(store, samples.feature(id="hostile", history=[entry], name="</name><b>"), "tester")
    data, root = kml_document(client)
    assert b"<script>" not in data and b"</name><b>" not in data
    placemark = next(p for p in root.iter(f"{KML}Placemark") if p.findtext(f"{KML}name") == "</name><b>")
    description = placemark.findtext(f"{KML}description")  # HTML, as Google Earth reads it
    assert "<script>" not in description and "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; ${x}" in description
    assert '<a href="https://example.org/report">A report, Example News, 2025-03-02</a>' in description


def test_the_csvt_names_a_type_for_every_csv_column(client):
    header = client.get("/api/export/posture-2026-01-27.csv").data.decode("utf-8-sig").splitlines()[0].split(",")
    types = client.get("/api/export/posture-2026-01-27.csvt").data.decode().strip().split(",")
    columns = dict(zip(header, types, strict=True))
    assert columns["WKT"] == "WKT" and columns["since"] == "Date" and columns["recorded_at"] == "DateTime"
    assert columns["credibility"] == "Integer" and columns["longitude"] == "Real" and columns["note"] == "String"
