"""What every part of the web app shares: the store, JSON answers and the one error handler."""

import gzip
import hashlib

import brotli
from flask import Response, current_app, render_template, request
from werkzeug.exceptions import HTTPException

from tracker.errors import TrackerError

try:
    from compression import zstd  # Python 3.14
except ImportError:
    from backports import zstd

GEOJSON = "application/geo+json"


def store():
    """The app's Store."""
    return current_app.extensions["store"]


def wants_json():
    return request.path.startswith(("/api/", "/ogc", "/feeds/")) or request.accept_mimetypes.best == "application/json"


def text_response(body, dataset, mimetype=GEOJSON, filename=None, coding=None):
    """Answer with a body built from `dataset`, cheap to re-ask: ETag, Last-Modified, ranges.

    The ETag is the data's version and the request's query, so a client that asks
    again (QGIS, a browser) gets 304 without the body being sent twice. GDAL reads
    a URL in byte ranges (/vsicurl/), so Range requests get 206 and the part asked.
    `filename`, when given, makes the answer a download of that name; `coding`, when
    given, is the content coding `body` is compressed with already.
    """
    response = Response(body, mimetype=mimetype)
    tag = hashlib.sha1(f"{dataset.version}|{request.full_path}".encode()).hexdigest()
    if coding:
        tag += f":{coding}"  # each coding is its own representation, with its own tag
        response.headers["Content-Encoding"] = coding  # flask-compress leaves it alone
        response.vary.add("Accept-Encoding")
    response.set_etag(tag)
    response.last_modified = dataset.modified
    response.cache_control.no_cache = True  # always revalidate: data changes with every write
    if filename:
        response.headers.set("Content-Disposition", "attachment", filename=filename)
    return response.make_conditional(request, accept_ranges=True,
                                      complete_length=response.content_length)


# Content codings of a body compressed once per version of the data, best first. The
# levels are higher than flask-compress's per-answer ones: the work is paid once, not per
# request (README, "The map").
ENCODERS = {
    "zstd": lambda body: zstd.compress(body, 9),
    "br": lambda body: brotli.compress(body, quality=5),
    "gzip": lambda body: gzip.compress(body, compresslevel=6, mtime=0),
}


def encoded_response(dataset, key, build, mimetype):
    """Answer with `build(dataset)` (bytes), compressed once per version of the data.

    The plain body and each coding the browsers ask for are kept on the snapshot
    (`Dataset.derived`), so asking again costs neither the build nor the compression.
    A Range request gets the plain body's bytes (ranges index the plain body).
    """
    plain = dataset.derived(key, build)
    coding = None if "Range" in request.headers else _coding()
    if coding is None:
        return text_response(plain, dataset, mimetype)
    body = dataset.derived(f"{key}:{coding}", lambda d: ENCODERS[coding](plain))
    return text_response(body, dataset, mimetype, coding=coding)


def _coding():
    accepted = request.accept_encodings
    return next((coding for coding in ENCODERS if accepted[coding] > 0), None)


def register_errors(app):
    """Turn every TrackerError and HTTP error into the one error shape."""

    @app.errorhandler(TrackerError)
    def tracker_error(error):
        body, status = _error_response(error.status, error.message, error.errors)
        return body, status, error.headers

    @app.errorhandler(HTTPException)
    def http_error(error):
        # Keep the headers the status needs (Allow on 405, Content-Range on 416), not the HTML.
        headers = [(k, v) for k, v in error.get_headers() if k.lower() != "content-type"]
        return *_error_response(error.code, error.description, {}), headers


def _error_response(status, message, errors):
    if wants_json():
        return {"ok": False, "error": message, "errors": errors}, status
    return render_template("error.html", status=status, message=message, errors=errors), status
