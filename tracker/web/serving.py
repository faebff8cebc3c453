"""How `tracker serve` runs the app: waitress, bounded so slow or idle clients cannot starve it.

waitress reads each request whole in its event loop before a worker thread sees it, so
a client that sends half a request holds a connection, never a thread. What bounds that:

- `connection_limit` well above what one visitor needs, with `poll()` rather than
  `select()` (which stops at 1024 descriptors) and the process's file limit raised to fit;
- `channel_timeout`: a connection silent that long is closed (swept every
  `cleanup_interval`);
- `max_request_body_size` = the app's MAX_CONTENT_LENGTH: waitress answers 413 from the
  Content-Length header, before it reads (or spools to disk) a byte of the body.

Behind a reverse proxy, `trusted_proxy` names it; waitress then takes the client's address
and scheme from the headers in `trusted_proxy_headers` (sign-in throttling and HSTS use
them) and drops those headers from anyone else. README, "Security".
"""

import resource

CONNECTION_LIMIT = 1000
CHANNEL_TIMEOUT = 20  # seconds of silence before a connection is closed
CLEANUP_INTERVAL = 5
MAX_HEADER_BYTES = 64 * 1024
PROXY_HEADERS = "x-forwarded-for x-forwarded-proto x-forwarded-host x-forwarded-port"
SPARE_FILES = 64  # data files, the lock, logs: descriptors besides the connections


def waitress_settings(app, host, port, threads, trusted_proxy=None,
                      trusted_proxy_headers=PROXY_HEADERS):
    """The keyword arguments of `waitress.serve` for `app`."""
    settings = {
        "host": host, "port": port, "threads": threads, "ident": "tracker",
        "connection_limit": CONNECTION_LIMIT,
        "channel_timeout": CHANNEL_TIMEOUT,
        "cleanup_interval": CLEANUP_INTERVAL,
        "asyncore_use_poll": True,
        "backlog": 1024,
        "max_request_header_size": MAX_HEADER_BYTES,
        "max_request_body_size": app.config["MAX_CONTENT_LENGTH"],
        "clear_untrusted_proxy_headers": True,
    }
    if trusted_proxy:
        settings.update(trusted_proxy=trusted_proxy, trusted_proxy_count=1,
                        trusted_proxy_headers=trusted_proxy_headers)
    return settings


def raise_file_limit(needed=CONNECTION_LIMIT + SPARE_FILES):
    """Let the process hold `needed` descriptors, as far as the hard limit allows."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = needed if hard == resource.RLIM_INFINITY else min(needed, hard)
    if soft != resource.RLIM_INFINITY and soft < target:
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
