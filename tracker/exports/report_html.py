"""An entry as a short HTML text, every value from the data escaped: for KML balloons and Atom entries."""

from markupsafe import escape

from tracker import model


def status_name(status):
    """The short name of a status: "Withdrawn"."""
    return model.STATUSES[status].split(":")[0]


def report_html(source):
    """The report as "title, publisher, published", a link when it has a URL."""
    report = ", ".join(str(escape(source[key])) for key in ("title", "publisher", "published") if key in source)
    return f'<a href="{escape(source["url"])}">{report}</a>' if "url" in source else report


def entry_html(entry, others=(), retraction=None):
    """The entry: the retraction if any, status and since, note, report, grades, quote, the day's others."""
    parts = []
    if retraction:
        parts.append(f"<p><strong>Retracted</strong> by {escape(retraction['by'])}: {escape(retraction['reason'])}</p>")
    parts += [
        f"<p><b>{escape(status_name(entry['status']))}</b> since {escape(entry['effective'])}"
        f" ({escape(entry['date_precision'])} precision)</p>",
        f"<p>{escape(entry['note'])}</p>",
        f"<p>Source: {report_html(entry['source'])}. Grades {escape(entry['reliability'])}{escape(str(entry['credibility']))}.</p>",
        f"<blockquote>{escape(entry['source']['quote'])}</blockquote>",
    ]
    parts += [f"<p>Also reported that day: {escape(other['status'])} "
              f"({escape(other['source']['publisher'])})</p>" for other in others]
    return "".join(str(part) for part in parts)
