"""Validation of facilities and entries against the schemas of `tracker.model`.

Every path that accepts data (the store, the CLI, import, the forms, the API) calls
`problems()`: one rule set, one wording. Valid data takes a compiled fast path
(fastjsonschema); only invalid data is walked again by jsonschema to name every problem.
"""

import datetime
import math
import re
from dataclasses import dataclass
from functools import cache

import fastjsonschema
import jsonschema

from tracker.model import schemas as model
from tracker.model.urls import url_problem

DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
TIMESTAMP_RE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z")
# A reporter in UTC+14 may date a report a day ahead of UTC.
FUTURE_TOLERANCE = datetime.timedelta(days=1)
# No report this tracker cites is older; an earlier date is a typo (0001-01-01), and the
# map's timeline spans the first date to today (README, "Security").
EARLIEST_DATE = "1900-01-01"
# Longer values are shown cut in messages: a message names the value, it does not echo a megabyte.
SHOWN_CHARS = 80
TYPE_WORDS = {
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "array": "a list",
    "object": "an object",
    "boolean": "true or false",
}


def is_date(value):
    """Tell whether `value` is a real calendar date written YYYY-MM-DD."""
    if not isinstance(value, str) or not DATE_RE.fullmatch(value):
        return False
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def is_timestamp(value):
    """Tell whether `value` is a real UTC time written YYYY-MM-DDTHH:MM:SS[.ffffff]Z."""
    if not isinstance(value, str) or not TIMESTAMP_RE.fullmatch(value):
        return False
    try:
        datetime.datetime.fromisoformat(value[:-1])
    except ValueError:
        return False
    return True


FORMATS = {"date": is_date, "date-time": is_timestamp}
FORMAT_WORDS = {"date": "is not a date", "date-time": "is not a UTC timestamp (YYYY-MM-DDTHH:MM:SSZ)"}


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a value: the field it is in and what is wrong."""

    field: str
    message: str

    def __str__(self):
        return f"{self.field}: {self.message}" if self.field else self.message


def field_name(path):
    """Render a schema path as people read it: status_history[2].source.url."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


@cache
def _fast(schema_id):
    return fastjsonschema.compile(_draft7(_python_patterns(_SCHEMAS[schema_id])), formats=FORMATS)


def _draft7(schema):
    """Rewrite 2020-12 `prefixItems` as draft-7 tuple `items`, all fastjsonschema knows.

    Beside `prefixItems`, 2020-12 `items` holds for the items after them: draft 7's
    `additionalItems`.
    """
    if isinstance(schema, list):
        return [_draft7(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    tuple_items = "prefixItems" in schema
    renamed = {"prefixItems": "items", "items": "additionalItems" if tuple_items else "items"}
    return {renamed.get(key, key): _draft7(value) for key, value in schema.items()}


def _python_patterns(schema):
    """End each anchored pattern with `\\Z`, so the whole value must match.

    The schemas speak ECMA-262, where `$` is the end of the text; Python's `re.search`,
    which both validators use, lets `$` match before a final newline too ("amuda\\n").
    """
    if isinstance(schema, list):
        return [_python_patterns(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    return {key: (_whole(value) if key == "pattern" and isinstance(value, str) else _python_patterns(value))
            for key, value in schema.items()}


def _whole(pattern):
    return pattern[:-1] + "\\Z" if pattern.endswith("$") and not pattern.endswith("\\$") else pattern


@cache
def _slow(schema_id):
    checker = jsonschema.FormatChecker(formats=())
    for name, test in FORMATS.items():
        checker.checks(name)(test)
    return jsonschema.Draft202012Validator(_python_patterns(_SCHEMAS[schema_id]), format_checker=checker)


def shown(value):
    """`value` as a message shows it: its repr, cut to SHOWN_CHARS."""
    text = repr(value)
    return text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS - 1] + "…"


_SCHEMAS = {
    "feature": model.FEATURE_SCHEMA,
    "entry": model.ENTRY_SCHEMA,
    "new_entry": model.NEW_ENTRY_SCHEMA,
    "new_feature": model.NEW_FACILITY_SCHEMA,
    "retract": model.RETRACT_SCHEMA,
}


def problems(kind, value, today=None):
    """List what is wrong with `value` as a `kind` ("feature", "entry", "new_entry", ...).

    Parameters
    ----------
    kind : str
        Which schema of `tracker.model` applies.
    value : object
        Parsed JSON.
    today : datetime.date, optional
        The date beyond which no date may lie (default: today, UTC).

    Returns
    -------
    list of Problem
        Empty when `value` is valid. Paths inside a feature's properties are
        named from the properties (``status_history[0].note``).
    """
    try:
        _fast(kind)(value)
    except fastjsonschema.JsonSchemaException:
        found = _schema_problems(kind, value)
        if found:
            return found
    return _semantic_problems(kind, value, today or _today())


def _today():
    return datetime.datetime.now(datetime.timezone.utc).date()


def _schema_problems(kind, value):
    found = []
    for error in _slow(kind).iter_errors(value):
        found.extend(_explain(error))
    first = {}  # one message a field: the first is the most basic (type before enum)
    for problem in found:
        first.setdefault(_display(kind, problem.field), problem.message)
    return [Problem(field, message) for field, message in first.items()]


def _display(kind, path):
    if kind in ("feature", "new_feature") and path[:1] == ("properties",):
        path = path[1:]
    return field_name(path)


def _explain(error):
    """Turn one jsonschema error into Problems whose `field` is still a path tuple."""
    path = tuple(error.absolute_path)
    value, schema, rule = error.instance, error.schema, error.validator
    if rule == "required":
        return [Problem(path + (name,), "is required") for name in schema["required"]
                if isinstance(value, dict) and name not in value]
    if rule == "additionalProperties":
        known = schema.get("properties", {})
        return [Problem(path + (name,), "is not a known field") for name in value if name not in known]
    if rule == "oneOf":
        return _explain_geometry(error)
    return [Problem(path, _describe(rule, value, schema))]


def _explain_geometry(error):
    kinds = [branch["properties"]["type"]["const"] for branch in error.validator_value]
    given = error.instance.get("type") if isinstance(error.instance, dict) else None
    if given not in kinds:
        path = tuple(error.absolute_path) + ("type",)
        return [Problem(path, f"{shown(given)} is not one of {', '.join(kinds)}")]
    branch = kinds.index(given)
    found = []
    for sub in error.context:
        if sub.schema_path[0] == branch:
            found.extend(_explain(sub))
    return found


def _describe(rule, value, schema):
    if rule == "enum":
        return f"{shown(value)} is not one of {', '.join(str(v) for v in schema['enum'])}"
    if rule == "const":
        return f"{shown(value)} is not {schema['const']!r}"
    if rule == "format":
        return f"{shown(value)} {FORMAT_WORDS[schema['format']]}"
    if rule == "pattern":
        return f"{shown(value)} {schema.get('x-message', 'is not in the expected form')}"
    if rule == "anyOf":
        return schema.get("x-message", "is not valid")
    if rule == "type":
        return f"{shown(value)} is not {TYPE_WORDS.get(schema['type'], schema['type'])}"
    if rule in ("minimum", "maximum"):
        name = schema.get("x-name", "value")
        return f"{name} {shown(value)} is out of range {schema['minimum']}..{schema['maximum']}"
    if rule == "minLength" and value == "":
        return "is empty"
    if rule == "maxLength":
        return f"is longer than {schema['maxLength']} characters"
    if rule == "minItems":
        return f"has {len(value)} items; at least {schema['minItems']} are needed"
    if rule == "maxItems":
        return f"has {len(value)} items; at most {schema['maxItems']} are allowed"
    return f"{shown(value)} is not valid ({rule})"


def _semantic_problems(kind, value, today):
    """Rules a schema cannot say: no future dates, unique ids, closed rings, finite numbers."""
    if kind in ("feature", "new_feature"):
        found = _geometry_problems(value["geometry"])
        entries = value["properties"].get("status_history", [])
        found += _duplicate_ids(entries)
        for index, entry in enumerate(entries):
            prefix = f"status_history[{index}]."
            found += [Problem(prefix + p.field, p.message) for p in _entry_dates(entry, today)]
        return found
    if kind in ("entry", "new_entry"):
        return _entry_dates(value, today)
    return []


def _entry_dates(entry, today):
    """Dates from 1900 to today (and a day), and a source URL that parses as one."""
    latest = (today + FUTURE_TOLERANCE).isoformat()
    dated = [("effective", entry["effective"]), ("source.published", entry["source"].get("published"))]
    found = [Problem(field, f"{day!r} is in the future") for field, day in dated if day and day > latest]
    found += [Problem(field, f"{day!r} is before {EARLIEST_DATE}") for field, day in dated
              if day and day < EARLIEST_DATE]
    url = entry["source"].get("url")
    message = url_problem(url) if url is not None else None
    return found + ([Problem("source.url", f"{shown(url)} {message}")] if message else [])


def _duplicate_ids(entries):
    seen, found = set(), []
    for index, entry in enumerate(entries):
        if "id" in entry:
            if entry["id"] in seen:
                found.append(Problem(f"status_history[{index}].id", f"{entry['id']!r} is used twice"))
            seen.add(entry["id"])
    return found


def _geometry_problems(geometry):
    coordinates = geometry["coordinates"]
    if geometry["type"] == "Point":
        return _finite("geometry.coordinates", coordinates)
    found = []
    for index, ring in enumerate(coordinates):
        field = f"geometry.coordinates[{index}]"
        for position in ring:
            found += _finite(field, position)
        if ring[0][:2] != ring[-1][:2]:
            found.append(Problem(field, "ring is not closed (first position must equal the last)"))
    return found


def _finite(field, position):
    if all(math.isfinite(number) for number in position):
        return []
    return [Problem(field, f"{position!r} is not a finite position")]


def dataset_problems(features):
    """List problems that span facilities: an entry id used by two of them.

    Returns (facility id, Problem) pairs.
    """
    return entry_id_problems((feature["id"], [entry["id"] for entry in feature["properties"]["status_history"]])
                             for feature in features)


def entry_id_problems(facilities):
    """`dataset_problems` of (facility id, its entry ids in history order) pairs: what a
    store that keeps facilities unparsed knows of each (README, "How geodata/ is laid out")."""
    owner, found = {}, []
    for facility_id, entry_ids in facilities:
        for index, entry_id in enumerate(entry_ids):
            first = owner.setdefault(entry_id, facility_id)
            if first != facility_id:
                found.append((facility_id, Problem(
                    f"status_history[{index}].id", f"{entry_id!r} is used by {first} too")))
    return found
