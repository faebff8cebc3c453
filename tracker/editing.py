"""Writes by editors: new status entries, new facilities, retractions.

The forms and the write API both call these functions, so both take the same checks
and store the same shapes. Client fields are validated against the `new_*` schemas
before anything is written (the store validates the whole facility again under its
lock); the server adds what the client may not choose: ids, `recorded_at`,
`recorded_by`, the retraction's `at` and `by`. Nothing is ever deleted: a retraction
marks the entry and leaves it in the history.
"""

import datetime
import re
import secrets
import unicodedata
from copy import deepcopy

from tracker import model
from tracker.errors import Conflict, Invalid, NotFound
from tracker.store.base import report_digest
from tracker.store.serialization import canonical
from tracker.model.validation import problems

ENTRY_ID_HEX_BYTES = 4
MAX_SLUG = 80
# `/facilities/new` is the new-facility form, so a facility cannot be called "new".
RESERVED_IDS = {"new"}


def now():
    """The current UTC time as stored in `recorded_at`: YYYY-MM-DDTHH:MM:SSZ."""
    return datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def slugify(name):
    """Make a facility id from a name: "Hmeimim Air Base" -> "hmeimim-air-base".

    Letters outside ASCII are dropped after removing accents; a name in another
    script alone gives "", and the editor must choose an id.
    """
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:MAX_SLUG].strip("-")


def _check(kind, fields):
    found = problems(kind, fields)
    if found:
        raise Invalid.from_problems(found)


def new_entry_id(effective):
    """A new entry id: its effective date and random hex, "2026-01-28-9f3a1c2b"."""
    return f"{effective}-{secrets.token_hex(ENTRY_ID_HEX_BYTES)}"


def _stored_entry(fields, editor):
    """Give a client's entry its id and record of who stored it when."""
    entry = dict(fields, id=new_entry_id(fields["effective"]), recorded_at=now(), recorded_by=editor)
    return canonical(entry, model.ENTRY_SCHEMA)


def add_entry(store, facility_id, fields, editor):
    """Add a status entry from client `fields` to a facility, recorded by `editor`.

    Returns
    -------
    (Facility, dict)
        The facility as stored and the new entry.

    Raises
    ------
    NotFound
        No facility `facility_id`.
    Invalid
        `fields` break the model; nothing is written.
    """
    store.dataset().require(facility_id)
    _check("new_entry", fields)
    entry = _stored_entry(deepcopy(fields), editor)

    def append(feature):
        feature["properties"]["status_history"].append(entry)
        return feature
    return store.update(facility_id, append), entry


def add_facility(store, fields, editor):
    """Add a facility from a client's Feature; its `status_history` holds new entries.

    The id is made from the name when the client gives none.

    Returns
    -------
    Facility
        As stored.

    Raises
    ------
    Invalid
        `fields` break the model, or no id can be made from the name.
    Conflict
        The id is taken.
    """
    _check("new_feature", fields)
    feature = deepcopy(fields)
    properties = feature["properties"]
    feature["id"] = feature.get("id") or slugify(properties["name"])
    if not feature["id"]:
        raise Invalid.at("id", f"cannot be made from the name {properties['name']!r}; give an id")
    if feature["id"] in RESERVED_IDS:
        raise Invalid.at("id", f"{feature['id']!r} is reserved; choose another")
    properties.setdefault("aliases", [])
    properties["status_history"] = [_stored_entry(entry, editor)
                                    for entry in properties.get("status_history", [])]
    return store.create(canonical(feature, model.FEATURE_SCHEMA))


def find_entry(feature, entry_id):
    """Return the entry `entry_id` of a facility Feature; raise NotFound when it has none."""
    entry = next((e for e in feature["properties"]["status_history"] if e["id"] == entry_id), None)
    if entry is None:
        raise NotFound(f"facility {feature['id']!r} has no entry {entry_id!r}",
                       {"entry_id": f"{entry_id!r} does not exist"})
    return entry


def retract_entry(store, facility_id, entry_id, fields, editor):
    """Mark an entry retracted by `editor`, with the reason in `fields`; it stays in the history.

    Returns
    -------
    (Facility, dict)
        The facility as stored and the retracted entry.

    Raises
    ------
    NotFound
        No such facility or entry.
    Conflict
        The entry is retracted already.
    Invalid
        `fields` lack a reason; nothing is written.
    """
    store.dataset().require(facility_id)
    _check("retract", fields)
    retraction = {"at": now(), "by": editor, "reason": fields["reason"]}

    def retract(feature):
        entry = find_entry(feature, entry_id)
        if "retracted" in entry:
            raise Conflict(f"entry {entry_id!r} was retracted already",
                           {"entry_id": f"{entry_id!r} was retracted at {entry['retracted']['at']}"})
        entry["retracted"] = retraction
        return feature
    facility = store.update(facility_id, retract)
    return facility, facility.entry(entry_id)


def _report_source(report, quote, sha256):
    """The `source` of an entry made from a kept report: the editor's fields and the sha256."""
    source = {key: report[key] for key in ("url", "title", "publisher", "published")
              if report.get(key)}
    return dict(source, quote=quote, sha256=sha256)


def accept_proposal(store, report, card, editor):
    """Store one accepted intake proposal as an entry (and a facility, when it is new).

    `report` holds the report's `text` and its `url`, `title`, `publisher`, `published`
    as the editor left them; `card` the proposal's fields as edited: `facility` (a
    stored id) or `new_facility` (a Feature without history), and the entry's fields.
    The text is kept first (content-addressed: keeping it twice changes nothing), so an
    entry never cites a text that is not kept.

    Returns
    -------
    (Facility, dict)
        The facility as stored and the new entry.

    Raises
    ------
    Invalid
        The quote is not in the report's text, or the fields break the model.
    NotFound
        `facility` names no stored facility.
    Conflict
        A new facility's id is taken.
    """
    text, quote = report.get("text") or "", card.get("quote") or ""
    if not quote or quote not in text:
        raise Invalid.at("source.quote", "is not found verbatim in the report's text")
    fields = {key: card[key] for key in ("status", "effective", "date_precision", "note",
                                         "reliability", "credibility") if key in card}
    fields["source"] = _report_source(report, quote, report_digest(text))
    _check("new_entry", fields)
    store.save_report(text)
    if card.get("facility"):
        return add_entry(store, card["facility"], fields, editor)
    feature = deepcopy(card.get("new_facility") or {})
    feature.setdefault("properties", {})["status_history"] = [fields]
    facility = add_facility(store, feature, editor)
    return facility, facility.history[-1]
