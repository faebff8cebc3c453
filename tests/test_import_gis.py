"""`tracker import` takes what GIS tools write back: bbox, properties.id, the write API's optional fields."""

import geopandas

from tests import samples
from tests.test_cli import run, write_collection
from tracker.store import FolderStore


def test_bbox_and_properties_id_are_taken_as_gis_tools_write_them(runner, tmp_path):
    with_id = samples.feature(id="boxed-base")
    with_id["bbox"] = [36.5, 35.0, 36.5, 35.0]
    with_id["geometry"]["bbox"] = [36.5, 35.0, 36.5, 35.0]
    with_id["properties"]["id"] = "boxed-base"
    moved = samples.feature(id="moved-base", history=[samples.entry(id="e2")])
    moved["properties"]["id"] = moved.pop("id")  # as geopandas writes it: the id is a column
    source, data = tmp_path / "in.geojson", tmp_path / "data"
    write_collection(source, [with_id, moved])
    result = run(runner, "import", source, "--data", data)
    assert result.exit_code == 0, result.output
    stored = FolderStore(data).dataset()
    assert stored.require("boxed-base").feature == samples.feature(id="boxed-base")
    assert stored.require("moved-base").feature == samples.feature(id="moved-base", history=[samples.entry(id="e2")])


def test_a_properties_id_that_differs_is_refused(runner, data_dir, data_files, tmp_path):
    before = data_files()
    feature = samples.feature(id="one-base")
    feature["properties"]["id"] = "another-base"
    source = tmp_path / "in.geojson"
    write_collection(source, [feature])
    result = run(runner, "import", source, "--data", data_dir)
    assert result.exit_code == 1
    assert "features[0] one-base: properties.id: 'another-base' differs from the feature's id 'one-base'" in result.output
    assert data_files() == before


def test_the_optional_fields_of_the_write_api_are_filled_as_it_fills_them(runner, data_dir, tmp_path):
    feature = samples.feature(id="sparse-base", history=[samples.new_entry()])
    del feature["properties"]["aliases"]
    amuda = FolderStore(data_dir).dataset().require("amuda").feature
    amuda["properties"]["status_history"].append(samples.new_entry(effective="2026-02-01", status="unknown"))
    source = tmp_path / "in.geojson"
    write_collection(source, [feature, amuda])
    result = run(runner, "import", source, "--by", "carol", "--data", data_dir)
    assert result.exit_code == 0, result.output
    dataset = FolderStore(data_dir).dataset()
    sparse = dataset.require("sparse-base")
    assert sparse.properties["aliases"] == []
    (entry,) = sparse.history
    assert entry["id"].startswith("2025-03-01-") and entry["recorded_by"] == "carol"
    assert entry["recorded_at"].endswith("Z") and entry["note"] == samples.ENTRY["note"]
    assert dataset.require("amuda").history[-1]["status"] == "unknown"
    # The same file again: the entries without ids are found stored, nothing is added.
    files = {path.name: path.read_bytes() for path in data_dir.glob("*.geojson")}
    assert run(runner, "import", source, "--by", "carol", "--data", data_dir).exit_code == 0
    assert {path.name: path.read_bytes() for path in data_dir.glob("*.geojson")} == files


def test_an_entry_missing_a_required_field_is_still_named(runner, tmp_path):
    entry = samples.new_entry()
    del entry["note"]
    source = tmp_path / "in.geojson"
    write_collection(source, [samples.feature(id="bad-base", history=[entry])])
    result = run(runner, "import", source, "--data", tmp_path / "data")
    assert result.exit_code == 1 and "features[0] bad-base: status_history[0].note: is required" in result.output


def test_a_geopandas_round_trip_imports_into_an_empty_folder(server, runner, client, tmp_path):
    """The README's recipe, step by step: read the API, write GeoJSON, import."""
    base, _ = server
    frame = geopandas.read_file(f"{base}/api/facilities")
    frame["aliases"] = frame["aliases"].map(lambda names: [str(name) for name in names])
    written = tmp_path / "facilities.geojson"
    frame.to_file(written, driver="GeoJSON")
    empty = tmp_path / "copy"
    result = run(runner, "import", written, "--data", empty)
    assert result.exit_code == 0, result.output
    copied = FolderStore(empty).dataset()
    original = {f["id"]: f for f in client.get("/api/facilities").json["features"]}
    assert {f.id: f.feature for f in copied} == original
