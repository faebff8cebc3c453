"""Files of the posture at a date: GeoJSON as the API answers it, CSV and GeoPackage by GDAL."""

from pathlib import Path

import pyogrio

from tracker.features import posture_collection
from tracker.posture import posture_frame

FORMATS = ("geojson", "csv", "gpkg")
MEDIA_TYPES = {
    "geojson": "application/geo+json",
    "csv": "text/csv; charset=utf-8",
    "gpkg": "application/geopackage+sqlite3",
}
LAYER = "posture"
# CSV for spreadsheets and GIS alike: a BOM so Excel reads UTF-8 (Arabic, Cyrillic),
# plain longitude/latitude columns, and a WKT column that GDAL turns back into geometry.
CSV_OPTIONS = {"GEOMETRY": "AS_WKT", "WRITE_BOM": "YES", "STRING_QUOTING": "IF_NEEDED"}


def write_posture(rows, fmt, path):
    """Write posture rows (see `tracker.posture.posture_at`) to `path` as `fmt`."""
    path = Path(path)
    if fmt == "geojson":
        path.write_text(posture_collection(rows), encoding="utf-8")
    else:
        write_frame(posture_frame(rows), fmt, path, LAYER)


def write_frame(frame, fmt, path, layer):
    """Write a GeoDataFrame as CSV or GeoPackage through pyogrio, replacing `path`."""
    path = Path(path)
    path.unlink(missing_ok=True)  # GDAL would add a layer to an existing GeoPackage
    if fmt == "csv":
        point = frame.geometry.representative_point()
        frame = frame.assign(longitude=point.x.round(6), latitude=point.y.round(6))
        pyogrio.write_dataframe(frame, path, driver="CSV", layer_options=CSV_OPTIONS)
    elif fmt == "gpkg":
        pyogrio.write_dataframe(frame, path, driver="GPKG", layer=layer)
    else:
        raise ValueError(f"unknown format {fmt!r}")
