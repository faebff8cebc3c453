"""Export files: the posture at a date, and whole histories, in the formats GIS tools read.

GeoJSON is the API's own text and KML has its own module (`tracker.exports.kml`); CSV,
GeoPackage and FlatGeobuf are written by GDAL (pyogrio, `tracker.exports.gdal_files`,
imported by the first such file: pandas and GDAL are a second of every server start) from
the flat frames of `tracker.exports.tables`. Files are made in memory (GDAL's /vsimem/),
so the web answers and the CLI share them and no temporary file is left behind.

GeoPackage and FlatGeobuf are typed: dates are Date fields (FlatGeobuf has only
DateTime), times DateTime in UTC, grades Integer, and a value the data does not have
is NULL. A CSV is text for spreadsheets; its types ride beside it in a `.csvt` file
(`csv_types`), which GDAL reads when it opens the CSV, by URL too.
"""

from tracker.exports import kml
from tracker.exports.geojson import facility_collection, posture_body

FORMATS = ("geojson", "csv", "gpkg", "kml", "fgb")
HISTORY_FORMATS = ("geojson", "csv", "gpkg", "fgb")  # KML is a posture's intervals up to a date
MEDIA_TYPES = {
    "geojson": "application/geo+json",
    # Flask names the charset (utf-8) of every text/* answer itself: a charset here came twice.
    "csv": "text/csv",
    "csvt": "text/plain",
    "gpkg": "application/geopackage+sqlite3",
    "kml": "application/vnd.google-earth.kml+xml",
    "fgb": "application/vnd.flatgeobuf",
}


def posture_file(rows, fmt, date):
    """Return posture rows (see `tracker.posture.posture_at`) at ISO `date` as `fmt` bytes."""
    if fmt == "geojson":
        return posture_body(rows, date)
    if fmt == "kml":
        return kml.posture_kml(rows, date)
    from tracker.exports import gdal_files  # pandas and GDAL: see the module's docstring

    return gdal_files.frame_file(gdal_files.posture_frame(rows, date), fmt, "posture")


def history_file(facilities, fmt):
    """Return facilities with their whole histories as the bytes of a `fmt` file.

    GeoJSON is `GET /api/facilities`; the other formats have one row an entry.
    """
    if fmt == "geojson":
        return facility_collection(facilities)
    from tracker.exports import gdal_files

    return gdal_files.frame_file(gdal_files.history_frame(facilities), fmt, "history")


def posture_csv_types():
    """The `.csvt` of a posture CSV: its columns are the same at every date."""
    from tracker.exports import gdal_files

    return gdal_files.csv_types(gdal_files.posture_frame([], date=None))  # no rows: no age to compute
