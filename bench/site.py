"""The benchmark's own little web server: the peer pages and their JavaScript, local only.

Files are served from a few directories by URL prefix, gzip-compressed when the browser
asks (compressed once and kept), so the peers' bytes on the wire compare fairly with
the app's, which compresses too. It runs in a thread of the benchmark process.
"""

import gzip
import logging
import mimetypes
import socket
import threading
from functools import lru_cache
from pathlib import Path

import waitress.server

COMPRESSIBLE = ("text/", "application/javascript", "application/json", "application/geo+json")
mimetypes.add_type("application/geo+json", ".geojson")
mimetypes.add_type("text/javascript", ".js")
logging.getLogger("waitress.queue").setLevel(logging.ERROR)  # "Task queue depth" is no news here


@lru_cache(maxsize=64)
def _gzipped(path, mtime_ns):
    return gzip.compress(Path(path).read_bytes(), compresslevel=6)


class Site:
    """Serve `mounts` ({"/prefix/": directory}) on a free local port, in a thread."""

    def __init__(self, mounts):
        self.mounts = {prefix: Path(directory) for prefix, directory in mounts.items()}
        self._server = waitress.server.create_server(self.app, host="127.0.0.1", port=0, threads=4)
        self.url = f"http://127.0.0.1:{self._server.effective_port}"
        self._thread = threading.Thread(target=self._server.run, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._server.close()
        self._thread.join(timeout=5)

    def resolve(self, url_path):
        """The file a URL path names, or None (never outside the mounted directories)."""
        for prefix, directory in sorted(self.mounts.items(), key=lambda item: -len(item[0])):
            if url_path.startswith(prefix):
                path = (directory / url_path[len(prefix):]).resolve()
                if path.is_file() and path.is_relative_to(directory.resolve()):
                    return path
        return None

    def app(self, environ, start_response):
        path = self.resolve(environ.get("PATH_INFO", "/"))
        if path is None:
            start_response("404 Not Found", [("Content-Type", "text/plain")])
            return [b"not found\n"]
        kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        headers = [("Content-Type", kind), ("Cache-Control", "no-cache")]
        if kind.startswith(COMPRESSIBLE) and "gzip" in environ.get("HTTP_ACCEPT_ENCODING", ""):
            body = _gzipped(str(path), path.stat().st_mtime_ns)
            headers.append(("Content-Encoding", "gzip"))
        else:
            body = path.read_bytes()
        headers.append(("Content-Length", str(len(body))))
        start_response("200 OK", headers)
        return [body]


def free_port():
    """A TCP port free on the loopback interface now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
