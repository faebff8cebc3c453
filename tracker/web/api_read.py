"""The read API (README, "JSON API"): facilities, posture at a date, changes, exports.

Every answer is built from one snapshot of the data and carries its ETag and
Last-Modified, so GIS clients and browsers re-read cheaply (`tracker.web.responses.text_response`).
The OpenAPI document (`tracker.web.openapi`) describes each route here.
"""

from flask import Blueprint, request

from tracker.exports import formats, geojson
from tracker.web import openapi
from tracker.errors import BadRequest
from tracker.posture import (
    FACILITY_FILTERS, FILTERS, changes_between, facilities_matching, parse_date, posture_at, today,
)
from tracker.store.snapshot import compact_json
from tracker.web.responses import store, text_response

bp = Blueprint("api", __name__, url_prefix="/api")
# A facility has no status of its own: only at a date.
STATUS_NEEDS_A_DATE = "a status belongs to a date: ask /api/posture?date=YYYY-MM-DD&status=..."


def filters(names=FILTERS):
    """The filters of the query string among `names`, each repeatable."""
    return {name: request.args.getlist(name) for name in names if request.args.getlist(name)}


def facility_filters():
    """The operator and kind filters; a status filter is refused with where to ask instead."""
    if "status" in request.args:
        raise BadRequest(f"status: {STATUS_NEEDS_A_DATE}", {"status": STATUS_NEEDS_A_DATE})
    return filters(FACILITY_FILTERS)


def export_format():
    """The ?format= of a download (default geojson); BadRequest naming the formats otherwise."""
    fmt = request.args.get("format", "geojson")
    if fmt not in formats.FORMATS:
        message = f"{fmt!r} is not one of {', '.join(formats.FORMATS)}"
        raise BadRequest(f"format: {message}", {"format": message})
    return fmt


def download(content, dataset, stem, fmt):
    """Answer a file to save as `stem`.`fmt`, with the format's media type."""
    return text_response(content, dataset, formats.MEDIA_TYPES[fmt], filename=f"{stem}.{fmt}")


@bp.get("/facilities")
def facilities():
    """All facilities with their full histories, as one FeatureCollection."""
    dataset = store().dataset()
    chosen = facilities_matching(dataset, **facility_filters())
    return text_response(geojson.facility_collection(chosen), dataset)


@bp.get("/facilities/<facility_id>")
def facility(facility_id):
    """One facility as a Feature with its full history."""
    dataset = store().dataset()
    return text_response(dataset.require(facility_id).json, dataset)


@bp.get("/posture")
def posture():
    """The posture at ?date=: each facility's governing entry."""
    date = parse_date(request.args.get("date"), "date")
    dataset = store().dataset()
    rows = posture_at(dataset, date, **filters())
    return text_response(geojson.posture_body(rows), dataset)


@bp.get("/changes")
def changes():
    """The entries effective from ?from= to ?to= (inclusive), by date."""
    start = parse_date(request.args.get("from"), "from")
    end = parse_date(request.args.get("to", today()), "to")
    if start > end:
        raise BadRequest(f"from: {start} is after to: {end}", {"from": f"{start} is after to ({end})"})
    dataset = store().dataset()
    rows = changes_between(dataset, start, end)
    return text_response(geojson.changes_document(rows, start, end), dataset, "application/json")


@bp.get("/export")
def export_posture():
    """The posture at ?date= as a file to download: ?format=geojson|csv|gpkg|kml|fgb, and the filters."""
    return posture_download(parse_date(request.args.get("date"), "date"), export_format())


@bp.get("/export/posture-<date>.<ext>")
def export_posture_file(date, ext):
    """The same file by path, so GDAL's URL readers tell the format by the name (and find a .csvt)."""
    date = parse_date(date, "date")
    if ext == "csvt":
        return text_response(formats.posture_csv_types(), store().dataset(), formats.MEDIA_TYPES["csvt"])
    if ext not in formats.FORMATS:
        message = f"{ext!r} is not one of {', '.join(formats.FORMATS)}"
        raise BadRequest(f"format: {message}", {"format": message})
    return posture_download(date, ext)


def posture_download(date, fmt):
    dataset = store().dataset()
    rows = posture_at(dataset, date, **filters())
    return download(formats.posture_file(rows, fmt, date), dataset, f"posture-{date}", fmt)


@bp.get("/history.csv")
def history_csv():
    """Every entry of every facility, retracted ones too, as CSV: one row an entry."""
    dataset = store().dataset()
    chosen = facility_filters()
    if not chosen:  # the whole history: made once a version of the data (seconds at 100,000)
        content = dataset.derived("history.csv", lambda d: formats.history_file(list(d), "csv"))
    else:
        content = formats.history_file(facilities_matching(dataset, **chosen), "csv")
    return download(content, dataset, "history", "csv")


@bp.get("/openapi.json")
def openapi_document():
    """This API, described in OpenAPI 3.1, with this server's address."""
    servers = [{"url": request.url_root.rstrip("/"), "description": "This server"}]
    text = compact_json(dict(openapi.document(), servers=servers))
    return text_response(text, store().dataset(), "application/json")
