"""JSON Schemas of `POST /api/reports/extract`: its body and its answer (for the OpenAPI document)."""

from tracker import model

_ENTRY = model.ENTRY_SCHEMA["properties"]
_TEXT = {"type": "string"}
_NULLABLE_TEXT = {"type": ["string", "null"]}
_SPAN = {"type": "array", "items": {"type": "integer", "minimum": 0}, "minItems": 2, "maxItems": 2,
         "description": "[start, end) character offsets into the report's text."}

EXTRACT_REQUEST = {
    "type": "object",
    "description": "A report to read: its text, or its page's HTML (scripts are dropped). "
    "Metadata the editor gives wins over what the HTML says.",
    "anyOf": [{"required": ["text"]}, {"required": ["html"]}],
    "properties": {
        "text": dict(_TEXT, maxLength=100_000, description="The report's text."),
        "html": dict(_TEXT, description="The report's web page (within the 1 MB body limit)."),
        "url": _TEXT, "title": _TEXT, "publisher": _TEXT,
        "published": {"type": "string", "format": "date"},
    },
}
REPORT = {
    "type": "object",
    "required": ["url", "title", "publisher", "published", "language", "sha256"],
    "properties": {
        "url": _NULLABLE_TEXT, "title": _NULLABLE_TEXT, "publisher": _NULLABLE_TEXT,
        "published": {"type": ["string", "null"], "format": "date"},
        "language": {"enum": ["en", "ar", "ru"]},
        "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
    },
}
NEW_PLACE = {
    "type": ["object", "null"],
    "description": "A place the report names that is not stored, positioned from GeoNames.",
    "required": ["name", "geometry", "location_precision"],
    "properties": {"id": _TEXT, "name": _TEXT, "aliases": {"type": "array", "items": _TEXT},
                   "kind": _TEXT, "country": _TEXT, "geometry": {"type": "object"},
                   "location_precision": model.FACILITY_PROPERTIES_SCHEMA["properties"]
                   ["location_precision"], "gazetteer": {"type": "object"}},
}
PROPOSAL = {
    "type": "object",
    "description": "A proposed entry: nothing is stored until an editor accepts it.",
    "required": ["facility", "new_facility", "status", "effective", "date_precision", "quote",
                 "quote_span", "mention", "reason"],
    "properties": {
        "facility": {"type": ["string", "null"], "description": "A stored facility's id."},
        "new_facility": NEW_PLACE,
        "status": _ENTRY["status"],
        "effective": {"type": ["string", "null"], "format": "date"},
        "date_precision": {"enum": [*model.DATE_PRECISIONS, None]},
        "quote": dict(_TEXT, description="The sentence that says it: a verbatim substring."),
        "quote_span": _SPAN, "paragraph_span": _SPAN, "mention_span": _SPAN,
        "mention": dict(_TEXT, description="The words that named the facility."),
        "reason": dict(_TEXT, description="Why this status and date, in plain words."),
        "confidence": {"type": "number", "minimum": 0, "maximum": 1},
        "hedged": {"type": "boolean"}, "note": _TEXT,
        "reliability": _ENTRY["reliability"], "credibility": _ENTRY["credibility"],
    },
}
EXTRACT_ANSWER = {
    "type": "object",
    "required": ["report", "proposals"],
    "properties": {
        "report": REPORT,
        "proposals": {"type": "array", "items": PROPOSAL},
        "grade": {"type": "object", "description": "The grade suggested from the publisher's record."},
        "unproposed": {"type": "array", "description": "Places named that no proposal covers.",
                       "items": {"type": "object"}},
    },
}
