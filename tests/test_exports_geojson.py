"""The GeoJSON answers built by tracker.exports.geojson: their shape, and that caching never serves stale data."""

import json

from tests import samples
from tracker.store import FolderStore


def posture(client, date):
    response = client.get(f"/api/posture?date={date}")
    assert response.status_code == 200
    assert response.mimetype == "application/geo+json"
    return {f["id"]: f for f in json.loads(response.data)["features"]}


def test_posture_feature_holds_the_summary_and_the_governing_entry(client, store):
    feature = posture(client, "2026-02-01")["hmeimim-air-base"]
    stored = store.dataset().require("hmeimim-air-base")
    assert feature["type"] == "Feature" and feature["geometry"] == stored.feature["geometry"]
    assert feature["properties"] == {
        "id": "hmeimim-air-base", "name": "Hmeimim air base", "kind": "air_base",
        "operator": "Russia", "country": "SY", "location_precision": stored.properties["location_precision"],
        "status": "reinforced", "since": "2026-01-28", "entry": stored.history[-1],
        "contested": False, "alternatives": [],
        "age_days": 4,  # 2026-01-28 to 2026-02-01
    }


def test_posture_follows_writes_by_another_process(client, data_dir):
    """A cached answer text is never served once its facility has changed."""
    assert posture(client, "2026-11-01")["hmeimim-air-base"]["properties"]["status"] == "reinforced"
    other = FolderStore(data_dir)  # not the app's store: a second process

    def rename(feature):
        feature["properties"]["name"] = "Khmeimim"
        return feature
    other.update("hmeimim-air-base", rename)
    renamed = posture(client, "2026-11-01")["hmeimim-air-base"]["properties"]
    assert (renamed["name"], renamed["status"]) == ("Khmeimim", "reinforced")

    newer = samples.entry(id="hmeimim-2026-03-01-test", status="reduced", effective="2026-03-01")

    def add(feature):
        feature["properties"]["status_history"].append(newer)
        return feature
    other.update("hmeimim-air-base", add)
    after = posture(client, "2026-11-01")["hmeimim-air-base"]["properties"]
    assert after["status"] == "reduced" and after["entry"] == newer
    assert posture(client, "2026-02-01")["hmeimim-air-base"]["properties"]["status"] == "reinforced"
