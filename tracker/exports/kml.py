"""KML of the posture at a date, for Google Earth (README, "Using the data elsewhere").

Two folders. "Status over time" holds each facility's status intervals up to the
date, one Placemark an interval with its `TimeSpan` (from the day the status took
effect to the day the next one did; the last is open), styled by that status, so
Google Earth's time slider plays the history. "Facilities on <date>" holds one
Placemark a facility, styled by its status at the date, with no time of its own; it
is hidden by default, so that the two folders do not draw over each other. Entries of one day are one
interval: the one that governs (README, "The data model"), the others named beside it.

Every text from the data (names, notes, titles, quotes) is escaped into the HTML of
the description, and that HTML is escaped again as XML text by ElementTree.
"""

import xml.etree.ElementTree as ET
from itertools import groupby

from tracker import model
from tracker.exports.report_html import entry_html
from tracker.web.folium_maps import HOLLOW_STATUSES, STATUS_COLOURS

NS = "http://www.opengis.net/kml/2.2"
ET.register_namespace("", NS)


def posture_kml(rows, date):
    """Return posture rows (`tracker.posture.posture_at`) at ISO `date` as KML bytes."""
    document = ET.Element(_tag("kml"))
    body = _sub(document, "Document")
    _sub(body, "name", f"Posture on {date}")
    _sub(body, "description", "Every status rests on a published report, quoted verbatim.")
    for status in model.STATUSES:
        body.append(_style(status))
    over_time = _folder(body, "Status over time", "status-intervals")
    on_date = _folder(body, f"Facilities on {date}", "facilities")
    _sub(on_date, "visibility", "0")
    for facility, entry in rows:
        for interval in intervals(facility, date):
            over_time.append(_placemark(facility, *interval))
        on_date.append(_placemark(facility, entry, None, None, []))
    ET.indent(document)
    return ET.tostring(document, encoding="utf-8", xml_declaration=True) + b"\n"


def intervals(facility, date):
    """The status intervals of a facility up to ISO `date`: (entry, begin, end, others).

    One interval a day with entries that count; `entry` governs it, `others` are the
    other entries of that day; `end` is the next interval's begin, None for the last.
    """
    days = []
    counted = [e for e in facility.timeline if e["effective"] <= date]
    for day, entries in groupby(counted, key=lambda e: e["effective"]):
        *others, governing = list(entries)
        days.append((governing, day, others))
    ends = [day for _, day, _ in days[1:]] + [None]
    return [(entry, begin, end, others) for (entry, begin, others), end in zip(days, ends)]


def _tag(name):
    return f"{{{NS}}}{name}"


def _sub(parent, name, text=None):
    element = ET.SubElement(parent, _tag(name))
    if text is not None:
        element.text = text
    return element


def _folder(parent, name, folder_id):
    folder = _sub(parent, "Folder")
    folder.set("id", folder_id)
    _sub(folder, "name", name)
    return folder


def _kml_colour(hex_rgb, alpha="ff"):
    """'#D55E00' -> 'ff005ed5': KML colours are aabbggrr."""
    red, green, blue = hex_rgb[1:3], hex_rgb[3:5], hex_rgb[5:7]
    return f"{alpha}{blue}{green}{red}".lower()


def _style(status):
    style = ET.Element(_tag("Style"), id=f"status-{status}")
    colour = STATUS_COLOURS[status]
    icon = _sub(style, "IconStyle")
    # A force that has left is drawn paler (the map's hollow marker has no KML twin).
    _sub(icon, "color", _kml_colour(colour, "99" if status in HOLLOW_STATUSES else "ff"))
    _sub(icon, "scale", "1.1")
    line = _sub(style, "LineStyle")
    _sub(line, "color", _kml_colour(colour))
    _sub(line, "width", "2")
    _sub(_sub(style, "PolyStyle"), "color", _kml_colour(colour, "55"))
    return style


def _placemark(facility, entry, begin, end, others):
    placemark = ET.Element(_tag("Placemark"))
    _sub(placemark, "name", facility.properties["name"])
    if begin is not None:
        span = _sub(placemark, "TimeSpan")
        _sub(span, "begin", begin)
        if end is not None:
            _sub(span, "end", end)
    _sub(placemark, "styleUrl", f"#status-{entry['status']}")
    _sub(placemark, "description", entry_html(entry, others))
    data = _sub(placemark, "ExtendedData")
    for name, value in (("facility", facility.id), ("status", entry["status"]),
                        ("since", entry["effective"]), ("entry_id", entry["id"])):
        field = _sub(data, "Data")
        field.set("name", name)
        _sub(field, "value", value)
    placemark.append(_geometry(facility.feature["geometry"]))
    return placemark


def _geometry(geometry):
    if geometry["type"] == "Point":
        point = ET.Element(_tag("Point"))
        _sub(point, "coordinates", _coordinates([geometry["coordinates"]]))
        return point
    polygon = ET.Element(_tag("Polygon"))
    outer, *holes = geometry["coordinates"]
    for name, ring in [("outerBoundaryIs", outer)] + [("innerBoundaryIs", hole) for hole in holes]:
        _sub(_sub(_sub(polygon, name), "LinearRing"), "coordinates", _coordinates(ring))
    return polygon


def _coordinates(positions):
    return " ".join(",".join(str(value) for value in position[:2]) for position in positions)
