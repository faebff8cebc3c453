"""Sessions end: on sign-out (everywhere), on a new password, on revoke, and after SESSION_HOURS."""

import time

from tests import samples
from tests.pages import csrf_token, sign_in
from tracker.cli import main


def copy_of(client, app):
    """Another browser holding a copy of `client`'s session cookie."""
    other = app.test_client()
    other.set_cookie("session", client.get_cookie("session").value)
    return other


def signed_in(client):
    """True when the client's session is an editor's (the new-facility form opens)."""
    return client.get("/facilities/new").status_code == 200


def test_signing_out_ends_a_copied_cookie_too(client, app, editor):
    sign_in(client)
    thief = copy_of(client, app)
    assert signed_in(thief)
    client.post("/logout", data={"csrf_token": csrf_token(client, "/")})
    assert not signed_in(thief)
    assert not signed_in(client)


def test_a_new_password_ends_the_sessions(client, app, editor, runner):
    sign_in(client)
    thief = copy_of(client, app)
    result = runner.invoke(main, ["editor", "add", editor, "--password-stdin", "--replace",
                                  "--instance", app.instance_path], input="another long one\n")
    assert result.exit_code == 0, result.output
    assert not signed_in(thief)
    assert not signed_in(client)
    sign_in(client, password="another long one")
    assert signed_in(client)


def test_revoke_ends_sessions_and_tokens(client, app, editor, token, runner):
    sign_in(client)
    entry = samples.new_entry()
    url = "/api/facilities/hmeimim-air-base/status"
    result = runner.invoke(main, ["editor", "revoke", editor, "--instance", app.instance_path])
    assert result.exit_code == 0, result.output
    assert "1 API token(s) ended" in result.output
    assert not signed_in(client)
    response = client.post(url, json=entry, headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 401
    sign_in(client)  # the password still works
    assert signed_in(client)


def test_revoke_names_an_unknown_editor(app, runner):
    result = runner.invoke(main, ["editor", "revoke", "nobody", "--instance", app.instance_path])
    assert result.exit_code == 1
    assert "no editor 'nobody'" in result.output


def test_a_session_older_than_the_setting_ends(client, app, editor):
    sign_in(client)
    assert app.config["SESSION_HOURS"] == 12
    with client.session_transaction() as session:
        session["since"] = time.time() - 11.9 * 3600
    assert signed_in(client)
    with client.session_transaction() as session:
        session["since"] = time.time() - 12.1 * 3600
    assert not signed_in(client)
    with client.session_transaction() as session:
        assert "editor" not in session  # the stale session is cleared, not kept
