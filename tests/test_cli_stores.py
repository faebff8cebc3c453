"""The command line on either store: --store / TRACKER_STORE, and `tracker copy` between stores."""

import json

import pytest

from tests import samples
from tests.conftest import FIXTURE_DATA
from tracker.cli import main
from tracker.store.postgis_rows import location_of


def run(runner, *args, **kwargs):
    return runner.invoke(main, [str(a) for a in args], catch_exceptions=False, **kwargs)


def folder_files(folder):
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir()) if not path.name.startswith(".")}


def test_a_round_trip_folder_postgis_folder_gives_the_same_bytes(runner, database_url, tmp_path):
    result = run(runner, "copy", FIXTURE_DATA, database_url)
    assert result.exit_code == 0, result.output
    assert result.output.endswith(f"{location_of(database_url)}: 6 facilities written; it holds 6 facilities, "
                                  f"13 entries, as {FIXTURE_DATA} does\n")
    back = tmp_path / "back"
    result = run(runner, "copy", database_url, back)
    assert result.exit_code == 0, result.output
    assert folder_files(back) == folder_files(FIXTURE_DATA)


def test_copying_again_writes_only_what_differs(runner, data_dir, database_url):
    assert run(runner, "copy", data_dir, database_url).exit_code == 0
    assert "0 facilities written" in run(runner, "copy", data_dir, database_url).output
    path = data_dir / "amuda.geojson"
    path.write_text(path.read_text(encoding="utf-8").replace('"Amuda"', '"Amuda town"'), encoding="utf-8")
    assert "1 facilities written" in run(runner, "copy", data_dir, database_url).output
    result = run(runner, "export", "--history", "-o", data_dir.parent / "h.geojson", "--store", database_url)
    assert result.exit_code == 0, result.output
    names = {f["id"]: f["properties"]["name"] for f in json.loads((data_dir.parent / "h.geojson").read_text())["features"]}
    assert names["amuda"] == "Amuda town"


def test_copy_refuses_a_target_holding_facilities_the_source_lacks(runner, data_dir, database_url, tmp_path):
    assert run(runner, "copy", data_dir, database_url).exit_code == 0
    other = tmp_path / "other"
    other.mkdir()
    (other / "sample-base.geojson").write_text(json.dumps(samples.feature()), encoding="utf-8")
    result = run(runner, "copy", other, database_url)
    assert result.exit_code == 1
    assert "holds 6 facilities that" in result.output and "ain-issa, amuda, hisyah" in result.output
    assert "13 status entries" in run(runner, "validate", database_url).output  # nothing written


def test_validate_a_database_by_argument_option_or_environment(runner, database_url, monkeypatch):
    assert run(runner, "copy", FIXTURE_DATA, database_url).exit_code == 0
    expected = f"{location_of(database_url)}: 6 facilities, 13 status entries: valid\n"
    assert run(runner, "validate", database_url).output == expected
    assert run(runner, "validate", "--store", database_url).output == expected
    monkeypatch.setenv("TRACKER_STORE", database_url)
    assert run(runner, "validate").output == expected


@pytest.mark.parametrize("args", [
    ["--date", "2026-02-01", "--format", "geojson"],
    ["--date", "2026-02-01", "--format", "csv", "--kind", "airport"],
    ["--history", "--format", "csv"],
])
def test_export_gives_the_same_file_from_either_store(runner, data_dir, database_url, tmp_path, args):
    assert run(runner, "copy", data_dir, database_url).exit_code == 0
    from_folder, from_database = tmp_path / "a", tmp_path / "b"
    assert run(runner, "export", *args, "-o", from_folder, "--data", data_dir).exit_code == 0
    result = run(runner, "export", *args, "-o", from_database, "--store", database_url)
    assert result.exit_code == 0, result.output
    assert from_database.read_bytes() == from_folder.read_bytes()


def test_import_into_a_database_adds_checks_whole_and_is_idempotent(runner, database_url, tmp_path, monkeypatch):
    monkeypatch.setenv("TRACKER_STORE", database_url)
    source = tmp_path / "in.geojson"
    source.write_text(json.dumps({"type": "FeatureCollection", "features": [samples.feature(id="new-base")]}),
                      encoding="utf-8")
    result = run(runner, "import", source)
    assert result.exit_code == 0, result.output
    assert f"{location_of(database_url)} now holds 1 facilities, 1 entries" in result.output
    assert run(runner, "import", source).exit_code == 0
    bad = samples.feature(id="bad-base", history=[samples.entry(id="e9", source_url="ftp://x.org")])
    source.write_text(json.dumps({"type": "FeatureCollection", "features": [samples.feature(id="ok-base", history=[
        samples.entry(id="e8")]), bad]}), encoding="utf-8")
    result = run(runner, "import", source)
    assert result.exit_code == 1 and "features[1] bad-base: status_history[0].source.url" in result.output
    assert "1 facilities, 1 status entries" in run(runner, "validate").output


def test_store_and_data_together_is_a_usage_error(runner, data_dir, database_url, tmp_path):
    result = run(runner, "export", "--history", "-o", tmp_path / "x.csv", "--store", database_url, "--data", data_dir)
    assert result.exit_code == 2 and "give --store or --data, not both" in result.output
