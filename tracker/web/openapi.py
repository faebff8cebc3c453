"""The OpenAPI 3.1 document of the JSON API (README, "JSON API"), made from the model.

OpenAPI 3.1 speaks JSON Schema 2020-12, the dialect of `tracker.model`, so request and
response bodies are the model's schemas as they are, never restated. Each schema is
written out once, under `components/schemas`; wherever it appears inside another (an
entry inside a facility, a source inside an entry) the document refers to it.
"""

from functools import cache
from importlib.metadata import version

from tracker import model
from tracker.exports import formats, geojson
from tracker.intake.schema import EXTRACT_ANSWER, EXTRACT_REQUEST

DESCRIPTION = """\
Facilities of a military posture, each a GeoJSON Feature with a dated, sourced history
of status entries. Reads are open; writes need an editor's bearer token.

Every read answer carries an ETag and Last-Modified (ask again with If-None-Match or
If-Modified-Since for a 304) and honours byte ranges, so GDAL and QGIS open the URLs
directly. Errors are `{"ok": false, "error": ..., "errors": {field: message}}`.
"""
REF = "#/components/schemas/"
JSON = "application/json"
GEOJSON = "application/geo+json"
_FACILITY = model.FACILITY_PROPERTIES_SCHEMA["properties"]
_ENTRY = model.ENTRY_SCHEMA["properties"]
_FACILITY_ID = model.FEATURE_SCHEMA["properties"]["id"]
_DATE = {"type": "string", "format": "date"}


def _collection(feature, description):
    return {
        "type": "object",
        "description": description,
        "required": ["type", "features"],
        "properties": {
            "type": {"const": "FeatureCollection"},
            "features": {"type": "array", "items": feature},
        },
    }


# A facility's Feature, its properties a summary and the governing entry.
POSTURE_FEATURE = dict(
    model.FEATURE_SCHEMA,
    description="A facility's posture at a date: a summary and the governing entry, whole.",
    properties=dict(model.FEATURE_SCHEMA["properties"], properties={
        "type": "object",
        "required": ["id", *geojson.SUMMARY_FIELDS, "status", "since", "entry"],
        "additionalProperties": False,
        "properties": {
            "id": _FACILITY_ID,
            **{name: _FACILITY[name] for name in geojson.SUMMARY_FIELDS},
            "status": _ENTRY["status"],
            "since": dict(_ENTRY["effective"], description="The governing entry's `effective`."),
            "entry": model.ENTRY_SCHEMA,
        },
    }),
)
CHANGE = dict(
    model.ENTRY_SCHEMA,
    description="An entry with the id of its facility.",
    required=["facility", *model.ENTRY_SCHEMA["required"]],
    properties={"facility": _FACILITY_ID, **_ENTRY},
)
ERROR = {
    "type": "object",
    "description": "Every error: a message, and what is wrong by field.",
    "required": ["ok", "error", "errors"],
    "additionalProperties": False,
    "properties": {
        "ok": {"const": False},
        "error": {"type": "string"},
        "errors": {
            "type": "object",
            "additionalProperties": {"type": "string"},
            "description": "Messages by field, e.g. `status_history[0].source.url`.",
        },
    },
}
SCHEMAS = {
    "Facility": model.FEATURE_SCHEMA,
    "NewFacility": model.NEW_FACILITY_SCHEMA,
    "Geometry": model.FEATURE_SCHEMA["properties"]["geometry"],
    "Entry": model.ENTRY_SCHEMA,
    "NewEntry": model.NEW_ENTRY_SCHEMA,
    "Source": model.SOURCE_SCHEMA,
    "Retraction": model.RETRACTION_SCHEMA,
    "Retract": model.RETRACT_SCHEMA,
    "FacilityCollection": _collection(model.FEATURE_SCHEMA, "Facilities with their full histories."),
    "PostureFeature": POSTURE_FEATURE,
    "PostureCollection": _collection(POSTURE_FEATURE, "The facilities with a posture at a date."),
    "Change": CHANGE,
    "Changes": {
        "type": "object",
        "required": ["from", "to", "changes"],
        "additionalProperties": False,
        "properties": {"from": _DATE, "to": _DATE, "changes": {"type": "array", "items": CHANGE}},
    },
    "Error": ERROR,
    "ReportToExtract": EXTRACT_REQUEST,
    "Extraction": EXTRACT_ANSWER,
}
_NAMES = {id(schema): name for name, schema in SCHEMAS.items()}


def _referring(value, keep=None):
    """Copy `value`, with each schema of SCHEMAS inside it (but `keep`) as a `$ref`."""
    if isinstance(value, dict):
        if value is not keep and id(value) in _NAMES:
            return {"$ref": REF + _NAMES[id(value)]}
        return {key: _referring(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_referring(item) for item in value]
    return value


def _query(name, schema, description, required=False):
    return {"name": name, "in": "query", "required": required, "schema": schema,
            "description": description}


def _filter(name, values, description):
    return _query(name, {"type": "array", "items": values}, description + " Repeatable: any of them.")


PARAMETERS = {
    "date": _query("date", _DATE, "The date of the posture (YYYY-MM-DD).", required=True),
    # Any text: an operator no facility has matches nothing (the model's limits are for data).
    "operator": _filter("operator", {"type": "string"}, "Only facilities of this operator."),
    "kind": _filter("kind", _FACILITY["kind"], "Only facilities of this kind."),
    "status": _filter("status", _ENTRY["status"], "Only facilities with this status at the date."),
    "facility_id": {"name": "facility_id", "in": "path", "required": True, "schema": _FACILITY_ID,
                    "description": "The facility's id (a slug)."},
    "entry_id": {"name": "entry_id", "in": "path", "required": True, "schema": _ENTRY["id"],
                 "description": "The entry's id."},
    "from": _query("from", _DATE, "The first day (YYYY-MM-DD).", required=True),
    "to": _query("to", _DATE, "The last day (YYYY-MM-DD); default: today (UTC)."),
    "format": _query("format", {"enum": list(formats.FORMATS), "default": "geojson"}, "The file format."),
    "path_date": {"name": "date", "in": "path", "required": True, "schema": _DATE,
                  "description": "The date of the posture (YYYY-MM-DD)."},
    "ext": {"name": "ext", "in": "path", "required": True, "schema": {"enum": [*formats.FORMATS, "csvt"]},
            "description": "The file format; `csvt`, the column types of the CSV."},
}
ERRORS = {
    "400": "Bad request: a parameter or the body is malformed; `errors` names it.",
    "401": "Missing or wrong `Authorization: Bearer <token>`; nothing is stored.",
    "404": "No such facility or entry.",
    "409": "Conflicts with what is stored (an id taken, an entry already retracted).",
    "413": "The body is too large.",
    "422": "The data breaks the model; `errors` names every field and what is wrong.",
    "503": "The stored data cannot be read (a broken file, named in `error`).",
}
CACHED = {
    "ETag": {"description": "The data's version and the query.", "schema": {"type": "string"}},
    "Last-Modified": {"description": "The data's last change.", "schema": {"type": "string"}},
}
TAGS = [
    {"name": "Facilities", "description": "Facilities with their whole dated, sourced histories."},
    {"name": "Posture", "description": "What stood where at a date, and what changed between dates."},
    {"name": "Files", "description": "The posture and the histories as files for spreadsheets and GIS."},
    {"name": "Editing", "description": "Writes of editors: an editor's bearer token, a JSON body."},
    {"name": "OGC API - Features", "description": "The collections `facilities` and `posture` for QGIS and GDAL."},
    {"name": "Feeds", "description": "Atom feeds of new entries and retractions."},
    {"name": "About", "description": "This document."},
]
PARTIAL = {
    "206": {"description": "The byte range asked for (`Range: bytes=...`), as GDAL reads a URL.",
            "headers": {"Content-Range": {"description": "Which bytes of the whole answer these are.",
                                          "schema": {"type": "string"}}}},
    "416": {"description": "The range asked for is beyond the end of the answer.",
            "headers": {"Content-Range": {"description": "`bytes */<length>`: the whole length.",
                                          "schema": {"type": "string"}}}},
}


def _body(schema, media_type=JSON):
    return {media_type: {"schema": schema}}


def _operation(operation_id, summary, ok, parameters=(), errors=("400",), **extra):
    """One operation; `ok` maps the success status to its response; `extra` its other fields."""
    responses = dict(ok)
    responses.update((code, {"description": ERRORS[code], "content": _body(ERROR)}) for code in errors)
    responses["503"] = {"description": ERRORS["503"], "content": _body(ERROR)}
    parameters = [{"$ref": f"#/components/parameters/{name}"} for name in parameters]
    return {"operationId": operation_id, "summary": summary, "parameters": parameters,
            "responses": responses, **extra}


def read(operation_id, summary, content, parameters=(), errors=("400",), headers=None, *, tag, description):
    """A GET answered from a snapshot, open to all: ETag, Last-Modified, 304, byte ranges (206, 416)."""
    ok = {"200": {"description": "OK", "headers": dict(CACHED, **(headers or {})), "content": content},
          "304": {"description": "Not modified since the ETag or date the client holds."}, **PARTIAL}
    return {"get": _operation(operation_id, summary, ok, parameters, errors, tags=[tag],
                              description=description, security=[])}


def _write(operation_id, summary, body, status, answer, parameters=(), errors=(), *, description,
           headers=None, links=None):
    """A POST of an editor: bearer token, a JSON body, the stored result."""
    ok = {status: {"description": "Stored.", "content": _body(answer)}}
    if headers:
        ok[status]["headers"] = headers
    if links:
        ok[status]["links"] = links
    return _operation(operation_id, summary, ok, parameters,
                      ("400", "401", *errors, "413", "422"), tags=["Editing"], description=description,
                      requestBody={"required": True, "content": _body(body)},
                      security=[{"bearerAuth": []}])


FILE = {"schema": {"type": "string", "format": "binary"}}
DOWNLOAD = {"Content-Disposition": {"description": "attachment; filename=...",
                                    "schema": {"type": "string"}}}
# So a client (or a stateful fuzzer) can go from a new facility to its entries and their retraction.
FACILITY_LINKS = {
    "getFacility": {"operationId": "getFacility", "parameters": {"facility_id": "$response.body#/id"},
                    "description": "The facility just stored."},
    "addStatus": {"operationId": "addStatus", "parameters": {"facility_id": "$response.body#/id"},
                  "description": "Add an entry to the facility just stored."},
}
ENTRY_LINKS = {
    "retractStatus": {"operationId": "retractStatus",
                      "parameters": {"facility_id": "$request.path.facility_id",
                                     "entry_id": "$response.body#/id"},
                      "description": "Retract the entry just stored."},
}
def _export_content():
    content = {GEOJSON: {"schema": SCHEMAS["PostureCollection"]}}
    content.update((formats.MEDIA_TYPES[fmt].split(";")[0], FILE) for fmt in formats.FORMATS if fmt != "geojson")
    return content


def _facility_paths():
    return {
        "/api/facilities": {
            **read("listFacilities", "All facilities with their full histories.",
                   _body(SCHEMAS["FacilityCollection"], GEOJSON), ["operator", "kind"], tag="Facilities",
                   description="Every facility as a GeoJSON Feature with its whole history, retracted "
                               "entries included; filters repeat to mean any of them."),
            "post": _write("createFacility", "Add a facility (a Feature; history optional).",
                           model.NEW_FACILITY_SCHEMA, "201", model.FEATURE_SCHEMA, errors=["409"],
                           description="Stores a new facility; its id is made from the name when not "
                                       "given, and its entries get their ids and `recorded_*` here.",
                           headers={"Location": {"description": "The new facility's URL.",
                                                 "schema": {"type": "string"}}}, links=FACILITY_LINKS),
        },
        "/api/facilities/{facility_id}": read(
            "getFacility", "One facility with its full history.", _body(model.FEATURE_SCHEMA, GEOJSON),
            ["facility_id"], errors=["404"], tag="Facilities",
            description="The facility's Feature as stored, with every entry, retracted ones too."),
        "/api/facilities/{facility_id}/status": {"post": _write(
            "addStatus", "Add a status entry; the server gives its id and recorded_*.",
            model.NEW_ENTRY_SCHEMA, "201", model.ENTRY_SCHEMA, ["facility_id"], ["404"], links=ENTRY_LINKS,
            description="Appends a dated, sourced entry to the facility's history; answered once on disk.")},
        "/api/facilities/{facility_id}/status/{entry_id}/retract": {"post": _write(
            "retractStatus", "Retract an entry: it stays in the history and no longer counts.",
            model.RETRACT_SCHEMA, "200", model.ENTRY_SCHEMA, ["facility_id", "entry_id"], ["404", "409"],
            description="Marks the entry retracted by the editor, with the reason; nothing is deleted.")},
    }


def _posture_paths():
    return {
        "/api/posture": read(
            "getPosture", "The posture at a date: each facility's governing entry.",
            _body(SCHEMAS["PostureCollection"], GEOJSON), ["date", "operator", "kind", "status"], tag="Posture",
            description="For each facility with a posture at the date, its latest entry that counts, "
                        "whole; ties on a date go to the later recorded."),
        "/api/changes": read(
            "listChanges", "The entries effective in a date range (inclusive), by date.",
            _body(SCHEMAS["Changes"]), ["from", "to"], tag="Posture",
            description="The entries that count with `from <= effective <= to`, each with its facility."),
        "/api/export": read(
            "exportPosture", "The posture at a date as a file.", _export_content(),
            ["date", "format", "operator", "kind", "status"], headers=DOWNLOAD, tag="Files",
            description="GeoJSON (as /api/posture), CSV (one row a facility, UTF-8 with a BOM), "
                        "GeoPackage, KML (status intervals as TimeSpans) or FlatGeobuf."),
        "/api/export/posture-{date}.{ext}": read(
            "exportPostureFile", "The posture at a date as a file, the format in the name.",
            dict(_export_content(), **{formats.MEDIA_TYPES["csvt"].split(";")[0]: FILE}),
            ["path_date", "ext", "operator", "kind", "status"], headers=DOWNLOAD, tag="Files",
            description="The same files as /api/export, by a path GDAL's URL readers recognise; "
                        "`.csvt` gives the CSV's column types."),
        "/api/history.csv": read(
            "exportHistory", "Every entry of every facility, retracted ones too, as CSV.",
            {"text/csv": FILE}, ["operator", "kind"], headers=DOWNLOAD, tag="Files",
            description="One row an entry: the posture file's columns, then the retraction's."),
        "/api/reports/extract": {"post": _operation(
            "extractReport", "Read a report and propose entries; store nothing.",
            {"200": {"description": "The report and the proposals.", "content": _body(EXTRACT_ANSWER)}},
            errors=("400", "401", "413", "422"), tags=["Editing"],
            description="Report intake: the report's text or HTML in, proposed entries out (facility, "
                        "status, date, and the sentence that says it as a verbatim quote with its span). "
                        "Nothing is stored until an editor accepts a proposal.",
            requestBody={"required": True, "content": _body(EXTRACT_REQUEST)},
            security=[{"bearerAuth": []}])},
        "/api/openapi.json": read(
            "getOpenAPI", "This document.", _body({"type": "object"}), errors=(), tag="About",
            description="The OpenAPI 3.1 description of this API, with this server's address."),
    }


@cache
def document():
    """Return the OpenAPI 3.1 document of the API (a dict, made once); `servers` is the caller's."""
    from tracker.web.openapi_gis import gis_paths

    return {
        "openapi": "3.1.0",
        "jsonSchemaDialect": "https://json-schema.org/draft/2020-12/schema",
        "info": {
            "title": "Posture tracker API",
            "version": version("posture-tracker"),
            "description": DESCRIPTION,
            "license": {"name": "MIT", "identifier": "MIT"},
            "contact": {"name": "The dataset's editors"},
        },
        "tags": TAGS,
        "paths": _referring(_facility_paths() | _posture_paths() | gis_paths()),
        "components": {
            "schemas": {name: _referring(schema, keep=schema) for name, schema in SCHEMAS.items()},
            "parameters": _referring(PARAMETERS),
            "securitySchemes": {"bearerAuth": {
                "type": "http", "scheme": "bearer",
                "description": "An editor's API token, from `tracker editor token NAME`."}},
        },
    }
