"""The query parameters of OGC API - Features (`bbox`, `datetime`, `limit`, `offset`), checked.

A bad value is a 400 naming the parameter, as everywhere in the API; a parameter the
API does not know is refused too, as Part 1 asks, so a typo is never an empty answer.
"""

import datetime
import math

import shapely
from flask import request
from shapely.geometry import box as make_box, shape

from tracker.errors import BadRequest
from tracker.model.validation import is_date

DEFAULT_LIMIT = 100
MAX_LIMIT = 10_000
OPEN = ("", "..")


def _bad(name, message):
    return BadRequest(f"{name}: {message}", {name: message})


def refuse_unknown(known):
    unknown = sorted(set(request.args) - set(known))
    if unknown:
        raise _bad(unknown[0], f"is not a parameter here; use {', '.join(sorted(known))}")


def _arg(name):
    return request.args.get(name)


def filters(names):
    return {name: request.args.getlist(name) for name in names if request.args.getlist(name)}


def limit():
    """?limit= (1..10000, default 100)."""
    return _integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT)


def offset():
    """?offset= (0 or more, default 0): where the page starts."""
    return _integer("offset", 0, 0, None)


def _integer(name, default, low, high):
    value = _arg(name)
    if value is None:
        return default
    if not value.isdigit() or int(value) < low or (high is not None and int(value) > high):
        bounds = f"{low}..{high}" if high is not None else f"{low} or more"
        raise _bad(name, f"{value!r} is not a whole number in {bounds}")
    return int(value)


def bbox():
    """?bbox=minlon,minlat,maxlon,maxlat (or with heights) as a shapely area, or None.

    Across the antimeridian (minlon > maxlon) the area is two boxes.
    """
    value = _arg("bbox")
    if value is None:
        return None
    try:
        numbers = [float(part) for part in value.split(",")]
    except ValueError:
        numbers = []
    if len(numbers) not in (4, 6) or not all(math.isfinite(n) for n in numbers):
        raise _bad("bbox", f"{value!r} is not minlon,minlat,maxlon,maxlat")
    half = len(numbers) // 2
    west, south, east, north = numbers[0], numbers[1], numbers[half], numbers[half + 1]
    if south > north or not (-90 <= south <= 90 and -90 <= north <= 90):
        raise _bad("bbox", f"{value!r}: latitudes must be within -90..90, the smaller first")
    if west <= east:
        return make_box(west, south, east, north)
    return shapely.union(make_box(west, south, 180, north), make_box(-180, south, east, north))


def inside(facility, area):
    """True when there is no area, or the facility's geometry meets it."""
    if area is None:
        return True
    found = facility.texts.get("shape")
    if found is None:
        found = facility.texts["shape"] = shape(facility.feature["geometry"])
    return area.intersects(found)


def _day(value, name="datetime"):
    """The date of an RFC 3339 date or date-time, or None for an open end."""
    if value in OPEN:
        return None
    if is_date(value):
        return value
    try:
        return datetime.datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        raise _bad(name, f"{value!r} is not a date, a date-time or an interval of them") from None


def interval():
    """?datetime= as (start, end) dates, either None when open; (None, None) when absent."""
    value = _arg("datetime")
    if value is None:
        return None, None
    start, _, end = value.partition("/")
    if "/" not in value:
        return _day(start), _day(start)
    return _day(start), _day(end)


def instant():
    """?datetime= when it is one date (the posture's date); None when absent. Intervals are refused."""
    value = _arg("datetime")
    if value is None:
        return None
    if "/" in value:
        raise _bad("datetime", f"{value!r}: the posture is at one date; give a date (YYYY-MM-DD)")
    return _day(value)


def interval_end():
    """The last day of ?datetime= (its instant, or an interval's end), or None."""
    start, end = interval()
    return end if end is not None or start is None else "9999-12-31"


def reported_by(facility, date):
    """True when the facility has an entry that counts effective on or before `date`."""
    return bool(facility.timeline) and facility.timeline[0]["effective"] <= date


def dataset_bbox(dataset):
    """[west, south, east, north] around every facility (the world when there are none)."""
    if not len(dataset):
        return [-180, -90, 180, 90]
    bounds = shapely.bounds(shapely.union_all([shape(f.feature["geometry"]) for f in dataset]))
    return [float(number) for number in bounds]


def first_report(dataset):
    """The first effective date of the data as an RFC 3339 time, or None."""
    dates = [facility.timeline[0]["effective"] for facility in dataset if facility.timeline]
    return f"{min(dates)}T00:00:00Z" if dates else None


def now():
    return datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
