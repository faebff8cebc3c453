"""Export files: the posture at a date, and whole histories, in the formats GIS tools read.

GeoJSON is the API's own text and KML has its own module (`tracker.exports.kml`); CSV,
GeoPackage and FlatGeobuf are written by GDAL (pyogrio) from the flat frames of
`tracker.exports.tables`. Files are made in memory (GDAL's /vsimem/), so the web answers
and the CLI share them and no temporary file is left behind.

GeoPackage and FlatGeobuf are typed: dates are Date fields (FlatGeobuf has only
DateTime), times DateTime in UTC, grades Integer, and a value the data does not have
is NULL. A CSV is text for spreadsheets; its types ride beside it in a `.csvt` file
(`csv_types`), which GDAL reads when it opens the CSV, by URL too.
"""

import io

import numpy
import pandas
import pyogrio
import pyogrio.raw
import shapely

from tracker.exports import kml
from tracker.exports.geojson import facility_collection, posture_body
from tracker.exports.tables import (
    DATE_COLUMNS, DATETIME_COLUMNS, INTEGER_COLUMNS, history_frame, posture_frame,
)

FORMATS = ("geojson", "csv", "gpkg", "kml", "fgb")
HISTORY_FORMATS = ("geojson", "csv", "gpkg", "fgb")  # KML is a posture's intervals up to a date
MEDIA_TYPES = {
    "geojson": "application/geo+json",
    "csv": "text/csv; charset=utf-8",
    "csvt": "text/plain; charset=utf-8",
    "gpkg": "application/geopackage+sqlite3",
    "kml": "application/vnd.google-earth.kml+xml",
    "fgb": "application/vnd.flatgeobuf",
}
# CSV for spreadsheets and GIS alike: a BOM so Excel reads UTF-8 (Arabic, Cyrillic),
# plain longitude/latitude columns, and a WKT column that GDAL turns back into geometry.
CSV_OPTIONS = {"GEOMETRY": "AS_WKT", "WRITE_BOM": "YES", "STRING_QUOTING": "IF_NEEDED"}
DRIVERS = {"gpkg": "GPKG", "fgb": "FlatGeobuf"}
# GeoPackage 1.2: the newest that the GDAL of Debian 12 (3.6) reads without a warning.
DATASET_OPTIONS = {"gpkg": {"VERSION": "1.2"}, "fgb": {}}
GDAL_UTC = 100  # GDAL's time zone flag for UTC


def posture_file(rows, fmt, date):
    """Return posture rows (see `tracker.posture.posture_at`) at ISO `date` as `fmt` bytes."""
    if fmt == "geojson":
        return posture_body(rows)
    if fmt == "kml":
        return kml.posture_kml(rows, date)
    return frame_file(posture_frame(rows), fmt, "posture")


def history_file(facilities, fmt):
    """Return facilities with their whole histories as the bytes of a `fmt` file.

    GeoJSON is `GET /api/facilities`; the other formats have one row an entry.
    """
    if fmt == "geojson":
        return facility_collection(facilities).encode()
    return frame_file(history_frame(facilities), fmt, "history")


def frame_file(frame, fmt, layer):
    """Return a GeoDataFrame as the bytes of a CSV, GeoPackage or FlatGeobuf file with one `layer`."""
    buffer = io.BytesIO()
    if fmt == "csv":
        point = frame.geometry.representative_point()
        frame = frame.assign(longitude=point.x.round(6), latitude=point.y.round(6))
        pyogrio.write_dataframe(frame, buffer, driver="CSV", layer=layer, layer_options=CSV_OPTIONS)
    elif fmt in DRIVERS:
        _write_typed(frame, buffer, fmt, layer)
    else:
        raise ValueError(f"unknown format {fmt!r}")
    return buffer.getvalue()


def csv_types(frame):
    """The `.csvt` line of a CSV written by `frame_file`: each column's type, in order."""
    columns = [column for column in frame.columns if column != frame.geometry.name]
    types = ["WKT"] + [_csv_type(column) for column in columns] + ["Real", "Real"]
    return (",".join(types) + "\n").encode()


def posture_csv_types():
    """The `.csvt` of a posture CSV: its columns are the same at every date."""
    return csv_types(posture_frame([]))


def _csv_type(column):
    if column in DATE_COLUMNS:
        return "Date"
    if column in DATETIME_COLUMNS:
        return "DateTime"
    return "Integer" if column in INTEGER_COLUMNS else "String"


def _write_typed(frame, buffer, fmt, layer):
    """Write with GDAL's own field types: numpy dates become Date and DateTime fields."""
    columns = [column for column in frame.columns if column != frame.geometry.name]
    data = [_typed(frame[column], column) for column in columns]
    offsets = {column: numpy.full(len(frame), GDAL_UTC) for column in columns if column in DATETIME_COLUMNS}
    kinds = set(frame.geom_type) or {"Point"}
    geometry_type = kinds.pop() if len(kinds) == 1 else "Unknown"
    pyogrio.raw.write(buffer, shapely.to_wkb(frame.geometry.values), data, columns, driver=DRIVERS[fmt],
                      layer=layer, geometry_type=geometry_type, crs=str(frame.crs),
                      gdal_tz_offsets=offsets, dataset_options=DATASET_OPTIONS[fmt])


def _typed(series, column):
    # pandas holds a missing text as NaN; GDAL writes None as NULL.
    values = numpy.array([None if pandas.isna(value) else value for value in series], dtype=object)
    if column in DATE_COLUMNS:
        return numpy.array([value or "NaT" for value in values], dtype="datetime64[D]")
    if column in DATETIME_COLUMNS:
        return numpy.array([(value or "NaT").rstrip("Z") for value in values], dtype="datetime64[s]")
    if column in INTEGER_COLUMNS:
        return numpy.array(values, dtype="int64")
    return values
