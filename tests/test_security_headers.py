"""Security headers: a CSP with a per-request nonce on HTML, nosniff, Referrer-Policy, HSTS on HTTPS."""

import re

import pytest

from tests import samples
from tests.pages import sign_in
from tracker import create_app

NONCE = re.compile(r"'nonce-([A-Za-z0-9_-]+)'")


def csp(response):
    return dict(part.strip().split(" ", 1) for part in response.headers["Content-Security-Policy"].split(";"))


@pytest.mark.parametrize("url", ["/", "/facilities/hmeimim-air-base", "/login", "/facilities/nowhere"])
def test_every_html_answer_has_a_strict_policy(client, url):
    response = client.get(url)
    assert response.mimetype == "text/html"
    policy = csp(response)
    assert policy["frame-ancestors"] == "'none'"
    assert policy["object-src"] == "'none'"
    assert policy["base-uri"] == "'none'"
    scripts = policy["script-src"].split()
    assert "'unsafe-inline'" not in scripts and "'unsafe-eval'" not in scripts
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert "Strict-Transport-Security" not in response.headers  # plain HTTP


@pytest.mark.parametrize("url", ["/", "/facilities/hmeimim-air-base"])
def test_every_inline_script_carries_the_nonce(client, url):
    response = client.get(url)
    nonce = NONCE.search(response.headers["Content-Security-Policy"]).group(1)
    page = response.get_data(as_text=True)
    tags = re.findall(r"<script\b[^>]*>", page)
    assert tags
    for tag in tags:
        assert f'nonce="{nonce}"' in tag, tag
    assert NONCE.search(client.get(url).headers["Content-Security-Policy"]).group(1) != nonce


def test_the_picker_page_scripts_carry_the_nonce(client, editor):
    sign_in(client)
    response = client.get("/facilities/new")
    nonce = NONCE.search(response.headers["Content-Security-Policy"]).group(1)
    for tag in re.findall(r"<(?:script|style)\b[^>]*>", response.get_data(as_text=True)):
        assert f'nonce="{nonce}"' in tag, tag


@pytest.mark.parametrize("url", ["/api/facilities", "/api/history.csv", "/map-data.json"])
def test_other_answers_are_not_sniffed(client, url):
    response = client.get(url)
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"


def test_hsts_over_https(client):
    response = client.get("/", base_url="https://tracker.example")
    assert response.headers["Strict-Transport-Security"] == "max-age=31536000"


@pytest.mark.parametrize("secure", [True, False])
def test_secure_cookies_behind_a_setting(data_dir, tmp_path, secure):
    app = create_app({"TESTING": True, "DATA": str(data_dir), "INSTANCE": str(tmp_path / "i"),
                      "SESSION_COOKIE_SECURE": secure})
    app.extensions["accounts"].add(samples.EDITOR, samples.PASSWORD)
    cookie = sign_in(app.test_client()).headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    assert ("Secure" in cookie) == secure
