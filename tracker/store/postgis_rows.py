"""Between stored Features and the rows of the PostGIS tables (`postgis_sql`).

Only what rows need: a Feature comes back from the database as GeoJSON text built by
the database itself (`postgis_sql.FEATURES_SINCE`), so reading needs nothing here.
"""

import datetime
import json
import re

from tracker.model import schemas
from tracker.model.validation import Problem, field_name
from tracker.store.serialization import canonical

GEOMETRY_SCHEMA = schemas.FEATURE_SCHEMA["properties"]["geometry"]

# A password in a URL (user:password@) or in its query (password=...): never shown.
_URL_PASSWORD = re.compile(r"(?<=://)([^:/@?#]*):[^@/?#]*@")
_QUERY_PASSWORD = re.compile(r"([?&]password=)[^&#]*", re.IGNORECASE)


def location_of(url):
    """The database URL as a user may see it: without its password."""
    return _QUERY_PASSWORD.sub(r"\1***", _URL_PASSWORD.sub(r"\1:***@", url))


def _date(value):
    return datetime.date.fromisoformat(value) if value is not None else None


def geometry_text(geometry):
    """The geometry's GeoJSON, compact, keys in the schema's order: `geometry_json`, from
    which PostGIS makes `geom`, and which the database hands back as it is."""
    return json.dumps(canonical(geometry, GEOMETRY_SCHEMA), ensure_ascii=False, separators=(",", ":"))


def facility_row(feature, revision):
    """The `facilities` row of a Feature, in the column order of `postgis_sql.INSERT_FACILITY`."""
    p = feature["properties"]
    return (feature["id"], p["name"], p["aliases"], p["kind"], p["operator"], p["country"],
            p["location_precision"], geometry_text(feature["geometry"]), revision)


def entry_row(facility_id, position, entry):
    """The `entries` row of an entry, in the order of `postgis_sql.ENTRY_COLUMNS`."""
    source, retraction = entry["source"], entry.get("retracted", {})
    return (entry["id"], facility_id, position, entry["status"], _date(entry["effective"]),
            entry["date_precision"], entry["note"], source.get("url"), source.get("title"),
            source["publisher"], _date(source.get("published")), source["quote"],
            entry["reliability"], entry["credibility"], entry["recorded_at"], entry["recorded_by"],
            retraction.get("at"), retraction.get("by"), retraction.get("reason"))


def nul_problems(feature):
    """Texts of a Feature holding U+0000, which JSON allows but PostgreSQL's text cannot store."""
    if "\\u0000" not in json.dumps(feature):  # the C encoder tells at once that there are none
        return []
    return [Problem(field_name(path[1:] if path[:1] == ("properties",) else path), message)
            for path, message in _nul_paths(feature)]


def _nul_paths(value, path=()):
    if isinstance(value, str):
        return [(path, "contains the character U+0000, which cannot be stored")] if "\x00" in value else []
    if isinstance(value, dict):
        return [p for key, item in value.items() for p in _nul_paths(item, (*path, key))]
    if isinstance(value, list):
        return [p for index, item in enumerate(value) for p in _nul_paths(item, (*path, index))]
    return []
