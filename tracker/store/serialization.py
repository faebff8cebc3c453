"""The stored text of a facility, and strict JSON parsing for every text the tracker reads.

Stored files keep the schema's key order with a two-space indent, positions on one line
and text in its own script, so one new entry is a diff of that entry alone (README,
"How geodata/ is laid out"). Every backend stores and answers these same texts.
"""

import json
import re
from itertools import accumulate

from tracker import model
from tracker.errors import DataError

# Positions on one line ("[35.945, 35.41167]") keep diffs short. JSON strings never hold
# a raw newline, so this cannot touch user text.
_NUMBER = r"-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?"
_NUMBER_LIST = re.compile(rf"\[\n\s*({_NUMBER}(?:,\n\s*{_NUMBER})*)\n\s*\]")
# A facility nests 6 deep (a polygon's positions), an import 8; deeper text is refused
# before it is parsed, because Python's parser recurses and 100,000 brackets overflow it.
MAX_DEPTH = 32
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKET = re.compile(r"[\[\]{}]")
_DEPTH_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}


def serialize(feature):
    """Return the stored text of a feature: schema key order, 2-space indent, UTF-8 as is."""
    text = json.dumps(canonical(feature, model.FEATURE_SCHEMA), indent=2, ensure_ascii=False)
    return _NUMBER_LIST.sub(lambda m: "[" + re.sub(r",\n\s*", ", ", m.group(1)) + "]", text) + "\n"


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
        keys = [key for key, _ in pairs]
        repeated = sorted({key for key in keys if keys.count(key) > 1})
        if repeated:
            raise ValueError(f"key {repeated[0]!r} appears twice in one object")
        return dict(pairs)

    if nesting(text) > MAX_DEPTH:
        raise DataError(f"{where}: not valid JSON: nested deeper than {MAX_DEPTH} levels")
    try:
        return json.loads(text, parse_constant=no_constant, object_pairs_hook=no_repeats)
    except ValueError as error:  # JSONDecodeError is a ValueError
        raise DataError(f"{where}: not valid JSON: {error}") from None
    except RecursionError:  # only when the interpreter's own limit is set below MAX_DEPTH
        raise DataError(f"{where}: not valid JSON: nested too deeply") from None


def nesting(text):
    """How deep the brackets of JSON `text` nest, brackets inside strings not counted."""
    brackets = _BRACKET.findall(_STRING.sub("", text))
    return max(accumulate(_DEPTH_STEP[b] for b in brackets), default=0)
