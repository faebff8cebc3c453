"""One broken data file never takes the site down: the rest is served, editors are told, writes wait."""

import pytest

from tests import samples
from tests.pages import sign_in
from tracker.cli import main

BROKEN = "amuda.geojson"


@pytest.fixture
def broken(data_dir):
    """The amuda file cut short, as a crash of an editor's text editor might leave it."""
    path = data_dir / BROKEN
    path.write_text(path.read_text(encoding="utf-8")[:150], encoding="utf-8")
    return path


def test_the_map_page_shows_the_other_facilities(client, broken):
    response = client.get("/")
    assert response.status_code == 200
    assert "Loading 5 facilities" in response.get_data(as_text=True)


@pytest.mark.parametrize("url", ["/facilities/hmeimim-air-base", "/api/facilities",
                                 "/api/posture?date=2026-02-01", "/api/history.csv", "/map-data.json"])
def test_every_sound_facility_is_still_served(client, broken, url):
    response = client.get(url)
    assert response.status_code == 200
    assert b"Hmeimim" in response.data or b"hmeimim" in response.data


def test_visitors_are_told_a_facility_is_left_out_but_not_where(client, broken, data_dir):
    page = client.get("/").get_data(as_text=True)
    assert "1 facility is not shown while its data is mended." in page
    assert BROKEN not in page and str(data_dir) not in page


def test_editors_are_shown_the_file_and_why(client, editor, broken, data_dir):
    sign_in(client)
    page = client.get("/facilities/hmeimim-air-base").get_data(as_text=True)
    assert "1 stored facility is broken" in page
    assert f"<code>{BROKEN}: not valid JSON: " in page
    assert str(data_dir) not in page  # relative to the data folder, never the server's path


def test_writes_to_the_broken_facility_are_refused(client, token, broken, data_files):
    before = data_files()
    response = client.post("/api/facilities/amuda/status", json=samples.new_entry(),
                           headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 503
    assert data_files() == before
    response = client.post("/api/facilities", json=samples.feature(id="amuda", history=[]),
                           headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 503
    assert data_files() == before
    ok = client.post("/api/facilities/hmeimim-air-base/status", json=samples.new_entry(),
                     headers={"Authorization": f"Bearer {token}"})
    assert ok.status_code == 201


def test_an_import_does_not_overwrite_the_broken_file(runner, broken, data_dir, tmp_path):
    import json
    damaged = broken.read_bytes()
    source = tmp_path / "import.geojson"
    source.write_text(json.dumps({"type": "FeatureCollection",
                                  "features": [samples.feature(id="amuda")]}), encoding="utf-8")
    result = runner.invoke(main, ["import", str(source), "--data", str(data_dir)])
    assert result.exit_code == 1
    assert "'amuda' is stored broken" in result.output
    assert broken.read_bytes() == damaged


def test_validate_still_fails_naming_the_file(runner, broken, data_dir):
    result = runner.invoke(main, ["validate", str(data_dir)])
    assert result.exit_code == 1
    assert f"{broken}: not valid JSON" in result.output


def test_mending_the_file_brings_the_facility_back(client, broken, data_dir):
    from tests.conftest import FIXTURE_DATA
    assert client.get("/api/facilities/amuda").status_code == 503
    broken.write_bytes((FIXTURE_DATA / BROKEN).read_bytes())
    assert client.get("/api/facilities/amuda").status_code == 200
    assert "not shown" not in client.get("/").get_data(as_text=True)
