"""Atom feeds (RFC 4287) of what the record gains: new entries and retractions (README, "Feeds").

`/feeds/changes.atom` has the whole dataset, `/feeds/facilities/<id>.atom` one facility,
`/feeds/operators/<operator>.atom` one operator's facilities; newest first, each entry
linking to its facility's page at the entry's date. An entry is dated when it was
recorded (a retraction, when it was made), which is when a subscriber learns of it;
the date it takes effect is in its title. Written with feedgen, which escapes every text.
"""

from feedgen.feed import FeedGenerator
from flask import Blueprint, url_for

from tracker.exports.report_html import entry_html, status_name
from tracker.errors import NotFound
from tracker.web.responses import store, text_response

bp = Blueprint("feeds", __name__, url_prefix="/feeds")
ATOM = "application/atom+xml"
FEED_SIZE = 100  # the newest events; older ones are in the API and the history CSV
TAG = "tag:posture-tracker,2024:"  # Atom ids are permanent: they name no host


@bp.get("/changes.atom")
def changes():
    """The newest entries and retractions of every facility."""
    dataset = store().dataset()
    return feed_answer(dataset, list(dataset), "changes", "Posture tracker: changes",
                       url_for("feeds.changes", _external=True), url_for("views.map_page", _external=True))


@bp.get("/facilities/<facility_id>.atom")
def facility(facility_id):
    """The entries and retractions of one facility."""
    dataset = store().dataset()
    found = dataset.require(facility_id)
    return feed_answer(dataset, [found], f"facilities/{facility_id}",
                       f"{found.properties['name']}: changes",
                       url_for("feeds.facility", facility_id=facility_id, _external=True),
                       url_for("views.facility_page", facility_id=facility_id, _external=True))


@bp.get("/operators/<operator>.atom")
def operator(operator):
    """The entries and retractions of one operator's facilities."""
    dataset = store().dataset()
    chosen = [f for f in dataset if f.properties["operator"] == operator]
    if not chosen:
        raise NotFound(f"no facility has operator {operator!r}", {"operator": f"{operator!r} has no facilities"})
    return feed_answer(dataset, chosen, f"operators/{operator}", f"{operator}: changes",
                       url_for("feeds.operator", operator=operator, _external=True),
                       url_for("views.map_page", operator=operator, _external=True))


def events(facilities):
    """(time, facility, entry, retraction or None) of every entry and retraction, newest first."""
    found = []
    for facility in facilities:
        for entry in facility.history:
            found.append((entry["recorded_at"], facility, entry, None))
            if "retracted" in entry:
                found.append((entry["retracted"]["at"], facility, entry, entry["retracted"]))
    return sorted(found, key=lambda event: (event[0], event[2]["id"], event[3] is not None), reverse=True)


def feed_answer(dataset, facilities, name, title, self_url, page_url):
    chosen = events(facilities)[:FEED_SIZE]
    feed = FeedGenerator()
    feed.id(TAG + name)
    feed.title(title)
    feed.subtitle("New status entries and retractions, every one sourced.")
    feed.link(href=self_url, rel="self", type=ATOM)
    feed.link(href=page_url, rel="alternate", type="text/html")
    feed.author({"name": "Posture tracker"})
    feed.updated(chosen[0][0] if chosen else "1970-01-01T00:00:00Z")
    for event in chosen:
        add_event(feed, *event)
    return text_response(feed.atom_str(pretty=True), dataset, ATOM)


def add_event(feed, at, facility, entry, retraction):
    name, status = facility.properties["name"], status_name(entry["status"]).lower()
    item = feed.add_entry(order="append")
    title = f"{name}: {status} from {entry['effective']}"
    if retraction:
        item.id(f"{TAG}entries/{entry['id']}/retraction")
        item.title(f"Retracted: {title}")
        item.author({"name": retraction["by"]})
    else:
        item.id(f"{TAG}entries/{entry['id']}")
        item.title(title)
        item.author({"name": entry["recorded_by"]})
    item.updated(at)
    item.published(at)
    item.category(term=entry["status"], label=status)
    item.link(href=url_for("views.facility_page", facility_id=facility.id, date=entry["effective"],
                           _external=True, _anchor=f"entry-{entry['id']}"), rel="alternate", type="text/html")
    item.content(entry_html(entry, retraction=retraction), type="html")
