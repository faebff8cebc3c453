"""The stored text stays what it was: the schema's key order and json.dumps's bytes, whatever the feature.

`canonical` and `serialize` are made fast for an import of 100,000 facilities (README,
"Command line"); these tests hold them to the plain definitions, written out here: a
recursive walk of the schema and Python's own indenting encoder.
"""

import json
import math
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tests import samples
from tracker import model
from tracker.store.serialization import _NUMBER_LIST, canonical, serialize


def reference_order(value, schema):
    """Keys in the schema's order, all the way down; undeclared keys after, sorted."""
    if "oneOf" in schema and isinstance(value, dict):
        schema = next((s for s in schema["oneOf"]
                       if s["properties"]["type"].get("const") == value.get("type")), {})
    if isinstance(value, dict) and "properties" in schema:
        known = schema["properties"]
        ordered = {k: reference_order(value[k], known[k]) for k in known if k in value}
        ordered.update((k, value[k]) for k in sorted(value) if k not in known)
        return ordered
    if isinstance(value, list) and isinstance(schema.get("items"), dict):
        return [reference_order(item, schema["items"]) for item in value]
    return value


def reference_text(feature):
    text = json.dumps(reference_order(feature, model.FEATURE_SCHEMA), indent=2, ensure_ascii=False)
    return _NUMBER_LIST.sub(lambda m: "[" + re.sub(r",\n\s*", ", ", m.group(1)) + "]", text) + "\n"


numbers = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([1e-05, 2.5e-7, 1e16, 9999999999999998.0, 0.0001, -0.0, 5e-324, 1e22]),
    st.integers(min_value=-(2**70), max_value=2**70),
)
leaves = st.one_of(st.text(max_size=12), numbers, st.booleans(), st.none())
values = st.recursive(leaves, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=6), inner, max_size=4)), max_leaves=12)


def _shuffled(mapping, order):
    keys = sorted(mapping, key=lambda k: order.index(k) if k in order else -1, reverse=True)
    return {k: mapping[k] for k in keys}


@st.composite
def features(draw):
    """A sample feature, keys reversed, with values swapped for anything and keys added or dropped."""
    history = [samples.entry(id=f"e{n}") for n in range(draw(st.integers(0, 3)))]
    feature = samples.feature(history=history)
    if draw(st.booleans()):
        feature["geometry"] = {"coordinates": [[[draw(numbers), 1.0], [2.0, draw(numbers)]]], "type": "Polygon"}
    else:
        feature["geometry"]["coordinates"] = [draw(numbers), draw(numbers)]
    for entry in feature["properties"]["status_history"]:
        entry["source"] = _shuffled(entry["source"], list(entry["source"]))
        if draw(st.booleans()):
            entry[draw(st.sampled_from(["zz-extra", "aa-extra", "note"]))] = draw(values)
    if draw(st.booleans()):
        feature["properties"][draw(st.sampled_from(["name", "extra", "aliases"]))] = draw(values)
    if draw(st.booleans()):
        feature["geometry"]["type"] = draw(st.sampled_from(["Point", "Polygon", "LineString", None]))
    if draw(st.booleans()):
        feature["properties"].pop(draw(st.sampled_from(list(feature["properties"]))))
    return _shuffled(feature, list(feature))


@settings(max_examples=300, deadline=None)
@given(features())
def test_canonical_orders_as_the_schema_walked_each_time(feature):
    assert list(_walk(canonical(feature, model.FEATURE_SCHEMA))) == list(
        _walk(reference_order(feature, model.FEATURE_SCHEMA)))


@settings(max_examples=300, deadline=None)
@given(features())
def test_the_stored_text_is_json_dumps_of_the_schema_order(feature):
    assert serialize(feature) == reference_text(feature)


@settings(max_examples=200, deadline=None)
@given(values)
def test_any_value_is_ordered_as_the_reference_orders_it(value):
    for schema in (model.FEATURE_SCHEMA, model.ENTRY_SCHEMA, model.FEATURE_SCHEMA["properties"]["geometry"]):
        assert list(_walk(canonical(value, schema))) == list(_walk(reference_order(value, schema)))


def test_a_feature_of_tiny_huge_or_no_numbers_is_written_by_json():
    feature = samples.feature()
    for position in ([1e-05, 35.0], [1e16, 1.0], [math.nan, 1.0], [2**64, 1.0], [35.945, 35.41167]):
        feature["geometry"]["coordinates"] = position
        assert serialize(feature) == reference_text(feature)
    assert "[1e-05, 35.0]" in serialize(dict(feature, geometry={"type": "Point", "coordinates": [1e-05, 35.0]}))


def _walk(value):
    """Every key and leaf in order, with types: equal walks are equal values in the same order."""
    if isinstance(value, dict):
        yield ("dict", None)
        for key, item in value.items():
            yield ("key", key)
            yield from _walk(item)
        yield ("end", None)
    elif isinstance(value, list):
        yield ("list", None)
        for item in value:
            yield from _walk(item)
        yield ("end", None)
    else:
        yield (type(value).__name__, repr(value))
