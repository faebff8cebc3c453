"""The editors' web forms, and the mapping between their fields and the data model.

The forms do not check the model themselves: they turn what was typed into the fields
a client of the write API would send, `tracker.editing` validates them, and
`attach_errors` puts each problem back on the field it concerns. The rules and their
wording are those of the API and the CLI. Empty inputs are left out, so the model
says "is required" where it requires them.
"""

import math
import re

from flask_wtf import FlaskForm
from wtforms import PasswordField, SelectChoice, SelectField, StringField, TextAreaField
from wtforms.validators import InputRequired

from tracker import model

CHOOSE = [SelectChoice("", "Choose…")]
# A text input, not type=date: a date picker empties what it cannot read ("2026-02-30"),
# and the editor would be told "is required" for a date they typed. The server reads the
# text as typed and names what is wrong with it.
DATE_INPUT = {"inputmode": "numeric", "placeholder": "YYYY-MM-DD", "pattern": r"\d{4}-\d{2}-\d{2}",
              "autocomplete": "off"}
# Where each entry field lives in the model (as `problems()` names it) and on the form.
ENTRY_PATHS = {
    "status": "status",
    "effective": "effective",
    "date_precision": "date_precision",
    "note": "note",
    "source.url": "source_url",
    "source.title": "source_title",
    "source.publisher": "source_publisher",
    "source.published": "source_published",
    "source.quote": "source_quote",
    "reliability": "reliability",
    "credibility": "credibility",
}
FACILITY_PROPERTIES = {name: name for name in ("name", "kind", "operator", "country", "location_precision")}
FACILITY_PATHS = {
    **FACILITY_PROPERTIES,
    "id": "facility_id",
    "aliases": "aliases",
    "geometry.coordinates[0]": "longitude",
    "geometry.coordinates[1]": "latitude",
    "geometry.coordinates": "latitude",
}
FIRST_ENTRY = "status_history[0]."
# A problem of the source as a whole ("needs a url or a title") shows at its first field.
ENTRY_ERRORS = dict(ENTRY_PATHS, source="source_url")
FACILITY_ERRORS = dict(FACILITY_PATHS,
                       **{FIRST_ENTRY + path: name for path, name in ENTRY_ERRORS.items()})
RETRACT_PATHS = {"reason": "reason"}


def _choices(vocabulary, coded=False):
    """Select options from a vocabulary; `coded` shows the code too ("B: Usually reliable")."""
    return [SelectChoice(str(key), f"{key}: {words}" if coded else words)
            for key, words in vocabulary.items()]


class LoginForm(FlaskForm):
    name = StringField("Name", validators=[InputRequired()], render_kw={"autocomplete": "username"})
    password = PasswordField("Password", validators=[InputRequired()],
                             render_kw={"autocomplete": "current-password"})


class EntryForm(FlaskForm):
    status = SelectField("Status", choices=CHOOSE + _choices(model.STATUSES))
    effective = StringField("Effective date", render_kw=DATE_INPUT,
                            description="The day the status took effect.")
    date_precision = SelectField("Date precision", choices=_choices(model.DATE_PRECISIONS),
                                 default="day")
    note = TextAreaField("Note", description="What changed, in your words (plain text).")
    source_url = StringField("Source URL", render_kw={"type": "url", "placeholder": "https://"},
                             description="A URL or a title (or both) must identify the report.")
    source_title = StringField("Source title", description="The headline, if the report has one.")
    source_publisher = StringField("Publisher")
    source_published = StringField("Published", render_kw=DATE_INPUT,
                                   description="The report's date, if it gives one.")
    source_quote = TextAreaField("Verbatim quote",
                                 description="Copied exactly, in the report's own language.")
    reliability = SelectField("Source reliability", choices=CHOOSE + _choices(model.RELIABILITY, True),
                              description="How far this source has proved right before (A best, "
                                          "F when it cannot be judged).")
    credibility = SelectField("Information credibility",
                              choices=CHOOSE + _choices(model.CREDIBILITY, True),
                              description="How likely this report is true, judged on its own and "
                                          "against others (1 best, 6 when it cannot be judged).")


class FacilityForm(EntryForm):
    name = StringField("Name")
    aliases = TextAreaField("Aliases", description="Other spellings and scripts, one a line.")
    kind = SelectField("Kind", choices=CHOOSE + _choices(model.KINDS))
    operator = StringField("Operator", default="Russia", description="The force present.")
    country = StringField("Country", default="SY",
                          description="ISO 3166-1 alpha-2 code of where it stands, e.g. SY.")
    location_precision = SelectField("Location precision",
                                     choices=CHOOSE + _choices(model.LOCATION_PRECISIONS))
    latitude = StringField("Latitude", render_kw={"inputmode": "decimal"},
                           description="Click the map, or type degrees north (WGS84).")
    longitude = StringField("Longitude", render_kw={"inputmode": "decimal"},
                            description="Degrees east (WGS84).")
    facility_id = StringField("Id", description="Optional: made from the name when left empty.")


class RetractForm(FlaskForm):
    reason = TextAreaField("Reason", description="Why the entry no longer counts.")


def _text(field):
    """What was typed, trimmed, with the browser's CRLF line ends made LF."""
    return (field.data or "").replace("\r\n", "\n").strip()


def _values(form, paths):
    """The non-empty inputs of `form` as a nested dict keyed by model path."""
    values = {}
    for path, name in paths.items():
        text = _text(form[name])
        if text:
            *parents, key = path.split(".")
            target = values
            for parent in parents:
                target = target.setdefault(parent, {})
            target[key] = text
    return values


def _number(text):
    """A finite number when `text` is one; else the text, for the model to name."""
    try:
        number = float(text)
    except ValueError:
        return text
    return number if math.isfinite(number) else text


def entry_fields(form):
    """The entry of an EntryForm, as a client of the API would send it."""
    entry = _values(form, ENTRY_PATHS)
    entry.setdefault("source", {})  # so that each missing source field is named
    if entry.get("credibility", "").isdigit():
        entry["credibility"] = int(entry["credibility"])
    return entry


def facility_fields(form):
    """The Feature of a FacilityForm, with its first status entry."""
    properties = _values(form, FACILITY_PROPERTIES)
    properties["aliases"] = [line.strip() for line in _text(form.aliases).split("\n") if line.strip()]
    properties["status_history"] = [entry_fields(form)]
    position = [_number(_text(form.longitude)), _number(_text(form.latitude))]
    feature = {"type": "Feature", "geometry": {"type": "Point", "coordinates": position},
               "properties": properties}
    if _text(form.facility_id):
        feature["id"] = _text(form.facility_id)
    return feature


def retract_fields(form):
    return _values(form, RETRACT_PATHS)


def attach_errors(form, errors, paths):
    """Show each problem of `errors` ({model path: message}) at its field of `form`.

    An item of a list ("aliases[2]") shows at the list's field, with its path; a problem
    that no field matches is listed in `form.form_errors`.
    """
    for path, message in errors.items():
        name = paths.get(path) or paths.get(re.sub(r"\[\d+\]$", "", path))
        if name is None:
            form.form_errors.append(f"{path}: {message}")
            continue
        if name != paths.get(path):
            message = f"{path}: {message}"
        if message.startswith("'' "):  # the model quotes the value; an empty one is missing
            message = "is required"
        field = form[name]
        field.errors = list(field.errors) + [message]
