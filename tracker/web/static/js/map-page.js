/* The map page: loads the compact data once, then moves through time in place.
 *
 * Every date change goes through `setDay`: the model says which facilities changed,
 * and the map, the list, the counts and the URL update for those alone. No page load
 * and no server round trip per step; a popup fetches its facility's sources on demand.
 */
(function (global) {
  "use strict";

  var Dates = global.PostureDates;
  var URL_DELAY = 200;  // ms: history.replaceState is rate-limited by browsers

  function Page(map, config, data, places) {
    this.map = map;
    this.config = config;
    this.data = data;
    this.model = new global.PostureModel(data);
    this.age = new global.PostureAge(this.model, config.staleAfter);
    this.minDay = Math.min(Dates.isoToDay(config.date), this.model.changeDays[0] || Dates.isoToDay(config.today));
    this.maxDay = Math.max(Dates.isoToDay(config.date), Dates.isoToDay(config.today));
    this.filters = global.PostureFilters.fromUrl(data, new URLSearchParams(location.search));
    this.styles = makeStyles(data, config.style);
    this.layer = global.L.postureLayer(this.model, this.styleOf.bind(this), this.styles).addTo(map);
    this.areas = new global.PostureAreas(this);
    this.labels = new global.PlaceLabels(this, places).addTo(map);
    this.list = global.PostureList.forPage(document.getElementById("posture-list"), this);
    this.popup = new global.FacilityPopup(this);
    this.legend = new global.PostureLegend(this);
    this.chart = new global.PostureChart(document.getElementById("posture-chart"), this);
    this.time = new global.TimeControls(this);
    this.slider = document.getElementById("date-slider");
    this.label = document.querySelector("#date-label .step-text");
    this.heading = document.getElementById("date-heading");
    this.panels = new global.MapPanels(document.querySelector(".map-app"));
  }

  /* Every look a marker can have: one per status and kind, at index status * kinds + kind,
   * in four variants (see styleOf): plain, with the contested ring (reports of that date
   * disagree), faded (an old report), faded with the ring. */
  function makeStyles(data, style) {
    var styles = [];
    [false, true].forEach(function (faded) {  // faded: the report is old (PostureAge)
      [false, true].forEach(function (contested) {
        data.statuses.forEach(function (status) {
          data.kinds.forEach(function (kind) {
            styles.push({shape: style.shapes[kind], colour: style.colours[status], contested: contested,
                         faded: faded, hollow: style.hollow.indexOf(status) >= 0,
                         rank: style.drawOrder.indexOf(status)});
          });
        });
      });
    });
    return styles;
  }

  /* The index of facility f's look on the map now, or -1 when it is not shown. */
  Page.prototype.styleOf = function (f) {
    if (!this.shown(f)) return -1;
    var kinds = this.data.kinds.length, looks = this.data.statuses.length * kinds;
    var variant = 2 * this.age.stale[f] + (this.model.contested(f) ? 1 : 0);
    return variant * looks + this.model.status(f) * kinds + this.data.facilities.kind[f];
  };

  /* Shown: has a posture at the date and passes every filter. */
  Page.prototype.shown = function (f) {
    var status = this.model.status(f);
    return status >= 0 && this.filters.statuses[status] && this.filters.passes(f);
  };

  Page.prototype.setDay = function (day) {
    day = Math.max(this.minDay, Math.min(this.maxDay, day));
    var result = this.age.setDay(day, this.model.setDay(day));
    this.legend.count(result);
    this.layer.update(result.changed);
    this.areas.update(result.changed);
    this.list.update(result.changed);
    this.list.refreshAges();
    if (this.showMatches) this.showMatches();
    this.popup.dayChanged(result.changed);
    if (result.changed.length) this.labels.facilitiesChanged();
    this.chart.mark(day);
    this.showDay(day);
  };

  Page.prototype.showDay = function (day) {
    var iso = Dates.dayToIso(day);
    this.slider.value = day;
    this.slider.setAttribute("aria-valuetext", iso);
    this.label.textContent = iso;
    this.heading.textContent = iso;
    this.labels.showDate(iso);
    this.scheduleUrl();
  };

  /* After a filter changes: everything may look different. */
  Page.prototype.refresh = function () {
    this.legend.recount();
    this.chart.rebuild();
    this.layer.redraw();
    this.areas.update(null);
    this.list.rebuild();
    if (this.showMatches) this.showMatches();
    this.popup.dayChanged([]);
    this.labels.facilitiesChanged();
    this.scheduleUrl();
  };

  Page.prototype.iso = function () {
    return Dates.dayToIso(this.model.day);
  };

  /* The URL and the download links follow the view, so any view can be shared or saved. */
  Page.prototype.scheduleUrl = function () {
    var page = this;
    clearTimeout(this.urlTimer);
    this.urlTimer = setTimeout(function () {
      var query = page.query();
      history.replaceState(history.state, "", "?" + query.toString() + location.hash);
      page.linkDownloads(query);
      page.time.link(query);
    }, URL_DELAY);
  };

  Page.prototype.linkDownloads = function (query) {
    if (!document.getElementById("downloads")) return;  // a published release links its own files
    document.querySelectorAll("#downloads a[data-format]").forEach(function (link) {
      var url = new URL(link.href);
      url.search = query.toString();
      url.searchParams.set("format", link.dataset.format);
      link.href = url.toString();
    });
    var history = document.querySelector("#downloads a[data-history]"), url = new URL(history.href);
    url.search = "";
    query.getAll("kind").forEach(function (kind) { url.searchParams.append("kind", kind); });
    query.getAll("operator").forEach(function (name) { url.searchParams.append("operator", name); });
    history.href = url.toString();
  };

  /* ?date=, ?known= and the filters, as the API and the exports read them. */
  Page.prototype.query = function () {
    var query = new URLSearchParams({date: this.iso()});
    if (this.config.known) query.set("known", this.config.known);
    this.filters.toQuery(query);
    return query;
  };

  Page.prototype.step = function (days) {
    this.setDay(this.model.day + days);
  };

  Page.prototype.jumpToChange = function (direction) {
    var day = this.model.nearestChange(this.model.day, direction);
    if (day !== null) this.setDay(day);
  };

  var KEYS = {
    ArrowLeft: function (p) { p.step(-1); },
    ArrowDown: function (p) { p.step(-1); },
    ArrowRight: function (p) { p.step(1); },
    ArrowUp: function (p) { p.step(1); },
    PageUp: function (p) { p.setDay(Dates.addMonths(p.model.day, 1)); },
    PageDown: function (p) { p.setDay(Dates.addMonths(p.model.day, -1)); },
    Home: function (p) { p.setDay(p.minDay); },
    End: function (p) { p.setDay(p.maxDay); },
    "[": function (p) { p.jumpToChange(-1); },
    "]": function (p) { p.jumpToChange(1); }
  };

  Page.prototype.bindControls = function () {
    var page = this, slider = this.slider;
    slider.min = this.minDay;
    slider.max = this.maxDay;
    slider.disabled = false;
    slider.addEventListener("input", function () { page.setDay(+slider.value); });
    slider.addEventListener("keydown", function (event) {
      var action = KEYS[event.key];
      if (!action || event.altKey || event.ctrlKey || event.metaKey) return;
      event.preventDefault();
      action(page);
    });
    document.getElementById("prev-change").addEventListener("click", function () { page.jumpToChange(-1); });
    document.getElementById("next-change").addEventListener("click", function () { page.jumpToChange(1); });
    this.picture = new global.MapPicture(this, document.getElementById("download-picture"));
    this.showMatches = global.NameSearch.bind(this, document.getElementById("list-search"),
                                              document.getElementById("list-search-count"));
    this.player = new global.TimePlayer(this, document.getElementById("play"), document.getElementById("play-speed"));
    document.getElementById("slider-start").textContent = Dates.dayToIso(this.minDay);
    document.getElementById("slider-end").textContent = Dates.dayToIso(this.maxDay);
    document.addEventListener("keydown", function (event) {
      if (event.target.closest("input, select, textarea")) return;
      if (event.key === "[") page.jumpToChange(-1);
      if (event.key === "]") page.jumpToChange(1);
    });
    global.drawChangeStrip(document.getElementById("change-strip"), this.model, this.minDay, this.maxDay);
  };

  function fail(message) {
    var list = document.getElementById("posture-list");
    var note = document.createElement("p");
    note.className = "load-error";
    note.setAttribute("role", "alert");
    note.textContent = message;
    list.replaceWith(note);
  }

  function load(url, what) {
    return fetch(url, {headers: {Accept: "application/json"}}).then(function (response) {
      if (!response.ok) throw new Error(what + " did not load (HTTP " + response.status + ")");
      return response.json();
    });
  }

  function start(map, config) {
    if (document.documentElement.hasAttribute("data-embed-refused")) return;  // embed-guard.js
    var pane = map.createPane("facilities");
    pane.style.zIndex = 450;
    pane.style.pointerEvents = "none";  // clicks reach the map, which asks the layer
    Promise.all([load(config.dataUrl, "the map data"), load(config.placesUrl, "the place names")])
      .then(function (loaded) {
        var page = new Page(map, config, loaded[0], loaded[1]);
        page.bindControls();
        page.setDay(Dates.isoToDay(config.date));
        page.list.markReady();
        global.trackerPage = page;  // for the console, the tests and the benchmark
      })
      .catch(function (error) { fail("Sorry: " + error.message + ". Reload the page to try again."); });
  }

  global.TrackerMap = {start: start};
})(window);
