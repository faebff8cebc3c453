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
# A facility nests 6 deep (a polygon's positions), an import 8. Deeper JSON is refused:
# Python's parser and everything after it recurse, and 100,000 brackets overflow them.
MAX_DEPTH = 32
# Values that repeat across entries and facilities: one string each in memory.
SHARED_PROPERTIES = ("kind", "operator", "country", "location_precision")
SHARED_ENTRY = ("status", "effective", "date_precision", "reliability", "recorded_by")
SHARED_SOURCE = ("publisher", "published", "title", "url")


def serialize(feature):
    """Return the stored text of a feature: schema key order, 2-space indent, UTF-8 as is.

    The text is json.dumps(indent=2, ensure_ascii=False)'s. orjson writes the same bytes
    five times faster (Python's indenting encoder is pure Python: a third of an import of
    100,000 facilities), except for numbers that Python writes with an exponent; those
    features go through json.
    """
    ordered = canonical(feature, model.FEATURE_SCHEMA)
    try:
        if not plain_numbers(ordered):
            raise orjson.JSONEncodeError("a number Python writes with an exponent")
        text = orjson.dumps(ordered, option=orjson.OPT_INDENT_2).decode("utf-8")
    except orjson.JSONEncodeError:  # and text orjson refuses (lone surrogates): json's way, as before
        text = json.dumps(ordered, indent=2, ensure_ascii=False)
    return _NUMBER_LIST.sub(lambda m: "[" + re.sub(r",\n\s*", ", ", m.group(1)) + "]", text) + "\n"


def plain_numbers(value):
    """True when every number in `value` is one Python writes without an exponent, as orjson does.

    A loop over a stack, strings passed over first: a feature holds some 170 values, most
    of them strings, and a call for each took longer than orjson's whole text.
    """
    stack = [value]
    while stack:
        node = stack.pop()
        kind = type(node)
        if kind is str:
            continue
        if kind is dict or isinstance(node, dict):
            stack.extend(node.values())
        elif kind is list or isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, float):
            if not (node == 0 or 1e-4 <= abs(node) < 1e16):
                return False
        elif isinstance(node, int) and not -(2**63) <= node < 2**63:
            return False
    return True


def canonical(value, schema):
    """Order the keys of `value` as `schema` declares them, all the way down.

    Keys the schema does not declare follow, sorted. Lists and objects are new; strings
    and numbers are the same objects. The walk for each schema is made once (`_shaper`):
    an import orders 100,000 features, each of some 170 values.
    """
    made = _SHAPERS.get(id(schema))
    if made is None or made[0] is not schema:
        made = _SHAPERS[id(schema)] = (schema, _shaper(schema) or _same)  # the schema is kept: its id stays its own
    return made[1](value)


_SHAPERS = {}


def _same(value):
    return value


def _shaper(schema):
    """A function giving `canonical(value, schema)`, or None where that is `value` itself."""
    branches = [(s["properties"]["type"].get("const"), _shaper(s) or _same) for s in schema.get("oneOf", ())]
    known = [(k, _shaper(sub)) for k, sub in schema["properties"].items()] if "properties" in schema else None
    items = _shaper(schema["items"]) or _same if isinstance(schema.get("items"), dict) else None
    one_of = "oneOf" in schema
    if not one_of and known is None and items is None:
        return None
    names = frozenset(k for k, _ in known or ())

    def shape(value):
        if one_of and isinstance(value, dict):  # the first branch whose type is the value's
            kind = value.get("type")
            return next((branch(value) for const, branch in branches if const == kind), value)
        if known is not None and isinstance(value, dict):
            ordered = {k: (value[k] if sub is None else sub(value[k])) for k, sub in known if k in value}
            if len(ordered) < len(value):
                ordered.update((k, value[k]) for k in sorted(value) if k not in names)
            return ordered
        if items is not None and isinstance(value, list):
            return [items(item) for item in value]
        return value
    return shape


class ReadOnlyDict(dict):
    """A JSON object of a snapshot: readable like a dict, refusing every change.

    Snapshots are shared by every reader of a process, so a caller that changed a
    facility in place would change what everyone else reads. `copy.deepcopy` (and
    `copy.copy`, pickle) gives a plain, changeable dict to edit instead.
    """

    __slots__ = ()

    def _refuse(self, *args, **kwargs):
        raise TypeError("stored data is read-only: change a copy.deepcopy() of it")

    __setitem__ = __delitem__ = __ior__ = _refuse
    clear = pop = popitem = setdefault = update = _refuse

    def __reduce_ex__(self, protocol):
        return dict, (dict(self),)


class ReadOnlyList(list):
    """A JSON array of a snapshot: see `ReadOnlyDict`."""

    __slots__ = ()

    _refuse = ReadOnlyDict._refuse
    __setitem__ = __delitem__ = __iadd__ = __imul__ = _refuse
    append = clear = extend = insert = pop = remove = reverse = sort = _refuse

    def __reduce_ex__(self, protocol):
        return list, (list(self),)


def _read_only(value):
    if type(value) is list:
        return ReadOnlyList(_read_only(item) for item in value)
    return value


def read_only(value):
    """Parsed JSON `value` (plain dicts and lists) as `parse(read_only=True)` would give it.

    For features kept elsewhere as plain values (the folder store's cache); strings and
    numbers stay the very same objects. Each container is copied whole, then only its
    containers are replaced: a feature's leaves far outnumber them.
    """
    kind = type(value)
    if kind is dict:
        made, put = ReadOnlyDict(value), dict.__setitem__
        for key, item in value.items():
            if type(item) is dict or type(item) is list:
                put(made, key, read_only(item))
        return made
    if kind is list:
        made, put = ReadOnlyList(value), list.__setitem__
        for index, item in enumerate(value):
            if type(item) is dict or type(item) is list:
                put(made, index, read_only(item))
        return made
    return value


def plain(value):
    """A read-only value (`read_only`) as plain dicts and lists, for code that takes no subclass (marshal)."""
    if isinstance(value, dict):
        return {key: plain(item) if isinstance(item, (dict, list)) else item for key, item in value.items()}
    if isinstance(value, list):
        return [plain(item) if isinstance(item, (dict, list)) else item for item in value]
    return value


def parse(text, where, read_only=False):
    """Parse JSON strictly (no NaN, no repeated keys), naming `where` on failure.

    With `read_only`, objects and arrays come back as `ReadOnlyDict` and `ReadOnlyList`
    (what a snapshot holds).
    """
    def no_constant(name):
        raise ValueError(f"{name} is not allowed in JSON")

    def no_repeats(pairs):
        made = (ReadOnlyDict if read_only else dict)(pairs)
        if len(made) < len(pairs):  # only then look for which (a cold start parses millions)
            keys = [key for key, _ in pairs]
            repeated = sorted({key for key in keys if keys.count(key) > 1})
            raise ValueError(f"key {repeated[0]!r} appears twice in one object")
        if read_only:
            for key, value in pairs:
                if type(value) is list:
                    dict.__setitem__(made, key, _read_only(value))
        return made

    too_deep = DataError(f"{where}: not valid JSON: nested deeper than {MAX_DEPTH} levels")
    try:
        value = json.loads(text, parse_constant=no_constant, object_pairs_hook=no_repeats)
    except ValueError as error:  # JSONDecodeError is a ValueError
        raise DataError(f"{where}: not valid JSON: {error}") from None
    except RecursionError:  # the C parser stops itself at the interpreter's recursion limit
        raise too_deep from None
    if nesting(value) > MAX_DEPTH:
        raise too_deep
    return value


def nesting(value):
    """How deep lists and objects nest in parsed JSON `value`, counted level by level.

    Breadth first, without recursion, and no further than MAX_DEPTH + 1. (Scanning the
    text before parsing it, strings skipped, took three times as long as the parse.)
    """
    level, depth = [value], 0
    while depth <= MAX_DEPTH:
        level = [child for node in level if type(node) in (dict, list)
                 for child in (node.values() if type(node) is dict else node)]
        depth += 1
        if not level:
            break
    return depth


def share(feature, memo):
    """Make repeated strings of `feature` one object each (`memo`: value -> value); return it.

    At 100,000 facilities and 1,000,000 entries, dates, statuses, publishers and titles
    repeat across entries: one string each saves hundreds of megabytes. A read-only
    feature (`serialization.read_only`) is changed too: an equal string for an equal one
    changes nothing a reader can see.
    """
    put = dict.__setitem__  # past ReadOnlyDict's refusal
    properties = feature["properties"]
    for key in SHARED_PROPERTIES:
        put(properties, key, memo.setdefault(properties[key], properties[key]))
    for entry in properties["status_history"]:
        for key in SHARED_ENTRY:
            if key in entry:
                put(entry, key, memo.setdefault(entry[key], entry[key]))
        source = entry["source"]
        for key in SHARED_SOURCE:
            if key in source:
                put(source, key, memo.setdefault(source[key], source[key]))
    return feature
