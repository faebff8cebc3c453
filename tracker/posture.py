"""Posture logic: what stood where at a date, and what changed between two dates.

README, "The data model": the posture of a facility at date D is its latest entry that
counts (not retracted) with `effective <= D`; ties go to the later `recorded_at`.
Each facility keeps its timeline sorted (`Facility.timeline`), so a date costs one
binary search a facility. Results are (Facility, entry) rows that the API, the map
and the exports all turn into their own shapes.
"""

import datetime
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import groupby

from tracker import model
from tracker.errors import BadRequest
from tracker.model.validation import is_date

FILTERS = ("operator", "kind", "status")
FACILITY_FILTERS = ("operator", "kind")  # a status belongs to a date, not to a facility
# Filters over a closed vocabulary: a value outside it is a mistake, not an empty answer.
VOCABULARIES = {"kind": model.KINDS, "status": model.STATUSES}


# How many "as known on" views of one snapshot are kept (each is a few MB at 10,000 facilities).
KNOWN_VIEWS = 8


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


def parse_range(start, end):
    """Checked ISO dates `start` <= `end` (the ?from= and ?to= of a comparison)."""
    start, end = parse_date(start, "from"), parse_date(end, "to")
    if start > end:
        raise BadRequest(f"from: {start} is after to: {end}", {"from": f"{start} is after to ({end})"})
    return start, end


def parse_known(value):
    """The `known` parameter: None (as known now) when absent, else a checked date."""
    return None if value is None else parse_date(value, "known")


def recorded_on(timestamp):
    """The UTC day of a stored timestamp (`recorded_at`, a retraction's `at`: always UTC, Z)."""
    return timestamp[:10]


def entry_as_known(entry, known):
    """The entry as the record stood at the end of day `known` (UTC), or None if not yet recorded.

    A retraction made after `known` had not happened then: the entry is returned without it.
    """
    if recorded_on(entry["recorded_at"]) > known:
        return None
    retraction = entry.get("retracted")
    if retraction and recorded_on(retraction["at"]) > known:
        return {name: value for name, value in entry.items() if name != "retracted"}
    return entry


def history_as_known(history, known):
    """A history as it stood at the end of day `known`: see `entry_as_known`."""
    return [kept for entry in history if (kept := entry_as_known(entry, known)) is not None]


def as_known(dataset, known):
    """The dataset as the record stood at the end of day `known` (UTC); itself when `known` is None.

    README, "As known on": only entries recorded by then count, and retractions only when
    made by then. Every answer that takes `known=` asks this one function, then applies
    the usual rules to the view it returns. A facility none of whose entries had been
    recorded by then was not known: it is left out (one with no entries at all stays).
    Facilities untouched since `known` are shared, so a recent `known` costs little; views
    are kept per snapshot (the last `KNOWN_VIEWS`).
    """
    if known is None:
        return dataset
    views = dataset.derived("known-views", lambda _: {})
    if known not in views:
        if len(views) >= KNOWN_VIEWS:
            views.pop(next(iter(views)), None)  # the oldest view made
        views[known] = dataset.replaced(_known_facilities(dataset, known), f"{dataset.version}@{known}")
    return views[known]


def _known_facilities(dataset, known):
    for facility in dataset:
        if facility.last_recorded <= known:
            yield facility
        elif history := history_as_known(facility.history, known):
            yield facility.with_history(history)


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
    if not wanted:
        # One comprehension and no call but the lookup per facility: there may be 100,000.
        return [(facility, entry) for facility in dataset if (entry := facility.governing(date)) is not None]
    # Filtered by each facility's brief first (kept, no Feature parsed), so only the
    # facilities kept are parsed for their governing entry.
    statuses = wanted.get("status")
    rows = []
    for facility in dataset:
        if not matches_facility(facility, wanted):
            continue
        position = facility.governing_position(date)
        if position is None or (statuses and facility.brief.statuses[position] not in statuses):
            continue
        rows.append((facility, facility.timeline[position]))
    return rows


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
    return [facility for facility in dataset if matches_facility(facility, wanted)]


def report_age(entry, date):
    """How many days old the governing `entry`'s report is at ISO `date`: from its `effective`.

    README, "How old a report is": a posture rests on the latest report of a change, so the
    days since that report's date tell how long nothing newer has been reported.
    """
    return day_ordinal(date) - day_ordinal(entry["effective"])


@lru_cache(maxsize=1 << 16)
def day_ordinal(iso_date):
    """The proleptic Gregorian ordinal of an ISO date (cached: a posture answer asks one per
    facility, of a few thousand distinct dates)."""
    return datetime.date.fromisoformat(iso_date).toordinal()


def day_before(iso_date):
    """The ISO date of the day before `iso_date`."""
    return datetime.date.fromordinal(day_ordinal(iso_date) - 1).isoformat()


def compare(dataset, start, end):
    """What changed from `start` to `end` (inclusive), facility by facility.

    Returns
    -------
    list of dict
        ``{"facility", "before", "after", "entries"}`` by facility id: the entry governing
        the day before `start` and the one governing `end` (each None when there is none),
        and the counted entries effective in the range, in posture order. Facilities with
        no such entry are left out.
    """
    return changes_and_groups(dataset, start, end)[1]


def changes_between(dataset, start, end):
    """Return the counted entries with `start <= effective <= end`, in posture order.

    Returns
    -------
    list of (Facility, dict)
    """
    return changes_and_groups(dataset, start, end)[0]


def changes_and_groups(dataset, start, end):
    """`changes_between` and `compare` of one range, in one pass over the facilities.

    Only the facilities with an entry in the range are parsed (their outlines' days tell
    which: no Feature kept, none parsed twice), each once for both: a month at 100,000
    facilities touches a third of them.
    """
    first, last = day_ordinal(start), day_ordinal(end)
    pairs, groups = [], []
    for facility in dataset:
        days = facility.outline.timeline_days
        low, high = bisect_left(days, first), bisect_right(days, last)
        if low == high:
            continue
        timeline = facility.timeline
        entries = timeline[low:high]
        pairs.extend((facility, entry) for entry in entries)
        groups.append({"facility": facility, "before": timeline[low - 1] if low else None,
                       "after": timeline[high - 1], "entries": entries})  # in posture order already
    # Sorted as the pairs of every facility in turn (by id, each in posture order) would
    # be, then cut to the range: a stable sort keeps ties in that order either way.
    return sorted(pairs, key=lambda pair: posture_order(pair[1])), sorted(groups, key=lambda g: g["facility"].id)


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


def history_by_date(facility, known=None):
    """Group a facility's whole history by `effective`, newest first, for reading.

    With `known` (an ISO date), the history is read as it stood at the end of that day:
    what was recorded or retracted later is still listed, and named in `later`.

    Returns
    -------
    list of dict
        ``{"date", "entries", "conflict", "later"}``; entries in record order; `conflict`
        is true when entries that count on that date give different statuses (reports
        disagree); `later` maps the id of each entry recorded after `known` to "entry",
        and of each entry retracted after it to "retraction".
    """
    ordered = sorted(facility.history, key=posture_order)
    groups = []
    for date, entries in groupby(ordered, key=lambda e: e["effective"]):
        entries = list(entries)
        as_then = entries if known is None else history_as_known(entries, known)
        statuses = {e["status"] for e in as_then if counts(e)}
        groups.append({"date": date, "entries": entries, "conflict": len(statuses) > 1,
                       "later": _later(entries, known)})
    return groups[::-1]


def _later(entries, known):
    """Which of `entries` were recorded ("entry") or retracted ("retraction") after `known`."""
    later = {}
    for entry in entries if known is not None else ():
        if recorded_on(entry["recorded_at"]) > known:
            later[entry["id"]] = "entry"
        elif "retracted" in entry and recorded_on(entry["retracted"]["at"]) > known:
            later[entry["id"]] = "retraction"
    return later


def check_filters(**filters):
    """Raise BadRequest for a filter value outside its vocabulary (as `posture_at` would)."""
    _wanted(filters)


def wanted(filters):
    """The filters as sets of values (`_wanted`), for `tracker.posture_index.PostureIndex.at`."""
    return _wanted(filters)


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


def matches_facility(facility, wanted):
    """Whether the facility's own fields (not a status) are among the `wanted` values."""
    for name, values in wanted.items():
        if name != "status" and facility.brief.field(name) not in values:
            return False
    return True
