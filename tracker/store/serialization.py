"""The stored text of a facility, and strict JSON parsing for every text the tracker reads.

Stored files keep the schema's key order with a two-space indent, positions on one line
and text in its own script, so one new entry is a diff of that entry alone (README,
"How geodata/ is laid out"). Every backend stores and answers these same texts.
"""

import json
import re

import orjson

from tracker import model
from tracker.errors import DataError

# Positions on one line ("[35.945, 35.41167]") keep diffs short. JSON strings never hold
# a raw newline, so this cannot touch user text.
_NUMBER = r"-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?"
_NUMBER_LIST = re.compile(rf"\[\n\s*({_NUMBER}(?:,\n\s*{_NUMBER})*)\n\s*\]")


def serialize(feature):
    """Return the stored text of a feature: schema key order, 2-space indent, UTF-8 as is.

    The text is json.dumps(indent=2, ensure_ascii=False)'s. orjson writes the same bytes
    five times faster (Python's indenting encoder is pure Python: a third of an import of
    100,000 facilities), except for numbers that Python writes with an exponent; those
    features go through json.
    """
    ordered = canonical(feature, model.FEATURE_SCHEMA)
    try:
        if not _plain_numbers(ordered):
            raise orjson.JSONEncodeError("a number Python writes with an exponent")
        text = orjson.dumps(ordered, option=orjson.OPT_INDENT_2).decode("utf-8")
    except orjson.JSONEncodeError:  # and text orjson refuses (lone surrogates): json's way, as before
        text = json.dumps(ordered, indent=2, ensure_ascii=False)
    return _NUMBER_LIST.sub(lambda m: "[" + re.sub(r",\n\s*", ", ", m.group(1)) + "]", text) + "\n"


def _plain_numbers(value):
    """True when every number in `value` is one Python writes without an exponent, as orjson does."""
    if isinstance(value, float):
        return value == 0 or 1e-4 <= abs(value) < 1e16
    if isinstance(value, int):
        return -(2**63) <= value < 2**63
    if isinstance(value, dict):
        return all(_plain_numbers(item) for item in value.values())
    if isinstance(value, list):
        return all(_plain_numbers(item) for item in value)
    return True


def canonical(value, schema):
    """Order the keys of `value` as `schema` declares them, all the way down."""
    if "oneOf" in schema and isinstance(value, dict):
        schema = next((s for s in schema["oneOf"]
                       if s["properties"]["type"].get("const") == value.get("type")), {})
    if isinstance(value, dict) and "properties" in schema:
        known = schema["properties"]
        ordered = {k: canonical(value[k], known[k]) for k in known if k in value}
        ordered.update((k, value[k]) for k in sorted(value) if k not in known)
        return ordered
    if isinstance(value, list) and isinstance(schema.get("items"), dict):
        return [canonical(item, schema["items"]) for item in value]
    return value


def parse(text, where):
    """Parse JSON strictly (no NaN, no repeated keys), naming `where` on failure."""
    def no_constant(name):
        raise ValueError(f"{name} is not allowed in JSON")

    def no_repeats(pairs):
        made = dict(pairs)
        if len(made) < len(pairs):  # only then look for which (a cold start parses millions)
            keys = [key for key, _ in pairs]
            repeated = sorted({key for key in keys if keys.count(key) > 1})
            raise ValueError(f"key {repeated[0]!r} appears twice in one object")
        return made

    try:
        return json.loads(text, parse_constant=no_constant, object_pairs_hook=no_repeats)
    except ValueError as error:  # JSONDecodeError is a ValueError
        raise DataError(f"{where}: not valid JSON: {error}") from None
