"""Valid sample data for tests; each test changes what it is about."""

from copy import deepcopy

from tracker import model

EDITOR = "alice"
PASSWORD = "correct horse battery"
# The vocabularies as messages list them, so adding a status or a kind changes no test.
KIND_WORDS = ", ".join(model.KINDS)
STATUS_WORDS = ", ".join(model.STATUSES)

ENTRY = {
    "id": "e1",
    "status": "active",
    "effective": "2025-03-01",
    "date_precision": "day",
    "note": "Sample note.",
    "source": {
        "url": "https://example.org/report",
        "title": "A report",
        "publisher": "Example News",
        "published": "2025-03-02",
        "quote": "a verbatim quote",
    },
    "reliability": "B",
    "credibility": 2,
    "recorded_at": "2025-03-03T12:00:00Z",
    "recorded_by": "tester",
}

FEATURE = {
    "type": "Feature",
    "id": "sample-base",
    "geometry": {"type": "Point", "coordinates": [36.5, 35.0]},
    "properties": {
        "name": "Sample base",
        "aliases": ["قاعدة", "База"],
        "kind": "army_base",
        "operator": "Russia",
        "country": "SY",
        "location_precision": "site",
        "status_history": [ENTRY],
    },
}


def entry(**changes):
    """A valid stored entry with `changes` applied (source fields as source_<name>)."""
    value = deepcopy(ENTRY)
    for key, new in changes.items():
        if key.startswith("source_"):
            value["source"][key[len("source_"):]] = new
        else:
            value[key] = new
    return value


def new_entry(**changes):
    """An entry as a client sends it: no id, no recorded_*."""
    value = entry(**changes)
    for key in ("id", "recorded_at", "recorded_by"):
        value.pop(key, None)
    return value


def feature(id="sample-base", history=None, **properties):
    """A valid facility Feature with `properties` changed and `history` as its entries."""
    value = deepcopy(FEATURE)
    value["id"] = id
    value["properties"].update(properties)
    if history is not None:
        value["properties"]["status_history"] = history
    return value


RETRACTION = {"at": "2026-02-02T09:00:00Z", "by": "tester", "reason": "Неверно прочитано (misread)"}


def retract(store, facility_id, entry_id):
    """Retract a stored entry through the store, as the retract endpoint does."""
    def change(feature):
        for stored in feature["properties"]["status_history"]:
            if stored["id"] == entry_id:
                stored["retracted"] = dict(RETRACTION)
        return feature
    return store.update(facility_id, change)
