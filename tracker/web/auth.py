"""Who may write: editors signed in with a password (forms) or holding an API token.

Viewing is public. The forms need a signed-in editor, whose name the session cookie
holds; the write API needs `Authorization: Bearer <token>` and ignores the session, so
a page on another site cannot make a browser write through it (and CSRF tokens,
which guard the forms, are not needed there).
"""

import functools
import time
from urllib.parse import urlsplit

from flask import Blueprint, current_app, flash, g, redirect, render_template, request, session, url_for

from tracker.errors import Unauthorized
from tracker.web.forms import LoginForm

bp = Blueprint("auth", __name__)
WRONG_LOGIN = "wrong name or password"


def accounts():
    """The app's Accounts."""
    return current_app.extensions["accounts"]


def local_path(target):
    """Return `target` when it is a path on this site, else None (no open redirects)."""
    if not target or not target.startswith("/") or target.startswith("//"):
        return None
    # Browsers drop tabs and newlines and read "\" as "/": "/\t/evil.org" is "//evil.org".
    if "\\" in target or any(ord(char) < 0x20 for char in target):
        return None
    parts = urlsplit(target)
    return None if parts.scheme or parts.netloc else target


@bp.before_app_request
def load_editor():
    """Set g.editor to the signed-in editor's name, or None; end a session no longer valid.

    A session is valid while the editor's session version is the one it began with (sign-out,
    a new password and `tracker editor revoke` bump it) and it is younger than SESSION_HOURS.
    """
    name = session.get("editor")
    g.editor = None
    if not name:
        return
    fresh = time.time() - session.get("since", 0) < current_app.config["SESSION_HOURS"] * 3600
    if fresh and session.get("version") == accounts().session_version(name):
        g.editor = name
    else:
        session.clear()


@bp.route("/login", methods=("GET", "POST"))
def login():
    """Sign an editor in with a name and password (failures are slowed: tracker.web.throttle)."""
    form = LoginForm()
    if form.validate_on_submit():
        if accounts().check_password(form.name.data, form.password.data):
            session.clear()  # a fresh session: nothing carried over from before signing in
            session.update(editor=form.name.data, since=int(time.time()),
                           version=accounts().session_version(form.name.data))
            flash(f"Signed in as {form.name.data}.", "success")
            return redirect(local_path(request.args.get("next")) or url_for("views.map_page"))
        g.sign_in_failed = True
        form.password.errors = [WRONG_LOGIN]
    return render_template("login.html", form=form)


@bp.post("/logout")
def logout():
    """Sign the editor out, ending every session of theirs (a copied cookie too)."""
    if g.editor:
        accounts().end_sessions(g.editor)
    session.clear()
    flash("Signed out.", "success")
    return redirect(url_for("views.map_page"))


def editor_required(view):
    """Send a visitor who is not signed in to the login page, and back afterwards."""
    @functools.wraps(view)
    def wrapped(**kwargs):
        if g.editor is None:
            return redirect(url_for("auth.login", next=request.full_path.rstrip("?")))
        return view(**kwargs)
    return wrapped


def token_required(view):
    """Refuse a request without a valid bearer token (401); set g.editor from the token."""
    @functools.wraps(view)
    def wrapped(**kwargs):
        scheme, _, token = request.headers.get("Authorization", "").partition(" ")
        token = token.strip()
        if scheme.lower() != "bearer" or not token:
            raise Unauthorized("an API token is required: Authorization: Bearer <token>",
                               {"Authorization": "is missing (Bearer <token>)"})
        g.editor = accounts().editor_for_token(token)
        if g.editor is None:
            raise Unauthorized("the API token is not valid", {"Authorization": "is not a valid token"})
        return view(**kwargs)
    return wrapped
