"""The posture tracker: a map of where a military stands and how that changes, every change sourced."""

import os
from pathlib import Path

from flask import Flask
from flask_compress import Compress
from flask_wtf.csrf import CSRFProtect

from tracker import accounts
from tracker.store import is_database_url, open_store

compress = Compress()

ROOT = Path(__file__).resolve().parent.parent
DEFAULTS = {
    "DATA": os.environ.get("TRACKER_DATA", "geodata"),
    # A folder or a postgresql:// URL (README.md, "The PostGIS store"); unset means DATA.
    "STORE": os.environ.get("TRACKER_STORE"),
    "INSTANCE": os.environ.get("TRACKER_INSTANCE", "instance"),
    # Entries are a few kB; a larger body is refused with 413 before it is read.
    "MAX_CONTENT_LENGTH": 1024 * 1024,
    "SESSION_COOKIE_SAMESITE": "Lax",
    # Served over HTTPS (behind a proxy that terminates TLS), cookies must say Secure.
    "SESSION_COOKIE_SECURE": os.environ.get("TRACKER_SECURE_COOKIES", "") == "1",
    # A signed-in session ends this many hours after sign-in, whatever the browser keeps.
    "SESSION_HOURS": float(os.environ.get("TRACKER_SESSION_HOURS", "12")),
    # Failed sign-ins allowed per name and per address (Flask-Limiter's notation); past
    # them, 429 with Retry-After until the window moves on (README, "Security").
    "SIGN_IN_LIMIT_PER_NAME": "5 per minute",
    "SIGN_IN_LIMIT_PER_ADDRESS": "20 per minute",
    "RATELIMIT_HEADERS_ENABLED": True,
    "RATELIMIT_STORAGE_URI": os.environ.get("TRACKER_RATELIMIT_STORAGE", "memory://"),
    # Strict-Transport-Security, sent on answers over HTTPS only.
    "HSTS_SECONDS": 365 * 24 * 3600,
    # A form's CSRF token lasts as long as the editor's session: a long quote typed
    # over an hour must not be refused (and lost) when it is sent.
    "WTF_CSRF_TIME_LIMIT": None,
    # Pages, scripts and the map data are compressed; GeoJSON answers are not, because
    # GDAL reads them by byte ranges (README, "Using the data elsewhere") and ranges must index the plain body.
    "COMPRESS_MIMETYPES": ["text/html", "text/css", "text/javascript", "application/javascript",
                           "application/json"],
    "COMPRESS_REGISTER": False,
    # Files (static, vendor) stream from disk and are cached by the browser; compressing
    # the stream leaks the file handle in flask-compress 1.25.
    "COMPRESS_STREAMS": False,
    # README, "How old a report is": a posture whose report is older than this many days
    # is drawn faded and says how old it is.
    "STALE_AFTER_DAYS": int(os.environ.get("TRACKER_STALE_AFTER_DAYS", "180")),
    # README, "The list at scale": past this many facilities the map's list renders only the
    # rows in view (the browser tests lower it to reach that list with a few thousand).
    "LIST_WINDOW_ABOVE": 10_000,
}


def create_app(test_config=None):
    """Create the web app over the store in config STORE, else the folder DATA (default: geodata/)."""
    config = dict(DEFAULTS, **(test_config or {}))
    app = Flask(
        __name__,
        template_folder=str(ROOT / "templates"),
        static_folder="web/static",
        instance_path=str(Path(config["INSTANCE"]).resolve()),
    )
    app.config.update(config)
    app.json.ensure_ascii = False
    app.json.sort_keys = False
    location = app.config["STORE"] or app.config["DATA"]
    if not is_database_url(location):
        accounts.check_apart(app.instance_path, location)
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = accounts.secret_key(app.instance_path)
    app.extensions["store"] = open_store(location)
    app.extensions["accounts"] = accounts.Accounts(app.instance_path)

    from tracker.web import (
        api_read, api_write, auth, cors, editor_pages, feeds, ogc, pages, reports, responses, security,
        throttle, vendor,
    )

    responses.register_errors(app)
    security.init_app(app)
    compress.init_app(app)
    app.after_request(compress_whole_answers)
    app.after_request(cors.add_cors_headers)
    for blueprint in (api_read.bp, api_write.bp, auth.bp, editor_pages.bp, feeds.bp, ogc.bp, pages.bp,
                      vendor.bp, reports.api, reports.bp):
        app.register_blueprint(blueprint)
    throttle.init_app(app)
    # Forms carry CSRF tokens; the write API authenticates by bearer token, not cookie.
    csrf = CSRFProtect(app)
    csrf.exempt(api_write.bp)
    csrf.exempt(reports.api)
    return app


def compress_whole_answers(response):
    """Compress 200 answers only: a 206 range must stay a slice of the plain body."""
    return compress.after_request(response) if response.status_code == 200 else response
