"""The streamed reading of an import file: the same values json reads, as strict, cut anywhere."""

import json

import pytest
from hypothesis import given, settings, strategies

from tests import samples
from tests.test_input_limits import Pieces
from tracker.importing.stream import features
from tracker.errors import DataError, Invalid

TEXT = strategies.text(alphabet='"\\[]{}:,ab é\n\u0627', max_size=6)
VALUES = strategies.recursive(
    strategies.none() | strategies.booleans() | strategies.integers() | TEXT
    | strategies.floats(allow_nan=False, allow_infinity=False),
    lambda inner: strategies.lists(inner, max_size=3) | strategies.dictionaries(TEXT, inner, max_size=3),
    max_leaves=15)


def read(text, cuts=()):
    return list(features(Pieces(text.encode("utf-8"), cuts), "in.geojson"))


@settings(max_examples=300, deadline=None)
@given(strategies.lists(VALUES, max_size=5), strategies.dictionaries(TEXT, VALUES, max_size=2),
       strategies.lists(strategies.integers(0, 300), max_size=5), strategies.booleans())
def test_reads_what_json_reads_cut_anywhere(values, others, cuts, type_last):
    others = {key: value for key, value in others.items() if key not in ("type", "features")}
    collection = {**others, "features": values, "type": "FeatureCollection"} if type_last else \
        {"type": "FeatureCollection", **others, "features": values}
    text = json.dumps(collection, ensure_ascii=False, indent=None if type_last else 1)
    assert read(text, cuts) == json.loads(text)["features"]


def test_reads_features_as_json_does():
    text = json.dumps({"type": "FeatureCollection", "features": [samples.feature(), samples.feature(id="b")]})
    assert read(text) == json.loads(text)["features"]


@pytest.mark.parametrize("value", ["123456789012345678901234567890", "1e400", '"\\ud800"', "-0", "1.0"])
def test_numbers_and_text_orjson_reads_otherwise_are_read_as_python_does(value):
    text = '{"type": "FeatureCollection", "features": [{"v": ' + value + "}]}"
    assert read(text) == json.loads(text)["features"]


@pytest.mark.parametrize("text, message", [
    ('{"type": "FeatureCollection", "features": [{"a": 1, "b": {"c": 2, "c": 3}}]}',
     "in.geojson: not valid JSON: key 'c' appears twice in one object"),
    ('{"type": "FeatureCollection", "features": [{"a": NaN}]}', "in.geojson: not valid JSON: "),
    ('{"type": "FeatureCollection", "features": [{"a": 1}', "in.geojson: not valid JSON: "),
    ('{"type": "FeatureCollection", "features": [{"a": 1}]} x', "in.geojson: not valid JSON: "),
    ('{"type": "FeatureCollection", "features": [{"a": 1} {"a": 2}]}', "in.geojson: not valid JSON: "),
    ('{"type": "FeatureCollection", "crs": {"p": {"n": x}}, "features": []}', "in.geojson: not valid JSON: "),
    ('{"type": "FeatureCollection", "features": [{"a": 1}]]}', "in.geojson: not valid JSON: "),
    ('{"type": "FeatureCollection", "type": "FeatureCollection", "features": []}',
     "in.geojson: not valid JSON: key 'type' appears twice in one object"),
])
def test_refuses_what_is_not_strict_json(text, message):
    with pytest.raises(DataError) as raised:
        read(text)
    assert raised.value.message.startswith(message)


@pytest.mark.parametrize("text, message", [
    ('{"type": "Feature", "features": [{"a": 1}]}', "in.geojson: is not a GeoJSON FeatureCollection"),
    ('{"features": [{"a": 1}], "type": "Feature"}', "in.geojson: is not a GeoJSON FeatureCollection"),
    ('[{"type": "FeatureCollection"}]', "in.geojson: is not a GeoJSON FeatureCollection"),
    ('{"type": "FeatureCollection", "features": {"a": {}}}', "in.geojson: features: is not a list"),
    ('{"type": "FeatureCollection", "features": 3}', "in.geojson: features: is not a list"),
    ('{"type": "FeatureCollection"}', "in.geojson: features: is not a list"),
])
def test_refuses_what_is_not_a_collection(text, message):
    with pytest.raises(Invalid) as raised:
        read(text)
    assert raised.value.message == message


def test_a_wrong_type_given_first_is_refused_before_any_feature():
    stream = features(Pieces(b'{"type": "Feature", "features": [{"a": 1}, ', ()), "in.geojson")
    with pytest.raises(Invalid, match="is not a GeoJSON FeatureCollection"):
        next(stream)


def test_values_between_features_keep_their_place():
    assert read('{"type": "FeatureCollection", "features": [1, {"a": [2]}, "x", null, [3], 4]}') == \
        [1, {"a": [2]}, "x", None, [3], 4]
