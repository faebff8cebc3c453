"""The security headers of every answer, and the nonce that lets a page's own scripts run.

Every HTML answer carries a Content-Security-Policy that runs no inline script but those
the page itself wrote with this request's nonce (the folium map's, see `nonced`); scripts
load from this site only, and no other site may frame the page. README, "Security".
"""

import re
import secrets

from flask import current_app, g, request
from markupsafe import Markup

# The optional OpenStreetMap layer (tracker.web.folium_maps) is the one image host elsewhere.
TILE_HOSTS = ("https://tile.openstreetmap.org",)
_TAG = re.compile(r"<(script|style)\b")


def nonce():
    """This request's CSP nonce, made on first use."""
    if "csp_nonce" not in g:
        g.csp_nonce = secrets.token_urlsafe(18)
    return g.csp_nonce


def nonced(html):
    """Give every <script> and <style> of server-made `html` (folium's output) the nonce.

    Only for markup the server wrote: user text reaches folium's output as JSON (`|tojson`),
    where "<" is escaped, so no user text can bring a <script> tag of its own.
    """
    return Markup(_TAG.sub(lambda m: f'<{m.group(1)} nonce="{nonce()}"', str(html)))


def policy(script_nonce):
    """The Content-Security-Policy of an HTML answer."""
    directives = {
        "default-src": "'self'",
        "script-src": f"'self' 'nonce-{script_nonce}'",
        "style-src": f"'self' 'nonce-{script_nonce}'",
        # Leaflet places its elements with style attributes (folium writes some too);
        # an attribute cannot load or run anything.
        "style-src-attr": "'unsafe-inline'",
        # The picture to publish is drawn from a blob: of the map's own SVG.
        "img-src": " ".join(("'self'", "data:", "blob:", *TILE_HOSTS)),
        "connect-src": "'self'",
        "object-src": "'none'",
        "base-uri": "'none'",
        "form-action": "'self'",
        "frame-ancestors": "'none'",
    }
    return "; ".join(f"{name} {value}" for name, value in directives.items())


def add_headers(response):
    """Set the security headers on `response` (an after_request hook)."""
    headers = response.headers
    headers.setdefault("X-Content-Type-Options", "nosniff")
    # The origin only within this site: Flask-WTF checks it on HTTPS form posts; report
    # sites the sources link to learn nothing.
    headers.setdefault("Referrer-Policy", "same-origin")
    headers.setdefault("X-Frame-Options", "DENY")  # frame-ancestors, for old browsers
    if response.mimetype == "text/html":
        headers["Content-Security-Policy"] = policy(nonce())
    if request.is_secure:
        headers.setdefault("Strict-Transport-Security", f"max-age={current_app.config['HSTS_SECONDS']}")
    return response


def init_app(app):
    """Send the headers on every answer; give templates `csp_nonce()`."""
    app.jinja_env.globals["csp_nonce"] = nonce
    app.after_request(add_headers)
