"""Posture logic: what stood where at a date, and what changed between two dates.

PRODUCT.md section 3: the posture of a facility at date D is its latest entry that
counts (not retracted) with `effective <= D`; ties go to the later `recorded_at`.
Each facility keeps its timeline sorted (`Facility.timeline`), so a date costs one
binary search a facility. Results are (Facility, entry) rows that the API, the map
and the exports all turn into their own shapes; `posture_frame` and `history_frame`
make the GeoDataFrames of the exports.
"""

import datetime
from itertools import groupby

import geopandas
import shapely

from tracker import model
from tracker.dataset import counts, posture_order
from tracker.errors import BadRequest
from tracker.validation import is_date

FILTERS = ("operator", "kind", "status")
FACILITY_FILTERS = ("operator", "kind")  # a status belongs to a date, not to a facility
# Filters over a closed vocabulary: a value outside it is a mistake, not an empty answer.
VOCABULARIES = {"kind": model.KINDS, "status": model.STATUSES}
ENTRY_COLUMNS = ("date_precision", "note", "reliability", "credibility", "recorded_at", "recorded_by")
SOURCE_COLUMNS = ("url", "title", "publisher", "published", "quote")
RETRACTION_COLUMNS = ("at", "by", "reason")
CRS = "EPSG:4326"


def today():
    """Today in UTC, as an ISO date."""
    return datetime.datetime.now(datetime.timezone.utc).date().isoformat()


def parse_date(value, name):
    """Return `value` when it is an ISO date; raise BadRequest naming parameter `name`."""
    if value is None or value == "":
        raise BadRequest(f"{name} is required (YYYY-MM-DD)", {name: "is required (YYYY-MM-DD)"})
    if not is_date(value):
        raise BadRequest(f"{name}: {value!r} is not a date", {name: f"{value!r} is not a date"})
    return value


def posture_at(dataset, date, **filters):
    """Return the posture at ISO `date`.

    Parameters
    ----------
    dataset : Dataset
    date : str
        ISO date.
    **filters : str or collection of str, optional
        `operator`, `kind`, `status`: keep only facilities matching one of the values.

    Returns
    -------
    list of (Facility, dict)
        One row per facility with a posture at `date`, with its governing entry, by id.

    Raises
    ------
    BadRequest
        When a `kind` or `status` is not in the model's vocabulary.
    """
    wanted = _wanted(filters)
    # One comprehension and no call but the lookup per facility: there are 10,000 (issue 6).
    rows = [(facility, entry) for facility in dataset if (entry := facility.governing(date)) is not None]
    return [row for row in rows if _matches(*row, wanted)] if wanted else rows


def facilities_matching(dataset, **filters):
    """Return the facilities matching the filters, whatever their status.

    Parameters
    ----------
    dataset : Dataset
    **filters : str or collection of str, optional
        `operator`, `kind`: keep only facilities matching one of the values.

    Returns
    -------
    list of Facility
        By id.

    Raises
    ------
    BadRequest
        When a `kind` is not in the model's vocabulary.
    """
    wanted = _wanted(filters, FACILITY_FILTERS)
    return [facility for facility in dataset if _matches(facility, None, wanted)]


def changes_between(dataset, start, end):
    """Return the counted entries with `start <= effective <= end`, in posture order.

    Returns
    -------
    list of (Facility, dict)
    """
    return [(f, e) for f, e in dataset.changes if start <= e["effective"] <= end]


def history_by_date(facility):
    """Group a facility's whole history by `effective`, newest first, for reading.

    Returns
    -------
    list of dict
        ``{"date", "entries", "conflict"}``; entries in record order; `conflict` is true
        when entries that count on that date give different statuses (reports disagree).
    """
    ordered = sorted(facility.history, key=posture_order)
    groups = []
    for date, entries in groupby(ordered, key=lambda e: e["effective"]):
        entries = list(entries)
        statuses = {e["status"] for e in entries if counts(e)}
        groups.append({"date": date, "entries": entries, "conflict": len(statuses) > 1})
    return groups[::-1]


def _wanted(filters, names=FILTERS):
    """Turn filters into sets of values; raise BadRequest for a value outside a vocabulary."""
    wanted = {}
    for name, values in filters.items():
        if name not in names:
            raise TypeError(f"unknown filter {name!r}")
        values = {values} if isinstance(values, str) else set(values)
        unknown = sorted(values - set(VOCABULARIES.get(name, values)))
        if unknown:
            message = f"{unknown[0]!r} is not one of {', '.join(VOCABULARIES[name])}"
            raise BadRequest(f"{name}: {message}", {name: message})
        if values:
            wanted[name] = values
    return wanted


def _matches(facility, entry, wanted):
    for name, values in wanted.items():
        value = entry["status"] if name == "status" else facility.properties[name]
        if value not in values:
            return False
    return True


def posture_frame(rows):
    """Flatten posture rows into a GeoDataFrame: one row a facility, plain columns.

    The governing entry becomes `status`, `since`, `entry_id`, its fields, and
    `source_*` columns; aliases are joined with "; ".
    """
    records = [_flat(facility, entry) for facility, entry in rows]
    return _frame(records, [facility for facility, _ in rows], _flat_columns())


def history_frame(facilities):
    """Flatten whole histories into a GeoDataFrame: one row an entry, retracted ones too.

    The columns of `posture_frame` (`since` is the entry's `effective`), then
    `retracted_at`, `retracted_by`, `retracted_reason`, empty for entries that count.
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
    columns.update((f"source_{name}", entry["source"].get(name, "")) for name in SOURCE_COLUMNS)
    return columns


def _retraction_columns(entry):
    retraction = entry.get("retracted", {})
    return {f"retracted_{name}": retraction.get(name, "") for name in RETRACTION_COLUMNS}


def _flat(facility, entry):
    return _facility_columns(facility) | _entry_columns(entry)


def _flat_columns():
    facility = ["id", "name", "aliases", "kind", "operator", "country", "location_precision"]
    entry = ["status", "since", "entry_id", *ENTRY_COLUMNS]
    return facility + entry + [f"source_{name}" for name in SOURCE_COLUMNS]
