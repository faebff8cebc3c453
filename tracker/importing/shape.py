"""What an imported feature may leave out or add, made into the stored shape before it is checked.

GIS tools write GeoJSON back with an RFC 7946 `bbox`, the id repeated as (or moved to)
`properties.id`, and only the fields a person filled in. An import takes the same
optional fields as `POST /api/facilities` (README, "JSON API"): `aliases` default to
none, `status_history` to empty, and an entry without `id`, `recorded_at` or
`recorded_by` gets them as the write API gives them, the importer being the recorder.
An entry without an id that matches a stored entry field for field is that entry,
so importing the same file twice still changes nothing.
"""

from copy import deepcopy

from tracker import editing
from tracker.model.schemas import ENTRY_SERVER_FIELDS
from tracker.model.validation import Problem

SERVER_FIELDS = ("id", "recorded_at", "recorded_by")


def as_stored(feature, dataset, importer, copy=True):
    """Return (feature in the stored shape, problems); a copy, never the caller's object.

    With `copy=False`, the feature itself is changed: for a caller that parsed it for this
    alone (a streamed import, where a deep copy of every facility would only cost time).
    """
    if not isinstance(feature, dict) or not isinstance(feature.get("properties"), dict):
        return feature, []
    if copy:
        feature = deepcopy(feature)
    feature.pop("bbox", None)
    if isinstance(feature.get("geometry"), dict):
        feature["geometry"].pop("bbox", None)
    properties = feature["properties"]
    if "id" in properties:
        inner = properties.pop("id")
        feature.setdefault("id", inner)
        if inner != feature["id"]:
            return feature, [Problem("properties.id", f"{inner!r} differs from the feature's id {feature['id']!r}")]
    properties.setdefault("aliases", [])
    properties.setdefault("status_history", [])
    history = properties["status_history"]
    if isinstance(history, list):
        stored = dataset.get(feature.get("id"))
        properties["status_history"] = [_entry(entry, stored, importer) for entry in history]
    return feature, []


def _entry(entry, stored, importer):
    """Give an entry without server fields the stored twin's, or new ones."""
    if not isinstance(entry, dict) or all(name in entry for name in SERVER_FIELDS):
        return entry
    if "id" not in entry and stored is not None:
        twin = next((known for known in stored.history if _client_fields(known) == entry), None)
        if twin is not None:
            return twin
    filled = dict(entry)
    if "id" not in filled and isinstance(filled.get("effective"), str):
        filled["id"] = editing.new_entry_id(filled["effective"])
    filled.setdefault("recorded_at", editing.now())
    filled.setdefault("recorded_by", importer)
    return filled


def _client_fields(entry):
    return {key: value for key, value in entry.items() if key not in ENTRY_SERVER_FIELDS}
