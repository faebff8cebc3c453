"""Stores of the dataset: the interface (`base`), the folder of GeoJSON files (`folder`).

`open_store` picks the backend from what the user names with `--store`/`--data`.
"""

from tracker.store.base import Store
from tracker.store.folder import LOCK_NAME, FolderStore

__all__ = ["LOCK_NAME", "FolderStore", "Store", "is_database_url", "open_store"]


DATABASE_SCHEMES = ("postgresql://", "postgres://")


def is_database_url(location):
    """Tell whether `location` names a PostGIS database rather than a folder."""
    return isinstance(location, str) and location.startswith(DATABASE_SCHEMES)


def open_store(location):
    """Return the store at `location`: a `postgresql://` URL (PostGIS) or a folder path of GeoJSON files."""
    if is_database_url(location):
        from tracker.store.postgis import PostgisStore  # psycopg only when asked for

        return PostgisStore(location)
    return FolderStore(location)
