"""Input is checked whole: anchored patterns, nesting and sizes, URLs, dates in range."""

import json

import pytest
from hypothesis import given, settings, strategies

from tests import samples
from tracker.cli import main
from tracker.model.validation import problems
from tracker.importing.stream import features
from tracker.store.serialization import MAX_DEPTH, parse
from tracker.errors import DataError

WRITE = "/api/facilities/hmeimim-air-base/status"


def found(kind, value):
    return {p.field: p.message for p in problems(kind, value)}


@pytest.mark.parametrize("field, value", [
    ("id", "amuda\n"),
    ("country", "SY\n"),
])
def test_a_trailing_newline_breaks_an_anchored_pattern(field, value):
    feature = samples.feature()
    if field == "id":
        feature["id"] = value
    else:
        feature["properties"][field] = value
    assert field in found("feature", feature)


@pytest.mark.parametrize("field, value", [
    ("id", "e1\n"), ("effective", "2025-03-01\n"), ("recorded_at", "2025-03-03T12:00:00Z\n"),
])
def test_a_trailing_newline_breaks_an_entry_field(field, value):
    assert field in found("entry", samples.entry(**{field: value}))


def test_the_api_refuses_a_facility_id_with_a_newline(client, token, data_files):
    before = data_files()
    body = samples.feature(id="amuda\n")
    body["properties"].pop("status_history")
    response = client.post("/api/facilities", json=body, headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 422
    assert "is not a valid facility id" in response.json["errors"]["id"]
    assert data_files() == before


def test_deep_nesting_is_refused_before_parsing():
    with pytest.raises(DataError, match=f"nested deeper than {MAX_DEPTH} levels"):
        parse("[" * 100_000 + "]" * 100_000, "body")
    assert parse('{"a": "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}', "body") == {"a": "[" * 42}


def test_deep_nesting_in_a_body_is_a_400(client, token, data_files):
    before = data_files()
    response = client.post(WRITE, data="[" * 100_000, content_type="application/json",
                           headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 400
    assert response.json["errors"]["body"] == f"not valid JSON: nested deeper than {MAX_DEPTH} levels"
    assert data_files() == before


def test_deep_nesting_in_an_import_is_refused(runner, data_dir, data_files, tmp_path):
    before = data_files()
    source = tmp_path / "deep.geojson"
    source.write_text('{"type": "FeatureCollection", "features": ' + "[" * 100_000 + "]" * 100_000 + "}")
    result = runner.invoke(main, ["import", str(source), "--data", str(data_dir)])
    assert result.exit_code == 1
    assert f"nested deeper than {MAX_DEPTH} levels" in result.output
    assert data_files() == before


class Pieces:
    """A binary file that hands out `data` cut at `cuts`, whatever size is asked for."""

    def __init__(self, data, cuts):
        bounds = [0, *sorted({cut for cut in cuts if 0 < cut < len(data)}), len(data)]
        self.pieces = [data[a:b] for a, b in zip(bounds, bounds[1:])][::-1]

    def read(self, size=-1):
        return self.pieces.pop() if self.pieces else b""


def _gauged(text, cuts):
    """Whether the streamed import refuses `text` (the features list of a collection, as str)
    fed in pieces cut at `cuts` as too deep; when it does not, it must read what json does."""
    collection = '{"type": "FeatureCollection", "features": ' + text + "}"
    data = collection.encode("utf-8")
    cuts = [cut + len(collection.split("[", 1)[0]) for cut in cuts]  # the cuts fall in `text`
    try:
        read = list(features(Pieces(data, cuts), "file"))
    except DataError as error:
        assert error.message == f"file: not valid JSON: nested deeper than {MAX_DEPTH} levels"
        return True
    assert read == json.loads(text)
    return False


TRICKY = strategies.text(alphabet='"\\[]{}ab\n', max_size=8)
JSON_VALUES = strategies.recursive(
    strategies.none() | strategies.integers() | TRICKY,
    lambda inner: strategies.lists(inner, max_size=3) | strategies.dictionaries(TRICKY, inner, max_size=3),
    max_leaves=12)


@settings(max_examples=300, deadline=None)
@given(JSON_VALUES, strategies.integers(0, 40), strategies.lists(strategies.integers(0, 400), max_size=6))
def test_the_streamed_import_agrees_with_the_parsed_nesting(value, wrapped, cuts):
    deep = value
    for _ in range(wrapped):
        deep = [deep] if wrapped % 2 else {"k[": deep}
    whole = [value, deep]  # the strings of `value` come before the deep part too
    text = json.dumps(whole)  # strings full of brackets, quotes and backslashes, escaped
    assert _gauged(text, cuts) == (_brackets(whole) + 1 > MAX_DEPTH)  # + the collection's own object


def _brackets(value):
    """How many lists and objects nest in `value` (the brackets a text of it opens at most)."""
    children = value.values() if isinstance(value, dict) else value if isinstance(value, list) else None
    return 0 if children is None else 1 + max(map(_brackets, children), default=0)


def test_the_streamed_import_reads_strings_cut_anywhere():
    text = '[{"a": "[[[[\\\\\\"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[", "b": [1]}]'
    assert all(not _gauged(text, [cut]) for cut in range(len(text)))
    closed = '[{"a": "x\\\\", "b": ' + "[" * (MAX_DEPTH - 2) + "]" * (MAX_DEPTH - 2) + "}]"  # "x\\" ends there
    assert all(_gauged(closed, [cut]) for cut in range(len(closed)))
    assert _gauged("[" * MAX_DEPTH, [5, 6, 7])
    assert not _gauged("[" * (MAX_DEPTH - 1) + "]" * (MAX_DEPTH - 1), [])


def test_aliases_are_capped():
    assert found("feature", samples.feature(aliases=["a"] * 50)) == {}
    assert found("feature", samples.feature(aliases=["a"] * 51)) == {
        "aliases": "has 51 items; at most 50 are allowed"}


def test_a_long_bad_value_is_shown_cut():
    message = found("feature", samples.feature(country="X" * 5000))["country"]
    assert len(message) < 200 and message.startswith("'XXXX") and "…" in message


@pytest.mark.parametrize("url, message", [
    ("https://exa\x01mple.org/", "holds a control character or a space"),
    ("https://example.org/\x7f", "holds a control character or a space"),
    ("https://reuters.com@evil.example/", "holds a user name or password"),
    ("http://[evil]/", "is not a URL"),
    ("http://[v1.x]/", "has brackets around a host that is not an IPv6 address"),
    ("https://example.org/a[1]", "has brackets outside an IPv6 host"),
    ("https://example.org/?q=]", "has brackets outside an IPv6 host"),
    ("http://example.org:99999/", "is not a URL"),
])
def test_a_source_url_is_parsed_as_a_url(url, message):
    assert message in found("entry", samples.entry(source_url=url))["source.url"]


@pytest.mark.parametrize("url", [
    "http://[::1]:8080/report", "https://example.org/a/b?q=1&r=%5B2%5D#part", "https://موقع.example/خبر",
])
def test_a_good_source_url_passes(url):
    assert found("entry", samples.entry(source_url=url)) == {}


@pytest.mark.parametrize("field", ["effective", "source_published"])
@pytest.mark.parametrize("day", ["0001-01-01", "1899-12-31"])
def test_dates_before_1900_are_refused(field, day):
    name = "source.published" if field == "source_published" else field
    assert found("entry", samples.entry(**{field: day})) == {name: f"'{day}' is before 1900-01-01"}


def test_1900_is_allowed():
    assert found("entry", samples.entry(effective="1900-01-01", source_published="1900-01-01")) == {}


def test_the_api_refuses_year_one(client, token, data_files):
    before = data_files()
    response = client.post(WRITE, json=samples.new_entry(effective="0001-01-01"),
                           headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 422
    assert response.json["errors"] == {"effective": "'0001-01-01' is before 1900-01-01"}
    assert data_files() == before


def test_the_stored_sample_data_is_within_the_limits(data_dir):
    for path in data_dir.glob("*.geojson"):
        assert problems("feature", json.loads(path.read_text(encoding="utf-8"))) == []
