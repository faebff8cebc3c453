"""The real dataset, geodata/: it validates, and it holds the facts its sources state.

Only facts checked against their published reports are asserted here (README, "The seed
dataset"), never counts or lists of ids: the dataset grows, and a new valid facility must
leave every test green. `TRACKER_TEST_GEODATA` points these tests at another copy.
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests import samples
from tests.conftest import ROOT
from tracker.posture import posture_at
from tracker.store import FolderStore
from tracker.store.serialization import serialize

GEODATA = Path(os.environ.get("TRACKER_TEST_GEODATA", ROOT / "geodata"))

# (facility, effective, status, publisher, the start of the verbatim quote)
SOURCED_FACTS = [
    ("hisyah", "2024-12-13", "withdrawn", "al-Jazirah", "«انسحبت القوات الروسية في 13 ديسمبر"),
    ("ain-issa", "2024-12-13", "withdrawn", "ZDF", "russische Streitkräfte verließen Stützpunkte"),
    ("hmeimim-air-base", "2024-12-14", "active", "Reuters", "pulling back its military from the front lines"),
    ("tartus-naval-facility", "2024-12-14", "active", "Reuters", "pulling back its military"),
    ("amuda", "2024-12-25", "withdrawn", "SOT Kurdistan", "«نقلت القوات الروسية معداتها"),
    ("qamishli-airport", "2026-01-26", "withdrawing", "Kurdistan24", "withdrew tanks and military vehicles"),
    ("qamishli-airport", "2026-01-27", "withdrawing", "AP", "They still have a presence in Qamishli"),
    ("qamishli-airport", "2026-01-27", "withdrawn", "AFP", "The last Russian plane has departed"),
    # Added through report intake, each citing its kept report text (source.sha256).
    ("manbij", "2024-12-10", "withdrawn", "АиФ", "Российские военные оставили свои базы в Манбидже"),
    ("kobani", "2024-12-10", "withdrawn", "АиФ", "Российские военные оставили свои базы в Манбидже и Кобани"),
    ("hasakah", "2026-01-26", "withdrawn", "Enab Baladi (republished by yallasyrianews)",
     "وأكد مراسل عنب بلدي في الحسكة أن القوات الروسية أخلت"),
]


@pytest.fixture(scope="module")
def dataset():
    return FolderStore(GEODATA).dataset()


def test_every_file_validates_and_is_stored_canonically(dataset):
    for facility in dataset:
        path = GEODATA / f"{facility.id}.geojson"
        assert path.read_text(encoding="utf-8") == serialize(facility.feature), path


@pytest.mark.parametrize(("facility_id", "effective", "status", "publisher", "quote"), SOURCED_FACTS)
def test_the_dataset_holds_its_sourced_facts(dataset, facility_id, effective, status, publisher, quote):
    entries = [e for e in dataset.require(facility_id).history
               if e["effective"] == effective and e["status"] == status
               and e["source"]["publisher"] == publisher]
    assert any(e["source"]["quote"].startswith(quote) for e in entries), entries


def test_quotes_from_kept_reports_are_verbatim_in_them(dataset):
    store = FolderStore(GEODATA)
    kept = [e for f in dataset for e in f.history if e["source"].get("sha256")]
    assert kept
    for entry in kept:
        assert entry["source"]["quote"] in store.report_text(entry["source"]["sha256"])


def test_the_coastal_bases_stand_where_the_reports_place_them(dataset):
    posture = {f.id: e["status"] for f, e in posture_at(dataset, "2026-01-28")}
    assert posture["hmeimim-air-base"] == posture["tartus-naval-facility"] == "reinforced"
    assert dataset.require("hmeimim-air-base").feature["geometry"]["coordinates"] == [35.945, 35.41167]


@pytest.mark.skipif("TRACKER_TEST_GEODATA" in os.environ, reason="already running on a copy")
def test_a_new_valid_facility_in_geodata_breaks_no_test(tmp_path):
    copy = tmp_path / "geodata"
    shutil.copytree(GEODATA, copy, ignore=shutil.ignore_patterns(".*"))
    feature = samples.feature(id="a-new-outpost", history=[samples.entry(id="a-new-outpost-1")])
    (copy / "a-new-outpost.geojson").write_text(serialize(feature), encoding="utf-8")
    # The tests of the real dataset, on the grown copy; every other test uses its own fixtures.
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", __file__],
                         cwd=ROOT, env=dict(os.environ, TRACKER_TEST_GEODATA=str(copy)),
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout[-3000:]
    assert json.loads((copy / "a-new-outpost.geojson").read_text())["id"] == "a-new-outpost"
