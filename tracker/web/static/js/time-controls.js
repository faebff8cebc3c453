/* The map page's controls for time beyond the slider (README, "The map"): "as known on"
 * and "compare with...".
 *
 * "As known on" answers from the record as it stood at the end of a day; the server
 * computes that view (the map data of ?known=), so choosing a day loads the page again
 * with it, keeping the date shown and the filters. The compare link opens /changes from
 * the date shown to today, as known on the same day.
 */
(function (global) {
  "use strict";

  function TimeControls(page) {
    var form = document.getElementById("known-form");
    this.page = page;
    this.compare = document.getElementById("compare-link");
    if (!form) return;
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var query = page.query(), known = form.elements.known.value;
      if (known) query.set("known", known); else query.delete("known");
      location.assign("?" + query.toString());
    });
  }

  /* The page's query changed (date, filters): so does the compare link. */
  TimeControls.prototype.link = function (query) {
    if (!this.compare) return;
    var url = new URL(this.compare.href), config = this.page.config;
    url.search = "";
    url.searchParams.set("from", query.get("date"));
    url.searchParams.set("to", config.today > query.get("date") ? config.today : query.get("date"));
    if (config.known) url.searchParams.set("known", config.known);
    this.compare.href = url.toString();
  };

  global.TimeControls = TimeControls;
})(window);
