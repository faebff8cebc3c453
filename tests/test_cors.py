"""CORS: any origin may read the open GETs; writes get no CORS at all (README, "Using the data elsewhere")."""

import pytest

ORIGIN = {"Origin": "https://notebook.example"}


@pytest.mark.parametrize("path", [
    "/api/posture?date=2026-01-27", "/api/facilities", "/api/export/posture-2026-01-27.csv",
    "/api/openapi.json", "/ogc", "/ogc/collections/posture/items", "/feeds/changes.atom",
    "/api/posture?date=2026-02-30",  # errors too, so the page can read the message
])
def test_open_reads_answer_any_origin(client, path):
    response = client.get(path, headers=ORIGIN)
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert "ETag" in response.headers["Access-Control-Expose-Headers"]
    assert "Access-Control-Allow-Credentials" not in response.headers


def test_a_preflight_allows_reads_with_revalidation_and_ranges_only(client):
    preflight = client.options("/api/posture", headers={
        **ORIGIN, "Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "if-none-match, range"})
    assert preflight.headers["Access-Control-Allow-Origin"] == "*"
    assert preflight.headers["Access-Control-Allow-Methods"] == "GET, HEAD"
    assert "If-None-Match" in preflight.headers["Access-Control-Allow-Headers"]


def test_writes_and_pages_get_no_cors(client, token):
    preflight = client.options("/api/facilities", headers={**ORIGIN, "Access-Control-Request-Method": "POST"})
    assert "Access-Control-Allow-Origin" not in preflight.headers
    write = client.post("/api/facilities/amuda/status/amuda-2024-12-25-sot/retract", json={"reason": "x"},
                        headers={**ORIGIN, "Authorization": f"Bearer {token}"})
    assert write.status_code == 200 and "Access-Control-Allow-Origin" not in write.headers
    assert "Access-Control-Allow-Origin" not in client.get("/", headers=ORIGIN).headers
