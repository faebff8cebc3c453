"""Atom feeds: valid Atom (feedparser), the seed changes newest first, retractions, links from the pages."""

import re

import feedparser
import pytest

from tests import samples
from tracker.editing import add_entry, retract_entry

ATOM = "application/atom+xml"


def parsed(client, path):
    response = client.get(path)
    assert response.status_code == 200 and response.mimetype == ATOM
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    feed = feedparser.parse(response.data)
    assert not feed.bozo, feed.get("bozo_exception")  # well-formed XML in the Atom namespace
    assert feed.version == "atom10"
    return feed


def test_the_changes_feed_lists_every_seed_entry_newest_first(client, store):
    feed = parsed(client, "/feeds/changes.atom")
    entries = {e["id"]: e for f in store.dataset() for e in f.history}
    assert {item.id.rsplit("/", 1)[-1] for item in feed.entries} == set(entries)
    updated = [item.updated for item in feed.entries]
    assert updated == sorted(updated, reverse=True)
    hmeimim = next(item for item in feed.entries if item.id.endswith("/hmeimim-2026-01-28-kurdistan24"))
    assert hmeimim.title == "Hmeimim air base: reinforced from 2026-01-28"
    assert hmeimim.link == "http://localhost/facilities/hmeimim-air-base?date=2026-01-28#entry-hmeimim-2026-01-28-kurdistan24"
    assert hmeimim.author == "seed" and hmeimim.tags[0].term == "reinforced"
    assert feed.feed.title == "Posture tracker: changes"
    assert {link.rel: link.href for link in feed.feed.links}["self"] == "http://localhost/feeds/changes.atom"


def test_a_new_entry_and_a_retraction_come_first_escaped(client, store):
    hostile = '<script>alert(1)</script> & "quotes"'
    _, entry = add_entry(store, "amuda", samples.new_entry(note=hostile, effective="2026-02-01"), "alice")
    retract_entry(store, "amuda", entry["id"], {"reason": "<b>misread</b>"}, "bob")
    feed = parsed(client, "/feeds/facilities/amuda.atom")
    retraction, added = feed.entries[:2]
    assert retraction.id.endswith(f"/{entry['id']}/retraction") and retraction.author == "bob"
    assert retraction.title == "Retracted: Amuda: active from 2026-02-01"
    assert "&lt;b&gt;misread&lt;/b&gt;" in retraction.content[0].value
    assert added.id.endswith(f"/{entry['id']}") and added.author == "alice"
    assert "&lt;script&gt;" in added.content[0].value and "<script>" not in added.content[0].value
    raw = client.get("/feeds/facilities/amuda.atom").data
    assert b"<script>" not in raw and b"<b>misread" not in raw
    assert {item.id for item in feed.entries} >= {retraction.id, added.id}
    assert len(feed.entries) == 3  # Amuda's seed entry, the new one, its retraction


def test_the_operator_feed_has_that_operators_facilities(client, store):
    store.create(samples.feature(id="turkish-post", operator="Turkey"))
    turkey = parsed(client, "/feeds/operators/Turkey.atom")
    assert [item.link.split("?")[0] for item in turkey.entries] == ["http://localhost/facilities/turkish-post"]
    russia = parsed(client, "/feeds/operators/Russia.atom")
    assert all("turkish-post" not in item.link for item in russia.entries) and len(russia.entries) == 13
    assert client.get("/feeds/operators/Nobody.atom").status_code == 404
    assert client.get("/feeds/facilities/nowhere.atom").status_code == 404


@pytest.mark.parametrize("page, feeds", [
    ("/?date=2026-01-27", ["/feeds/changes.atom", "/feeds/operators/Russia.atom"]),
    ("/facilities/amuda", ["/feeds/changes.atom", "/feeds/facilities/amuda.atom"]),
])
def test_pages_link_their_feeds(client, page, feeds):
    html = client.get(page).text
    found = re.findall(r'<link rel="alternate" type="application/atom\+xml" title="[^"]*" href="([^"]+)">', html)
    assert found == feeds
    for href in found:
        assert client.get(href).status_code == 200
