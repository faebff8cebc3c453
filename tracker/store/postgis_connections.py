"""The PostGIS store's connections: the schema brought up to date at start, pooled connections.

A database that cannot be reached, or is lost mid-request, becomes the store's DataError
(503, naming the database), never an unexplained 500.
"""

import psycopg
from psycopg_pool import PoolTimeout

from tracker.errors import DataError
from tracker.store import postgis_sql as sql


class Reaching:
    """`with Reaching(pool, unreachable) as conn`: a pooled connection.

    Losing the database, on the way in or inside the block, raises `unreachable(error)`.
    """

    LOST = (psycopg.OperationalError, psycopg.InterfaceError)

    def __init__(self, pool, unreachable):
        self._pool, self._unreachable = pool, unreachable
        self._context = None

    def __enter__(self):
        try:
            self._context = self._pool.connection(timeout=30)
            return self._context.__enter__()
        except (*self.LOST, PoolTimeout) as error:
            raise self._unreachable(error) from None

    def __exit__(self, kind, error, traceback):
        try:
            self._context.__exit__(kind, error, traceback)
        except self.LOST as failure:
            raise self._unreachable(failure) from None
        if isinstance(error, self.LOST):
            raise self._unreachable(error) from None
        return False


def migrate(conn):
    """Create the tables, or bring them up to date; one server at a time."""
    with conn.transaction():
        conn.execute(sql.LOCK_MIGRATIONS, [sql.MIGRATION_LOCK])
        conn.execute(sql.CREATE_SCHEMA_TABLE)
        current = conn.execute(sql.SCHEMA_VERSION).fetchone()[0] or 0
        if current > sql.LATEST:
            raise DataError(f"the database's schema is version {current}, newer than this "
                            f"tracker's {sql.LATEST}: upgrade the tracker")
        for version, statements in sql.MIGRATIONS:
            if version > current:
                for statement in statements:
                    conn.execute(statement)
                conn.execute(sql.RECORD_MIGRATION, [version])
