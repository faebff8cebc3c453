"""A PostgreSQL + PostGIS cluster of our own in a folder: for the tests, the benchmark and `make run-postgis`.

Debian's PostgreSQL server (`make postgis` installs it) is run straight from its binaries:
`initdb` makes a cluster in a folder, `pg_ctl` starts it listening only on a unix socket
inside that folder, and stops it. PostgreSQL refuses to run as root, so as root every
server command runs as the `postgres` user, who owns the folder.

    python -m tools.local_postgis serve [DIR]   # make run-postgis: serve DIR (geodata/) from PostGIS
"""

import argparse
import glob
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

import psycopg
from psycopg import sql

SERVER_USER = "postgres"
TEMPLATE = "tracker_template"
# A throwaway cluster need not survive a power cut; the tests kill tracker servers, never
# PostgreSQL, so every commit is still a commit for them.
THROWAWAY_SETTINGS = {"fsync": "off", "full_page_writes": "off", "synchronous_commit": "off"}


def bin_dir():
    """The newest Debian PostgreSQL server's binaries (/usr/lib/postgresql/<n>/bin)."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    if not found:
        raise RuntimeError("PostgreSQL's server is not installed: run `make postgis`")
    return Path(found[-1]).parent


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Cluster:
    """One PostgreSQL cluster in `folder`, its socket in the same folder."""

    def __init__(self, folder, port=None, throwaway=True):
        self.folder = Path(folder).resolve()
        self.data = self.folder / "data"
        self.port = port or free_port()
        self.throwaway = throwaway
        self._as_root = os.geteuid() == 0

    def url(self, dbname="postgres"):
        """A libpq URI of database `dbname` through the cluster's socket."""
        return f"postgresql:///{dbname}?host={self.folder}&port={self.port}&user={SERVER_USER}"

    def _run(self, *command):
        """Run a server binary, as the `postgres` user when we are root."""
        command = [str(bin_dir() / command[0]), *map(str, command[1:])]
        if self._as_root:
            command = ["runuser", "-u", SERVER_USER, "--", *command]
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} failed:\n{result.stdout}{result.stderr}")
        return result.stdout

    def init(self):
        """Make the cluster (once) and the template database every tracker database copies."""
        self.folder.mkdir(parents=True, exist_ok=True)
        if self._as_root:
            shutil.chown(self.folder, SERVER_USER, SERVER_USER)
        self.folder.chmod(0o700)
        self._run("initdb", "-D", self.data, "-U", SERVER_USER, "-A", "trust", "-E", "UTF8",
                  "--no-locale", *(["--no-sync"] if self.throwaway else []))
        settings = {"listen_addresses": "''", "max_connections": "300"}
        if self.throwaway:
            settings.update(THROWAWAY_SETTINGS)
        with open(self.data / "postgresql.auto.conf", "a", encoding="utf-8") as conf:
            conf.writelines(f"{name} = {value}\n" for name, value in settings.items())

    def start(self):
        if not (self.data / "PG_VERSION").exists():
            self.init()
        self._run("pg_ctl", "-D", self.data, "-l", self.folder / "server.log", "-w", "-t", "60",
                  "-o", f"-p {self.port} -k {self.folder}", "start")
        self._ensure_template()
        return self

    def stop(self):
        self._run("pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop")

    def _ensure_template(self):
        with psycopg.connect(self.url(), autocommit=True) as conn:
            if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [TEMPLATE]).fetchone():
                return
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(TEMPLATE)))
        with psycopg.connect(self.url(TEMPLATE), autocommit=True) as conn:
            conn.execute("CREATE EXTENSION postgis")

    def create_database(self, name):
        """Make database `name` with PostGIS in it; return its URL."""
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                sql.Identifier(name), sql.Identifier(TEMPLATE)))
        return self.url(name)

    def drop_database(self, name):
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def throwaway_cluster():
    """Start a cluster in a new temporary folder; the caller stops it and removes the folder."""
    return Cluster(tempfile.mkdtemp(prefix="tracker-postgres-")).start()


def serve(data, folder, port):
    """`make run-postgis`: start the cluster in `folder`, copy `data` in once, serve it."""
    cluster = Cluster(folder, port=5433, throwaway=False).start()
    try:
        url = cluster.url("tracker")
        with psycopg.connect(cluster.url(), autocommit=True) as conn:
            new = not conn.execute("SELECT 1 FROM pg_database WHERE datname = 'tracker'").fetchone()
        tracker = Path(sys.executable).parent / "tracker"
        if new:
            cluster.create_database("tracker")
            subprocess.run([tracker, "copy", data, url], check=True)
        print(f"PostGIS store: {url}\nogrinfo PG:\"host={cluster.folder} port={cluster.port} "
              f"user={SERVER_USER} dbname=tracker\" posture_now", flush=True)
        server = subprocess.Popen([tracker, "serve", "--store", url, "--port", str(port)])
        try:
            server.wait()
        finally:
            server.terminate()
            server.wait()
    except KeyboardInterrupt:
        pass
    finally:
        cluster.stop()


def _interrupt(signum, frame):
    raise KeyboardInterrupt  # SIGTERM stops the server and the cluster as Ctrl-C does


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("serve", help="serve a folder of GeoJSON from a local PostGIS")
    run.add_argument("data", nargs="?", default="geodata")
    run.add_argument("--folder", default=".postgis")
    run.add_argument("--port", type=int, default=5000)
    args = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, _interrupt)
    serve(args.data, args.folder, args.port)


if __name__ == "__main__":
    main()
