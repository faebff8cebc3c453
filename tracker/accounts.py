"""Editor accounts, API tokens and the app's secret key, kept in the instance folder.

`editors.json` maps each editor's name to a werkzeug (scrypt) password hash, the
SHA-256 of each API token (a token itself is shown once and never stored) and a
session version: a signed-in session holds the version it began with, and bumping it
(sign-out, a new password, `revoke`) ends every session of that editor at once. The secret
key signs session cookies. Both files are made with mode 0600 and written atomically
under a file lock, and the folder is never inside the dataset (README, "Editing"):
secrets must not end up in a git diff of geodata/.
"""

import datetime
import hashlib
import hmac
import json
import re
import secrets
from functools import cache
from pathlib import Path

from filelock import FileLock
from werkzeug.security import check_password_hash, generate_password_hash

from tracker.errors import Conflict, Invalid, NotFound
from tracker.store.files import write_atomic
from tracker.model.validation import Problem

EDITORS_NAME = "editors.json"
SECRET_KEY_NAME = "secret_key"
LOCK_NAME = ".accounts.lock"
PRIVATE = 0o600
NAME_PATTERN = re.compile(r"[a-z0-9][a-z0-9_.-]{0,39}")
NAME_RULE = "1-40 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit"
MIN_PASSWORD = 10
TOKEN_BYTES = 32


@cache
def _dummy_hash():
    """A hash checked when a name is unknown, so a wrong name costs as long as a wrong password."""
    return generate_password_hash("not a password of anyone")


def token_digest(token):
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def check_apart(instance, data):
    """Refuse an instance folder that is, or is inside, the data folder."""
    instance, data = Path(instance).resolve(), Path(data).resolve()
    if instance == data or data in instance.parents:
        raise Invalid.at("instance", f"{instance} is inside the data folder {data}; keep secrets apart")


def secret_key(instance):
    """Return the app's secret key, making it (random, mode 0600) on first use."""
    path = Path(instance) / SECRET_KEY_NAME
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        with FileLock(path.parent / LOCK_NAME):
            if not path.exists():  # another process may have made it meanwhile
                write_atomic(path, secrets.token_hex(32) + "\n", mode=PRIVATE)
    return path.read_text(encoding="utf-8").strip()


class Accounts:
    """The editors of one instance folder."""

    def __init__(self, instance):
        self.root = Path(instance)
        self.path = self.root / EDITORS_NAME

    def _load(self):
        try:
            return json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}

    def _change(self, change):
        """Apply `change` (editors -> None) to a fresh read, under the lock, and save."""
        self.root.mkdir(parents=True, exist_ok=True)
        with FileLock(self.root / LOCK_NAME):
            editors = self._load()
            result = change(editors)
            text = json.dumps(editors, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
            write_atomic(self.path, text, mode=PRIVATE)
            return result

    def exists(self, name):
        return name in self._load()

    def add(self, name, password, replace=False):
        """Add an editor, or with `replace` set a known editor's password (tokens are kept).

        Returns True when the editor is new.
        """
        found = []
        if not NAME_PATTERN.fullmatch(name):
            found.append(Problem("name", f"{name!r} is not a valid editor name ({NAME_RULE})"))
        if len(password) < MIN_PASSWORD:
            found.append(Problem("password", "is empty" if not password
                                 else f"is shorter than {MIN_PASSWORD} characters"))
        if found:
            raise Invalid.from_problems(found)

        def add(editors):
            if name in editors and not replace:
                raise Conflict(f"editor {name!r} already exists", {"name": f"{name!r} already exists"})
            new = name not in editors
            account = editors.setdefault(name, {"tokens": []})
            account["password"] = generate_password_hash(password)
            if not new:  # a new password ends the sessions signed in with the old one
                account["session"] = account.get("session", 0) + 1
            return new
        return self._change(add)

    def session_version(self, name):
        """The version a session of `name` must hold to be valid; None for an unknown name."""
        account = self._load().get(name)
        return None if account is None else account.get("session", 0)

    def end_sessions(self, name):
        """End every signed-in session of `name` (sign-out ends them everywhere)."""
        def bump(editors):
            if name in editors:
                editors[name]["session"] = editors[name].get("session", 0) + 1
        self._change(bump)

    def revoke(self, name):
        """End every session and every API token of `name`; the password stays.

        Returns the number of tokens ended.
        """
        def revoke(editors):
            if name not in editors:
                raise NotFound(f"no editor {name!r}", {"name": f"{name!r} does not exist"})
            account = editors[name]
            account["session"] = account.get("session", 0) + 1
            ended, account["tokens"] = len(account["tokens"]), []
            return ended
        return self._change(revoke)

    def check_password(self, name, password):
        """Tell whether `password` is `name`'s password (False for an unknown name)."""
        account = self._load().get(name)
        if account is None:
            check_password_hash(_dummy_hash(), password)
            return False
        return check_password_hash(account["password"], password)

    def new_token(self, name):
        """Make a new API token for `name`; return it. Only its SHA-256 is kept."""
        token = secrets.token_urlsafe(TOKEN_BYTES)
        created = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")

        def add_token(editors):
            if name not in editors:
                raise NotFound(f"no editor {name!r}", {"name": f"{name!r} does not exist"})
            editors[name]["tokens"].append({"sha256": token_digest(token), "created": created})
        self._change(add_token)
        return token

    def editor_for_token(self, token):
        """Return the name of the editor holding `token`, or None."""
        digest = token_digest(token)
        found = None
        for name, account in self._load().items():
            for stored in account["tokens"]:
                if hmac.compare_digest(stored["sha256"], digest):
                    found = name
        return found
