"""The map's data, compact: everything the browser needs to compute the posture at any date.

Sent once per version of the dataset (10,000 facilities and 100,000 entries in BENCHMARKS.md), as
parallel arrays: facilities by index; their counted entries in posture order, grouped by
facility (`count` entries each); dates as day numbers; statuses, kinds, operators and
sources as indexes into small lists; `contested` lists the entries that another entry of
the same facility and date contradicts (README, "Reports that disagree"), few, so sparse. The browser walks entries by date to move the
slider without a server round trip. Notes and quotes are not here: a popup fetches its
facility from the API.
"""

import datetime

from shapely.geometry import shape

from tracker import model
from tracker.posture import alternatives, is_contested

EPOCH = datetime.date(1970, 1, 1).toordinal()
STATUS_INDEX = {status: index for index, status in enumerate(model.STATUSES)}
KIND_INDEX = {kind: index for index, kind in enumerate(model.KINDS)}


def day_number(iso_date):
    """Days since 1970-01-01, the browser's `Date.UTC(...) / 86400000`."""
    return datetime.date.fromisoformat(iso_date).toordinal() - EPOCH


def map_payload(dataset):
    """Build the compact arrays for `dataset` (see the module docstring)."""
    operators = sorted({f.brief.field("operator") for f in dataset})  # kept: no Feature parsed
    operator_index = {name: index for index, name in enumerate(operators)}
    sources, source_index = [], {}
    facilities = {key: [] for key in ("id", "name", "kind", "operator", "lon", "lat")}
    entries = {key: [] for key in ("count", "day", "status", "source", "contested")}
    entry_index = 0
    areas = {}
    for index, facility in enumerate(dataset):
        props = facility.properties
        lon, lat = marker_of(facility)
        if facility.feature["geometry"]["type"] == "Polygon":
            areas[index] = facility.feature["geometry"]["coordinates"]
        for key, value in (("id", facility.id), ("name", props["name"]), ("kind", KIND_INDEX[props["kind"]]),
                           ("operator", operator_index[props["operator"]]), ("lon", lon), ("lat", lat)):
            facilities[key].append(value)
        entries["count"].append(len(facility.timeline))
        for entry in facility.timeline:
            source = entry["source"]
            key = (source["publisher"], source.get("title", ""))
            if key not in source_index:
                source_index[key] = len(sources)
                sources.append(list(key))
            entries["day"].append(day_number(entry["effective"]))
            entries["status"].append(STATUS_INDEX[entry["status"]])
            entries["source"].append(source_index[key])
            if is_contested(entry, alternatives(facility, entry)):
                entries["contested"].append(entry_index)
            entry_index += 1
    return {
        "version": dataset.version,
        "statuses": list(model.STATUSES),
        "kinds": list(model.KINDS),
        "operators": operators,
        "facilities": facilities,
        "entries": entries,
        "sources": sources,
        "areas": areas,
    }


def marker_of(facility):
    """`marker_position` of the facility's geometry, kept on it (the page's bounds and the map
    data both ask it, and its Feature may not be kept: `Facility.stored`)."""
    found = facility.texts.get("marker")
    if found is None:
        found = facility.texts["marker"] = marker_position(facility.feature["geometry"])
    return found


def marker_position(geometry):
    """Where the marker goes: the point itself, or a point inside an area, rounded to ~1 m."""
    if geometry["type"] == "Point":
        lon, lat = geometry["coordinates"][:2]
    else:
        point = shape(geometry).representative_point()
        lon, lat = point.x, point.y
    return round(lon, 5), round(lat, 5)
