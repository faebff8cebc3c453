"""Flat tables of the exports: posture rows and whole histories as GeoDataFrames.

One row a facility (posture) or an entry (history), the governing entry's fields as
plain columns, so spreadsheets and GIS tools need no JSON. CSV and GeoPackage are
written from these by `tracker.exports.formats`.
"""

import geopandas
import shapely

from tracker.posture import posture_order

ENTRY_COLUMNS = ("date_precision", "note", "reliability", "credibility", "recorded_at", "recorded_by")
SOURCE_COLUMNS = ("url", "title", "publisher", "published", "quote")
RETRACTION_COLUMNS = ("at", "by", "reason")
CRS = "EPSG:4326"
# Columns that are not text, for the typed formats (GeoPackage, FlatGeobuf, a CSV's .csvt).
DATE_COLUMNS = ("since", "source_published")
DATETIME_COLUMNS = ("recorded_at", "retracted_at")
INTEGER_COLUMNS = ("credibility",)


def posture_frame(rows):
    """Flatten posture rows into a GeoDataFrame: one row a facility, plain columns.

    The governing entry becomes `status`, `since`, `entry_id`, its fields, and
    `source_*` columns; aliases are joined with "; "; a value the entry does not have
    (a report's title or date) is None.
    """
    records = [_flat(facility, entry) for facility, entry in rows]
    return _frame(records, [facility for facility, _ in rows], _flat_columns())


def history_frame(facilities):
    """Flatten whole histories into a GeoDataFrame: one row an entry, retracted ones too.

    The columns of `posture_frame` (`since` is the entry's `effective`), then
    `retracted_at`, `retracted_by`, `retracted_reason`, None for entries that count.
    Rows go by facility, then in posture order.
    """
    rows = [(f, entry) for f in facilities for entry in sorted(f.history, key=posture_order)]
    records = [_flat(facility, entry) | _retraction_columns(entry) for facility, entry in rows]
    columns = _flat_columns() + [f"retracted_{name}" for name in RETRACTION_COLUMNS]
    return _frame(records, [facility for facility, _ in rows], columns)


def _frame(records, facilities, columns):
    geometry = [shapely.geometry.shape(facility.feature["geometry"]) for facility in facilities]
    return geopandas.GeoDataFrame(records, columns=columns, geometry=geometry, crs=CRS)


def _facility_columns(facility):
    props = facility.properties
    return {
        "id": facility.id,
        "name": props["name"],
        "aliases": "; ".join(props["aliases"]),
        "kind": props["kind"],
        "operator": props["operator"],
        "country": props["country"],
        "location_precision": props["location_precision"],
    }


def _entry_columns(entry):
    columns = {"status": entry["status"], "since": entry["effective"], "entry_id": entry["id"]}
    columns.update((name, entry[name]) for name in ENTRY_COLUMNS)
    columns.update((f"source_{name}", entry["source"].get(name)) for name in SOURCE_COLUMNS)
    return columns


def _retraction_columns(entry):
    retraction = entry.get("retracted", {})
    return {f"retracted_{name}": retraction.get(name) for name in RETRACTION_COLUMNS}


def _flat(facility, entry):
    return _facility_columns(facility) | _entry_columns(entry)


def _flat_columns():
    facility = ["id", "name", "aliases", "kind", "operator", "country", "location_precision"]
    entry = ["status", "since", "entry_id", *ENTRY_COLUMNS]
    return facility + entry + [f"source_{name}" for name in SOURCE_COLUMNS]
