"""`tracker serve` (waitress) under idle and oversized clients, and behind a proxy."""

import socket
import urllib.request
from contextlib import ExitStack

from tests.test_concurrency import server

IDLE_SOCKETS = 150
# Long enough for any machine to answer one small request; the old server (100
# connections, 120 s channel timeout) did not answer within it. Not a speed check:
# bench/idle_sockets.py measures the time at 10,000 facilities.
ANSWER_TIMEOUT = 15
HALF_REQUEST = b"GET /api/facilities HTTP/1.1\r\nHost: tracker\r\n"  # no blank line: never ends


def test_idle_half_requests_do_not_starve_the_server(data_dir, tmp_path):
    with server(data_dir, tmp_path / "instance", tmp_path / "serve.log") as (_, base), ExitStack() as idle:
        port = int(base.rsplit(":", 1)[1])
        for _ in range(IDLE_SOCKETS):
            sock = idle.enter_context(socket.create_connection(("127.0.0.1", port)))
            sock.sendall(HALF_REQUEST)
        with urllib.request.urlopen(base + "/api/facilities/amuda", timeout=ANSWER_TIMEOUT) as response:
            assert response.status == 200
            assert b'"id":"amuda"' in response.read()


def test_a_body_over_the_limit_is_refused_before_it_is_read(data_dir, tmp_path):
    with server(data_dir, tmp_path / "instance", tmp_path / "serve.log") as (_, base):
        port = int(base.rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port), timeout=ANSWER_TIMEOUT) as sock:
            sock.sendall(b"POST /api/facilities HTTP/1.1\r\nHost: tracker\r\nContent-Type: application/json\r\n"
                         b"Content-Length: 52428800\r\n\r\n")  # 50 MB announced, not a byte sent
            answer = sock.recv(4096)
        assert answer.startswith(b"HTTP/1.1 413 ")


def headers_of(base, **headers):
    request = urllib.request.Request(base + "/", headers=headers)
    with urllib.request.urlopen(request, timeout=ANSWER_TIMEOUT) as response:
        return response.headers


def test_forwarded_headers_count_only_from_the_trusted_proxy(data_dir, tmp_path):
    forwarded = {"X-Forwarded-Proto": "https", "X-Forwarded-For": "203.0.113.9"}
    with server(data_dir, tmp_path / "instance", tmp_path / "a.log") as (_, base):
        assert "Strict-Transport-Security" not in headers_of(base, **forwarded)
    with server(data_dir, tmp_path / "instance", tmp_path / "b.log", "--trusted-proxy", "127.0.0.1") as (_, base):
        assert headers_of(base, **forwarded)["Strict-Transport-Security"] == "max-age=31536000"
        assert "Strict-Transport-Security" not in headers_of(base)
