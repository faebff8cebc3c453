"""The pages: the posture map and the facility page. Their JSON twins are the API's answers."""

from flask import Blueprint, current_app, g, render_template, request, url_for

from tracker import model
from tracker.web import folium_maps
from tracker.store.snapshot import compact_json
from tracker.web.map_data import map_payload
from tracker.posture import history_by_date, parse_date, today
from tracker.web.responses import encoded_response, store

bp = Blueprint("views", __name__)
PLACEHOLDER = "FACILITY"  # replaced by a facility id in the browser


@bp.app_context_processor
def vocabulary():
    """The model's words and the palette, for every template."""
    return {"model": model, "status_colours": folium_maps.STATUS_COLOURS, "hollow": folium_maps.HOLLOW_STATUSES,
            "can_edit": can_edit, "published": current_app.config.get("PUBLISHING", False),
            "status_label": status_label, "position": position}


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


@bp.get("/")
def map_page():
    """Show the posture map at ?date= (default: today)."""
    date = requested_date()
    dataset = store().dataset()
    bounds = dataset.derived("map-bounds", folium_maps.bounds_of)
    operators = dataset.derived("map-operators", lambda d: sorted({f.properties["operator"] for f in d}))
    figure = folium_maps.posture_map(bounds, page_config(dataset, date))
    return render_template("map.html", map=folium_maps.parts(figure), date=date, dataset=dataset,
                           operators=operators)


def page_config(dataset, date):
    """What the map page's JavaScript needs besides the map data."""
    return {
        "dataUrl": url_for("views.map_data", v=dataset.version),
        "date": date,
        "today": today(),
        "facilityPage": url_for("views.facility_page", facility_id=PLACEHOLDER),
        "facilityApi": url_for("api.facility", facility_id=PLACEHOLDER),
        "newEntry": url_for("editing.new_entry", facility_id=PLACEHOLDER) if can_edit() else None,
        "placeholder": PLACEHOLDER,
        "style": folium_maps.style_config(),
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
    return encoded_response(dataset, "map-json", map_json, "application/json")


def map_json(dataset):
    """The map data as UTF-8 JSON; the arrays themselves are not kept (tens of MB at 100,000)."""
    return compact_json(map_payload(dataset)).encode("utf-8")


@bp.get("/facilities/<facility_id>")
def facility_page(facility_id):
    """Show one facility: where it is, what it is, and its full sourced history."""
    date = requested_date()
    facility = store().dataset().require(facility_id)
    entry = facility.governing(date)
    figure = folium_maps.inset_map(facility, entry["status"] if entry else None)
    return render_template("facility.html", facility=facility, entry=entry, date=date,
                           groups=history_by_date(facility), map=folium_maps.parts(figure))
