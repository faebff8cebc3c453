"""A GeoJSON FeatureCollection read in pieces: each feature cut out of the bytes, then parsed alone.

An import of 100,000 facilities must not hold the parsed file (README, "Command line").
One pass over the bytes finds where each value of the top-level object's `features` list
begins and ends (brackets outside strings, counted with numpy a piece at a time); each
feature's bytes are parsed by orjson, the rest of the file (the top level, with every
container deeper than its values left out) by Python's strict parser at the end. That
is one C parse a feature instead of a streaming parser building every object through
Python, and no second pass for the top level.

Parsing stays as strict as `serialization.parse`: no NaN, no repeated keys (orjson keeps
the last of a repeated key, so the keys of each feature are counted in its text and in
what was parsed; a difference sends it through `serialization.parse`, which names the
key), no nesting deeper than MAX_DEPTH (refused before a parser sees the piece).
"""

import numpy
import orjson

from tracker.errors import DataError, Invalid
from tracker.store.serialization import MAX_DEPTH, parse

CHUNK = 1 << 16  # bytes read at a time

_QUOTE, _OPEN, _CLOSE, _COLON = 1, 2, 3, 4
_MARKS = numpy.zeros(256, numpy.int8)
_MARKS[ord('"')] = _QUOTE
_MARKS[[ord("["), ord("{")]] = _OPEN
_MARKS[[ord("]"), ord("}")]] = _CLOSE
_MARKS[ord(":")] = _COLON
_PLACEHOLDER = b"[]"  # where a container cut out of the top level stood
# orjson reads an integer beyond 64 bits as a float; Python keeps it whole. A float this
# large (rare in a facility) sends the value through Python's parser.
_LONG = 2.0 ** 63
_WHITESPACE = b" \t\n\r"


def features(handle, where, progress=None):
    """Yield each value of the `features` list of the FeatureCollection in binary file `handle`.

    Raises DataError naming `where` when the file is not JSON (as soon as that is seen),
    Invalid when it is not a FeatureCollection with a list of features: before the first
    feature when its `type` comes first (as GeoJSON writers put it), else once read.
    `progress` gets the bytes read.
    """
    for cut in cuts(handle, where, progress):
        yield parse_cut(cut, where)


def cuts(handle, where, progress=None):
    """The values of `features` as `features` finds them, not yet parsed: `parse_cut` each.

    A list or an object comes as (its bytes, how many keys its text writes); what stands
    between them (a number, a text, null) comes parsed, as `Scalar`.
    """
    cutter = _Cutter(where)
    while data := handle.read(CHUNK):
        if progress:
            progress(len(data))
        yield from cutter.feed(data)
    cutter.finish()


class Scalar:
    """A value of `features` that is no list or object, parsed already."""

    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value


def parse_cut(cut, where):
    """The value of one of `cuts`; raises DataError naming `where` when it is not strict JSON."""
    if type(cut) is Scalar:
        return cut.value
    return _parse(*cut, where)


def _parse(data, keys, where):
    """One JSON value from `data` (bytes) that writes `keys` keys: orjson, or `serialization.parse`
    where orjson would read it otherwise (a key given twice, a long integer, a lone surrogate)."""
    try:
        value = orjson.loads(data)
    except orjson.JSONDecodeError:
        pass  # Python's parser gives its own message, or reads what orjson refuses (a lone surrogate)
    else:
        if _key_count(value) == keys:
            return value
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise DataError(f"{where}: not valid JSON: {error}") from None
    return parse(text, where)


def _key_count(value):
    """How many keys the objects of parsed `value` hold, all the way down; None when it holds
    a float orjson may have read from a long integer (beyond 64 bits, Python keeps it whole)."""
    count, stack = 0, [value]
    pop, push = stack.pop, stack.extend
    while stack:  # every value is visited: a call or a filter for each cost more than the visit
        node = pop()
        kind = type(node)
        if kind is dict:
            count += len(node)
            push(node.values())
        elif kind is list:
            push(node)
        elif kind is float and not -_LONG < node < _LONG:
            return None
    return count


def _masked(data):
    """`data` with escaped backslashes and quotes blanked, same length (pairs from the left)."""
    if b"\\" in data:
        data = data.replace(b"\\\\", b"__").replace(b'\\"', b"__")
    return data


def _marks(masked, in_string=0):
    """(positions, kinds) of the brackets and colons outside strings, and of every quote.

    Also returns whether a string is open at the end. A quote is kept with kind _QUOTE,
    the marks inside strings are dropped.
    """
    codes = _MARKS[numpy.frombuffer(masked, numpy.uint8)]
    positions = numpy.flatnonzero(codes)
    kinds = codes[positions]
    quotes = kinds == _QUOTE
    before = numpy.cumsum(quotes) - quotes + in_string  # quotes before each mark
    keep = quotes | (before % 2 == 0)
    open_at_end = int((numpy.count_nonzero(quotes) + in_string) % 2)
    return positions[keep], kinds[keep], open_at_end


class _Cutter:
    """Cuts the values of the top-level `features` list out of JSON bytes fed in pieces."""

    def __init__(self, where):
        self.where = where
        self.depth = 0
        self.in_string = 0
        self.held = b""  # trailing backslashes of a piece: what they escape is in the next
        self.top = bytearray()  # the top level, each container two levels down as _PLACEHOLDER
        self.piece = []  # the bytes of the container being cut out, so far
        self.key = None  # the top-level key whose value is open
        self.key_start = None
        self.in_features = False
        self.gap = bytearray()  # what stands in `features` since the last value cut out
        self.checked = False
        self.colons = self.colons_before = 0  # colons below the top level: in all, and before the open value

    def feed(self, data):
        data = self.held + data
        held = len(data) - len(data.rstrip(b"\\"))
        self.held, data = data[len(data) - held:], data[:len(data) - held]
        positions, kinds, open_at_end = _marks(_masked(data), self.in_string)
        self.in_string = open_at_end
        steps = numpy.zeros(len(kinds), numpy.int64)
        steps[kinds == _OPEN], steps[kinds == _CLOSE] = 1, -1
        depths = numpy.cumsum(steps) + self.depth  # the depth after each mark
        if len(depths):
            if int(depths.max()) > MAX_DEPTH:
                raise DataError(f"{self.where}: not valid JSON: nested deeper than {MAX_DEPTH} levels")
            if int(depths.min()) < 0:
                raise DataError(f"{self.where}: not valid JSON: a bracket closes that was never opened")
            self.depth = int(depths[-1])
        # Only the marks at the top two levels are looked at in Python: a few a feature.
        wanted = numpy.flatnonzero(((kinds == _OPEN) & (depths <= 3)) | ((kinds == _CLOSE) & (depths <= 2))
                                   | ((kinds == _QUOTE) & (depths == 1)))
        # The keys of the values cut out, as their text writes them: colons below the top level.
        colons = numpy.cumsum((kinds == _COLON) & (depths >= 3)) + self.colons
        start = 0  # where the bytes not yet handed to `top` or `piece` begin
        for position, kind, depth, counted in zip(positions[wanted].tolist(), kinds[wanted].tolist(),
                                                  depths[wanted].tolist(), colons[wanted].tolist()):
            if kind == _QUOTE:
                start = self._quote(data, start, position)
            elif kind == _OPEN and depth == 3:
                self._keep(data[start:position])
                self.top += _PLACEHOLDER
                start, self.colons_before = position, counted
            elif kind == _CLOSE and depth == 2:
                self.piece.append(data[start:position + 1])
                start = position + 1
                yield from self._cut(counted - self.colons_before)
            elif kind == _OPEN and depth == 2:
                self._keep(data[start:position])
                start = position
                self._opened(data[position:position + 1])
            elif kind == _CLOSE and depth == 1:
                self._keep(data[start:position])
                start = position
                yield from self._gap_values()
                self.in_features = False
        if len(colons):
            self.colons = int(colons[-1])
        rest = data[start:]
        (self.piece.append(rest) if self.depth >= 3 else self._keep(rest))

    def _keep(self, data):
        """Bytes of the top level (outside every value cut out)."""
        self.top += data
        if self.in_features:
            self.gap += data

    def _quote(self, data, start, position):
        """A quote at the top level: a key (or a value) begins or ends."""
        if self.key_start is None:
            self._keep(data[start:position])
            self.key_start = len(self.top)
            return position
        self._keep(data[start:position + 1])
        try:
            self.key = orjson.loads(bytes(self.top[self.key_start:]))
        except orjson.JSONDecodeError:
            self.key = None  # the final parse of the top level names the error
        self.key_start = None
        return position + 1

    def _opened(self, bracket):
        """A value of the top-level object opens: `features` is checked as soon as it is seen."""
        if self.key != "features" or bytes(self.top).lstrip(_WHITESPACE)[:1] != b"{":
            return
        self._check_start()
        if bracket == b"{":
            raise Invalid(f"{self.where}: features: is not a list", {"features": "is not a list"})
        self.in_features, self.gap = True, bytearray()  # the bracket itself comes next

    def _check_start(self):
        """Refuse a file whose `type`, when given before `features`, is not FeatureCollection."""
        if self.checked:
            return
        self.checked = True
        head = parse(bytes(self.top).decode("utf-8", "replace") + "null}", self.where)
        if "type" in head:
            _check_type(head, self.where)

    def _cut(self, keys):
        data, self.piece = b"".join(self.piece), []
        if self.in_features:
            yield from self._gap_values()
            yield data, keys
        else:
            _parse(data, keys, self.where)  # elsewhere in the file: only checked to be JSON

    def _gap_values(self):
        """The values of `features` that stand between the containers: numbers, text, null."""
        gap = bytes(self.gap).strip(_WHITESPACE).removeprefix(b"[").strip(_WHITESPACE)
        self.gap = bytearray()
        gap = gap.removeprefix(b",").removesuffix(b",").strip(_WHITESPACE)
        if gap:
            yield from map(Scalar, parse("[" + gap.decode("utf-8", "replace") + "]", self.where))

    def finish(self):
        if self.depth or self.in_string or self.held:
            raise DataError(f"{self.where}: not valid JSON: the file ends inside a value")
        try:
            text = bytes(self.top).decode("utf-8")
        except UnicodeDecodeError as error:
            raise DataError(f"{self.where}: not valid JSON: {error}") from None
        top = parse(text, self.where)
        if not isinstance(top, dict):
            raise Invalid(f"{self.where}: is not a GeoJSON FeatureCollection", {"type": "must be FeatureCollection"})
        _check_type(top, self.where)
        if not isinstance(top.get("features"), list):
            raise Invalid(f"{self.where}: features: is not a list", {"features": "is not a list"})


def _check_type(top, where):
    if top.get("type") != "FeatureCollection":
        raise Invalid(f"{where}: is not a GeoJSON FeatureCollection", {"type": "must be FeatureCollection"})
