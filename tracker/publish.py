"""A static release: the map, the facility pages and their data as plain files (README, "Publishing a static release").

The pages are the live app's own, rendered by the app itself with every URL made
relative to the page (`relative_url`), so the folder works from any static host, at
any path, with no server code: the map's JavaScript computes every date from
`map-data.json` as it does live, and a popup reads `data/facilities/<id>.geojson`.
`MANIFEST.sha256` lists the SHA-256 of every file (`sha256sum -c MANIFEST.sha256`), so a
cited release can be checked byte for byte.

Who may frame the release is the publisher's choice (`embed_from`), not the live app's
frame policy: the pages name it for their own check (static/js/embed-guard.js), and
`_headers` (Netlify, Cloudflare Pages) and `.htaccess` (Apache) tell hosts that send headers.
"""

import hashlib
import shutil
import tempfile
from pathlib import Path

from xstatic.pkg import leaflet

from tracker import create_app
from tracker.posture import parse_date, today
from tracker.publish_data import as_known_folder

STATIC = Path(__file__).parent / "web" / "static"
MANIFEST = "MANIFEST.sha256"
EXPORTS = ("geojson", "csv", "gpkg", "kml", "fgb")


def relative_url(endpoint, values, depth):
    """The file a URL of the app is in a release, relative to a page `depth` folders down."""
    date = values.get("date")
    query = f"?date={date}" if date and endpoint in ("views.map_page", "views.facility_page") else ""
    paths = {
        "static": lambda v: f"static/{v['filename']}",
        "vendor.file": lambda v: f"vendor/{v['package']}/{v['filename']}",
        "views.map_page": lambda v: "index.html",
        "views.facility_page": lambda v: f"facilities/{v['facility_id']}.html",
        "views.map_data": lambda v: "map-data.json",
        "api.facility": lambda v: f"data/facilities/{v['facility_id']}.geojson",
        "api.facilities": lambda v: "data/facilities.geojson",
        "api.history_csv": lambda v: "data/history.csv",
        "api.export_posture": lambda v: f"data/posture-{v['date']}.{v['format']}",
    }
    if endpoint not in paths:
        raise LookupError(f"{endpoint} has no file in a static release")
    anchor = f"#{values['_anchor']}" if values.get("_anchor") else ""
    return "../" * depth + paths[endpoint](values) + query + anchor


def publish(data_dir, outdir, date=None, known=None, embed_from=("*",)):
    """Write a static release of the data in `data_dir` into `outdir` (made, or emptied first).

    Parameters
    ----------
    date : str, optional
        The date the map opens at and of the posture files (default: today, UTC).
    known : str, optional
        Publish the record as it stood at the end of that day (UTC): only entries
        recorded by then, retractions only if made by then.
    embed_from : sequence of str
        Origins whose pages may frame the release; "*" for any.

    Returns
    -------
    list of str
        The files written, relative to `outdir`, as listed in the manifest.
    """
    date = parse_date(date or today(), "--date")
    outdir = Path(outdir)
    with tempfile.TemporaryDirectory() as scratch:
        source = as_known_folder(data_dir, parse_date(known, "--known"), Path(scratch) / "data") if known else data_dir
        app = _publishing_app(source, Path(scratch) / "instance", date, known or today(), embed_from)
        if outdir.exists():
            shutil.rmtree(outdir)
        outdir.mkdir(parents=True)
        _write_pages(app, outdir, date)
    shutil.copytree(STATIC, outdir / "static", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(leaflet.BASE_DIR, outdir / "vendor" / "leaflet")
    _write_host_headers(outdir, embed_from)
    return write_manifest(outdir)


def _publishing_app(data_dir, instance, date, as_of, embed_from):
    app = create_app({"DATA": str(data_dir), "INSTANCE": str(instance), "SECRET_KEY": "publishing",
                      "PUBLISHING": {"date": date, "as_of": as_of, "embed_from": list(embed_from)}})

    def url_for(endpoint, **values):
        from flask import request
        return relative_url(endpoint, values, request.path.strip("/").count("/"))
    # flask.url_for asks the app, and the templates have their own reference to it.
    app.url_for = url_for
    app.jinja_env.globals["url_for"] = url_for
    return app


def _write_pages(app, outdir, date):
    client = app.test_client()

    def save(path, url):
        response = client.get(url)
        if response.status_code != 200:
            raise RuntimeError(f"{url}: {response.status_code} {response.get_data(as_text=True)[:200]}")
        target = outdir / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(response.get_data())

    save("index.html", f"/?date={date}")
    save("map-data.json", "/map-data.json")
    save("data/facilities.geojson", "/api/facilities")
    save("data/history.csv", "/api/history.csv")
    for fmt in EXPORTS + ("csvt",):
        save(f"data/posture-{date}.{fmt}", f"/api/export/posture-{date}.{fmt}")
    for facility in app.extensions["store"].dataset():
        save(f"facilities/{facility.id}.html", f"/facilities/{facility.id}?date={date}")
        save(f"data/facilities/{facility.id}.geojson", f"/api/facilities/{facility.id}")


def _write_host_headers(outdir, embed_from):
    ancestors = " ".join(embed_from)
    (outdir / "_headers").write_text(f"/*\n  Content-Security-Policy: frame-ancestors {ancestors}\n", encoding="utf-8")
    (outdir / ".htaccess").write_text(
        f'Header set Content-Security-Policy "frame-ancestors {ancestors}"\n'
        "Header unset X-Frame-Options\n", encoding="utf-8")


def write_manifest(outdir):
    """Write MANIFEST.sha256 (the format of `sha256sum`) over every file; return their paths."""
    files = sorted(path.relative_to(outdir).as_posix() for path in outdir.rglob("*")
                   if path.is_file() and path.name != MANIFEST)
    lines = [f"{hashlib.sha256((outdir / name).read_bytes()).hexdigest()}  {name}\n" for name in files]
    (outdir / MANIFEST).write_text("".join(lines), encoding="utf-8")
    return files
