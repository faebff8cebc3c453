"""The map page's HTML (README, "The map"): pinch-zoom allowed, filters kept, unknown ones said."""

import re
from urllib.parse import parse_qs


def test_the_page_lets_phones_pinch_zoom(client):
    html = client.get("/").get_data(as_text=True)
    viewports = re.findall(r'<meta name="viewport" content="([^"]*)"', html)
    assert viewports == ["width=device-width, initial-scale=1"]


def test_an_unknown_filter_value_is_said_on_the_page(client):
    html = client.get("/?date=2026-02-01&kind=airfield&status=gone&operator=Narnia&kind=airport").get_data(as_text=True)
    problems = re.search(r'<div class="url-problems" role="alert">(.*?)</div>', html, re.S).group(1)
    assert "kind: &#39;airfield&#39; is not one of air_base" in problems
    assert "status: &#39;gone&#39; is not one of active" in problems
    assert "operator: no facility has the operator &#39;Narnia&#39;" in problems
    assert "airport" not in re.sub(r"air_base, naval_base, army_base, airport", "", problems)


def test_known_filters_say_nothing(client):
    html = client.get("/?date=2026-02-01&kind=airport&status=withdrawn&operator=Russia").get_data(as_text=True)
    assert 'class="url-problems"' not in html


def test_the_facility_pages_way_back_keeps_the_filters(client):
    html = client.get("/facilities/amuda?date=2026-01-27&status=withdrawn&status=active&operator=Russia"
                      ).get_data(as_text=True)
    back = re.search(r'<p class="crumbs"><a href="([^"]*)"', html).group(1).replace("&amp;", "&")
    path, query = back.split("?")
    assert path == "/" and parse_qs(query) == {"date": ["2026-01-27"], "status": ["withdrawn", "active"],
                                               "operator": ["Russia"]}


def test_markup_in_a_filter_value_is_shown_as_text(client):
    html = client.get("/?operator=<script>alert(1)</script>").get_data(as_text=True)
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
