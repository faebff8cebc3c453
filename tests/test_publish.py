"""`tracker publish`: relative URLs, the record as known on a day, the embedding setting.

The release in a browser, from a plain file server, is tested in tests/browser/test_published.py.
"""

import json

import pytest

from tests import samples
from tests.test_cli import run
from tracker.editing import add_entry, retract_entry
from tracker.publish import relative_url


@pytest.mark.parametrize("endpoint, values, depth, expected", [
    ("static", {"filename": "js/map-page.js"}, 0, "static/js/map-page.js"),
    ("vendor.file", {"package": "leaflet", "filename": "leaflet.js", "v": "1.9"}, 1, "../vendor/leaflet/leaflet.js"),
    ("views.facility_page", {"facility_id": "amuda", "date": "2026-01-27"}, 0, "facilities/amuda.html?date=2026-01-27"),
    ("views.map_page", {"date": "2026-01-27"}, 1, "../index.html?date=2026-01-27"),
    ("api.facility", {"facility_id": "FACILITY"}, 0, "data/facilities/FACILITY.geojson"),
    ("api.export_posture", {"date": "2026-01-27", "format": "kml"}, 1, "../data/posture-2026-01-27.kml"),
])
def test_urls_become_files_relative_to_the_page(endpoint, values, depth, expected):
    assert relative_url(endpoint, values, depth) == expected


def test_a_page_linking_outside_the_release_is_an_error():
    with pytest.raises(LookupError, match="auth.login has no file in a static release"):
        relative_url("auth.login", {}, 0)


def test_known_leaves_out_entries_and_retractions_recorded_later(runner, store, data_dir, tmp_path):
    _, added = add_entry(store, "amuda", samples.new_entry(effective="2026-02-01", status="unknown"), "alice")
    retract_entry(store, "hisyah", "hisyah-2024-12-13-al-jazirah", {"reason": "misread"}, "alice")
    day = added["recorded_at"][:10]
    earlier = run(runner, "publish", tmp_path / "then", "--known", "2026-11-27", "--data", data_dir)
    now = run(runner, "publish", tmp_path / "now", "--known", day, "--data", data_dir)
    assert earlier.exit_code == now.exit_code == 0, earlier.output + now.output

    def history(release, facility_id):
        text = (tmp_path / release / "data" / "facilities" / f"{facility_id}.geojson").read_text()
        return json.loads(text)["properties"]["status_history"]
    assert [e["id"] for e in history("then", "amuda")] == ["amuda-2024-12-25-sot"]
    assert "retracted" not in history("then", "hisyah")[0]
    assert history("now", "amuda")[-1]["id"] == added["id"] and "retracted" in history("now", "hisyah")[0]
    assert "data as of 2026-11-27" in (tmp_path / "then" / "index.html").read_text()
    nothing = run(runner, "publish", tmp_path / "none", "--known", "2020-01-01", "--data", data_dir)
    assert nothing.exit_code == 0 and not (tmp_path / "none" / "facilities").exists()


@pytest.mark.parametrize("origin", ["news.example", "javascript:alert(1)", "https://x.example/path"])
def test_embed_from_takes_origins_only(runner, data_dir, tmp_path, origin):
    result = run(runner, "publish", tmp_path / "out", "--embed-from", origin, "--data", data_dir)
    assert result.exit_code == 2 and "is not an origin" in result.output and not (tmp_path / "out").exists()


def test_any_page_may_frame_a_release_by_default(runner, data_dir, tmp_path):
    assert run(runner, "publish", tmp_path / "out", "--data", data_dir).exit_code == 0
    assert (tmp_path / "out" / "_headers").read_text() == "/*\n  Content-Security-Policy: frame-ancestors *\n"
    assert '<meta name="tracker-embed-from" content="*">' in (tmp_path / "out" / "index.html").read_text()
