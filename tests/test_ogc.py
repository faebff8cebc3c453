"""OGC API - Features at /ogc: the documents of Part 1 core, paging, bbox, datetime, and GDAL's own client."""

import re

import pytest

from tests.gdal_cli import ogrinfo

CORE = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core"
GEOJSON_CLASS = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson"
COAST = "35.5,34.5,36.2,35.8"  # Latakia and Tartus governorates: Hmeimim and Tartus


def rels(document):
    return {link["rel"]: link["href"] for link in document["links"]}


def test_the_landing_page_links_conformance_collections_and_the_api(client):
    response = client.get("/ogc")
    assert response.status_code == 200 and response.mimetype == "application/json"
    links = rels(response.json)
    assert links["conformance"] == "http://localhost/ogc/conformance"
    assert links["data"] == "http://localhost/ogc/collections"
    assert links["service-desc"] == "http://localhost/api/openapi.json"
    assert client.get("/ogc/conformance").json["conformsTo"] == [CORE, GEOJSON_CLASS]


def test_the_collections_are_facilities_and_posture_with_their_extents(client):
    collections = client.get("/ogc/collections").json["collections"]
    assert [c["id"] for c in collections] == ["facilities", "posture"]
    posture = client.get("/ogc/collections/posture").json
    assert posture["itemType"] == "feature"
    assert rels(posture)["items"] == "http://localhost/ogc/collections/posture/items"
    points = [f["geometry"]["coordinates"] for f in client.get("/api/facilities").json["features"]]
    lons, lats = [p[0] for p in points], [p[1] for p in points]
    assert posture["extent"]["spatial"]["bbox"] == [[min(lons), min(lats), max(lons), max(lats)]]
    assert posture["extent"]["temporal"]["interval"] == [["2024-12-13T00:00:00Z", None]]
    assert client.get("/ogc/collections/nothing").status_code == 404


def test_posture_items_are_the_posture_at_datetime(client):
    answer = client.get("/ogc/collections/posture/items?datetime=2026-01-27").json
    expected = client.get("/api/posture?date=2026-01-27").json["features"]
    assert answer["features"] == expected
    assert answer["numberMatched"] == answer["numberReturned"] == len(expected)
    statuses = {f["id"]: f["properties"]["status"] for f in answer["features"]}
    assert statuses["qamishli-airport"] == "withdrawn" and statuses["hmeimim-air-base"] == "active"
    # A date-time means its day; before the first report there is no posture.
    later = client.get("/ogc/collections/posture/items?datetime=2026-01-28T23:00:00Z").json["features"]
    assert {f["id"]: f["properties"]["status"] for f in later}["hmeimim-air-base"] == "reinforced"
    assert client.get("/ogc/collections/posture/items?datetime=2020-01-01").json["features"] == []


def test_items_page_with_limit_offset_and_next_links(client):
    first = client.get("/ogc/collections/facilities/items?limit=4").json
    assert first["numberMatched"] == 6 and first["numberReturned"] == 4
    following = rels(first)["next"]
    assert "offset=4" in following and "limit=4" in following and "prev" not in rels(first)
    second = client.get(following.removeprefix("http://localhost")).json
    assert second["numberReturned"] == 2 and "next" not in rels(second) and "prev" in rels(second)
    ids = [f["id"] for f in first["features"] + second["features"]]
    assert ids == [f["id"] for f in client.get("/api/facilities").json["features"]]


def test_bbox_keeps_the_facilities_inside(client):
    inside = client.get(f"/ogc/collections/posture/items?bbox={COAST}&datetime=2026-02-01").json
    assert sorted(f["id"] for f in inside["features"]) == ["hmeimim-air-base", "tartus-naval-facility"]
    facilities = client.get(f"/ogc/collections/facilities/items?bbox={COAST}").json
    assert sorted(f["id"] for f in facilities["features"]) == ["hmeimim-air-base", "tartus-naval-facility"]


def test_single_items(client):
    facility = client.get("/ogc/collections/facilities/items/amuda")
    assert facility.status_code == 200 and facility.json == client.get("/api/facilities/amuda").json
    posture = client.get("/ogc/collections/posture/items/qamishli-airport?datetime=2026-01-26").json
    assert posture["properties"]["status"] == "withdrawing"
    assert client.get("/ogc/collections/posture/items/amuda?datetime=2024-01-01").status_code == 404
    assert client.get("/ogc/collections/facilities/items/nowhere").status_code == 404


@pytest.mark.parametrize("query, field", [
    ("bbox=1,2,3", "bbox"), ("bbox=a,b,c,d", "bbox"), ("bbox=0,50,10,40", "bbox"), ("bbox=0,0,nan,1", "bbox"),
    ("limit=0", "limit"), ("limit=10001", "limit"), ("limit=-1", "limit"), ("offset=x", "offset"),
    ("datetime=yesterday", "datetime"), ("datetime=2026-01-01/2026-02-01", "datetime"),
    ("sortby=name", "sortby"), ("status=gone", "status"),
])
def test_a_bad_parameter_is_a_400_naming_it(client, query, field):
    response = client.get(f"/ogc/collections/posture/items?{query}")
    assert response.status_code == 400 and list(response.json["errors"]) == [field]


def test_facilities_datetime_keeps_those_reported_by_then(client):
    early = client.get("/ogc/collections/facilities/items?datetime=2024-12-13").json["features"]
    assert sorted(f["id"] for f in early) == ["ain-issa", "hisyah"]
    interval = client.get("/ogc/collections/facilities/items?datetime=../2024-12-14").json["features"]
    assert len(interval) == 4


def test_gdal_lists_both_collections(server):
    base, _ = server
    listing = ogrinfo("-ro", f"OAPIF:{base}/ogc")
    assert "1: facilities (title: Facilities) (Point)" in listing
    assert "2: posture (title: Posture at a date) (Point)" in listing


def gdal_statuses(output):
    """{id: status} of the features ogrinfo printed."""
    ids = re.findall(r"^  id \(String\) = (.+)$", output, re.MULTILINE)
    statuses = re.findall(r"^  status \(String\) = (.+)$", output, re.MULTILINE)
    return dict(zip(ids, statuses))


def test_gdal_reads_the_posture_at_a_datetime(server, client):
    base, _ = server
    output = ogrinfo("-ro", "-al", "-q", "-geom=NO", f"OAPIF:{base}/ogc?datetime=2026-01-27", "posture")
    expected = client.get("/api/posture?date=2026-01-27").json["features"]
    assert gdal_statuses(output) == {f["id"]: f["properties"]["status"] for f in expected}
    assert gdal_statuses(output)["qamishli-airport"] == "withdrawn"


def test_gdal_sends_a_bbox_around_the_coast(server):
    base, asked = server
    output = ogrinfo("-ro", "-al", "-q", "-geom=NO", "-spat", *COAST.split(","), f"OAPIF:{base}/ogc", "posture")
    assert sorted(gdal_statuses(output)) == ["hmeimim-air-base", "tartus-naval-facility"]


def test_gdal_pages_through_next_links(server):
    base, _ = server
    output = ogrinfo("-ro", "-al", "-q", "-geom=NO", "-oo", "PAGE_SIZE=2", f"OAPIF:{base}/ogc", "facilities")
    assert len(re.findall(r"^OGRFeature\(facilities\)", output, re.MULTILINE)) == 6


def test_gdal_reads_the_posture_as_known_on_a_day_before_anything_was_recorded(server):
    base, _ = server
    # Every entry of the test dataset was recorded on 2026-11-27 (tests/fixtures/dataset).
    then = ogrinfo("-ro", "-al", "-q", "-geom=NO", f"OAPIF:{base}/ogc?datetime=2026-01-27&known=2026-11-26", "posture")
    assert gdal_statuses(then) == {}
    now = ogrinfo("-ro", "-al", "-q", "-geom=NO", f"OAPIF:{base}/ogc?datetime=2026-01-27&known=2026-11-27", "posture")
    assert gdal_statuses(now)["qamishli-airport"] == "withdrawn"
