"""The `tracker` command line: validate, export, import."""

import json
from copy import deepcopy

import pyogrio
import pytest

from tests import samples
from tracker.cli import main
from tracker.store import FolderStore


def run(runner, *args):
    return runner.invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_validate_the_seed(runner, data_dir):
    result = run(runner, "validate", data_dir)
    assert result.exit_code == 0
    assert result.output == f"{data_dir}: 6 facilities, 13 status entries: valid\n"


def test_validate_reads_tracker_data(runner, data_dir, monkeypatch):
    monkeypatch.setenv("TRACKER_DATA", str(data_dir))
    assert run(runner, "validate").exit_code == 0


def test_validate_names_a_truncated_file(runner, data_dir):
    path = data_dir / "tartus-naval-facility.geojson"
    path.write_bytes(path.read_bytes()[:300])
    result = run(runner, "validate", data_dir)
    assert result.exit_code == 1
    assert f"{path}: not valid JSON" in result.output


def test_validate_names_file_feature_field_and_value(runner, data_dir):
    path = data_dir / "tartus-naval-facility.geojson"
    path.write_text(path.read_text(encoding="utf-8").replace("2026-01-28", "2026-02-30"), encoding="utf-8")
    result = run(runner, "validate", data_dir)
    assert result.exit_code == 1
    assert f"{path}: tartus-naval-facility: status_history[1].effective: '2026-02-30' is not a date" in result.output
    assert f"{path}: tartus-naval-facility: status_history[1].source.published: '2026-02-30' is not a date" \
        in result.output


def test_validate_a_missing_directory(runner, tmp_path):
    result = run(runner, "validate", tmp_path / "nothing")
    assert result.exit_code == 1 and "no such data directory" in result.output


def test_export_geojson_is_the_api_answer(runner, data_dir, client, tmp_path):
    out = tmp_path / "posture.geojson"
    result = run(runner, "export", "--date", "2026-02-01", "--format", "geojson", "-o", out, "--data", data_dir)
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == client.get("/api/posture?date=2026-02-01").data
    features = {f["id"]: f["properties"] for f in json.loads(out.read_text())["features"]}
    assert features["hmeimim-air-base"]["status"] == features["tartus-naval-facility"]["status"] == "reinforced"
    for north in ("qamishli-airport", "amuda", "ain-issa"):
        assert features[north]["status"] == "withdrawn"
        assert features[north]["entry"]["source"]["quote"]
    assert len(pyogrio.read_dataframe(out)) == 6


@pytest.mark.parametrize("fmt", ["csv", "gpkg", "fgb", "kml"])
def test_export_by_suffix_reads_back(runner, data_dir, tmp_path, fmt):
    out = tmp_path / f"posture.{fmt}"
    result = run(runner, "export", "--date", "2026-02-01", "-o", out, "--data", data_dir)
    assert result.output == f"{out}: 6 facilities at 2026-02-01 ({fmt})\n"
    layer = "Facilities on 2026-02-01" if fmt == "kml" else None
    frame = pyogrio.read_dataframe(out, layer=layer).set_index("id" if fmt != "kml" else "facility")
    assert len(frame) == 6
    if fmt == "kml":  # the names and the rest are in the description, tested in test_exports_files
        assert frame.loc["qamishli-airport", "status"] == "withdrawn"
        return
    assert frame.loc["qamishli-airport", "status"] == "withdrawn"
    assert frame.loc["qamishli-airport", "aliases"] == "Qamishlo; Kamışlı; مطار القامشلي"
    assert frame.loc["hmeimim-air-base", "aliases"].endswith("حميميم; Хмеймим")
    assert frame.loc["hmeimim-air-base", "geometry"].x == pytest.approx(35.945)


def test_export_filters_and_rejects_a_bad_date(runner, data_dir, tmp_path):
    out = tmp_path / "p.geojson"
    assert run(runner, "export", "--date", "2026-02-01", "--status", "reinforced", "-o", out,
               "--data", data_dir).exit_code == 0
    assert len(json.loads(out.read_text())["features"]) == 2
    result = run(runner, "export", "--date", "2026-02-30", "-o", out, "--data", data_dir)
    assert result.exit_code == 1 and "--date: '2026-02-30' is not a date" in result.output


@pytest.mark.parametrize("fmt", ["csv", "gpkg"])
def test_export_history_reads_back_one_row_an_entry(runner, data_dir, tmp_path, fmt):
    samples.retract(FolderStore(data_dir), "hmeimim-air-base", "hmeimim-2026-01-28-kurdistan24")
    out = tmp_path / f"history.{fmt}"
    result = run(runner, "export", "--history", "-o", out, "--data", data_dir)
    assert result.exit_code == 0, result.output
    assert result.output == f"{out}: 13 entries of 6 facilities ({fmt})\n"
    # Dates are text in a CSV and Date fields in a GeoPackage: compare them as text.
    frame = pyogrio.read_dataframe(out, datetime_as_string=True)
    assert len(frame) == 13
    hmeimim = frame[frame["id"] == "hmeimim-air-base"].set_index("entry_id")
    assert hmeimim.loc["hmeimim-2026-01-28-kurdistan24", "retracted_reason"] == "Неверно прочитано (misread)"
    assert hmeimim.loc["hmeimim-2024-12-14-reuters", "aliases"].endswith("حميميم; Хмеймим")
    stored = {e["id"]: e for f in FolderStore(data_dir).dataset() for e in f.history}
    assert sorted(frame["entry_id"]) == sorted(stored)
    for row in frame.itertuples():
        assert (row.status, row.since[:10], row.source_quote) == (
            stored[row.entry_id]["status"], stored[row.entry_id]["effective"],
            stored[row.entry_id]["source"]["quote"])
    assert frame.geometry.x.between(35, 42).all()


def test_export_history_as_geojson_is_the_facilities_answer(runner, data_dir, client, tmp_path):
    out = tmp_path / "all.geojson"
    assert run(runner, "export", "--history", "--kind", "airport", "-o", out, "--data", data_dir).exit_code == 0
    assert out.read_bytes() == client.get("/api/facilities?kind=airport").data
    assert [f["id"] for f in json.loads(out.read_text())["features"]] == ["qamishli-airport"]


@pytest.mark.parametrize("args, message", [
    ([], "give --date for the posture at a date, or --history for every entry"),
    (["--date", "2026-02-01", "--history"], "give --date for the posture at a date, or --history"),
    (["--history", "--status", "active"], "--status is the status at --date; --history has every status"),
    (["--date", "2026-02-01", "--kind", "airfield"], "'airfield' is not one of 'air_base', 'naval_base'"),
])
def test_export_usage_errors(runner, data_dir, tmp_path, args, message):
    out = tmp_path / "x.csv"
    result = run(runner, "export", *args, "-o", out, "--data", data_dir)
    assert result.exit_code == 2 and message in result.output
    assert not out.exists()


def write_collection(path, features):
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")


def test_import_adds_new_facilities_and_entries(runner, data_dir, tmp_path):
    amuda = deepcopy(FolderStore(data_dir).dataset().require("amuda").feature)  # snapshots are read-only
    amuda["properties"]["status_history"].append(samples.entry(id="amuda-later"))
    source = tmp_path / "in.geojson"
    write_collection(source, [samples.feature(id="new-base"), amuda])
    result = run(runner, "import", source, "--data", data_dir)
    assert result.exit_code == 0, result.output
    dataset = FolderStore(data_dir).dataset()
    assert len(dataset) == 7 and dataset.require("amuda").entry("amuda-later")
    again = (data_dir / "amuda.geojson").read_bytes()
    assert run(runner, "import", source, "--data", data_dir).exit_code == 0  # idempotent
    assert (data_dir / "amuda.geojson").read_bytes() == again


def test_import_is_checked_whole_before_anything_is_written(runner, data_dir, data_files, tmp_path):
    before = data_files()
    bad = samples.feature(id="bad-base", history=[samples.entry(source_url="ftp://x.org")])
    source = tmp_path / "in.geojson"
    write_collection(source, [samples.feature(id="good-base"), bad])
    result = run(runner, "import", source, "--data", data_dir)
    assert result.exit_code == 1
    assert f"{source}: features[1] bad-base: status_history[0].source.url: 'ftp://x.org' is not an http " \
           "or https URL" in result.output
    assert data_files() == before


def test_import_refuses_to_change_what_is_stored(runner, data_dir, tmp_path):
    amuda = deepcopy(FolderStore(data_dir).dataset().require("amuda").feature)  # snapshots are read-only
    amuda["properties"]["status_history"][0]["status"] = "active"
    amuda["properties"]["name"] = "Amudah"
    source = tmp_path / "in.geojson"
    write_collection(source, [amuda])
    result = run(runner, "import", source, "--data", data_dir)
    assert result.exit_code == 1
    assert "features[0] amuda: name: 'Amudah' differs from the stored 'Amuda'" in result.output
    assert "status_history[0]: entry 'amuda-2024-12-25-sot' differs from the stored one" in result.output


def test_import_a_file_that_is_not_a_collection(runner, data_dir, tmp_path):
    source = tmp_path / "in.geojson"
    source.write_text('{"type": "Feature"', encoding="utf-8")
    result = run(runner, "import", source, "--data", data_dir)
    assert result.exit_code == 1 and f"{source}: not valid JSON" in result.output
    source.write_text(json.dumps(samples.feature()), encoding="utf-8")
    result = run(runner, "import", source, "--data", data_dir)
    assert result.exit_code == 1 and "is not a GeoJSON FeatureCollection" in result.output


def test_import_refuses_a_key_given_twice_anywhere_in_a_feature(runner, data_dir, data_files, tmp_path):
    before = data_files()
    source = tmp_path / "in.geojson"
    write_collection(source, [samples.feature(id="good-base"), samples.feature(id="twice-base")])
    text = source.read_text(encoding="utf-8")
    source.write_text(text.replace('"publisher": ', '"publisher": "Twice", "publisher": ', 1)
                      .replace('"id": "twice-base"', '"id": "twice-base", "id": "twice-base"'), encoding="utf-8")
    result = run(runner, "import", source, "--data", data_dir)
    assert result.exit_code == 1
    assert f"{source}: not valid JSON: key 'publisher' appears twice in one object" in result.output
    assert data_files() == before
    source.write_text(text.replace('"id": "twice-base"', '"id": "twice-base", "id": "twice-base"'), encoding="utf-8")
    result = run(runner, "import", source, "--data", data_dir)
    assert result.exit_code == 1 and "key 'id' appears twice in one object" in result.output
    assert data_files() == before
