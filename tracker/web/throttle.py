"""Failed sign-ins are slowed down, per name and per address (Flask-Limiter).

Only failures count, and the windows are short: an attacker gets a few guesses a
minute at one name from anywhere, and a few a minute from one address at any names;
past that, 429 with Retry-After. A real editor whose name is under attack waits at
most a window (a minute by default), never hours. The counts live in this process
(RATELIMIT_STORAGE_URI names a shared store, e.g. memcached://, for several servers).
README, "Security".
"""

from flask import current_app, g, request
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address

from tracker.accounts import NAME_PATTERN

TOO_MANY = "too many failed sign-ins; wait a moment and try again"


def failed(response):
    """Count a request only when the sign-in it tried failed."""
    return g.get("sign_in_failed", False)


def _name_key():
    name = request.form.get("name", "").strip()
    # Unknown shapes of name share one key, so random names cannot fill the memory.
    return "name:" + (name if NAME_PATTERN.fullmatch(name) else "?")


def _address_key():
    return "address:" + get_remote_address()


def per_name():
    return current_app.config["SIGN_IN_LIMIT_PER_NAME"]


def per_address():
    return current_app.config["SIGN_IN_LIMIT_PER_ADDRESS"]


def init_app(app, endpoint="auth.login"):
    """Give `app` its own limiter, and put both limits on the sign-in view.

    POST only, and only failures count (the view sets g.sign_in_failed).
    """
    limiter = Limiter(key_func=get_remote_address, app=app)
    view = app.view_functions[endpoint]
    for limit, key in ((per_name, _name_key), (per_address, _address_key)):
        view = limiter.limit(limit, key_func=key, methods=["POST"], deduct_when=failed,
                             error_message=TOO_MANY)(view)
    app.view_functions[endpoint] = view
    app.extensions["sign_in_limiter"] = limiter
