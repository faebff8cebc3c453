"""The pages: the posture map, the facility page, the comparison of two dates.

Their JSON twins are the API's answers. Each page's map is folium's
(`tracker.web.folium_maps`), imported by the first page asked for: folium and what it
loads (pandas) are a second of CPU, which a restarted server does not spend before its
first answer (BENCHMARKS.md, "The server's restart at 100,000, and its memory").
"""

import datetime

from flask import Blueprint, current_app, g, render_template, request, url_for

from tracker import model
from tracker.errors import TrackerError
from tracker.web import palette
from tracker.store.snapshot import compact_json
from tracker.web.map_data import map_payload
from tracker.posture import (
    FILTERS, as_known, compare, day_before, history_by_date, parse_date, parse_known, parse_range, today,
)
from tracker.web.responses import encoded_response, store

bp = Blueprint("views", __name__)
PLACEHOLDER = "FACILITY"  # replaced by a facility id in the browser
COMPARE_DEFAULT = datetime.timedelta(days=30)  # /changes without ?from=: the last 30 days


@bp.app_context_processor
def vocabulary():
    """The model's words and the palette, for every template."""
    return {"model": model, "status_colours": palette.STATUS_COLOURS, "hollow": palette.HOLLOW_STATUSES,
            "can_edit": can_edit, "broken_data": broken_data,
            "published": current_app.config.get("PUBLISHING", False),
            "view_filters": view_filters,
            "status_label": status_label, "position": position}


@bp.app_template_filter("isolated")
def isolated(text):
    """`text` between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE, for plain-text places
    (a title, a message) where <bdi> cannot go: its bidi controls cannot reorder what follows."""
    return f"\u2068{text}\u2069"


def broken_data():
    """The stored facilities left out because their data is broken (tracker.store.base.Broken)."""
    try:
        return store().dataset().broken
    except TrackerError:  # no data at all: the page says so itself
        return ()


def status_label(status):
    """The short name of a status: "Withdrawn"."""
    return model.STATUSES[status].split(":")[0]


def position(facility):
    """Where a facility is, in words: "35.41167 N, 35.945 E", or "an area"."""
    geometry = facility.feature["geometry"]
    if geometry["type"] != "Point":
        return "An area (polygon)"
    lon, lat = geometry["coordinates"][:2]
    return f"{abs(lat)} {'N' if lat >= 0 else 'S'}, {abs(lon)} {'E' if lon >= 0 else 'W'}"


def can_edit():
    """True when an editor is signed in and the editing forms are installed."""
    return bool(g.get("editor")) and "editing.new_entry" in current_app.view_functions


def requested_date():
    """The ?date= of the request, checked, or today."""
    return parse_date(request.args["date"], "date") if "date" in request.args else today()


def view_filters():
    """The map's filters in this request (?status=&kind=&operator=), for links that keep them."""
    return {name: request.args.getlist(name) for name in FILTERS if name in request.args}


def filter_problems(operators):
    """What in the URL's filters the map cannot show, in words: never a silently empty map."""
    known = {"status": model.STATUSES, "kind": model.KINDS, "operator": operators}
    problems = []
    for name, values in view_filters().items():
        for value in values:
            if value in known[name]:
                continue
            if name == "operator":
                problems.append(f"operator: no facility has the operator {value!r}")
            else:
                problems.append(f"{name}: {value!r} is not one of {', '.join(known[name])}")
    return problems


def requested_known():
    """The ?known= of the request, checked (README, "As known on"), or None: as known now.

    Empty is as known now too: what a page's form sends when its "as known on" is left blank.
    """
    return parse_known(request.args.get("known") or None)


@bp.get("/")
def map_page():
    """Show the posture map at ?date= (default: today), as known on ?known= (default: now)."""
    from tracker.web import folium_maps  # on first use: see the module's docstring

    date, known = requested_date(), requested_known()
    whole = store().dataset()
    dataset = as_known(whole, known)
    # Not the map data itself: only its bytes are kept (tens of MB at 100,000 facilities).
    bounds = dataset.derived("map-bounds", folium_maps.bounds_of)
    operators = dataset.derived("map-operators", lambda d: sorted({f.brief.field("operator") for f in d}))
    figure = folium_maps.posture_map(bounds, page_config(dataset, date, known))
    return render_template("map.html", map=folium_maps.parts(figure), date=date, known=known, dataset=dataset,
                           operators=operators, problems=filter_problems(operators),
                           first_known=first_known(whole) if known and not len(dataset) and len(whole) else None)


def first_known(dataset):
    """The first UTC day anything in `dataset` was recorded: when a day before it shows nothing,
    the page says why (README, "As known on")."""
    # A view is empty only when every facility has entries (one without any is always shown).
    return dataset.derived("first-recorded", lambda d: min(e["recorded_at"] for f in d for e in f.history)[:10])


def page_config(dataset, date, known=None):
    """What the map page's JavaScript needs besides the map data."""
    return {
        "dataUrl": url_for("views.map_data", v=dataset.version, known=known),
        "placesUrl": url_for("static", filename="basemap/places.json"),
        "date": date,
        "known": known,
        "today": today(),
        "staleAfter": current_app.config["STALE_AFTER_DAYS"],
        "listWindowAbove": current_app.config["LIST_WINDOW_ABOVE"],
        "facilityPage": url_for("views.facility_page", facility_id=PLACEHOLDER),
        "facilityApi": url_for("api.facility", facility_id=PLACEHOLDER),
        "newEntry": url_for("editing.new_entry", facility_id=PLACEHOLDER) if can_edit() else None,
        "placeholder": PLACEHOLDER,
        "style": palette.style_config(),
        "words": {
            "statuses": model.STATUSES,
            "statusLabels": {status: status_label(status) for status in model.STATUSES},
            "kinds": model.KINDS,
            "reliability": model.RELIABILITY,
            "credibility": {str(k): v for k, v in model.CREDIBILITY.items()},
            "locationPrecisions": model.LOCATION_PRECISIONS,
            "datePrecisions": model.DATE_PRECISIONS,
        },
    }


@bp.get("/map-data.json")
def map_data():
    """The compact arrays the map computes every date from (sent once a version)."""
    dataset = as_known(store().dataset(), requested_known())
    return encoded_response(dataset, "map-json", map_json, "application/json")


def map_json(dataset):
    """The map data as UTF-8 JSON; the arrays themselves are not kept (tens of MB at 100,000)."""
    return compact_json(map_payload(dataset)).encode("utf-8")


@bp.get("/facilities/<facility_id>")
def facility_page(facility_id):
    """Show one facility: where it is, what it is, and its full sourced history.

    With ?known=, the status is the one the record gave then, and what was recorded or
    retracted later is marked as later.
    """
    from tracker.web import folium_maps  # on first use: see the module's docstring

    date, known = requested_date(), requested_known()
    dataset = store().dataset()
    facility = dataset.require(facility_id)
    as_then = as_known(dataset, known).get(facility_id)  # None: not yet known then
    entry = as_then.governing(date) if as_then else None
    figure = folium_maps.inset_map(facility, entry["status"] if entry else None)
    return render_template("facility.html", facility=facility, entry=entry, date=date, known=known,
                           groups=history_by_date(facility, known), map=folium_maps.parts(figure))


@bp.get("/changes")
def changes_page():
    """Compare two dates: what changed from ?from= to ?to= (inclusive), by facility, and a map.

    Its JSON twin is `/api/changes`. Without dates: the last 30 days to today.
    """
    from tracker.web import folium_maps  # on first use: see the module's docstring

    end = parse_date(request.args.get("to") or today(), "to")
    start = request.args.get("from") or (datetime.date.fromisoformat(end) - COMPARE_DEFAULT).isoformat()
    start, end = parse_range(start, end)
    known = requested_known()
    dataset = as_known(store().dataset(), known)
    groups = compare(dataset, start, end)
    figure = folium_maps.changes_map([group["facility"] for group in groups])
    markers = [folium_maps.changed_marker(group) for group in groups]
    return render_template("changes.html", start=start, end=end, known=known, groups=groups,
                           markers=markers, day_before=day_before(start), map=folium_maps.parts(figure))

