/* One item of the posture list: a facility's name, status, since when and the report
 * (README, "The map": `[data-facility][data-status]`). Both lists use it: the one with an
 * element per facility (posture-list.js) and the one that renders the rows in view
 * (posture-window.js).
 *
 * A changed item changes twice: `data-status` (its icon's colour follows it) and one Text
 * node, "Withdrawn since <date> · <report>", which is also what a screen reader reads; an
 * item whose report is old (README, "How old a report is") also has `data-stale` and a
 * second Text node, "· last reported N days ago · <report>", rewritten only on screen.
 * All text goes in as text: names and titles are user text.
 */
(function (global) {
  "use strict";

  var Dates = global.PostureDates;
  // Said first, so it is seen and heard before the status the map chose among the reports.
  var DISAGREE = "Reports disagree, map shows ";

  function PostureItems(page) {
    this.page = page;
    this.since = {};    // texts by day and by source: made once, not per item and step
    this.reports = [];
  }

  PostureItems.prototype.make = function (f) {
    var data = this.page.data, item = document.createElement("div");
    item.dataset.facility = data.facilities.id[f];
    item.index = f;
    item.stale = 0;
    item.className = "posture-item";
    item.contested = false;
    item.setAttribute("role", "listitem");
    var button = document.createElement("button");
    button.type = "button";
    button.dataset.index = f;
    var icon = document.createElement("span");
    icon.className = "shape shape-" + this.page.config.style.shapes[data.kinds[data.facilities.kind[f]]];
    icon.setAttribute("aria-hidden", "true");
    var name = document.createElement("span");
    name.className = "name";
    name.textContent = data.facilities.name[f];
    name.dir = "auto";  // isolated: bidi controls in a name cannot reorder the date beside it
    button.append(icon, name);
    item.detail = document.createTextNode("");
    item.ageText = document.createTextNode("");
    var detail = document.createElement("span");
    detail.className = "detail";
    detail.append(item.detail, item.ageText);
    item.append(button, detail);
    return item;
  };

  /* Refresh `item`, facility f's, for the current date; only what changed is written. */
  PostureItems.prototype.fill = function (item, f) {
    var page = this.page, data = page.data, entry = page.model.current[f], stale = page.age.stale[f];
    if (item.entry !== entry || item.stale !== stale) {
      item.entry = entry;
      var status = data.statuses[page.model.entryStatus[entry]], day = page.model.entryDay[entry];
      var source = data.entries.source[entry];
      var contested = page.model.entryContested[entry] === 1;
      if (item.status !== status) item.setAttribute("data-status", (item.status = status));
      if (item.contested !== contested) {
        item.contested = contested;
        if (contested) item.setAttribute("data-contested", "true"); else item.removeAttribute("data-contested");
      }
      item.report = this.reports[source] || (this.reports[source] = report(data.sources[source]));
      item.detail.data = (contested ? DISAGREE : "") + page.config.words.statusLabels[status] +
        (this.since[day] || (this.since[day] = " since " + Dates.dayToIso(day))) + (stale ? "" : " · " + item.report);
    }
    if (stale || item.stale) this.ageOf(item, f, stale);
    return item;
  };

  /* An old report: data-stale, and "last reported N days ago" before the report (so it
   * shows where the line is cut short). It changes with every step, so it is refreshed for
   * the items on screen and for changed ones. */
  PostureItems.prototype.ageOf = function (item, f, stale) {
    if (item.stale !== stale) {
      item.stale = stale;
      if (stale) item.setAttribute("data-stale", "true"); else item.removeAttribute("data-stale");
    }
    var words = stale ? " · " + this.page.age.words(f) + " · " + item.report : "";
    if (item.ageText.data !== words) item.ageText.data = words;
  };

  /* "Publisher: Title", or the publisher alone when the report has no title. */
  function report(source) {
    return source[1] ? source[0] + ": " + source[1] : source[0];
  }

  global.PostureItems = PostureItems;
})(window);
