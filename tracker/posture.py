"""Posture logic: what stood where at a date, and what changed between two dates.

README, "The data model": the posture of a facility at date D is its latest entry that
counts (not retracted) with `effective <= D`; ties go to the later `recorded_at`.
Each facility keeps its timeline sorted (`Facility.timeline`), so a date costs one
binary search a facility. Results are (Facility, entry) rows that the API, the map
and the exports all turn into their own shapes.
"""

import datetime
from itertools import groupby

from tracker import model
from tracker.errors import BadRequest
from tracker.model.validation import is_date

FILTERS = ("operator", "kind", "status")
FACILITY_FILTERS = ("operator", "kind")  # a status belongs to a date, not to a facility
# Filters over a closed vocabulary: a value outside it is a mistake, not an empty answer.
VOCABULARIES = {"kind": model.KINDS, "status": model.STATUSES}


def counts(entry):
    """Tell whether an entry counts towards the posture (retracted entries do not)."""
    return "retracted" not in entry


def posture_order(entry):
    """Sort key of entries in posture order: by `effective`, ties by the instant of `recorded_at`.

    Instants, not texts: `12:00:00.5Z` is after `12:00:00Z`, though "." sorts before "Z".
    Entries equal on both keep their order in the history (sorting is stable), so the
    later one in the file wins; `posture-model.js` orders them the same way.
    """
    return entry["effective"], recorded_instant(entry["recorded_at"])


def recorded_instant(timestamp):
    """The UTC instant of a `recorded_at` (YYYY-MM-DDTHH:MM:SS[.ffffff]Z), comparable."""
    return datetime.datetime.fromisoformat(timestamp)


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
    # One comprehension and no call but the lookup per facility: there may be 100,000.
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


def alternatives(facility, entry):
    """Return the other counted entries that share `entry`'s effective date.

    README, "Reports that disagree": the posture rule picks the one recorded last; these
    are the reports it set aside, or that agree with it.

    Parameters
    ----------
    facility : Facility
    entry : dict
        One of the facility's entries.

    Returns
    -------
    list of dict
        In posture order; empty when no other report has that date.
    """
    return [other for other in facility.timeline
            if other["effective"] == entry["effective"] and other["id"] != entry["id"]]


def is_contested(entry, others):
    """Return True when one of `others` (see `alternatives`) gives a different status."""
    return any(other["status"] != entry["status"] for other in others)


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


def check_filters(**filters):
    """Raise BadRequest, as `posture_at` would, for a filter value outside the model's vocabulary."""
    _wanted(filters)


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
