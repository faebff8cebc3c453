"""The write API (README, "JSON API"): new facilities, new entries, retractions.

Every endpoint needs a bearer token and answers with the stored object. Bodies are
parsed strictly (no NaN, no repeated keys) and handed to `tracker.editing`, the code
path the forms use too. An answer comes only once the write is on disk.
"""

from flask import Blueprint, g, url_for

from tracker import editing
from tracker.web.auth import token_required
from tracker.web.bodies import json_body
from tracker.web.responses import store

bp = Blueprint("api_write", __name__, url_prefix="/api")


@bp.post("/facilities")
@token_required
def create_facility():
    """Store a new facility (a Feature; `status_history` may hold new entries)."""
    facility = editing.add_facility(store(), json_body(), g.editor)
    location = url_for("api.facility", facility_id=facility.id)
    return facility.feature, 201, {"Location": location}


@bp.post("/facilities/<facility_id>/status")
@token_required
def create_entry(facility_id):
    """Add a status entry to a facility."""
    _, entry = editing.add_entry(store(), facility_id, json_body(), g.editor)
    return entry, 201


@bp.post("/facilities/<facility_id>/status/<entry_id>/retract")
@token_required
def retract_entry(facility_id, entry_id):
    """Retract an entry, giving a reason; it stays in the history."""
    _, entry = editing.retract_entry(store(), facility_id, entry_id, json_body(), g.editor)
    return entry
