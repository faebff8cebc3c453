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
    FACILITY_FILTERS, FILTERS, as_known, changes_and_groups, check_filters, facilities_matching, parse_date, parse_known,
    parse_range, posture_at, today, wanted,
)
from tracker.posture_index import posture_index
from tracker.store.snapshot import compact_json
from tracker.web.responses import store, text_response

bp = Blueprint("api", __name__, url_prefix="/api")
# A facility has no status of its own: only at a date.
STATUS_NEEDS_A_DATE = "a status belongs to a date: ask /api/posture?date=YYYY-MM-DD&status=..."


def filters(names=FILTERS):
    """The filters of the query string among `names`, each repeatable."""
    return {name: request.args.getlist(name) for name in names if request.args.getlist(name)}


def known_dataset():
    """The store's snapshot as the record stood on ?known= (README, "As known on"), or now."""
    return as_known(store().dataset(), parse_known(request.args.get("known")))


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


def whole_dataset(dataset, name, build, **chosen):
    """The answer `build(facilities)` over the facilities matching `chosen`, made once a version.

    Whole-dataset answers are the largest (the history CSV of 100,000 entries takes
    seconds); each version of the data builds each one once, whatever the requests.
    """
    key = (name, *(tuple(sorted(chosen.get(f, ()))) for f in FACILITY_FILTERS))
    return dataset.derived(key, lambda d: build(facilities_matching(d, **chosen)), recent=bool(chosen))


@bp.get("/facilities")
def facilities():
    """All facilities with their full histories, as one FeatureCollection."""
    dataset = store().dataset()
    # Joined for each request from the facilities' kept texts, not kept itself: a join is
    # a copy, and the whole answer at 100,000 facilities is 570 MB (BENCHMARKS.md).
    body = geojson.facility_collection(facilities_matching(dataset, **facility_filters()))
    return text_response(body, dataset)


@bp.get("/facilities/<facility_id>")
def facility(facility_id):
    """One facility as a Feature with its full history (as it stood on ?known=, when given)."""
    dataset = known_dataset()
    return text_response(dataset.require(facility_id).json, dataset)


@bp.get("/posture")
def posture():
    """The posture at ?date= (as known on ?known=): each facility's governing entry."""
    date = parse_date(request.args.get("date"), "date")
    dataset, chosen = known_dataset(), filters()
    # One search over all facilities, then the filters by each facility's brief (no Feature parsed).
    body = geojson.posture_body_at(posture_index(dataset), date, wanted(chosen))
    return text_response(body, dataset)


@bp.get("/changes")
def changes():
    """The entries effective from ?from= to ?to= (inclusive), by date."""
    start, end = parse_range(request.args.get("from"), request.args.get("to", today()))
    dataset = known_dataset()

    def build(dataset):
        rows, groups = changes_and_groups(dataset, start, end)
        return geojson.changes_document(rows, groups, start, end).encode()
    # Kept among the recent answers: its entries' texts are made for it, not kept (geojson.change_json).
    return text_response(dataset.derived(("changes", start, end), build, recent=True), dataset, "application/json")


@bp.get("/export")
def export_posture():
    """The posture at ?date= as a file to download: ?format=geojson|csv|gpkg|kml|fgb, the filters, ?known=."""
    return posture_download(parse_date(request.args.get("date"), "date"), export_format())


@bp.get("/export/posture-<date>.<ext>")
def export_posture_file(date, ext):
    """The same file by path, so GDAL's URL readers tell the format by the name (and find a .csvt)."""
    date = parse_date(date, "date")
    if ext == "csvt":
        # The CSV's own query: a value outside the vocabulary, or a bad known, is a 400 here too.
        check_filters(**filters())
        parse_known(request.args.get("known"))
        return text_response(formats.posture_csv_types(), store().dataset(), formats.MEDIA_TYPES["csvt"])
    if ext not in formats.FORMATS:
        message = f"{ext!r} is not one of {', '.join(formats.FORMATS)}"
        raise BadRequest(f"format: {message}", {"format": message})
    return posture_download(date, ext)


def posture_download(date, fmt):
    """The posture at `date` (as known on ?known=, with the filters) as a `fmt` file."""
    known = parse_known(request.args.get("known"))
    dataset = as_known(store().dataset(), known)
    rows = posture_at(dataset, date, **filters())
    stem = f"posture-{date}-known-{known}" if known else f"posture-{date}"
    return download(formats.posture_file(rows, fmt, date), dataset, stem, fmt)


@bp.get("/history.csv")
def history_csv():
    """Every entry of every facility, retracted ones too, as CSV: one row an entry."""
    dataset = store().dataset()
    body = whole_dataset(dataset, "history.csv", lambda chosen: formats.history_file(chosen, "csv"),
                         **facility_filters())
    return download(body, dataset, "history", "csv")


@bp.get("/openapi.json")
def openapi_document():
    """This API, described in OpenAPI 3.1, with this server's address."""
    servers = [{"url": request.url_root.rstrip("/"), "description": "This server"}]
    text = compact_json(dict(openapi.document(), servers=servers))
    return text_response(text, store().dataset(), "application/json")
