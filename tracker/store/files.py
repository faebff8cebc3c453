"""Durable file writes: the whole new file or the old one, never half of either."""

import os
import secrets
from functools import partial
from pathlib import Path

TEMP_SUFFIX = ".tmp"


def temp_path(path):
    """Return a hidden, unique temporary name beside `path` (same file system, so rename is atomic)."""
    path = Path(path)
    return path.with_name(f".{path.name}.{secrets.token_hex(6)}{TEMP_SUFFIX}")


def write_temp(path, text, durable=True, mode=0o666):
    """Write `text` to a new temporary file beside `path`; return its name.

    With `durable`, the data is on disk (fsync) before this returns. `mode` (less the
    umask) is set when the file is made, so a secret is never readable by others.
    """
    temp = temp_path(path)
    try:
        with open(temp, "x", encoding="utf-8", newline="\n", opener=partial(os.open, mode=mode)) as handle:
            handle.write(text)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return temp


# Beyond this many files, one sync(2) of the machine beats an fsync (a journal commit) each.
SYNC_ALL_FROM = 64


def make_durable(paths):
    """Put the data of files written with `durable=False` on disk before this returns."""
    if len(paths) >= SYNC_ALL_FROM:
        os.sync()  # Linux waits for the writes to complete (sync(2))
        return
    for path in paths:
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def sync_dir(directory):
    """Make renames in `directory` durable (POSIX: fsync the directory itself)."""
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path, text, durable=True, mode=0o666):
    """Replace `path` with `text` atomically; with `durable`, it survives a crash once returned."""
    path = Path(path)
    temp = write_temp(path, text, durable, mode)
    try:
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    if durable:
        sync_dir(path.parent)
