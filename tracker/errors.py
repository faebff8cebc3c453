"""The tracker's one error type, and its kinds.

Every failure a user can cause or meet is a `TrackerError`: it carries the HTTP status,
a message, and the problems by field. The web layer turns it into the one JSON error
shape of the README's "JSON API"; the CLI prints it and exits non-zero.
"""


class TrackerError(Exception):
    """A failure to report to the user as it is."""

    status = 400
    headers = {}

    def __init__(self, message, errors=None):
        super().__init__(message)
        self.message = message
        self.errors = dict(errors or {})

    @classmethod
    def at(cls, field, message):
        """The error of one `field`: "body: is not a JSON object"."""
        return cls(f"{field}: {message}", {field: message})


class BadRequest(TrackerError):
    """The request itself is malformed: a missing parameter, a body that is not JSON."""


class Invalid(TrackerError):
    """Data that breaks the model; `errors` maps each field to what is wrong with it."""

    status = 422

    @classmethod
    def from_problems(cls, problems, context=""):
        lines = [f"{context}: {p}" if context else str(p) for p in problems]
        return cls("\n".join(lines), {p.field: p.message for p in problems})


class Unauthorized(TrackerError):
    status = 401
    headers = {"WWW-Authenticate": 'Bearer realm="tracker"'}  # RFC 6750


class NotFound(TrackerError):
    status = 404

    @classmethod
    def facility(cls, facility_id):
        """No facility `facility_id`: one wording for the store, the API and the pages."""
        return cls(f"no facility {facility_id!r}", {"id": f"{facility_id!r} does not exist"})


class Conflict(TrackerError):
    status = 409


class TooLarge(TrackerError):
    status = 413


class DataError(TrackerError):
    """A stored file cannot be read or breaks the model: refused, never overwritten."""

    status = 503
