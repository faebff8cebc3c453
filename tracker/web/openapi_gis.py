"""The OpenAPI paths of what GIS clients and feed readers use: OGC API - Features, Atom feeds.

Part of the one document of `tracker.web.openapi` (the OGC landing page's `service-desc`).
"""

from tracker.web.openapi import CACHED, ERROR, GEOJSON, JSON, PARTIAL, SCHEMAS, _body, _operation, _FACILITY_ID

ATOM = "application/atom+xml"
LINK = {"type": "object", "required": ["href", "rel"],
        "properties": {"href": {"type": "string"}, "rel": {"type": "string"}, "type": {"type": "string"},
                       "title": {"type": "string"}}}
LINKS = {"type": "array", "items": LINK}
COLLECTION = {"type": "object", "required": ["id", "links"],
              "properties": {"id": {"enum": ["facilities", "posture"]}, "title": {"type": "string"},
                             "description": {"type": "string"}, "links": LINKS, "extent": {"type": "object"},
                             "itemType": {"const": "feature"}, "crs": {"type": "array", "items": {"type": "string"}}}}
ITEMS = {"type": "object", "required": ["type", "features", "links"],
         "description": "A page of features: facilities as /api/facilities, or postures as /api/posture.",
         "properties": {"type": {"const": "FeatureCollection"},
                        "features": {"type": "array", "items": {"anyOf": [
                            {"$ref": "#/components/schemas/Facility"}, {"$ref": "#/components/schemas/PostureFeature"}]}},
                        "numberMatched": {"type": "integer", "minimum": 0},
                        "numberReturned": {"type": "integer", "minimum": 0},
                        "timeStamp": {"type": "string", "format": "date-time"}, "links": LINKS}}


def _path(name, schema, description):
    return {"name": name, "in": "path", "required": True, "schema": schema, "description": description}


def _query(name, schema, description):
    return {"name": name, "in": "query", "required": False, "schema": schema, "description": description}


COLLECTION_ID = _path("collection_id", {"enum": ["facilities", "posture"]}, "The collection.")
FEATURE_ID = _path("feature_id", _FACILITY_ID, "The facility's id.")
DATETIME = _query("datetime", {"type": "string"},
                  "posture: the date of the posture (RFC 3339 date or date-time; default today). "
                  "facilities: a date or interval (`a/b`, `../b`); keeps the facilities reported by its end.")
ITEM_QUERY = [
    _query("bbox", {"type": "array", "minItems": 4, "maxItems": 6, "items": {"type": "number"}},
           "minlon,minlat,maxlon,maxlat (WGS84): only the facilities that meet it.") | {"style": "form", "explode": False},
    _query("limit", {"type": "integer", "minimum": 1, "maximum": 10000, "default": 100}, "Features a page."),
    _query("offset", {"type": "integer", "minimum": 0, "default": 0}, "Where the page starts (next links carry it)."),
    DATETIME,
]


def _open_get(operation_id, summary, description, content, parameters, errors=("400",)):
    """A GET of a GIS client or a feed reader: open to all, cheap to ask again, ranges honoured."""
    ok = {"200": {"description": "OK", "headers": dict(CACHED), "content": content},
          "304": {"description": "Not modified since the ETag or date the client holds."}, **PARTIAL}
    operation = _operation(operation_id, summary, ok, (), errors, tags=[], description=description, security=[])
    operation["parameters"] = list(parameters)
    return operation


def _ogc(operation_id, summary, description, content, parameters=(), errors=("400",)):
    operation = _open_get(operation_id, summary, description, content, parameters, errors)
    operation["tags"] = ["OGC API - Features"]
    return {"get": operation}


def _feed(operation_id, summary, description, parameters=()):
    content = {ATOM: {"schema": {"type": "string", "description": "An Atom feed (RFC 4287)."}}}
    operation = _open_get(operation_id, summary, description, content, parameters, ("404",))
    operation["tags"] = ["Feeds"]
    return {"get": operation}


def gis_paths():
    """The /ogc and /feeds paths of the document."""
    landing = {"type": "object", "required": ["links"], "properties": {"title": {"type": "string"}, "links": LINKS}}
    return {
        "/ogc": _ogc("getLandingPage", "The OGC API landing page.",
                     "Links to the API definition, the conformance classes and the collections; a "
                     "`datetime` given here rides in every link.", _body(landing), [DATETIME]),
        "/ogc/conformance": _ogc(
            "getConformance", "The conformance classes implemented.", "OGC API - Features Part 1: core, GeoJSON.",
            _body({"type": "object", "required": ["conformsTo"],
                   "properties": {"conformsTo": {"type": "array", "items": {"type": "string"}}}}), errors=()),
        "/ogc/collections": _ogc(
            "getCollections", "The collections: facilities and posture.", "Each collection with its extent and links.",
            _body({"type": "object", "required": ["collections", "links"],
                   "properties": {"links": LINKS, "collections": {"type": "array", "items": COLLECTION}}}),
            [DATETIME]),
        "/ogc/collections/{collection_id}": _ogc(
            "describeCollection", "One collection.", "Its extent in space and time, and its links.",
            _body(COLLECTION), [COLLECTION_ID, DATETIME], errors=("400", "404")),
        "/ogc/collections/{collection_id}/items": _ogc(
            "getFeatures", "The collection's features, a page at a time.",
            "Filtered by `bbox` and `datetime` (and the filters of /api/posture), paged by `limit` and "
            "`offset` with `next` and `prev` links.", _body(ITEMS, GEOJSON),
            [COLLECTION_ID, *ITEM_QUERY], errors=("400", "404")),
        "/ogc/collections/{collection_id}/items/{feature_id}": _ogc(
            "getFeature", "One feature: a facility, or its posture at `datetime`.",
            "The facility as /api/facilities/{id} gives it, or its posture feature as /api/posture does.",
            _body({"anyOf": [SCHEMAS["Facility"], SCHEMAS["PostureFeature"]]}, GEOJSON),
            [COLLECTION_ID, FEATURE_ID, DATETIME], errors=("400", "404")),
        "/feeds/changes.atom": _feed(
            "changesFeed", "New entries and retractions, newest first.",
            "An Atom feed of the whole dataset; each entry links to its facility's page at its date."),
        "/feeds/facilities/{facility_id}.atom": _feed(
            "facilityFeed", "One facility's new entries and retractions.",
            "An Atom feed of one facility.", [_path("facility_id", _FACILITY_ID, "The facility's id.")]),
        "/feeds/operators/{operator}.atom": _feed(
            "operatorFeed", "One operator's new entries and retractions.",
            "An Atom feed of the facilities of one operator (404 when none has it).",
            [_path("operator", {"type": "string"}, "The operator, as in the data (e.g. Russia).")]),
    }


__all__ = ["gis_paths", "ERROR", "JSON"]
