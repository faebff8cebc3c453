"""`tracker import --jobs N`: worker processes change nothing an import writes or says."""

import json
import os
import shutil
from copy import deepcopy

import pytest

from tests import samples
from tracker.cli import main
from tracker.importing.workers import BATCH, WORKERS_FROM_BYTES, default_jobs
from tracker.store import FolderStore
from tracker.store.folder import LOCK_NAME


def imported(runner, data_dir, source, jobs):
    """(exit code, output, {name: bytes} of the stored files) of an import into a copy of `data_dir`."""
    target = data_dir.parent / f"copy-{jobs}"
    shutil.copytree(data_dir, target)
    result = runner.invoke(main, ["import", str(source), "--data", str(target), "--jobs", str(jobs)],
                           catch_exceptions=False)
    files = {path.name: path.read_bytes() for path in sorted(target.iterdir())
             if path.name not in (LOCK_NAME, ".tracker.generation")}
    return result.exit_code, result.output.replace(str(target), "DATA"), files


def many(count=3 * BATCH + 5):
    """New facilities over several batches, their entries without the server's fields on some."""
    features = []
    for number in range(count):
        entry = samples.entry(id=f"e-{number}", effective=f"2025-0{1 + number % 9}-1{number % 10}")
        features.append(samples.feature(id=f"base-{number}", history=[entry], name=f"Base {number}"))
    return features


def write(path, features, text=None):
    path.write_text(text or json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    return path


def test_workers_write_the_same_files_byte_for_byte(runner, data_dir, tmp_path):
    amuda = deepcopy(FolderStore(data_dir).dataset().require("amuda").feature)
    amuda["properties"]["status_history"].append(samples.entry(id="amuda-later"))
    features = many()
    features.insert(40, amuda)  # a stored facility, merged by the importing process itself
    features[7]["properties"]["id"] = features[7].pop("id")  # the id where GIS tools put it
    source = write(tmp_path / "in.geojson", features)
    alone, with_workers = imported(runner, data_dir, source, 0), imported(runner, data_dir, source, 2)
    assert alone[0] == 0 and alone[1].endswith("now holds 107 facilities, 115 entries\n"), alone[1]
    assert with_workers == alone
    assert b'"amuda-later"' in alone[2]["amuda.geojson"] and "base-7.geojson" in alone[2]


@pytest.mark.parametrize("change", [
    lambda features: features[50]["properties"]["status_history"][0]["source"].update(url="ftp://x.org"),
    lambda features: features[3]["properties"].update(kind="castle") or features[90].update(id="Bad Id"),
    lambda features: features.__setitem__(60, samples.feature(id="amuda")),  # differs from the stored
    lambda features: features.__setitem__(70, deepcopy(features[2])),  # a facility twice
    lambda features: features[80]["properties"]["status_history"].append(
        deepcopy(features[1]["properties"]["status_history"][0])),  # an entry id of another
    lambda features: features.insert(33, 7),
])
def test_workers_refuse_what_is_refused_alone_with_the_same_message(runner, data_dir, tmp_path, change):
    features = many()
    change(features)
    source = write(tmp_path / "in.geojson", features)
    alone, with_workers = imported(runner, data_dir, source, 0), imported(runner, data_dir, source, 2)
    assert alone[0] == 1 and "in.geojson: " in alone[1]
    assert with_workers == alone
    assert set(alone[2]) == {path.name for path in data_dir.iterdir()}  # nothing written


@pytest.mark.parametrize("breaking, message", [
    (lambda text: text.replace('"id": "base-50"', '"id": "base-50", "id": "base-50"'),
     "not valid JSON: key 'id' appears twice in one object"),
    (lambda text: text.replace('"id": "base-50"', '"id": NaN'), "not valid JSON: "),
    (lambda text: text[: len(text) * 2 // 3], "not valid JSON: "),
    (lambda text: text.replace('"base-70"', '"base-70"' + "[" * 40, 1), "nested deeper than 32 levels"),
    (lambda text: text.replace('"FeatureCollection"', '"Feature"') + " ", "is not a GeoJSON FeatureCollection"),
])
def test_workers_refuse_a_broken_file_as_it_is_refused_alone(runner, data_dir, tmp_path, breaking, message):
    features = many()
    features[10]["properties"]["kind"] = "castle"  # a problem before the break: the break is reported
    source = tmp_path / "in.geojson"
    write(source, features, breaking(json.dumps({"type": "FeatureCollection", "features": features})))
    alone, with_workers = imported(runner, data_dir, source, 0), imported(runner, data_dir, source, 2)
    assert alone[0] == 1 and message in alone[1] and "castle" not in alone[1], alone[1]
    assert with_workers == alone


def test_workers_start_only_for_a_large_file_on_idle_cores():
    cores = len(os.sched_getaffinity(0))
    assert default_jobs(WORKERS_FROM_BYTES - 1, load=0) == 0
    assert default_jobs(WORKERS_FROM_BYTES, load=0) == cores - 1  # the importer keeps a core
    assert default_jobs(WORKERS_FROM_BYTES, load=cores - 1) == 0  # none idle beside the importer's
    assert default_jobs(WORKERS_FROM_BYTES, load=cores + 3) == 0
