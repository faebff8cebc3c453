"""The `tracker` command line: validate, export, import."""

import json

import pyogrio
import pytest

from tests import samples
from tracker.cli import main
from tracker.store import Store


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


@pytest.mark.parametrize("fmt", ["csv", "gpkg"])
def test_export_csv_and_geopackage_read_back(runner, data_dir, tmp_path, fmt):
    out = tmp_path / f"posture.{fmt}"
    assert run(runner, "export", "--date", "2026-02-01", "-o", out, "--data", data_dir).exit_code == 0
    frame = pyogrio.read_dataframe(out).set_index("id")
    assert len(frame) == 6
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


def write_collection(path, features):
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")


def test_import_adds_new_facilities_and_entries(runner, data_dir, tmp_path):
    amuda = Store(data_dir).dataset().require("amuda").feature
    amuda["properties"]["status_history"].append(samples.entry(id="amuda-later"))
    source = tmp_path / "in.geojson"
    write_collection(source, [samples.feature(id="new-base"), amuda])
    result = run(runner, "import", source, "--data", data_dir)
    assert result.exit_code == 0, result.output
    dataset = Store(data_dir).dataset()
    assert len(dataset) == 7 and dataset.require("amuda").entry("amuda-later")
    again = (data_dir / "amuda.geojson").read_bytes()
    assert run(runner, "import", source, "--data", data_dir).exit_code == 0  # idempotent
    assert (data_dir / "amuda.geojson").read_bytes() == again


def test_import_is_checked_whole_before_anything_is_written(runner, data_dir, tmp_path):
    before = sorted(p.name for p in data_dir.iterdir())
    bad = samples.feature(id="bad-base", history=[samples.entry(source_url="ftp://x.org")])
    source = tmp_path / "in.geojson"
    write_collection(source, [samples.feature(id="good-base"), bad])
    result = run(runner, "import", source, "--data", data_dir)
    assert result.exit_code == 1
    assert f"{source}: features[1] bad-base: status_history[0].source.url: 'ftp://x.org' is not an http " \
           "or https URL" in result.output
    assert sorted(p.name for p in data_dir.iterdir()) == before


def test_import_refuses_to_change_what_is_stored(runner, data_dir, tmp_path):
    amuda = Store(data_dir).dataset().require("amuda").feature
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
