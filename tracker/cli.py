"""The `tracker` command line (README, "Command line")."""

import getpass
import os
import re
import sys
from contextlib import ExitStack, contextmanager
from pathlib import Path

import click

from tracker import importing, model
from tracker.importing import workers as import_workers
from tracker.exports import formats
from tracker.accounts import Accounts
from tracker.errors import DataError, Invalid, TrackerError
from tracker.posture import as_known, facilities_matching, parse_date, posture_at
from tracker.store import is_database_url, open_store

DEFAULT_DATA = "geodata"
DEFAULT_INSTANCE = "instance"
ORIGIN = re.compile(r"https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?")


class Group(click.Group):
    """A click group that reports TrackerError as a plain message and exit status 1."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except TrackerError as error:
            raise click.ClickException(error.message) from None


def data_option(command):
    return click.option(
        "--data", "data_dir", envvar="TRACKER_DATA", default=DEFAULT_DATA, show_default=True,
        type=click.Path(file_okay=False, path_type=Path),
        help="The dataset directory (env TRACKER_DATA).",
    )(command)


def store_options(command):
    """`--store LOCATION` (env TRACKER_STORE), else `--data DIR`: which store a command uses."""
    command = data_option(command)
    return click.option(
        "--store", "store_location", envvar="TRACKER_STORE", metavar="LOCATION",
        help="The store: a folder of GeoJSON or a postgresql:// URL (env TRACKER_STORE); "
             "default: --data.",
    )(command)


def chosen_store(store_location, data_dir):
    """The location a command's options name: --store wins over --data, both given is an error."""
    context = click.get_current_context()
    if store_location and context.get_parameter_source("data_dir") == click.core.ParameterSource.COMMANDLINE:
        raise click.UsageError("give --store or --data, not both")
    return store_location or str(data_dir)


@contextmanager
def opened(location, create=False):
    """Open the store at `location` (making a folder when `create`), closing it after."""
    if create and not is_database_url(location):
        Path(location).mkdir(parents=True, exist_ok=True)
    store = open_store(location)
    try:
        yield store
    finally:
        store.close()


def instance_option(command):
    return click.option(
        "--instance", "instance_dir", envvar="TRACKER_INSTANCE", default=DEFAULT_INSTANCE,
        show_default=True, type=click.Path(file_okay=False, path_type=Path),
        help="Secrets and editor accounts; never inside the data (env TRACKER_INSTANCE).",
    )(command)


@click.group(cls=Group)
@click.version_option(package_name="posture-tracker")
def main():
    """Track where a military stands and how that changes, every change sourced."""


def warn_broken(dataset, store):
    """Name each broken file on stderr: the command goes on without those facilities."""
    for broken in dataset.broken:
        for line in broken.lines(f"{store}/"):
            click.echo(f"warning: left out: {line}", err=True)


@main.command()
@click.argument("location", required=False)
@click.option("--store", "store_location", envvar="TRACKER_STORE", metavar="LOCATION",
              help="The store to check, as LOCATION (env TRACKER_STORE).")
def validate(location, store_location):
    """Check every facility in LOCATION: a folder or a postgresql:// URL (default: TRACKER_STORE,
    TRACKER_DATA or geodata)."""
    location = location or store_location or os.environ.get("TRACKER_DATA", DEFAULT_DATA)
    with opened(location) as store:
        dataset = store.dataset()
        if dataset.broken:
            raise DataError("\n".join(line for broken in dataset.broken for line in broken.lines(f"{store}/")))
        click.echo(f"{store}: {len(dataset)} facilities, {dataset.entry_count} status entries: valid")


@main.command()
@click.argument("directory", required=False, type=click.Path(file_okay=False, path_type=Path))
def verify(directory):
    """Check that every quote from a kept report is still verbatim in its kept text."""
    from tracker.intake.evidence import checked, unverified
    store = open_store(directory or Path(os.environ.get("TRACKER_DATA", DEFAULT_DATA)))
    problems = unverified(store)
    for facility_id, entry_id, problem in problems:
        click.echo(f"{facility_id}: {entry_id}: {problem}", err=True)
    if problems:
        raise click.ClickException(f"{len(problems)} of {checked(store)} quotes do not verify")
    click.echo(f"{checked(store)} quotes from kept reports: all found verbatim")


@main.command(name="export")
@click.option("--date", "date", help="The posture at this date (YYYY-MM-DD).")
@click.option("--history", is_flag=True,
              help="Instead of --date: every entry of every facility, retracted ones too.")
@click.option("--format", "fmt", type=click.Choice(formats.FORMATS),
              help="File format (default: from the output file's suffix).")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The file to write.")
@click.option("--status", multiple=True, type=click.Choice(list(model.STATUSES)),
              help="Only facilities with this status at --date (repeatable).")
@click.option("--kind", multiple=True, type=click.Choice(list(model.KINDS)),
              help="Only facilities of this kind (repeatable).")
@click.option("--operator", multiple=True, help="Only facilities of this operator (repeatable).")
@click.option("--known", "known_on", help="With --date: as known on this day (YYYY-MM-DD), the record as it stood then.")
@store_options
def export_command(date, history, fmt, output, status, kind, operator, known_on, data_dir, store_location):
    """Write the posture at a date, or the whole history, as GeoJSON, CSV, GeoPackage, KML or FlatGeobuf."""
    if history == bool(date):
        raise click.UsageError("give --date for the posture at a date, or --history for every entry")
    if history and status:
        raise click.UsageError("--status is the status at --date; --history has every status")
    if history and known_on:
        raise click.UsageError("--known is the record as known on a day for --date; --history has every entry")
    fmt = fmt or output.suffix.lstrip(".").lower()
    known = formats.HISTORY_FORMATS if history else formats.FORMATS
    if fmt not in known:
        raise click.BadParameter(f"cannot write {output} as {fmt or 'a file without a suffix'}; give "
                                 f"one of {', '.join(known)}", param_hint="--format")
    with opened(chosen_store(store_location, data_dir)) as store:
        dataset = store.dataset()
        warn_broken(dataset, store)
    if history:
        facilities = facilities_matching(dataset, kind=kind, operator=operator)
        output.write_bytes(formats.history_file(facilities, fmt))
        summary = f"{sum(len(f.history) for f in facilities)} entries of {len(facilities)} facilities"
    else:
        date = parse_date(date, "--date")
        dataset = as_known(dataset, parse_date(known_on, "--known") if known_on else None)
        rows = posture_at(dataset, date, status=status, kind=kind, operator=operator)
        output.write_bytes(formats.posture_file(rows, fmt, date))
        summary = f"{len(rows)} facilities at {date}"
    click.echo(f"{output}: {summary} ({fmt})")


@main.command(name="import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--by", "importer", default=getpass.getuser, show_default="your login name",
              help="Who imports: recorded_by of entries that come without one.")
@click.option("--jobs", type=click.IntRange(min=0), default=None, show_default="one for each idle core "
              "beside the importer's, from 8 MB", help="Worker processes that parse and check the features (0: none).")
@store_options
def import_command(file, importer, jobs, data_dir, store_location):
    """Add the facilities and entries of a GeoJSON FeatureCollection FILE, checked whole first."""
    if jobs is None:
        jobs = import_workers.default_jobs(file.stat().st_size)
    with opened(chosen_store(store_location, data_dir), create=True) as store:
        _import(file, store, importer, jobs)


def merge_showing_progress(store, plan, label, length=None):
    """`store.merge(plan)` under a progress bar; return how many features were written.

    Without `length`, `plan(dataset)` returns the features to write and the bar counts
    them as they are written. With `length`, `plan(dataset, advance)` moves the bar
    itself, `length` units in all (a streamed import: the bytes of its file).
    """
    with ExitStack() as stack:
        if length is not None:
            bar = stack.enter_context(click.progressbar(length=length, label=label, file=sys.stderr))
            return store.merge(lambda dataset: plan(dataset, bar.update))
        bars = {}

        def planned(dataset):
            written = plan(dataset)
            bars["bar"] = stack.enter_context(
                click.progressbar(length=len(written), label=label, file=sys.stderr))
            return written

        return store.merge(planned, lambda n: bars["bar"].update(n))


def _import(file, store, importer, jobs):
    plans = []

    def plan(dataset, advance):
        # Called under the store's lock: the merge sees every write made before it. The
        # file is streamed as it is checked and written: one bar, in bytes of the file.
        plans.append(importing.Plan(file, dataset, str(file), advance, importer, jobs))
        return plans[-1]

    written = merge_showing_progress(store, plan, "Importing", length=file.stat().st_size)
    done = plans[-1]
    click.echo(f"{file}: {written} facilities added or extended; "
               f"{store} now holds {len(done.dataset) + done.added_facilities} facilities, "
               f"{done.dataset.entry_count + done.added_entries} entries")


@main.command()
@click.argument("outdir", type=click.Path(file_okay=False, path_type=Path))
@click.option("--date", "date", help="The date the map opens at, and of the posture files (default: today).")
@click.option("--known", "known", help="The record as it stood at the end of this day (UTC).")
@click.option("--embed-from", "embed_from", multiple=True, envvar="TRACKER_EMBED_FROM",
              help="An origin whose pages may frame the release (repeatable; default: any page).")
@data_option
def publish(outdir, date, known, embed_from, data_dir):
    """Write the map, the facility pages and their data into OUTDIR as plain files for any static host."""
    from tracker.publish import publish as write_release

    origins = embed_from or ("*",)
    for origin in origins:
        if origin != "*" and not ORIGIN.fullmatch(origin):
            raise click.BadParameter(f"{origin!r} is not an origin (https://host[:port]) or *",
                                     param_hint="--embed-from")
    files = write_release(data_dir, outdir, date, known, origins)
    click.echo(f"{outdir}: {len(files)} files and {outdir / 'MANIFEST.sha256'}; serve it from any static host")


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=5000, show_default=True, type=int, help="Port to listen on.")
@click.option("--threads", default=8, show_default=True, type=int, help="Worker threads.")
@click.option("--trusted-proxy", envvar="TRACKER_TRUSTED_PROXY",
              help="Address of the reverse proxy in front (env TRACKER_TRUSTED_PROXY); its "
                   "X-Forwarded-For/-Proto/-Host/-Port headers are believed, anyone else's dropped.")
@click.option("--secure-cookies", is_flag=True, envvar="TRACKER_SECURE_COOKIES",
              help="Mark the session cookie Secure: set it when visitors reach the site by HTTPS.")
@store_options
@instance_option
def serve(host, port, threads, trusted_proxy, secure_cookies, data_dir, store_location, instance_dir):
    """Serve the map and the API (waitress, bounded: README, "Security")."""
    import waitress

    from tracker import create_app
    from tracker.web.serving import raise_file_limit, waitress_settings

    config = {"STORE": chosen_store(store_location, data_dir), "INSTANCE": str(instance_dir)}
    if secure_cookies:
        config["SESSION_COOKIE_SECURE"] = True
    app = create_app(config)
    store = app.extensions["store"]
    dataset = store.dataset()  # refuse to start without a data folder or database
    warn_broken(dataset, store)
    click.echo(f"Serving {len(dataset)} facilities from {store} on http://{host}:{port}/")
    raise_file_limit()
    waitress.serve(app, **waitress_settings(app, host, port, threads, trusted_proxy))


@main.command(name="copy")
@click.argument("source")
@click.argument("target")
def copy_command(source, target):
    """Copy the whole dataset of store SOURCE into store TARGET (folders or postgresql:// URLs).

    TARGET ends up holding every facility of SOURCE as SOURCE has it; only facilities that
    differ are written. A TARGET holding a facility that SOURCE lacks is refused.
    """
    with opened(source) as origin, opened(target, create=True) as destination:
        dataset = origin.dataset()

        def plan(current):
            extra = sorted(f.id for f in current if f.id not in dataset)
            if extra:
                raise Invalid(f"{destination}: holds {len(extra)} facilities that {origin} lacks "
                              f"({', '.join(extra[:3])}); copy into an empty store",
                              {"target": "holds facilities the source lacks"})
            return [f.feature for f in dataset
                    if f.id not in current or current.get(f.id).feature != f.feature]

        written = merge_showing_progress(destination, plan, "Copying")
        copied = destination.dataset()
        click.echo(f"{destination}: {written} facilities written; it holds {len(copied)} "
                   f"facilities, {copied.entry_count} entries, as {origin} does")


@main.group()
def editor():
    """Manage editor accounts and API tokens (kept in the instance folder)."""


@editor.command(name="add")
@click.argument("name")
@click.option("--password-stdin", is_flag=True,
              help="Read the password from the first line of standard input (else prompt).")
@click.option("--replace", is_flag=True, help="Set a new password for an existing editor.")
@instance_option
def editor_add(name, password_stdin, replace, instance_dir):
    """Add editor NAME with a password (stored as a scrypt hash)."""
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    new = Accounts(instance_dir).add(name, password, replace=replace)
    click.echo(f"{instance_dir}: editor {name!r} {'added' if new else 'has a new password'}")


@editor.command(name="revoke")
@click.argument("name")
@instance_option
def editor_revoke(name, instance_dir):
    """End every session and every API token of editor NAME (the password stays)."""
    ended = Accounts(instance_dir).revoke(name)
    click.echo(f"{instance_dir}: editor {name!r} signed out everywhere; {ended} API token(s) ended")


@editor.command(name="token")
@click.argument("name")
@instance_option
def editor_token(name, instance_dir):
    """Print a new API token for editor NAME (only its hash is kept: copy it now)."""
    click.echo(Accounts(instance_dir).new_token(name))
