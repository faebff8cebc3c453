"""The editors' pages: forms to add a status entry, a facility, or to retract an entry.

Each form hands its fields to `tracker.editing`, as the write API does; a problem the
editor can fix comes back at its field with everything typed kept, and a saved
change leads to the facility page at the entry's date. Messages hold names in <bdi>
(escaped by Markup.format), so bidi controls in a name cannot reorder the date after it.
"""

from flask import Blueprint, flash, g, redirect, render_template, request, url_for
from markupsafe import Markup

from tracker import editing
from tracker.web.auth import editor_required
from tracker.errors import Conflict, Invalid
from tracker.web.forms import (
    ENTRY_ERRORS, FACILITY_ERRORS, RETRACT_PATHS, EntryForm, FacilityForm, RetractForm, attach_errors,
    entry_fields, facility_fields, retract_fields,
)
from tracker.web.responses import store

bp = Blueprint("editing", __name__)


def facility_url(facility_id, entry):
    """The facility page at the entry's date, scrolled to the entry."""
    return url_for("views.facility_page", facility_id=facility_id, date=entry["effective"],
                   _anchor=f"entry-{entry['id']}")


def save(form, paths, write):
    """Return what `write()` returns for a posted form, or None when nothing was saved.

    A problem the editor can fix is shown at its field of `form` instead.
    """
    if request.method != "POST":
        return None
    try:
        return write()
    except (Invalid, Conflict) as error:
        attach_errors(form, error.errors, paths)
        return None


@bp.route("/facilities/<facility_id>/status/new", methods=("GET", "POST"))
@editor_required
def new_entry(facility_id):
    """Add a status entry to a facility."""
    facility = store().dataset().require(facility_id)
    form = EntryForm()
    saved = save(form, ENTRY_ERRORS,
                 lambda: editing.add_entry(store(), facility_id, entry_fields(form), g.editor))
    if saved:
        _, entry = saved
        flash(Markup("Saved: <bdi>{}</bdi> {} from {}.").format(
            facility.properties["name"], entry["status"], entry["effective"]), "success")
        return redirect(facility_url(facility_id, entry))
    return render_template("entry_form.html", form=form, facility=facility)


@bp.route("/facilities/new", methods=("GET", "POST"))
@editor_required
def new_facility():
    """Add a facility with its first status entry."""
    form = FacilityForm()
    facility = save(form, FACILITY_ERRORS,
                    lambda: editing.add_facility(store(), facility_fields(form), g.editor))
    if facility:
        flash(Markup("Saved: new facility <bdi>{}</bdi>.").format(facility.properties["name"]), "success")
        return redirect(facility_url(facility.id, facility.history[0]))
    from tracker.web import folium_maps, picker  # folium on first use (tracker.web.pages' docstring)

    figure = picker.picker_map(store().dataset(), form.latitude.id, form.longitude.id)
    return render_template("facility_form.html", form=form, map=folium_maps.parts(figure))


@bp.route("/facilities/<facility_id>/status/<entry_id>/retract", methods=("GET", "POST"))
@editor_required
def retract_entry(facility_id, entry_id):
    """Retract a status entry with a reason; it stays in the history, struck through."""
    facility = store().dataset().require(facility_id)
    entry = editing.find_entry(facility.feature, entry_id)
    form = RetractForm()
    saved = save(form, RETRACT_PATHS, lambda: editing.retract_entry(
        store(), facility_id, entry_id, retract_fields(form), g.editor))
    if saved:
        flash(Markup("Retracted: <bdi>{}</bdi> {} from {}.").format(
            facility.properties["name"], entry["status"], entry["effective"]), "success")
        return redirect(facility_url(facility_id, entry))
    return render_template("retract_form.html", form=form, facility=facility, entry=entry)
