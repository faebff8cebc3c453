"""Report intake on the web: the extraction API, the paste form and the review page.

`POST /api/reports/extract` (bearer token) and the review page both call
`tracker.intake.extract` and store nothing. The review page's cards are accepted one
at a time by `POST /reports/accept` (the editor's session and CSRF token), which
writes through `tracker.editing.accept_proposal`, the one write path.
"""

import re

from flask import Blueprint, g, render_template, request, url_for

from tracker import editing, model
from tracker.errors import BadRequest, Invalid
from tracker.intake import extract
from tracker.web.auth import editor_required, token_required
from tracker.web.bodies import json_body
from tracker.web.responses import store

api = Blueprint("reports_api", __name__, url_prefix="/api/reports")
bp = Blueprint("reports", __name__, url_prefix="/reports")
LOOKS_LIKE_HTML = re.compile(r"^\s*<(?:!doctype|html|head|body|article|div|p)\b", re.IGNORECASE)
FIELDS = ("url", "title", "publisher", "published")


def features():
    """The stored facility Features, for matching names and grading publishers."""
    return [facility.feature for facility in store().dataset()]


@api.post("/extract")
@token_required
def extract_report():
    """Propose entries from a report's text or HTML; store nothing."""
    return extract(json_body(), features())


@bp.get("/new")
@editor_required
def new_report():
    """Show the form to paste a report."""
    return render_template("report_new.html", fields={}, error=None)


def posted_report():
    """The pasted report as `extract` takes it: HTML goes in `html`, anything else in `text`."""
    pasted = request.form.get("report", "")
    fields = {key: request.form.get(key, "") for key in FIELDS}
    fields["html" if LOOKS_LIKE_HTML.match(pasted) else "text"] = pasted
    return fields


def paragraph_parts(text, proposal):
    """(before, quote, after) of the quote's paragraph, for highlighting the quote in it."""
    para_start, para_end = proposal["paragraph_span"]
    start, end = proposal["quote_span"]
    return text[para_start:start], text[start:end], text[end:para_end]


@bp.post("/review")
@editor_required
def review():
    """Extract proposals from the pasted report and show one card a proposal."""
    fields = posted_report()
    try:
        result, text = extract(fields, features(), with_text=True)
    except (BadRequest, Invalid) as error:
        return render_template("report_new.html", fields=fields, error=error), 422
    cards = [dict(p, parts=paragraph_parts(text, p)) for p in result["proposals"]]
    facilities = sorted(((f["id"], f["properties"]["name"]) for f in features()), key=lambda x: x[1])
    return render_template("report_review.html", result=result, text=text, cards=cards,
                           facilities=facilities, vocabulary=model)


@bp.post("/accept")
@editor_required
def accept():
    """Store one accepted card as an entry; answer with where it is."""
    body = json_body()
    facility, entry = editing.accept_proposal(store(), body.get("report") or {},
                                              body.get("card") or {}, g.editor)
    page = url_for("views.facility_page", facility_id=facility.id, date=entry["effective"])
    return {"ok": True, "facility": facility.id, "entry": entry, "url": page}, 201
