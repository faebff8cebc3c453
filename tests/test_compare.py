"""Comparing two dates (README, "Comparing two dates"): /changes and its JSON twin /api/changes."""

import html
import json
import re

from tracker.posture import compare

QAMISHLI_JANUARY = ["qamishli-2026-01-26-kurdistan24", "qamishli-2026-01-26-reuters",
                    "qamishli-2026-01-27-ap", "qamishli-2026-01-27-afp", "qamishli-2026-01-28-kurdistan24"]
JANUARY = "from=2026-01-01&to=2026-01-31"


def test_compare_groups_by_facility_with_the_posture_before_and_after(store):
    groups = {g["facility"].id: g for g in compare(store.dataset(), "2026-01-01", "2026-01-31")}
    assert set(groups) == {"qamishli-airport", "hmeimim-air-base", "tartus-naval-facility"}
    qamishli = groups["qamishli-airport"]
    assert qamishli["before"]["id"] == "qamishli-2024-12-25-sot" and qamishli["before"]["status"] == "reinforced"
    assert qamishli["after"]["id"] == "qamishli-2026-01-28-kurdistan24" and qamishli["after"]["status"] == "withdrawn"
    assert [e["id"] for e in qamishli["entries"]] == QAMISHLI_JANUARY


def test_before_is_the_day_before_from_so_a_change_on_from_counts(store):
    groups = {g["facility"].id: g for g in compare(store.dataset(), "2024-12-13", "2024-12-13")}
    assert set(groups) == {"ain-issa", "hisyah"}
    assert groups["hisyah"]["before"] is None and groups["hisyah"]["after"]["status"] == "withdrawn"


def test_api_changes_lists_the_facilities_with_their_entries(client):
    answer = client.get(f"/api/changes?{JANUARY}").json
    by_id = {f["id"]: f for f in answer["facilities"]}
    assert by_id["qamishli-airport"] == {
        "id": "qamishli-airport", "name": "Qamishli airport",
        "before": {"status": "reinforced", "since": "2024-12-25", "entry_id": "qamishli-2024-12-25-sot"},
        "after": {"status": "withdrawn", "since": "2026-01-28", "entry_id": "qamishli-2026-01-28-kurdistan24"},
        "entries": QAMISHLI_JANUARY,
    }
    listed = {c["id"] for c in answer["changes"]}
    assert all(set(f["entries"]) <= listed for f in answer["facilities"])


def test_the_compare_page_for_january_lists_qamishlis_changes_with_their_reports(client, store):
    response = client.get(f"/changes?{JANUARY}")
    assert response.status_code == 200
    page = response.data.decode()
    item = page.split('data-facility="qamishli-airport">')[1].split('<li class="changed-facility"')[0]
    assert "Qamishli airport" in item
    transition = re.search(r'<p class="transition">(.*?)</p>', item, re.S).group(1)
    assert transition.index("Reinforced") < transition.index("→") < transition.index("Withdrawn")
    facility = store.dataset().require("qamishli-airport")
    for entry_id in QAMISHLI_JANUARY:
        entry = facility.entry(entry_id)
        block = html.unescape(item.split(f'data-entry="{entry_id}">')[1].split("</li>")[0])
        assert entry["effective"] in block and entry["source"]["publisher"] in block
        assert entry["source"]["quote"] in block
    # The map's data: the changed facilities, Qamishli in its status after the range.
    markers = json.loads(re.search(r'<script type="application/json" id="changed-facilities">(.*?)</script>',
                                   page, re.S).group(1))
    assert {"id": "qamishli-airport", "status": "withdrawn"}.items() <= \
        next(m for m in markers if m["id"] == "qamishli-airport").items()
    assert {m["id"] for m in markers} == {"qamishli-airport", "hmeimim-air-base", "tartus-naval-facility"}


def test_the_compare_page_links_its_json_twin_and_keeps_its_dates_in_the_form(client):
    page = client.get(f"/changes?{JANUARY}").data.decode()
    assert 'href="/api/changes?from=2026-01-01&amp;to=2026-01-31"' in page
    assert 'name="from" value="2026-01-01"' in page and 'name="to" value="2026-01-31"' in page


def test_the_compare_page_without_changes_says_so(client):
    page = client.get("/changes?from=2025-06-01&to=2025-06-30").data.decode()
    assert "No reported change in this range." in page and "changed-facility" not in page.split("</form>")[1]


def test_the_compare_page_escapes_user_text(client, token):
    from tests import samples
    from tests.test_api_write import post
    hostile = '<img src=x onerror="alert(1)"></script>'
    body = samples.new_entry(effective="2025-06-10", source_quote=hostile, source_publisher=hostile)
    assert post(client, "/api/facilities/amuda/status", body, token).status_code == 201
    page = client.get("/changes?from=2025-06-01&to=2025-06-30").data.decode()
    assert hostile not in page and "&lt;img src=x" in page


def test_bad_dates_on_the_compare_page_are_400_naming_them(client):
    assert client.get("/changes?from=2026-02-30").status_code == 400
    response = client.get("/changes?from=2026-02-01&to=2026-01-01", headers={"Accept": "application/json"})
    assert response.status_code == 400 and list(response.json["errors"]) == ["from"]


def test_the_map_links_to_the_compare_page(client):
    page = client.get("/?date=2026-01-01").data.decode()
    assert re.search(r'<a id="compare-link" href="/changes\?from=2026-01-01"[^>]*>Compare with', page)
