"""Helpers for tests that post the editors' forms as a browser would."""

import re

from tests import samples

CSRF = re.compile(r'name="csrf_token" (?:type="hidden" )?value="([^"]+)"')


def csrf_token(client, url):
    """GET the form page at `url` and return the CSRF token it carries."""
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    return CSRF.search(response.get_data(as_text=True)).group(1)


def submit(client, url, fields):
    """Post `fields` to the form at `url`, with the token the page gives."""
    return client.post(url, data=dict(fields, csrf_token=csrf_token(client, url)))


def sign_in(client, name="alice", password=samples.PASSWORD, next=None):
    url = "/login" + (f"?next={next}" if next else "")
    return submit(client, url, {"name": name, "password": password})
