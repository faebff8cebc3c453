"""POST /api/reports/extract, the paste form, the review page and accepting a card."""

import json

import pytest

from tests import samples
from tracker.store import FolderStore

REPORT = ("Russia withdraws from Amuda\n\nRussian forces withdrew from the base in Amuda on "
          "Wednesday, moving their equipment to Qamishli airport, the Observatory said. "
          "Russian officers also visited Tartus.")


def post(client, body, token=None):
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return client.post("/api/reports/extract", data=json.dumps(body), headers=headers,
                       content_type="application/json")


def test_extract_answers_proposals_and_stores_nothing(client, token, data_files):
    before = data_files()
    answer = post(client, {"text": REPORT, "publisher": "SOT", "published": "2024-12-25"}, token)
    assert answer.status_code == 200
    body = answer.get_json()
    assert body["report"]["language"] == "en" and len(body["report"]["sha256"]) == 64
    statuses = {(p["facility"], p["status"], p["effective"]) for p in body["proposals"]}
    assert ("amuda", "withdrawn", "2024-12-25") in statuses
    # Equipment moved out of a base being left is an evacuation: its destination is not
    # proposed as reinforced, only listed as named.
    assert "qamishli-airport" not in {p["facility"] for p in body["proposals"]}
    assert "qamishli-airport" in {u["facility"] for u in body["unproposed"]}
    assert data_files() == before


def test_extract_needs_a_token(client, data_files):
    before = data_files()
    assert post(client, {"text": REPORT}).status_code == 401
    assert post(client, {"text": REPORT}, token="wrong").status_code == 401
    assert data_files() == before


@pytest.mark.parametrize("body, status, field", [
    ({}, 422, "text"),
    ({"text": ""}, 422, "text"),
    ({"text": "\x00\x01binary"}, 422, "text"),
    ({"text": "<html><script>alert(1)</script><p>Russia withdrew</p></html>"}, 422, "text"),
    ({"html": "<html><script>alert(1)</script></html>"}, 422, "html"),
    ({"text": "x", "published": "2026-02-30"}, 422, "published"),
    ({"text": "x", "url": "ftp://x"}, 422, "url"),
])
def test_bad_input_is_a_clear_4xx(client, token, body, status, field, data_files):
    before = data_files()
    answer = post(client, body, token)
    assert answer.status_code == status
    assert field in answer.get_json()["errors"]
    assert data_files() == before


def test_five_megabytes_is_refused_before_it_is_read(client, token):
    answer = client.post("/api/reports/extract", data=b'{"text": "' + b"a" * 5_000_000 + b'"}',
                         headers={"Authorization": f"Bearer {token}"}, content_type="application/json")
    assert answer.status_code == 413


def sign_in(client, editor):
    client.post("/login", data={"name": editor, "password": samples.PASSWORD})


def test_review_page_shows_cards_with_the_quote_highlighted_as_text(app, client, editor):
    app.config["WTF_CSRF_ENABLED"] = False
    sign_in(client, editor)
    assert client.get("/reports/new").status_code == 200
    hostile = REPORT + " <img src=x onerror=alert(1)> Russia withdrew from Hisyah."
    page = client.post("/reports/review", data={"report": hostile, "publisher": "SOT <b>",
                                                 "published": "2024-12-25"}).get_data(as_text=True)
    assert 'class="proposal-card"' in page
    assert '<mark class="quote">Russian forces withdrew from the base in Amuda on Wednesday' in page
    assert "<img src=x" not in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "SOT &lt;b&gt;" in page
    assert 'id="unproposed"' in page and "Tartus naval facility" in page


def test_review_needs_an_editor(client):
    assert client.get("/reports/new").status_code == 302


def test_accept_writes_an_entry_with_the_sha256_and_keeps_the_text(app, client, editor, data_dir,
                                                                      runner):
    app.config["WTF_CSRF_ENABLED"] = False
    sign_in(client, editor)
    quote = "Russian forces withdrew from the base in Amuda on Wednesday, moving their equipment to Qamishli airport, the Observatory said."
    card = {"facility": "amuda", "status": "withdrawn", "effective": "2024-12-25",
            "date_precision": "day", "note": "Left Amuda.", "quote": quote,
            "reliability": "C", "credibility": 3}
    report = {"text": REPORT, "publisher": "SOT", "url": "https://sot.example/2024/12/25/"}
    answer = client.post("/reports/accept", json={"report": report, "card": card})
    assert answer.status_code == 201, answer.get_json()
    store = FolderStore(data_dir)
    entry = store.dataset().require("amuda").history[-1]
    assert entry["source"]["quote"] == quote and entry["recorded_by"] == editor
    assert store.report_text(entry["source"]["sha256"]) == REPORT
    from tracker.cli import main
    assert runner.invoke(main, ["verify", str(data_dir)]).exit_code == 0
    # A quote that is not in the report is refused, nothing stored.
    count = len(store.dataset().require("amuda").history)
    bad = client.post("/reports/accept", json={"report": report, "card": dict(card, quote="made up")},
                      headers={"Accept": "application/json"})
    assert bad.status_code == 422 and "source.quote" in bad.get_json()["errors"]
    assert len(FolderStore(data_dir).dataset().require("amuda").history) == count


def test_verify_names_a_quote_that_no_longer_matches(app, client, editor, data_dir, runner):
    app.config["WTF_CSRF_ENABLED"] = False
    sign_in(client, editor)
    quote = "Russian officers also visited Tartus."
    card = {"facility": "tartus-naval-facility", "status": "active", "effective": "2024-12-25",
            "date_precision": "day", "note": "Visit.", "quote": quote, "reliability": "C",
            "credibility": 3}
    answer = client.post("/reports/accept", json={"report": {"text": REPORT, "title": "T",
                                                             "publisher": "SOT"}, "card": card})
    sha = answer.get_json()["entry"]["source"]["sha256"]
    (data_dir / "reports" / f"{sha}.txt").write_text("tampered", encoding="utf-8")
    from tracker.cli import main
    result = runner.invoke(main, ["verify", str(data_dir)])
    assert result.exit_code == 1
    assert f"tartus-naval-facility: {answer.get_json()['entry']['id']}: quote not found" in result.output
