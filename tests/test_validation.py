"""Each rule of the data model, with its exact message."""

import datetime
import time

import fastjsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests import samples
from tracker.model.validation import field_name, problems

TODAY = datetime.date(2026, 2, 1)


def messages(kind, value):
    return [str(p) for p in problems(kind, value, today=TODAY)]


def with_entry(**changes):
    return samples.feature(history=[samples.entry(**changes)])


def test_valid_feature_has_no_problems():
    assert messages("feature", samples.feature()) == []


@pytest.mark.parametrize("changes, expected", [
    ({"effective": "2026-02-30"}, "status_history[0].effective: '2026-02-30' is not a date"),
    ({"effective": "1 March 2025"}, "status_history[0].effective: '1 March 2025' is not a date"),
    ({"effective": "2026-02-03"}, "status_history[0].effective: '2026-02-03' is in the future"),
    ({"status": "gone"}, "status_history[0].status: 'gone' is not one of " + samples.STATUS_WORDS),
    ({"date_precision": "week"}, "status_history[0].date_precision: 'week' is not one of day, month, year"),
    ({"note": ""}, "status_history[0].note: is empty"),
    ({"note": 5}, "status_history[0].note: 5 is not text"),
    ({"reliability": "G"}, "status_history[0].reliability: 'G' is not one of A, B, C, D, E, F"),
    ({"credibility": 7}, "status_history[0].credibility: 7 is not one of 1, 2, 3, 4, 5, 6"),
    ({"credibility": "2"}, "status_history[0].credibility: '2' is not a whole number"),
    ({"credibility": True}, "status_history[0].credibility: True is not a whole number"),
    ({"source_url": "ftp://example.org/x"},
     "status_history[0].source.url: 'ftp://example.org/x' is not an http or https URL"),
    ({"source_url": "javascript:alert(1)"},
     "status_history[0].source.url: 'javascript:alert(1)' is not an http or https URL"),
    ({"source_published": "2025-13-01"}, "status_history[0].source.published: '2025-13-01' is not a date"),
    ({"source_quote": ""}, "status_history[0].source.quote: is empty"),
    ({"source_publisher": ""}, "status_history[0].source.publisher: is empty"),
    ({"recorded_at": "2025-03-03 12:00"},
     "status_history[0].recorded_at: '2025-03-03 12:00' is not a UTC timestamp (YYYY-MM-DDTHH:MM:SSZ)"),
    ({"id": "has space"},
     "status_history[0].id: 'has space' is not a valid entry id (letters, digits, '-', '_', '.')"),
    ({"staus": "active"}, "status_history[0].staus: is not a known field"),
    ({"retracted": {"at": "2025-04-01T00:00:00Z", "by": "ed"}},
     "status_history[0].retracted.reason: is required"),
])
def test_entry_rules(changes, expected):
    assert messages("feature", with_entry(**changes)) == [expected]


@pytest.mark.parametrize("missing", ["note", "source", "status", "effective", "reliability"])
def test_missing_entry_field_is_named(missing):
    feature = with_entry()
    del feature["properties"]["status_history"][0][missing]
    assert messages("feature", feature) == [f"status_history[0].{missing}: is required"]


def test_source_needs_url_or_title():
    feature = with_entry()
    source = feature["properties"]["status_history"][0]["source"]
    del source["url"]
    assert messages("feature", feature) == []  # a title alone identifies a report
    del source["title"]
    assert messages("feature", feature) == ["status_history[0].source: needs a url or a title"]


@pytest.mark.parametrize("coordinates, expected", [
    ([200, 35], "geometry.coordinates[0]: longitude 200 is out of range -180..180"),
    ([-180.5, 35], "geometry.coordinates[0]: longitude -180.5 is out of range -180..180"),
    ([36, 91], "geometry.coordinates[1]: latitude 91 is out of range -90..90"),
    ([36], "geometry.coordinates: has 1 items; at least 2 are needed"),
    (["36", 35], "geometry.coordinates[0]: '36' is not a number"),
    ([float("nan"), 35], "geometry.coordinates: [nan, 35] is not a finite position"),
])
def test_coordinates_are_range_checked(coordinates, expected):
    feature = samples.feature()
    feature["geometry"]["coordinates"] = coordinates
    assert messages("feature", feature) == [expected]


def test_polygon_rings_must_close():
    feature = samples.feature()
    feature["geometry"] = {"type": "Polygon", "coordinates": [[[36, 35], [37, 35], [37, 36], [36, 35.5]]]}
    assert messages("feature", feature) == [
        "geometry.coordinates[0]: ring is not closed (first position must equal the last)"]
    feature["geometry"]["coordinates"][0][-1] = [36, 35]
    assert messages("feature", feature) == []


@pytest.mark.parametrize("change, expected", [
    ({"geometry": {"type": "Line", "coordinates": []}}, "geometry.type: 'Line' is not one of Point, Polygon"),
    ({"id": "Not A Slug"},
     "id: 'Not A Slug' is not a valid facility id (lower-case letters, digits, single hyphens)"),
    ({"type": "FeatureCollection"}, "type: 'FeatureCollection' is not 'Feature'"),
])
def test_feature_rules(change, expected):
    feature = samples.feature()
    feature.update(change)
    assert messages("feature", feature) == [expected]


@pytest.mark.parametrize("change, expected", [
    ({"kind": "fort"}, "kind: 'fort' is not one of " + samples.KIND_WORDS),
    ({"location_precision": "near"}, "location_precision: 'near' is not one of exact, site, town, region"),
    ({"country": "Syria"},
     "country: 'Syria' is not an ISO 3166-1 alpha-2 country code (e.g. SY)"),
    ({"name": ""}, "name: is empty"),
    ({"aliases": "Khmeimim"}, "aliases: 'Khmeimim' is not a list"),
])
def test_facility_rules(change, expected):
    assert messages("feature", samples.feature(**change)) == [expected]


def test_entry_ids_are_unique_within_a_facility():
    feature = samples.feature(history=[samples.entry(), samples.entry(effective="2025-04-01")])
    assert messages("feature", feature) == ["status_history[1].id: 'e1' is used twice"]


def test_every_problem_is_reported_once_per_field():
    feature = with_entry(effective="2026-02-30", note="", credibility=9)
    feature["geometry"]["coordinates"] = [36, 100]
    assert messages("feature", feature) == [
        "geometry.coordinates[1]: latitude 100 is out of range -90..90",
        "status_history[0].effective: '2026-02-30' is not a date",
        "status_history[0].note: is empty",
        "status_history[0].credibility: 9 is not one of 1, 2, 3, 4, 5, 6",
    ]


def test_new_entry_is_checked_without_server_fields():
    assert messages("new_entry", samples.new_entry()) == []
    assert messages("new_entry", dict(samples.new_entry(), id="e9")) == ["id: is not a known field"]
    assert messages("new_entry", samples.new_entry(source_url="file:///etc/passwd")) == [
        "source.url: 'file:///etc/passwd' is not an http or https URL"]


def test_field_names_read_as_paths():
    assert field_name(("status_history", 2, "source", "url")) == "status_history[2].source.url"
    assert field_name(()) == ""


def test_a_date_may_lie_one_day_ahead_of_utc_and_no_more():
    # A reporter in UTC+14 dates a report a day ahead of UTC (README, "The data model").
    ahead, beyond = "2026-02-02", "2026-02-03"
    assert messages("feature", with_entry(effective=ahead, source_published=ahead)) == []
    assert messages("feature", with_entry(effective=beyond)) == [
        "status_history[0].effective: '2026-02-03' is in the future"]
    assert messages("feature", with_entry(source_published=beyond)) == [
        "status_history[0].source.published: '2026-02-03' is in the future"]
    assert messages("entry", samples.entry(source_published=beyond)) == [
        "source.published: '2026-02-03' is in the future"]


def test_without_a_published_date_only_effective_is_checked():
    entry = samples.entry(effective="2026-02-01")
    del entry["source"]["published"]
    assert messages("entry", entry) == []


@pytest.mark.parametrize("stamp, valid", [
    ("2025-03-03T12:00:00Z", True),
    ("2025-03-03T12:00:00.5Z", True),
    ("2025-03-03T12:00:00.123456Z", True),
    ("2025-03-03T12:00:00.1234567Z", False),
    ("2025-03-03T12:00:00+02:00", False),   # an offset: recorded_at is UTC, written with Z
    ("2025-03-03T12:00:00+00:00", False),
    ("2025-03-03T12:00:00", False),          # no zone at all
    ("2025-03-03T12:00Z", False),
    ("2025-02-30T12:00:00Z", False),         # not a real day
    ("2025-03-03T24:00:00Z", False),
    ("2025-03-03t12:00:00z", False),
])
def test_timestamps_are_utc_with_z(stamp, valid):
    found = messages("feature", with_entry(recorded_at=stamp))
    assert found == ([] if valid else [
        f"status_history[0].recorded_at: {stamp!r} is not a UTC timestamp (YYYY-MM-DDTHH:MM:SSZ)"])
    retraction = {"at": stamp, "by": "ed", "reason": "misread"}
    assert (messages("entry", samples.entry(retracted=retraction)) == []) is valid


def test_an_entry_id_reused_across_facilities_names_every_reuse():
    from tracker.model.validation import dataset_problems
    first = samples.feature(id="first", history=[samples.entry(id="a"), samples.entry(id="b")])
    second = samples.feature(id="second", history=[samples.entry(id="c"), samples.entry(id="a")])
    third = samples.feature(id="third", history=[samples.entry(id="b")])
    found = [(facility, str(problem)) for facility, problem in dataset_problems([first, second, third])]
    assert found == [("second", "status_history[1].id: 'a' is used by first too"),
                     ("third", "status_history[0].id: 'b' is used by first too")]
    assert dataset_problems([first, samples.feature(id="other", history=[samples.entry(id="z")])]) == []


@pytest.mark.parametrize("change, expected", [
    ({"name": "x" * 501}, "name: is longer than 500 characters"),
    ({"name": 5}, "name: 5 is not text"),
    ({"aliases": ["ok", ""]}, "aliases[1]: is empty"),
    ({"status_history": {}}, "status_history: {} is not a list"),
])
def test_facility_field_messages(change, expected):
    assert messages("feature", samples.feature(**change)) == [expected]


@pytest.mark.parametrize("changes, expected", [
    ({"credibility": "2"}, "status_history[0].credibility: '2' is not a whole number"),
    ({"source": "Reuters"}, "status_history[0].source: 'Reuters' is not an object"),
    ({"retracted": True}, "status_history[0].retracted: True is not an object"),
])
def test_entry_type_messages(changes, expected):
    assert messages("feature", with_entry(**changes)) == [expected]


def test_positions_have_two_or_three_numbers():
    feature = samples.feature()
    feature["geometry"]["coordinates"] = [36, 35, 100]
    assert messages("feature", feature) == []
    feature["geometry"]["coordinates"] = [36, 35, 100, 1]
    assert messages("feature", feature) == ["geometry.coordinates: has 4 items; at most 3 are allowed"]


def test_polygon_problems_are_named_inside_the_polygon():
    feature = samples.feature()
    feature["geometry"] = {"type": "Polygon", "coordinates": [[[36, 35], [37, 95], [36, 35]]]}
    assert messages("feature", feature) == [
        "geometry.coordinates[0]: has 3 items; at least 4 are needed",
        "geometry.coordinates[0][1][1]: latitude 95 is out of range -90..90",
    ]
    feature["geometry"] = {"type": "Polygon", "coordinates": [[[36, 35], [37, 35], [37, 36], [36, 35]]], "bbox": []}
    assert messages("feature", feature) == ["geometry.bbox: is not a known field"]
    feature["geometry"] = {"coordinates": []}
    assert messages("feature", feature) == ["geometry.type: None is not one of Point, Polygon"]


def test_rules_without_a_message_of_their_own_get_a_plain_one():
    # Every rule of today's schemas has its own words; a rule added without them still
    # reads as a sentence naming the value.
    from tracker.model.validation import _describe
    assert _describe("pattern", "x", {"pattern": "^y$"}) == "'x' is not in the expected form"
    assert _describe("anyOf", {}, {"anyOf": []}) == "is not valid"
    assert _describe("type", 1, {"type": "null"}) == "1 is not null"
    assert _describe("minimum", -1, {"minimum": 0, "maximum": 9}) == "value -1 is out of range 0..9"
    assert _describe("minLength", "ab", {"minLength": 3}) == "'ab' is not valid (minLength)"
    assert _describe("uniqueItems", [1, 1], {}) == "[1, 1] is not valid (uniqueItems)"


def test_a_geometry_that_is_not_an_object_is_named():
    feature = dict(samples.feature(), geometry="POINT (36.5 35)")
    assert messages("feature", feature) == ["geometry.type: None is not one of Point, Polygon"]


def test_the_compiled_fast_path_checks_what_the_full_validator_checks():
    # Valid data takes fastjsonschema's compiled path, which knows only draft 7: positions
    # (2020-12 `prefixItems`) must be rewritten for it, or a latitude of 95 would pass.
    # The compiled validators are cached; start from none so this test compiles them.
    from tracker.model import validation
    validation._fast.cache_clear()
    far = samples.feature()
    far["geometry"]["coordinates"] = [200, 35]
    polygon = samples.feature()
    polygon["geometry"] = {"type": "Polygon", "coordinates": [[[36, 35], [37, 95], [37, 36], [36, 35]]]}
    cases = [
        ("feature", samples.feature(), [far, polygon, samples.feature(kind="fort")]),
        ("entry", samples.entry(), [samples.entry(credibility=9), samples.entry(recorded_at="2025")]),
        ("new_entry", samples.new_entry(), [dict(samples.new_entry(), id="e9")]),
        ("new_feature", {k: v for k, v in samples.feature(history=[samples.new_entry()]).items() if k != "id"},
         [far]),
        ("retract", {"reason": "misread"}, [{"reason": ""}, {}]),
    ]
    try:
        for kind, valid, invalid in cases:
            fast = validation._fast(kind)
            assert fast(valid) == valid, kind
            for value in invalid:
                with pytest.raises(fastjsonschema.JsonSchemaException):
                    fast(value)
                assert problems(kind, value, today=TODAY), (kind, value)
    finally:
        validation._fast.cache_clear()


def test_a_new_facility_names_fields_from_its_properties():
    new = {k: v for k, v in samples.feature(kind="fort", history=[samples.new_entry(note="")]).items() if k != "id"}
    assert messages("new_feature", new) == ["kind: 'fort' is not one of " + samples.KIND_WORDS,
                                            "status_history[0].note: is empty"]


@pytest.mark.parametrize("zone", ["XXX-14", "YYY+11"])  # POSIX TZ: UTC+14 and UTC-11
def test_the_future_is_counted_from_the_utc_date_whatever_the_local_zone(monkeypatch, zone):
    utc = datetime.datetime.now(datetime.timezone.utc).date()
    monkeypatch.setenv("TZ", zone)
    time.tzset()
    try:
        ahead, beyond = ((utc + datetime.timedelta(days=n)).isoformat() for n in (1, 2))
        assert problems("entry", samples.entry(effective=ahead, source_published=ahead)) == []
        assert [str(p) for p in problems("entry", samples.entry(effective=beyond, source_published=ahead))] == [
            f"effective: {beyond!r} is in the future"]
    finally:
        monkeypatch.undo()
        time.tzset()


def test_a_problem_without_a_field_is_its_message():
    from tracker.model.validation import Problem
    assert str(Problem("", "not a JSON object")) == "not a JSON object"
    assert str(Problem("note", "is empty")) == "note: is empty"


URL_PIECES = st.text(alphabet="aZ09.-/@:[]?#%\\ \t\x01\x7f\x85\u0645\u2028", max_size=14)


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(["http://", "https://", "HTTPS://", "https:/", "ftp://", ""]), URL_PIECES, URL_PIECES)
def test_a_url_passed_without_parsing_is_one_the_parser_passes_too(scheme, host, rest):
    from tracker.model.urls import parsed_url_problem, url_problem

    url = scheme + host + rest
    assert url_problem(url) == parsed_url_problem(url)


def test_the_common_url_forms_are_judged_as_parsed():
    from tracker.model.urls import parsed_url_problem, url_problem

    for url in ("https://reuters.example/2025/02/22/report-5968", "http://a.b", "https://a.b/\u0645?q=1#x",
                "https://a.b/[x]", "https://reuters.com@evil.example/", "https://a.b:99999/", "https://a.b/p q",
                "https://[::1]/", "https://a.b\\@c/"):
        assert url_problem(url) == parsed_url_problem(url)
    assert url_problem("https://a.b/[x]") == "has brackets outside an IPv6 host"
