"""Hearing of other servers' writes: a thread LISTENs for the data versions writes NOTIFY.

The PostGIS store compares `announced` with its snapshot's version on every read. While
the listening connection is down (`hearing` is False), it cannot trust silence and asks
the database instead; the thread reconnects meanwhile.
"""

import threading

import psycopg

from tracker.store import postgis_sql as sql

RETRY = 1.0  # seconds between attempts when the listening connection is lost
WAKE = 0.2  # seconds: how often the thread looks whether it was stopped
FIRST_WAIT = 5  # seconds a store waits, once, for its listener to be heard


class VersionListener:
    """The newest data version announced on `postgis_sql.CHANNEL`, kept by a daemon thread."""

    def __init__(self, url):
        self.url = url
        self.announced = 0
        self._hearing = threading.Event()
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._listen, name="tracker-listen", daemon=True)
        self._thread.start()
        self._hearing.wait(timeout=FIRST_WAIT)

    @property
    def hearing(self):
        return self._hearing.is_set()

    def stop(self):
        self._stopped.set()
        self._thread.join(timeout=5)

    def _listen(self):
        while not self._stopped.is_set():
            try:
                with psycopg.connect(self.url, autocommit=True, application_name="tracker-listen") as conn:
                    conn.execute(sql.LISTEN)
                    self._hearing.set()
                    while not self._stopped.is_set():
                        for notice in conn.notifies(timeout=WAKE, stop_after=1):
                            self.announced = max(self.announced, int(notice.payload))
            except psycopg.Error:
                pass  # a lost connection: heard nothing, so reads ask; try again
            self._hearing.clear()
            self._stopped.wait(RETRY)
