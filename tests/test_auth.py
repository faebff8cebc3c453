"""Signing in and out; what needs an editor; CSRF on every form."""

import pytest

from tests import samples
from tests.pages import csrf_token, sign_in, submit


def test_the_login_page_names_its_fields(client):
    page = client.get("/login").get_data(as_text=True)
    assert '<label for="name">Name</label>' in page
    assert '<label for="password">Password</label>' in page


def test_signing_in_leads_back_and_shows_the_editor(client, editor):
    response = sign_in(client, next="/facilities/new")
    assert response.status_code == 302
    assert response.headers["Location"] == "/facilities/new"
    with client.session_transaction() as session:
        assert session["editor"] == "alice"
    page = client.get("/").get_data(as_text=True)
    assert "Sign out" in page and "alice" in page and "Sign in" not in page


@pytest.mark.parametrize("name, password", [("alice", "wrong password!"), ("bob", samples.PASSWORD)])
def test_a_wrong_name_or_password_signs_nobody_in(client, editor, name, password):
    response = sign_in(client, name, password)
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert "wrong name or password" in page
    assert f'value="{name}"' in page  # the name typed is kept
    assert password not in page  # the password is not sent back
    with client.session_transaction() as session:
        assert "editor" not in session


@pytest.mark.parametrize("target", [
    "https://evil.example/", "//evil.example/", "/\\evil.example/", "/\t/evil.example/", "javascript:alert(1)",
])
def test_login_only_leads_to_local_paths(client, editor, target):
    response = sign_in(client, next=target.replace("\t", "%09").replace("\\", "%5C"))
    assert response.headers["Location"] == "/"


def test_signing_out_ends_the_session(client, editor):
    sign_in(client)
    response = client.post("/logout", data={"csrf_token": csrf_token(client, "/")})
    assert response.status_code == 302
    with client.session_transaction() as session:
        assert "editor" not in session
    assert client.get("/logout").status_code == 405


@pytest.mark.parametrize("url", [
    "/facilities/new",
    "/facilities/hmeimim-air-base/status/new",
    "/facilities/hmeimim-air-base/status/hmeimim-2026-01-28-kurdistan24/retract",
])
def test_forms_need_a_signed_in_editor(client, data_files, url):
    before = data_files()
    response = client.get(url)
    assert response.status_code == 302
    assert response.headers["Location"] == f"/login?next={url}"
    assert client.post(url, data={"reason": "x"}).status_code == 400  # CSRF is checked first
    assert data_files() == before


def test_an_editor_removed_from_the_accounts_is_signed_out(client, editor, app):
    sign_in(client)
    (app.extensions["accounts"].path).write_text("{}")
    assert client.get("/facilities/new").status_code == 302


def test_a_login_without_the_csrf_token_is_refused(client, editor):
    response = client.post("/login", data={"name": "alice", "password": samples.PASSWORD})
    assert response.status_code == 400
    assert "CSRF token is missing" in response.get_data(as_text=True)
    with client.session_transaction() as session:
        assert "editor" not in session


@pytest.mark.parametrize("url, fields", [
    ("/facilities/hmeimim-air-base/status/new", {"status": "active", "note": "n"}),
    ("/facilities/new", {"name": "Somewhere"}),
    ("/facilities/hmeimim-air-base/status/hmeimim-2026-01-28-kurdistan24/retract", {"reason": "r"}),
    ("/logout", {}),
])
@pytest.mark.parametrize("token", [None, "forged"])
def test_a_form_post_without_a_valid_csrf_token_is_refused(client, editor, data_files, url, fields, token):
    sign_in(client)
    before = data_files()
    if token:
        fields = dict(fields, csrf_token=token)
    response = client.post(url, data=fields)
    assert response.status_code == 400
    assert "CSRF" in response.get_data(as_text=True)
    assert data_files() == before
    with client.session_transaction() as session:
        assert session["editor"] == "alice"


def test_a_form_post_from_a_signed_in_editor_is_accepted(client, editor):
    sign_in(client)
    response = submit(client, "/facilities/hmeimim-air-base/status/hmeimim-2026-01-28-kurdistan24/retract",
                      {"reason": "checked"})
    assert response.status_code == 302
