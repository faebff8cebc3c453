"""The read API (PRODUCT.md section 6): facilities, posture at a date, changes between dates."""

from flask import Blueprint, request

from tracker import features
from tracker.errors import BadRequest
from tracker.posture import FILTERS, changes_between, parse_date, posture_at, today
from tracker.web import store, text_response

bp = Blueprint("api", __name__, url_prefix="/api")


def filters():
    """The filters of the query string: each of operator, kind, status, repeatable."""
    return {name: request.args.getlist(name) for name in FILTERS if request.args.getlist(name)}


@bp.get("/facilities")
def facilities():
    """All facilities with their full histories, as one FeatureCollection."""
    dataset = store().dataset()
    wanted = filters()
    wanted.pop("status", None)  # status belongs to a date: see /api/posture
    chosen = [f for f in dataset if all(f.properties[k] in v for k, v in wanted.items())]
    return text_response(features.facility_collection(chosen), dataset)


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
    return text_response(features.posture_body(rows), dataset)


@bp.get("/changes")
def changes():
    """The entries effective from ?from= to ?to= (inclusive), by date."""
    start = parse_date(request.args.get("from"), "from")
    end = parse_date(request.args.get("to", today()), "to")
    if start > end:
        raise BadRequest(f"from: {start} is after to: {end}", {"from": f"{start} is after to ({end})"})
    dataset = store().dataset()
    rows = changes_between(dataset, start, end)
    return text_response(features.changes_document(rows, start, end), dataset, "application/json")
