"""The editors' forms through the Flask test client: saving, and problems at their fields."""

import html
import re

import pytest

from tests.pages import sign_in, submit
from tracker.store import FolderStore

ENTRY_FORM = "/facilities/hmeimim-air-base/status/new"
FACILITY_FORM = "/facilities/new"
RETRACTED = "hmeimim-2026-01-28-kurdistan24"
RETRACT_FORM = f"/facilities/hmeimim-air-base/status/{RETRACTED}/retract"
HOSTILE = '<script>alert(1)</script> ${7*7} `id` </textarea><b>"'
ENTRY = {
    "status": "reduced",
    "effective": "2025-03-01",
    "date_precision": "day",
    "note": "Fewer aircraft on the apron.\r\nSecond line.",
    "source_url": "https://example.org/report",
    "source_title": "A report",
    "source_publisher": "Example News",
    "source_published": "2025-03-02",
    "source_quote": "« a verbatim quote »",
    "reliability": "B",
    "credibility": "2",
}
FACILITY = dict(ENTRY, name="Tiyas Air Base", aliases="T-4\r\n\r\nمطار التيفور", kind="air_base",
                operator="Russia", country="SY", location_precision="site",
                latitude="34.5225", longitude="37.6297", facility_id="")


@pytest.fixture
def editor_client(client, editor):
    sign_in(client)
    return client


def history(data_dir, facility_id="hmeimim-air-base"):
    return FolderStore(data_dir).dataset().require(facility_id).history


def field_error(page, field_id):
    """The problem shown under the field with `field_id`, or None."""
    found = re.search(rf'<p class="field-error" id="{field_id}-error">([^<]*)</p>', page)
    return html.unescape(found.group(1)) if found else None


def textarea(page, field_id):
    """The text a textarea holds, unescaped."""
    found = re.search(rf'<textarea [^>]*id="{field_id}"[^>]*>\r?\n?([^<]*)</textarea>', page)
    return html.unescape(found.group(1))


def test_the_entry_form_labels_its_fields_and_explains_the_grades(editor_client):
    page = editor_client.get(ENTRY_FORM).get_data(as_text=True)
    for field_id, label in [("status", "Status"), ("effective", "Effective date"), ("note", "Note"),
                            ("source_url", "Source URL"), ("source_title", "Source title"),
                            ("source_publisher", "Publisher"), ("source_published", "Published"),
                            ("source_quote", "Verbatim quote"), ("reliability", "Source reliability"),
                            ("credibility", "Information credibility")]:
        assert f'<label for="{field_id}">{label}</label>' in page
    assert "B: Usually reliable" in page and "F: Reliability cannot be judged" in page
    assert "1: Confirmed by other sources" in page and "6: Truth cannot be judged" in page
    assert 'placeholder="YYYY-MM-DD"' in page and 'type="date"' not in page  # see forms.DATE_INPUT


def test_the_facility_page_links_the_forms_for_editors_only(client, editor):
    links = ("/facilities/hmeimim-air-base/status/new", RETRACT_FORM, FACILITY_FORM)
    page = client.get("/facilities/hmeimim-air-base").get_data(as_text=True)
    assert not any(f'href="{link}"' in page for link in links)
    sign_in(client)
    page = client.get("/facilities/hmeimim-air-base").get_data(as_text=True)
    assert all(f'href="{link}"' in page for link in links)


def test_an_unknown_facility_has_no_form(editor_client):
    assert editor_client.get("/facilities/nowhere/status/new").status_code == 404


def test_a_saved_entry_leads_to_the_facility_page_at_its_date(editor_client, data_dir):
    response = submit(editor_client, ENTRY_FORM, ENTRY)
    assert response.status_code == 302
    entry = history(data_dir)[-1]
    assert response.headers["Location"] == f"/facilities/hmeimim-air-base?date=2025-03-01#entry-{entry['id']}"
    assert entry["recorded_by"] == "alice"
    assert entry["note"] == "Fewer aircraft on the apron.\nSecond line."  # the browser's CRLF made LF
    assert entry["credibility"] == 2 and entry["source"]["quote"] == "« a verbatim quote »"
    page = editor_client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Saved: <bdi>Hmeimim air base</bdi> reduced from 2025-03-01." in page


def test_empty_optional_source_fields_are_left_out(editor_client, data_dir):
    fields = dict(ENTRY, source_url="", source_published="")
    assert submit(editor_client, ENTRY_FORM, fields).status_code == 302
    assert set(history(data_dir)[-1]["source"]) == {"title", "publisher", "quote"}


def test_a_form_with_errors_keeps_the_input_and_names_each_field(editor_client, data_files):
    before = data_files()
    fields = dict(ENTRY, status="", effective="2026-02-30", note="", source_url="javascript:alert(1)",
                  source_quote=HOSTILE, reliability="G")
    response = submit(editor_client, ENTRY_FORM, fields)
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert field_error(page, "status") == "is required"
    assert field_error(page, "effective") == "'2026-02-30' is not a date"
    assert field_error(page, "note") == "is required"
    assert field_error(page, "source_url") == "'javascript:alert(1)' is not an http or https URL"
    assert field_error(page, "reliability") == "'G' is not one of A, B, C, D, E, F"
    assert field_error(page, "source_title") is None and field_error(page, "credibility") is None
    assert "Nothing was saved" in page
    assert 'value="2026-02-30"' in page and 'value="javascript:alert(1)"' in page
    assert 'value="A report"' in page and 'value="Example News"' in page
    assert textarea(page, "source_quote") == HOSTILE and "<script>" not in page  # kept, as text
    assert re.search(r'<option selected value="2">', page)
    assert data_files() == before


def test_a_source_needs_a_url_or_a_title(editor_client, data_files):
    before = data_files()
    response = submit(editor_client, ENTRY_FORM, dict(ENTRY, source_url="", source_title=""))
    assert response.status_code == 200
    assert field_error(response.get_data(as_text=True), "source_url") == "needs a url or a title"
    assert data_files() == before


def test_an_empty_source_names_each_field_it_needs(editor_client, data_files):
    before = data_files()
    empty = {name: "" for name in ENTRY if name.startswith("source_")}
    page = submit(editor_client, ENTRY_FORM, dict(ENTRY, **empty)).get_data(as_text=True)
    assert field_error(page, "source_url") == "needs a url or a title"
    assert field_error(page, "source_publisher") == field_error(page, "source_quote") == "is required"
    assert "source:" not in page
    assert data_files() == before


def test_the_facility_form_labels_its_fields(editor_client):
    page = editor_client.get(FACILITY_FORM).get_data(as_text=True)
    for label in ("Name", "Aliases", "Kind", "Operator", "Country", "Location precision", "Latitude",
                  "Longitude", "Status", "Effective date", "Source URL", "Verbatim quote"):
        assert f">{label}</label>" in page
    assert 'value="Russia"' in page and 'value="SY"' in page


def test_a_saved_facility_leads_to_its_page(editor_client, data_dir):
    response = submit(editor_client, FACILITY_FORM, FACILITY)
    assert response.status_code == 302
    facility = FolderStore(data_dir).dataset().require("tiyas-air-base")
    [entry] = facility.history
    assert response.headers["Location"] == f"/facilities/tiyas-air-base?date=2025-03-01#entry-{entry['id']}"
    assert facility.feature["geometry"] == {"type": "Point", "coordinates": [37.6297, 34.5225]}
    assert facility.properties["aliases"] == ["T-4", "مطار التيفور"]
    assert entry["recorded_by"] == "alice" and entry["status"] == "reduced"


@pytest.mark.parametrize("changes, field_id, message", [
    ({"latitude": "91"}, "latitude", "latitude 91.0 is out of range -90..90"),
    ({"longitude": "-200.5"}, "longitude", "longitude -200.5 is out of range -180..180"),
    ({"latitude": "north"}, "latitude", "'north' is not a number"),
    ({"latitude": "nan"}, "latitude", "'nan' is not a number"),
    ({"longitude": ""}, "longitude", "is required"),
    ({"name": ""}, "name", "is required"),
    ({"aliases": "T-4\n" + "x" * 501}, "aliases", "aliases[1]: is longer than 500 characters"),
    ({"kind": ""}, "kind", "is required"),
    ({"location_precision": ""}, "location_precision", "is required"),
    ({"country": "Syria"}, "country", "'Syria' is not an ISO 3166-1 alpha-2 country code (e.g. SY)"),
    ({"facility_id": "hmeimim-air-base"}, "facility_id", "'hmeimim-air-base' already exists"),
    ({"facility_id": "new"}, "facility_id", "'new' is reserved; choose another"),
    ({"effective": "2026-02-30"}, "effective", "'2026-02-30' is not a date"),
    ({"source_url": "ftp://x.org/"}, "source_url", "'ftp://x.org/' is not an http or https URL"),
    ({"note": "   "}, "note", "is required"),
])
def test_a_bad_facility_form_names_the_field(editor_client, data_files, changes, field_id, message):
    before = data_files()
    response = submit(editor_client, FACILITY_FORM, dict(FACILITY, **changes))
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert field_error(page, field_id) == message
    assert 'value="Example News"' in page and textarea(page, "source_quote") == "« a verbatim quote »"
    assert data_files() == before


def test_the_retract_form_marks_the_entry_and_keeps_it(editor_client, data_dir):
    page = editor_client.get(RETRACT_FORM).get_data(as_text=True)
    assert "Retract status entry" in page and '<label for="reason">Reason</label>' in page
    response = submit(editor_client, RETRACT_FORM, {"reason": "Misread the report."})
    assert response.status_code == 302
    assert response.headers["Location"] == f"/facilities/hmeimim-air-base?date=2026-01-28#entry-{RETRACTED}"
    entry = next(e for e in history(data_dir) if e["id"] == RETRACTED)
    assert entry["retracted"]["by"] == "alice" and entry["retracted"]["reason"] == "Misread the report."
    page = editor_client.get(RETRACT_FORM).get_data(as_text=True)
    assert "Retracted already" in page and "Misread the report." in page and "<textarea" not in page


def test_a_retraction_needs_a_reason(editor_client, data_files):
    before = data_files()
    response = submit(editor_client, RETRACT_FORM, {"reason": " "})
    assert response.status_code == 200
    assert field_error(response.get_data(as_text=True), "reason") == "is required"
    assert data_files() == before


def test_an_unknown_entry_has_no_retract_form(editor_client):
    assert editor_client.get("/facilities/hmeimim-air-base/status/nothing/retract").status_code == 404
