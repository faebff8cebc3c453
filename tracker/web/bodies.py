"""Request bodies of the JSON API: size-limited, strictly parsed, always a JSON object."""

from flask import request
from werkzeug.exceptions import RequestEntityTooLarge

from tracker.errors import BadRequest, DataError, TooLarge
from tracker.store.serialization import parse


def json_body():
    """The request body as a JSON object; BadRequest (400) or TooLarge (413) naming `body`."""
    try:
        data = request.get_data(cache=False)
    except RequestEntityTooLarge:
        raise TooLarge.at("body", f"is larger than {request.max_content_length} bytes") from None
    try:
        value = parse(data.decode("utf-8"), "body")
    except UnicodeDecodeError:
        raise BadRequest.at("body", "is not UTF-8 text") from None
    except DataError as error:
        raise BadRequest.at("body", error.message.removeprefix("body: ")) from None
    if not isinstance(value, dict):
        raise BadRequest.at("body", "is not a JSON object")
    return value
