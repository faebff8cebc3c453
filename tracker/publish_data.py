"""The record as known at the end of a day, as a folder of GeoJSON a release is made from.

README, "Publishing a static release": `tracker publish --known D` shows only what had
been recorded by the end of D (UTC): entries with `recorded_at` on or before D, and
retractions made by then (a later one is not yet known, so its entry still counts).
A facility none of whose entries was recorded by then was not known: it is left out.
"""

from copy import deepcopy
from pathlib import Path

from tracker.store import open_store
from tracker.store.serialization import serialize


def as_known(feature, day):
    """Return a copy of `feature` as known at the end of ISO `day`, or None when it was not known."""
    end = f"{day}T23:59:59Z"
    known = deepcopy(feature)
    history = [entry for entry in known["properties"]["status_history"] if entry["recorded_at"] <= end]
    for entry in history:
        if "retracted" in entry and entry["retracted"]["at"] > end:
            del entry["retracted"]
    known["properties"]["status_history"] = history
    return known if history else None


def as_known_folder(data_dir, day, target):
    """Write the facilities of `data_dir` as known at the end of `day` into the new folder `target`."""
    target = Path(target)
    target.mkdir(parents=True)
    for facility in open_store(data_dir).dataset():
        known = as_known(facility.feature, day)
        if known is not None:
            (target / f"{facility.id}.geojson").write_text(serialize(known), encoding="utf-8")
    return target
