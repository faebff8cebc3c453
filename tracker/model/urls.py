"""Source URLs parsed as browsers and spreadsheets will read them, not only matched by a pattern."""

import ipaddress
from urllib.parse import urlsplit

URL_SCHEMES = ("http", "https")


def url_problem(url):
    """What keeps `url` from being a plain http(s) address of a report, or None.

    The schema's pattern is a first sieve; this parses the URL as browsers and
    spreadsheets will: no control characters, a host, no user name or password (a
    "https://reuters.com@evil.example/" trick), brackets only around an IPv6 host.
    """
    if any(ord(char) < 0x21 or 0x7f <= ord(char) < 0xa0 for char in url):
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
