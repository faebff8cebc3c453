"""The pages: the posture map and the facility page. Their JSON twins are the API's answers."""

from flask import Blueprint, current_app, g, render_template, request, url_for

from tracker import model
from tracker.errors import TrackerError
from tracker.web import folium_maps, palette
from tracker.store.snapshot import compact_json
from tracker.web.map_data import map_payload
from tracker.posture import FILTERS, history_by_date, parse_date, today
from tracker.web.responses import store, text_response

bp = Blueprint("views", __name__)
PLACEHOLDER = "FACILITY"  # replaced by a facility id in the browser


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


def filter_problems(payload):
    """What in the URL's filters the map cannot show, in words: never a silently empty map."""
    known = {"status": model.STATUSES, "kind": model.KINDS, "operator": payload["operators"]}
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


@bp.get("/")
def map_page():
    """Show the posture map at ?date= (default: today)."""
    date = requested_date()
    dataset = store().dataset()
    payload = dataset.derived("map", map_payload)
    figure = folium_maps.posture_map(folium_maps.bounds_of(payload), page_config(dataset, date))
    return render_template("map.html", map=folium_maps.parts(figure), date=date, dataset=dataset,
                           operators=payload["operators"], problems=filter_problems(payload))


def page_config(dataset, date):
    """What the map page's JavaScript needs besides the map data."""
    return {
        "dataUrl": url_for("views.map_data", v=dataset.version),
        "placesUrl": url_for("static", filename="basemap/places.json"),
        "date": date,
        "today": today(),
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
    dataset = store().dataset()
    text = dataset.derived("map-json", lambda d: compact_json(d.derived("map", map_payload)))
    return text_response(text, dataset, "application/json")


@bp.get("/facilities/<facility_id>")
def facility_page(facility_id):
    """Show one facility: where it is, what it is, and its full sourced history."""
    date = requested_date()
    facility = store().dataset().require(facility_id)
    entry = facility.governing(date)
    figure = folium_maps.inset_map(facility, entry["status"] if entry else None)
    return render_template("facility.html", facility=facility, entry=entry, date=date,
                           groups=history_by_date(facility), map=folium_maps.parts(figure))
