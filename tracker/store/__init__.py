"""Stores of the dataset: the interface (`base`), the folder of GeoJSON files (`folder`).

`open_store` picks the backend from what the user names with `--store`/`--data`.
"""

from tracker.store.base import Store
from tracker.store.folder import LOCK_NAME, FolderStore

__all__ = ["LOCK_NAME", "FolderStore", "Store", "open_store"]


def open_store(location):
    """Return the store at `location`: a folder path (str or Path) of GeoJSON files."""
    return FolderStore(location)
