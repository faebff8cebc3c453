"""OGC API - Features, Part 1 (core, GeoJSON) at /ogc, for QGIS and GDAL (README, "OGC API - Features").

Two collections: `facilities` (each facility with its full history, as `/api/facilities`
gives it) and `posture` (each facility's posture at `datetime`, as `/api/posture?date=`
gives it). The few routes are written here rather than through pygeoapi: pygeoapi would
need a provider over the store, its own configuration file and a second web framework's
worth of dependencies for six small JSON answers, and its temporal filter knows nothing
of "the posture at a date".

`datetime` given to the landing page or a collection rides along in every link they
answer with, so a client that follows links (GDAL's `OAPIF:` driver does) reads the
posture at that date: `OAPIF:http://127.0.0.1:5000/ogc?datetime=2026-01-27`. `known`
(README, "As known on") rides along the same way: both collections are then read from the
record as it stood at the end of that day.
"""

from flask import Blueprint, request, url_for

from tracker.errors import NotFound
from tracker.exports import geojson
from tracker.posture import FILTERS, as_known, facilities_matching, parse_known, posture_at, today
from tracker.store.snapshot import compact_json
from tracker.web import ogc_query
from tracker.web.responses import GEOJSON, store, text_response

bp = Blueprint("ogc", __name__, url_prefix="/ogc")
JSON = "application/json"
CONFORMANCE = [
    "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
    "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
]
CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84"
GREGORIAN = "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian"
COLLECTIONS = {
    "facilities": ("Facilities", "Every facility with its whole dated, sourced status history. "
                   "datetime keeps the facilities reported by then."),
    "posture": ("Posture at a date", "Each facility's posture at datetime (a date; default today): "
                "its status, since when, and the governing entry, whole."),
}
# Query parameters that links carry forward, so a client reads the same view throughout.
CARRIED = ("datetime", "known")
ITEM_PARAMETERS = {"bbox", "limit", "offset", "datetime", "known", "f", *FILTERS}


def link(href, rel, mimetype, title=None):
    found = {"href": href, "rel": rel, "type": mimetype}
    return found | ({"title": title} if title else {})


def carried():
    """The query parameters of this request that its links carry."""
    return {name: request.args[name] for name in CARRIED if name in request.args}


def url(endpoint, **values):
    return url_for(endpoint, _external=True, **values)


def known_dataset():
    """The store's snapshot as the record stood on ?known=, or as it stands now."""
    return as_known(store().dataset(), parse_known(request.args.get("known")))


def json_answer(document):
    return text_response(compact_json(document), store().dataset(), JSON)


@bp.get("")
def landing():
    """The landing page: what this API offers and where."""
    known_dataset()  # a bad known is a 400 here too, not a link that would fail later
    keep = carried()
    return json_answer({
        "title": "Posture tracker",
        "description": "Facilities of a military posture and their sourced status over time.",
        "links": [
            link(url("ogc.landing", **keep), "self", JSON, "This document"),
            link(url("api.openapi_document"), "service-desc", "application/vnd.oai.openapi+json;version=3.1",
                 "The API definition"),
            link(url("ogc.conformance"), "conformance", JSON, "Conformance classes"),
            link(url("ogc.collections", **keep), "data", JSON, "The collections"),
        ],
    })


@bp.get("/conformance")
def conformance():
    """The conformance classes this API implements."""
    return json_answer({"conformsTo": CONFORMANCE})


@bp.get("/collections")
def collections():
    """The two collections: facilities and posture."""
    dataset = known_dataset()
    keep = carried()
    return json_answer({
        "links": [link(url("ogc.collections", **keep), "self", JSON)],
        "collections": [collection_document(dataset, name, keep) for name in COLLECTIONS],
    })


@bp.get("/collections/<collection_id>")
def collection(collection_id):
    """One collection's description, extent and links."""
    return json_answer(collection_document(known_dataset(), known_collection(collection_id), carried()))


@bp.get("/collections/<collection_id>/items")
def items(collection_id):
    """The collection's features: bbox, datetime, limit and offset (paged by `next` links)."""
    collection_id = known_collection(collection_id)
    ogc_query.refuse_unknown(ITEM_PARAMETERS)
    dataset = known_dataset()
    chosen = matching(dataset, collection_id)
    limit, offset = ogc_query.limit(), ogc_query.offset()
    page = chosen[offset:offset + limit]
    date = (ogc_query.instant() or today()) if collection_id == "posture" else None
    texts = [feature_text(collection_id, row, date) for row in page]
    links = page_links(collection_id, offset, limit, len(chosen))
    tail = (f',"numberMatched":{len(chosen)},"numberReturned":{len(page)},'
            f'"timeStamp":{compact_json(ogc_query.now())},"links":{compact_json(links)}}}\n')
    body = geojson.COLLECTION_HEAD.encode() + b",".join(texts) + b"]" + tail.encode()
    return text_response(body, dataset, GEOJSON)


@bp.get("/collections/<collection_id>/items/<feature_id>")
def item(collection_id, feature_id):
    """One feature: a facility, or its posture at datetime."""
    collection_id = known_collection(collection_id)
    ogc_query.refuse_unknown({"datetime", "known", "f"})
    dataset = known_dataset()
    facility = dataset.require(feature_id)
    if collection_id == "facilities":
        return text_response(facility.json, dataset, GEOJSON)
    date = ogc_query.instant() or today()
    entry = facility.governing(date)
    if entry is None:
        raise NotFound(f"{feature_id!r} has no reported posture at {date}",
                       {"datetime": f"{feature_id!r} has no reported posture at {date}"})
    return text_response(geojson.posture_feature(facility, entry, date), dataset, GEOJSON)


def known_collection(collection_id):
    if collection_id not in COLLECTIONS:
        raise NotFound(f"no collection {collection_id!r}: there are {', '.join(COLLECTIONS)}",
                       {"collection_id": f"{collection_id!r} does not exist"})
    return collection_id


def collection_document(dataset, collection_id, keep):
    title, description = COLLECTIONS[collection_id]
    items_url = url("ogc.items", collection_id=collection_id, **keep)
    return {
        "id": collection_id,
        "title": title,
        "description": description,
        "itemType": "feature",
        "crs": [CRS84],
        "extent": {
            "spatial": {"bbox": [ogc_query.dataset_bbox(dataset)], "crs": CRS84},
            "temporal": {"interval": [[ogc_query.first_report(dataset), None]], "trs": GREGORIAN},
        },
        "links": [
            link(url("ogc.collection", collection_id=collection_id, **keep), "self", JSON),
            link(items_url, "items", GEOJSON, f"{title} (GeoJSON)"),
        ],
    }


def matching(dataset, collection_id):
    """The rows (posture) or facilities that the query asks for, by id."""
    box = ogc_query.bbox()
    if collection_id == "posture":
        date = ogc_query.instant() or today()
        rows = posture_at(dataset, date, **ogc_query.filters(FILTERS))
        return [row for row in rows if ogc_query.inside(row[0], box)]
    facilities = facilities_matching(dataset, **ogc_query.filters(("operator", "kind")))
    reported_by = ogc_query.interval_end()
    return [facility for facility in facilities if ogc_query.inside(facility, box)
            and (reported_by is None or ogc_query.reported_by(facility, reported_by))]


def feature_text(collection_id, row, date):
    if collection_id == "posture":
        facility, entry = row
        return geojson.posture_feature(facility, entry, date)  # as /api/posture at `date`
    return row.json.encode()


def page_links(collection_id, offset, limit, matched):
    """self, and next and prev where there are more: the same query, another offset."""
    def at(start):
        args = request.args.to_dict(flat=False) | {"offset": [str(start)], "limit": [str(limit)]}
        return url("ogc.items", collection_id=collection_id, **args)
    links = [link(at(offset), "self", GEOJSON, "This page"),
             link(url("ogc.collection", collection_id=collection_id, **carried()), "collection", JSON)]
    if offset + limit < matched:
        links.append(link(at(offset + limit), "next", GEOJSON, "Next page"))
    if offset > 0:
        links.append(link(at(max(0, offset - limit)), "prev", GEOJSON, "Previous page"))
    return links
