"""Third-party JavaScript and CSS served from installed XStatic packages, never a CDN.

The tracker must work with no network: Leaflet comes from the
xstatic-leaflet wheel, installed with the app like any other dependency.
"""

from flask import Blueprint, abort, send_from_directory
from xstatic.pkg import leaflet

PACKAGES = {"leaflet": leaflet}
MAX_AGE = 7 * 24 * 3600  # versioned by the package: safe to cache a week

bp = Blueprint("vendor", __name__, url_prefix="/vendor")


def version(package):
    """The packaged upstream version, for cache-busting URLs."""
    return PACKAGES[package].VERSION


@bp.get("/<package>/<path:filename>")
def file(package, filename):
    """Serve one file of an XStatic package."""
    if package not in PACKAGES:
        abort(404)
    return send_from_directory(PACKAGES[package].BASE_DIR, filename, max_age=MAX_AGE)
