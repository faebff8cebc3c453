"""Source URLs parsed as browsers and spreadsheets will read them, not only matched by a pattern."""

import functools
import ipaddress
import re
from urllib.parse import urlsplit

URL_SCHEMES = ("http", "https")
# Below "!" (controls and the space), DEL and the C1 controls.
_CONTROL_OR_SPACE = re.compile("[\x00-\x20\x7f-\x9f]")


# The common address, which every rule below lets through: http(s), a host name of
# letters, digits, dots and hyphens (so no user, port or brackets), then "/" and a path
# without control characters, spaces or brackets. Only other URLs are parsed.
_PLAIN = re.compile("https?://[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*(?:/[^\x00-\x20\x7f-\x9f\\[\\]]*)?")


def url_problem(url):
    """What keeps `url` from being a plain http(s) address of a report, or None.

    The schema's pattern is a first sieve; this parses the URL as browsers and
    spreadsheets will: no control characters, a host, no user name or password (a
    "https://reuters.com@evil.example/" trick), brackets only around an IPv6 host.
    An import validates every entry (1,000,000 at 100,000 facilities, most URLs distinct):
    a URL of the plain form is known good without parsing.
    """
    if _PLAIN.fullmatch(url):
        return None
    return parsed_url_problem(url)


# Entries of one report share its URL: each distinct URL that is not plain is parsed once.
@functools.lru_cache(maxsize=4096)
def parsed_url_problem(url):
    """`url_problem` by parsing the URL, whatever its form."""
    if _CONTROL_OR_SPACE.search(url):
        return "holds a control character or a space"
    try:
        parts = urlsplit(url)
        _ = parts.port  # parsing the port raises ValueError when it is not a number in range
    except ValueError as error:
        return f"is not a URL ({error})"
    if parts.scheme not in URL_SCHEMES or not parts.hostname:
        return "is not an http or https URL"
    if "@" in parts.netloc:
        return "holds a user name or password"
    if "[" in parts.netloc or "]" in parts.netloc:
        try:
            ipaddress.IPv6Address(parts.hostname)
        except ValueError:
            return "has brackets around a host that is not an IPv6 address"
    if any(bracket in part for part in (parts.path, parts.query, parts.fragment) for bracket in "[]"):
        return "has brackets outside an IPv6 host"
    return None
