"""CORS for the open reads (README, "JSON API"): any origin may GET them.

A notebook or a newsroom page on another origin reads `/api/`, `/ogc/` and `/feeds/`
like a script on the command line does. Only GET and HEAD are opened: a preflight
for anything else (a write, with its bearer token) names no other method, so the
browser refuses to send it, and writes answer without CORS headers at all. No
credentials ride on CORS: reads need none, writes carry a token, never a cookie.

A few lines of our own rather than flask-cors: that extension adds its headers to
every method of a matched path, writes included, which is what this rule forbids.
"""

from flask import request

OPEN_PREFIXES = ("/api/", "/ogc", "/feeds/")
READS = ("GET", "HEAD")
# What a cross-origin script may send and read besides the CORS-safelisted headers:
# revalidation and byte ranges, as GDAL and the map do on the same origin.
REQUEST_HEADERS = "Accept, If-None-Match, If-Modified-Since, Range"
EXPOSED_HEADERS = "ETag, Last-Modified, Content-Range, Content-Disposition, Content-Length, Location"
PREFLIGHT_MAX_AGE = 24 * 3600


def is_open(path):
    """True for the paths whose reads any origin may make."""
    return path.startswith(OPEN_PREFIXES) or path == "/ogc"


def add_cors_headers(response):
    """Let any origin read an open GET; answer a preflight for GET and HEAD only."""
    if not is_open(request.path):
        return response
    asked = request.headers.get("Access-Control-Request-Method")
    preflight = request.method == "OPTIONS" and asked in READS
    if request.method in READS:
        response.headers["Access-Control-Allow-Origin"] = "*"
        response.headers["Access-Control-Expose-Headers"] = EXPOSED_HEADERS
    elif preflight:
        response.headers["Access-Control-Allow-Origin"] = "*"
        response.headers["Access-Control-Allow-Methods"] = ", ".join(READS)
        response.headers["Access-Control-Allow-Headers"] = REQUEST_HEADERS
        response.headers["Access-Control-Max-Age"] = str(PREFLIGHT_MAX_AGE)
    return response
