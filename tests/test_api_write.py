"""The write API (README, "JSON API"): who may write, what is stored, what is refused."""

import json
import re

import pytest

from tests import samples
from tracker.store import FolderStore
from tracker.model.validation import is_timestamp

HMEIMIM = "/api/facilities/hmeimim-air-base"
ENTRY_URL = HMEIMIM + "/status"
REINFORCED = "hmeimim-2026-01-28-kurdistan24"  # the seed's latest Hmeimim entry
RETRACT_URL = f"{ENTRY_URL}/{REINFORCED}/retract"
HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)> ${7*7} `rm -rf` </script>"\'&'


def post(client, url, body, token=None, headers=()):
    """POST `body` (JSON unless str or bytes) with the bearer `token`."""
    headers = dict(headers)
    if token:
        headers["Authorization"] = f"Bearer {token}"
    data = body if isinstance(body, (str, bytes)) else json.dumps(body)
    return client.post(url, data=data, headers=headers, content_type="application/json")


def stored(data_dir, facility_id):
    return FolderStore(data_dir).dataset().require(facility_id)


def new_facility(entry=None, **properties):
    """A facility as a client sends it: no id, one new entry."""
    feature = samples.feature(history=[entry or samples.new_entry()], **properties)
    del feature["id"]
    return feature


def test_the_seed_lists_the_entry_the_tests_retract(data_dir):
    assert stored(data_dir, "hmeimim-air-base").entry(REINFORCED)["status"] == "reinforced"


# Writes that succeed ---------------------------------------------------------------

def test_a_new_entry_is_stored_recorded_and_returned(client, token, data_dir, data_files):
    before = data_files()
    response = post(client, ENTRY_URL, samples.new_entry(status="reduced"), token)
    assert response.status_code == 201, response.json
    entry = response.json
    assert re.fullmatch(r"2025-03-01-[0-9a-f]{8}", entry["id"])
    assert entry["recorded_by"] == "alice" and is_timestamp(entry["recorded_at"])
    assert {k: v for k, v in entry.items() if k not in ("id", "recorded_at", "recorded_by")} == \
        samples.new_entry(status="reduced")
    assert stored(data_dir, "hmeimim-air-base").entry(entry["id"]) == entry
    after = data_files()
    changed = {name for name in after if after[name] != before.get(name)}
    assert changed == {"hmeimim-air-base.geojson", ".tracker.generation"}
    posture = client.get("/api/posture?date=2025-06-01").json
    hmeimim = next(f for f in posture["features"] if f["id"] == "hmeimim-air-base")
    assert hmeimim["properties"]["entry"] == entry


def test_hostile_text_is_stored_exactly_as_given(client, token, data_dir):
    sent = samples.new_entry(note=HOSTILE, source_title=HOSTILE, source_quote=HOSTILE)
    response = post(client, ENTRY_URL, sent, token)
    assert response.status_code == 201
    entry = stored(data_dir, "hmeimim-air-base").entry(response.json["id"])
    assert entry["note"] == entry["source"]["title"] == entry["source"]["quote"] == HOSTILE


def test_a_new_facility_gets_an_id_from_its_name(client, token, data_dir):
    response = post(client, "/api/facilities", new_facility(name="Tiyas (T-4) Air Base"), token)
    assert response.status_code == 201, response.json
    assert response.headers["Location"] == "/api/facilities/tiyas-t-4-air-base"
    feature = response.json
    assert feature["id"] == "tiyas-t-4-air-base"
    [entry] = feature["properties"]["status_history"]
    assert entry["recorded_by"] == "alice" and entry["note"] == samples.ENTRY["note"]
    assert stored(data_dir, "tiyas-t-4-air-base").feature == feature
    assert client.get(response.headers["Location"]).json == feature


def test_a_new_facility_may_come_without_history_or_aliases(client, token, data_dir):
    feature = new_facility()
    del feature["properties"]["status_history"], feature["properties"]["aliases"]
    feature["id"] = "quiet-outpost"
    response = post(client, "/api/facilities", feature, token)
    assert response.status_code == 201, response.json
    properties = stored(data_dir, "quiet-outpost").properties
    assert properties["status_history"] == [] and properties["aliases"] == []


def test_a_retraction_keeps_the_entry_and_the_posture_falls_back(client, token, data_dir):
    before = client.get("/api/posture?date=2026-02-01").json
    assert _status(before, "hmeimim-air-base") == "reinforced"
    response = post(client, RETRACT_URL, {"reason": "The report was about Tartus."}, token)
    assert response.status_code == 200, response.json
    retracted = response.json["retracted"]
    assert retracted["by"] == "alice" and retracted["reason"] == "The report was about Tartus."
    assert is_timestamp(retracted["at"])
    history = stored(data_dir, "hmeimim-air-base").history
    assert [e["id"] for e in history if "retracted" in e] == [REINFORCED] and len(history) == 2
    after = client.get("/api/posture?date=2026-02-01").json
    assert _status(after, "hmeimim-air-base") == "active"


def _status(collection, facility_id):
    return next(f["properties"]["status"] for f in collection["features"] if f["id"] == facility_id)


# Who may write --------------------------------------------------------------------

WRITES = [
    (ENTRY_URL, samples.new_entry()),
    ("/api/facilities", new_facility()),
    (RETRACT_URL, {"reason": "wrong"}),
]


@pytest.mark.parametrize("url, body", WRITES)
@pytest.mark.parametrize("authorization, message", [
    (None, "is missing (Bearer <token>)"),
    ("Bearer not-a-token", "is not a valid token"),
    ("Bearer ", "is missing (Bearer <token>)"),
    ("Basic YWxpY2U6cGFzc3dvcmQ=", "is missing (Bearer <token>)"),
])
def test_a_write_without_a_valid_token_is_refused(client, token, data_files, url, body, authorization,
                                                  message):
    before = data_files()
    headers = {"Authorization": authorization} if authorization else {}
    response = post(client, url, body, headers=headers)
    assert response.status_code == 401
    assert response.json == {"ok": False, "error": response.json["error"], "errors": {"Authorization": message}}
    assert response.headers["WWW-Authenticate"].startswith("Bearer")
    assert data_files() == before


def test_a_signed_in_session_does_not_authorise_the_api(client, editor, data_files):
    before = data_files()
    with client.session_transaction() as session:
        session["editor"] = editor
    assert post(client, ENTRY_URL, samples.new_entry()).status_code == 401
    assert data_files() == before


def test_a_token_of_another_instance_is_refused(client, token, data_files, tmp_path):
    from tracker.accounts import Accounts
    other = Accounts(tmp_path / "other")
    other.add("alice", samples.PASSWORD)
    before = data_files()
    assert post(client, ENTRY_URL, samples.new_entry(), other.new_token("alice")).status_code == 401
    assert data_files() == before


# What is refused ------------------------------------------------------------------

def _without_source():
    entry = samples.new_entry()
    del entry["source"]
    return entry


def _without_url_and_title():
    entry = samples.new_entry()
    del entry["source"]["url"], entry["source"]["title"]
    return entry


BAD_ENTRIES = [
    (samples.new_entry(source_url="javascript:alert(1)"), "source.url",
     "'javascript:alert(1)' is not an http or https URL"),
    (samples.new_entry(source_url="ftp://example.org/x"), "source.url",
     "'ftp://example.org/x' is not an http or https URL"),
    (samples.new_entry(effective="2026-02-30"), "effective", "'2026-02-30' is not a date"),
    (samples.new_entry(effective="27/01/2026"), "effective", "'27/01/2026' is not a date"),
    (samples.new_entry(source_published="2025-13-01"), "source.published", "'2025-13-01' is not a date"),
    (samples.new_entry(effective="2999-01-01"), "effective", "'2999-01-01' is in the future"),
    (samples.new_entry(status="gone"), "status",
     "'gone' is not one of " + samples.STATUS_WORDS),
    (samples.new_entry(note=""), "note", "is empty"),
    (samples.new_entry(note=None), "note", "None is not text"),
    (_without_source(), "source", "is required"),
    (_without_url_and_title(), "source", "needs a url or a title"),
    (samples.new_entry(source_quote=""), "source.quote", "is empty"),
    (samples.new_entry(reliability="G"), "reliability", "'G' is not one of A, B, C, D, E, F"),
    (samples.new_entry(credibility=7), "credibility", "7 is not one of 1, 2, 3, 4, 5, 6"),
    (samples.new_entry(credibility="2"), "credibility", "'2' is not a whole number"),
    (dict(samples.new_entry(), id="mine"), "id", "is not a known field"),
    (dict(samples.new_entry(), recorded_by="mallory"), "recorded_by", "is not a known field"),
    (samples.new_entry(retracted={"at": "2025-01-01T00:00:00Z", "by": "x", "reason": "y"}), "retracted",
     "is not a known field"),
]


@pytest.mark.parametrize("body, field, message", BAD_ENTRIES)
def test_a_bad_entry_is_refused_naming_the_field(client, token, data_files, body, field, message):
    before = data_files()
    response = post(client, ENTRY_URL, body, token)
    assert response.status_code == 422
    assert response.json["ok"] is False
    assert response.json["errors"][field] == message
    assert f"{field}: {message}" in response.json["error"]
    assert data_files() == before


def _point(lon, lat):
    feature = new_facility()
    feature["geometry"]["coordinates"] = [lon, lat]
    return feature


BAD_FACILITIES = [
    (_point(36.5, 91), 422, "geometry.coordinates[1]", "latitude 91 is out of range -90..90"),
    (_point(181, 35), 422, "geometry.coordinates[0]", "longitude 181 is out of range -180..180"),
    (_point("36.5", 35), 422, "geometry.coordinates[0]", "'36.5' is not a number"),
    (new_facility(kind="castle"), 422, "kind",
     "'castle' is not one of " + samples.KIND_WORDS),
    (new_facility(country="Syria"), 422, "country",
     "'Syria' is not an ISO 3166-1 alpha-2 country code (e.g. SY)"),
    (new_facility(name=""), 422, "name", "is empty"),
    (new_facility(samples.new_entry(note="")), 422, "status_history[0].note", "is empty"),
    (dict(new_facility(), id="Bad Id"), 422, "id",
     "'Bad Id' is not a valid facility id (lower-case letters, digits, single hyphens)"),
    (dict(new_facility(), id="new"), 422, "id", "'new' is reserved; choose another"),
    (new_facility(name="حميميم"), 422, "id", "cannot be made from the name 'حميميم'; give an id"),
    (dict(new_facility(), id="hmeimim-air-base"), 409, "id", "'hmeimim-air-base' already exists"),
]


@pytest.mark.parametrize("body, status, field, message", BAD_FACILITIES)
def test_a_bad_facility_is_refused_naming_the_field(client, token, data_files, body, status, field, message):
    before = data_files()
    response = post(client, "/api/facilities", body, token)
    assert response.status_code == status
    assert response.json["errors"][field] == message
    assert data_files() == before


BAD_BODIES = [
    ("{", 400, "not valid JSON: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"),
    ("", 400, "not valid JSON: Expecting value: line 1 column 1 (char 0)"),
    ('{"note": NaN}', 400, "not valid JSON: NaN is not allowed in JSON"),
    ('{"note": "a", "note": "b"}', 400, "not valid JSON: key 'note' appears twice in one object"),
    ("[]", 400, "is not a JSON object"),
    ('"text"', 400, "is not a JSON object"),
    (b"\xff\xfe{}", 400, "is not UTF-8 text"),
    (b'{"note": "' + b"x" * (1024 * 1024) + b'"}', 413, "is larger than 1048576 bytes"),
]


@pytest.mark.parametrize("url", [url for url, _ in WRITES])
@pytest.mark.parametrize("body, status, message", BAD_BODIES)
def test_a_bad_body_is_refused_naming_it(client, token, data_files, url, body, status, message):
    before = data_files()
    response = post(client, url, body, token)
    assert response.status_code == status
    assert response.json == {"ok": False, "error": f"body: {message}", "errors": {"body": message}}
    assert data_files() == before


@pytest.mark.parametrize("url, body", [
    ("/api/facilities/nowhere/status", samples.new_entry()),
    ("/api/facilities/nowhere/status", {}),
    ("/api/facilities/nowhere/status/x/retract", {"reason": "r"}),
])
def test_an_unknown_facility_is_404(client, token, data_files, url, body):
    before = data_files()
    response = post(client, url, body, token)
    assert response.status_code == 404
    assert response.json["errors"] == {"id": "'nowhere' does not exist"}
    assert data_files() == before


@pytest.mark.parametrize("url, body, status, field, message", [
    (f"{ENTRY_URL}/no-such-entry/retract", {"reason": "r"}, 404, "entry_id", "'no-such-entry' does not exist"),
    (RETRACT_URL, {}, 422, "reason", "is required"),
    (RETRACT_URL, {"reason": ""}, 422, "reason", "is empty"),
    (RETRACT_URL, {"reason": "r", "by": "mallory"}, 422, "by", "is not a known field"),
])
def test_a_bad_retraction_is_refused(client, token, data_files, url, body, status, field, message):
    before = data_files()
    response = post(client, url, body, token)
    assert response.status_code == status
    assert response.json["errors"][field] == message
    assert data_files() == before


def test_an_entry_is_retracted_only_once(client, token, data_files):
    assert post(client, RETRACT_URL, {"reason": "first"}, token).status_code == 200
    before = data_files()
    response = post(client, RETRACT_URL, {"reason": "second"}, token)
    assert response.status_code == 409
    assert response.json["errors"]["entry_id"].startswith(f"'{REINFORCED}' was retracted at ")
    assert data_files() == before
