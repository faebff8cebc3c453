"""The export files GDAL writes (pyogrio): CSV, GeoPackage and FlatGeobuf, from the flat
frames of `tracker.exports.tables`, made in memory (GDAL's /vsimem/).

Apart from `tracker.exports.formats` so that pandas, geopandas and GDAL are loaded by the
first such file asked for, not by every start of the server (BENCHMARKS.md, "The
server's restart at 100,000, and its memory").
"""

import io

import numpy
import pandas
import pyogrio
import pyogrio.raw
import shapely

from tracker.exports.tables import (  # noqa: F401 -- posture_frame, history_frame: formats' way in
    DATE_COLUMNS, DATETIME_COLUMNS, INTEGER_COLUMNS, history_frame, posture_frame,
)

# CSV for spreadsheets and GIS alike: a BOM so Excel reads UTF-8 (Arabic, Cyrillic),
# plain longitude/latitude columns, and a WKT column that GDAL turns back into geometry.
CSV_OPTIONS = {"GEOMETRY": "AS_WKT", "WRITE_BOM": "YES", "STRING_QUOTING": "IF_NEEDED"}
# A spreadsheet runs a cell that starts with one of these as a formula ("=HYPERLINK(...)");
# OWASP's CSV injection advice: prefix such a text cell with a single quote. Number and
# date columns are left plain.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
DRIVERS = {"gpkg": "GPKG", "fgb": "FlatGeobuf"}
# GeoPackage 1.2: the newest that the GDAL of Debian 12 (3.6) reads without a warning.
DATASET_OPTIONS = {"gpkg": {"VERSION": "1.2"}, "fgb": {}}
GDAL_UTC = 100  # GDAL's time zone flag for UTC


def frame_file(frame, fmt, layer):
    """Return a GeoDataFrame as the bytes of a CSV, GeoPackage or FlatGeobuf file with one `layer`."""
    buffer = io.BytesIO()
    if fmt == "csv":
        point = frame.geometry.representative_point()
        frame = neutralised(frame).assign(longitude=point.x.round(6), latitude=point.y.round(6))
        pyogrio.write_dataframe(frame, buffer, driver="CSV", layer=layer, layer_options=CSV_OPTIONS)
    elif fmt in DRIVERS:
        _write_typed(frame, buffer, fmt, layer)
    else:
        raise ValueError(f"unknown format {fmt!r}")
    return buffer.getvalue()


def neutralised(frame):
    """Return `frame` with every text cell a spreadsheet would run as a formula quoted."""
    texts = [name for name in frame.columns
             if name != frame.geometry.name and not pandas.api.types.is_numeric_dtype(frame[name])]
    return frame.assign(**{name: frame[name].map(_neutral) for name in texts})


def _neutral(cell):
    return "'" + cell if isinstance(cell, str) and cell.startswith(FORMULA_STARTS) else cell
def csv_types(frame):
    """The `.csvt` line of a CSV written by `frame_file`: each column's type, in order."""
    columns = [column for column in frame.columns if column != frame.geometry.name]
    types = ["WKT"] + [_csv_type(column) for column in columns] + ["Real", "Real"]
    return (",".join(types) + "\n").encode()


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
