"""The data model: vocabularies and the JSON Schemas of facilities and status entries.

These schemas are the one definition of a valid facility and entry. Validation
(`tracker.model.validation`), the key order of stored files (`tracker.store.serialization`) and the
OpenAPI document all read them; nothing restates them.
"""

STATUSES = {
    "active": "Active: the force is present and operating",
    "reinforced": "Reinforced: forces or equipment added",
    "reduced": "Reduced: forces or equipment taken away, presence remains",
    "withdrawing": "Withdrawing: a pull-out under way",
    "withdrawn": "Withdrawn: the force has left",
    "handed_over": "Handed over: transferred to another party",
    "unknown": "Unknown: reported, but the state cannot be told",
}
KINDS = {
    "air_base": "Air base",
    "naval_base": "Naval base",
    "army_base": "Army base",
    "airport": "Airport",
    "outpost": "Outpost",
    "other": "Other",
}
LOCATION_PRECISIONS = {
    "exact": "Exact: the point is on the facility",
    "site": "Site: within the facility's grounds",
    "town": "Town: the town centre; the facility's own position is not published",
    "region": "Region: only the area is known",
}
DATE_PRECISIONS = {
    "day": "Day: the date is known to the day",
    "month": "Month: only the month is known",
    "year": "Year: only the year is known",
}
# NATO Admiralty code (AJP-2.1): the source's record, then the information's likelihood.
RELIABILITY = {
    "A": "Completely reliable",
    "B": "Usually reliable",
    "C": "Fairly reliable",
    "D": "Not usually reliable",
    "E": "Unreliable",
    "F": "Reliability cannot be judged",
}
CREDIBILITY = {
    1: "Confirmed by other sources",
    2: "Probably true",
    3: "Possibly true",
    4: "Doubtful",
    5: "Improbable",
    6: "Truth cannot be judged",
}

SLUG_PATTERN = "^[a-z0-9]+(?:-[a-z0-9]+)*$"
ENTRY_ID_PATTERN = "^[A-Za-z0-9][A-Za-z0-9_.-]*$"
URL_PATTERN = "^https?://[^\\s/?#.][^\\s]*$"

# `x-message` words a pattern failure for people; `tracker.model.validation` reads it.
_TEXT = {"type": "string", "minLength": 1, "maxLength": 20000}
_SHORT_TEXT = {"type": "string", "minLength": 1, "maxLength": 500}
_DATE = {"type": "string", "format": "date", "description": "ISO date, YYYY-MM-DD"}
_TIMESTAMP = {"type": "string", "format": "date-time", "description": "UTC, YYYY-MM-DDTHH:MM:SSZ"}


def _enum(values, description):
    return {"enum": list(values), "description": description}


SOURCE_SCHEMA = {
    "type": "object",
    "description": "The published report an entry rests on: a URL or a title (or both) "
    "identifies it.",
    "required": ["publisher", "quote"],
    "anyOf": [{"required": ["url"]}, {"required": ["title"]}],
    "x-message": "needs a url or a title",
    "additionalProperties": False,
    "properties": {
        "url": {
            "type": "string",
            "description": "The report's address (http or https), when it has one.",
            "maxLength": 2000,
            "pattern": URL_PATTERN,
            "x-message": "is not an http or https URL",
        },
        "title": dict(_SHORT_TEXT, description="The headline, when the report has one."),
        "publisher": _SHORT_TEXT,
        "published": dict(_DATE, description="Publication date, when known."),
        "quote": dict(_TEXT, description="A verbatim excerpt, in the report's own language."),
        "sha256": {
            "type": "string",
            "description": "SHA-256 (hex) of the report's text as kept with the data, when the "
            "entry was made from a pasted report; `tracker verify` finds the quote in it.",
            "pattern": "^[0-9a-f]{64}$",
            "x-message": "is not a sha256 (64 lower-case hex digits)",
        },
    },
}

RETRACTION_SCHEMA = {
    "type": "object",
    "description": "Who withdrew the entry, when and why. The entry stays in the history.",
    "required": ["at", "by", "reason"],
    "additionalProperties": False,
    "properties": {"at": _TIMESTAMP, "by": _SHORT_TEXT, "reason": _TEXT},
}

ENTRY_SCHEMA = {
    "type": "object",
    "description": "A dated, sourced change of a facility's status.",
    "required": [
        "id", "status", "effective", "date_precision", "note", "source",
        "reliability", "credibility", "recorded_at", "recorded_by",
    ],
    "additionalProperties": False,
    "properties": {
        "id": {
            "type": "string",
            "maxLength": 100,
            "pattern": ENTRY_ID_PATTERN,
            "x-message": "is not a valid entry id (letters, digits, '-', '_', '.')",
        },
        "status": _enum(STATUSES, "The facility's state from this date."),
        "effective": dict(_DATE, description="The date the status took effect."),
        "date_precision": _enum(DATE_PRECISIONS, "How much of `effective` is known."),
        "note": dict(_TEXT, description="What changed, in the editor's words (plain text)."),
        "source": SOURCE_SCHEMA,
        "reliability": _enum(RELIABILITY, "Admiralty source grade, A (reliable) to F."),
        "credibility": {
            "type": "integer",
            "enum": list(CREDIBILITY),
            "description": "Admiralty information grade, 1 (confirmed) to 6.",
        },
        "recorded_at": _TIMESTAMP,
        "recorded_by": _SHORT_TEXT,
        "retracted": RETRACTION_SCHEMA,
    },
}

_POSITION = {
    "type": "array",
    "minItems": 2,
    "maxItems": 3,
    "prefixItems": [
        {"type": "number", "minimum": -180, "maximum": 180, "x-name": "longitude"},
        {"type": "number", "minimum": -90, "maximum": 90, "x-name": "latitude"},
        {"type": "number", "x-name": "altitude"},
    ],
    # Never reached (maxItems), but says to every reader, 2020-12 or not, that a position is numbers.
    "items": {"type": "number"},
    "description": "[longitude, latitude] in WGS84 (RFC 7946 order).",
}
POINT_SCHEMA = {
    "type": "object",
    "required": ["type", "coordinates"],
    "additionalProperties": False,
    "properties": {"type": {"const": "Point"}, "coordinates": _POSITION},
}
POLYGON_SCHEMA = {
    "type": "object",
    "required": ["type", "coordinates"],
    "additionalProperties": False,
    "properties": {
        "type": {"const": "Polygon"},
        "coordinates": {
            "type": "array",
            "minItems": 1,
            "items": {"type": "array", "minItems": 4, "items": _POSITION},
            "description": "Linear rings, each closed (first position = last).",
        },
    },
}

FACILITY_PROPERTIES_SCHEMA = {
    "type": "object",
    "required": [
        "name", "aliases", "kind", "operator", "country", "location_precision", "status_history",
    ],
    "additionalProperties": False,
    "properties": {
        "name": _SHORT_TEXT,
        "aliases": {
            "type": "array",
            "items": _SHORT_TEXT,
            "description": "Other spellings and scripts.",
        },
        "kind": _enum(KINDS, "What the facility is."),
        "operator": dict(_SHORT_TEXT, description="The force present, e.g. Russia."),
        "country": {
            "type": "string",
            "pattern": "^[A-Z]{2}$",
            "x-message": "is not an ISO 3166-1 alpha-2 country code (e.g. SY)",
        },
        "location_precision": _enum(LOCATION_PRECISIONS, "What the position stands for."),
        "status_history": {"type": "array", "items": ENTRY_SCHEMA},
    },
}

FEATURE_SCHEMA = {
    "type": "object",
    "description": "A facility: a GeoJSON Feature (RFC 7946) with its status history.",
    "required": ["type", "id", "geometry", "properties"],
    "additionalProperties": False,
    "properties": {
        "type": {"const": "Feature"},
        "id": {
            "type": "string",
            "maxLength": 80,
            "pattern": SLUG_PATTERN,
            "x-message": "is not a valid facility id (lower-case letters, digits, single hyphens)",
        },
        "geometry": {"oneOf": [POINT_SCHEMA, POLYGON_SCHEMA]},
        "properties": FACILITY_PROPERTIES_SCHEMA,
    },
}

# What a client sends: the server assigns these itself.
ENTRY_SERVER_FIELDS = ("id", "recorded_at", "recorded_by", "retracted")


def without(schema, fields, required=()):
    """Return a copy of an object `schema` lacking `fields`, requiring `required` too."""
    properties = {k: v for k, v in schema["properties"].items() if k not in fields}
    needed = [k for k in schema["required"] if k not in fields] + list(required)
    return dict(schema, properties=properties, required=needed)


NEW_ENTRY_SCHEMA = without(ENTRY_SCHEMA, ENTRY_SERVER_FIELDS)

# A new facility: `id` is made from the name when absent; aliases default to none;
# `status_history`, when given, holds new entries.
NEW_FACILITY_PROPERTIES_SCHEMA = without(FACILITY_PROPERTIES_SCHEMA, ["aliases", "status_history"])
NEW_FACILITY_PROPERTIES_SCHEMA["properties"].update(
    aliases=FACILITY_PROPERTIES_SCHEMA["properties"]["aliases"],
    status_history={"type": "array", "items": NEW_ENTRY_SCHEMA},
)
NEW_FACILITY_SCHEMA = without(FEATURE_SCHEMA, ["id", "properties"], required=["properties"])
NEW_FACILITY_SCHEMA["properties"].update(
    id=FEATURE_SCHEMA["properties"]["id"], properties=NEW_FACILITY_PROPERTIES_SCHEMA
)
RETRACT_SCHEMA = {
    "type": "object",
    "required": ["reason"],
    "additionalProperties": False,
    "properties": {"reason": dict(_TEXT, description="Why the entry no longer counts.")},
}
