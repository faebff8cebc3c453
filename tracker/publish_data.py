"""The record as known at the end of a day, as a folder of GeoJSON a release is made from.

README, "Publishing a static release": `tracker publish --known D` shows only what had
been recorded by the end of D (UTC): entries with `recorded_at` on or before D, and
retractions made by then (a later one is not yet known, so its entry still counts).
A facility none of whose entries was recorded by then was not known: it is left out.
"""

from pathlib import Path

from tracker.posture import as_known
from tracker.store import open_store
from tracker.store.serialization import serialize


def as_known_folder(data_dir, day, target):
    """Write the facilities of `data_dir` as known at the end of `day` into the new folder `target`."""
    target = Path(target)
    target.mkdir(parents=True)
    # The one rule of "as known on" (README, "As known on"), as the live answers use it.
    for facility in as_known(open_store(data_dir).dataset(), day):
        (target / f"{facility.id}.geojson").write_text(serialize(facility.feature), encoding="utf-8")
    return target
