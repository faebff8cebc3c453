"""Export files: the posture at a date, and whole histories, as GeoJSON, CSV or GeoPackage.

GeoJSON is the API's own text; CSV and GeoPackage are written by GDAL (pyogrio) from
the flat frames of `tracker.posture`. Files are made in memory (GDAL's /vsimem/), so
the web answers and the CLI share them and no temporary file is left behind.
"""

import io

from tracker.exports.geojson import facility_collection, posture_body

FORMATS = ("geojson", "csv", "gpkg")
MEDIA_TYPES = {
    "geojson": "application/geo+json",
    "csv": "text/csv; charset=utf-8",
    "gpkg": "application/geopackage+sqlite3",
}
# CSV for spreadsheets and GIS alike: a BOM so Excel reads UTF-8 (Arabic, Cyrillic),
# plain longitude/latitude columns, and a WKT column that GDAL turns back into geometry.
CSV_OPTIONS = {"GEOMETRY": "AS_WKT", "WRITE_BOM": "YES", "STRING_QUOTING": "IF_NEEDED"}


def posture_file(rows, fmt):
    """Return posture rows (see `tracker.posture.posture_at`) as the bytes of a `fmt` file."""
    if fmt == "geojson":
        return posture_body(rows)
    from tracker.exports.tables import posture_frame  # see frame_file
    return frame_file(posture_frame(rows), fmt, "posture")


def history_file(facilities, fmt):
    """Return facilities with their whole histories as the bytes of a `fmt` file.

    GeoJSON is `GET /api/facilities`; CSV and GeoPackage have one row an entry.
    """
    if fmt == "geojson":
        return facility_collection(facilities).encode()
    from tracker.exports.tables import history_frame  # see frame_file
    return frame_file(history_frame(facilities), fmt, "history")


def frame_file(frame, fmt, layer):
    """Return a GeoDataFrame as the bytes of a CSV or GeoPackage file with one `layer`.

    geopandas and pyogrio are imported on the first file made, not with the app: they
    take seconds to import, and `tracker serve` answers before anyone downloads a file.
    """
    import pyogrio

    buffer = io.BytesIO()
    if fmt == "csv":
        point = frame.geometry.representative_point()
        frame = frame.assign(longitude=point.x.round(6), latitude=point.y.round(6))
        pyogrio.write_dataframe(frame, buffer, driver="CSV", layer=layer, layer_options=CSV_OPTIONS)
    elif fmt == "gpkg":
        pyogrio.write_dataframe(frame, buffer, driver="GPKG", layer=layer)
    else:
        raise ValueError(f"unknown format {fmt!r}")
    return buffer.getvalue()
