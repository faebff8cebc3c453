/* Clicking a facility: its status at the date shown, since when, and why we believe it.
 *
 * The popup is built as DOM nodes with textContent (Leaflet would put a string in with
 * innerHTML: notes, titles and quotes are user text). The note and the source are not
 * in the compact map data; they are fetched from the API when a facility is opened.
 */
(function (global) {
  "use strict";

  var L = global.L, Dates = global.PostureDates;
  var FOCUS_ZOOM = 8;

  function el(tag, className, text) {
    var element = document.createElement(tag);
    if (className) element.className = className;
    if (text !== undefined && text !== null) element.textContent = text;
    return element;
  }

  function link(href, text) {
    var a = el("a", null, text);
    a.href = href;
    return a;
  }

  function FacilityPopup(page) {
    var popup = this, map = page.map;
    this.page = page;
    this.cache = new Map();
    this.selected = -1;
    this.popup = L.popup({maxWidth: 380, minWidth: 260, maxHeight: 340, autoPanPadding: [24, 24],
                          className: "facility-popup"});
    this.popup.on("remove", function () { popup.deselect(); });
    this.tooltip = L.tooltip({direction: "top", offset: [0, -10], className: "facility-tooltip"});
    this.ring = L.marker([0, 0], {interactive: false, keyboard: false, icon: L.divIcon({className: "selection-ring"})});
    map.on("click", function (event) {
      var f = page.layer.facilityAt(event.containerPoint);
      if (f >= 0) popup.show(f, {pan: false});
    });
    map.on("mousemove", function (event) { popup.hover(event.containerPoint); });
    map.on("mouseout", function () { map.closeTooltip(popup.tooltip); });
  }

  FacilityPopup.prototype.latLng = function (f) {
    var facilities = this.page.data.facilities;
    return L.latLng(facilities.lat[f], facilities.lon[f]);
  };

  /* Open facility f; with {pan: true} (from the list) bring it into view first. */
  FacilityPopup.prototype.show = function (f, options) {
    var page = this.page, map = page.map, popup = this;
    this.selected = f;
    this.showRing(f);
    page.list.select(f);
    if (options && options.pan) map.setView(this.latLng(f), Math.max(map.getZoom(), FOCUS_ZOOM), {animate: false});
    this.popup.setLatLng(this.latLng(f)).setContent(this.render(f, null)).openOn(map);
    this.load(f).then(function (feature) {
      if (popup.selected === f) popup.popup.setContent(popup.render(f, feature));
    }, function () {
      if (popup.selected === f) popup.popup.setContent(popup.render(f, "error"));
    });
  };

  FacilityPopup.prototype.deselect = function () {
    if (this.selected < 0) return;
    this.selected = -1;
    this.ring.remove();
    this.page.list.select(-1);
  };

  /* A ring around the selected marker, sized to the markers of the current view. */
  FacilityPopup.prototype.showRing = function (f) {
    var size = Math.round(this.page.layer.radius() * 2.5 + 10);
    this.ring.setIcon(L.divIcon({className: "selection-ring", iconSize: [size, size]}));
    this.ring.setLatLng(this.latLng(f)).addTo(this.page.map);
  };

  /* The date or the filters changed: show the open facility's new state. */
  FacilityPopup.prototype.dayChanged = function (changed) {
    var f = this.selected;  // a stale posture's age changes with every step
    if (f < 0 || (changed.length && changed.indexOf(f) < 0 && !this.page.age.stale[f])) return;
    this.popup.setContent(this.render(f, this.cache.get(this.page.data.facilities.id[f]) || null));
  };

  FacilityPopup.prototype.load = function (f) {
    var id = this.page.data.facilities.id[f], cache = this.cache, config = this.page.config;
    if (cache.has(id)) return Promise.resolve(cache.get(id));
    var url = config.facilityApi.replace(config.placeholder, encodeURIComponent(id)) +
      (config.known ? "?known=" + config.known : "");  // the history the map data was made from
    return fetch(url, {headers: {Accept: "application/geo+json"}}).then(function (response) {
      if (!response.ok) throw new Error("HTTP " + response.status);
      return response.json();
    }).then(function (feature) {
      cache.set(id, feature);
      return feature;
    });
  };

  /* The entry the map shows for f: the same rule and order as the server's. */
  FacilityPopup.prototype.entryOf = function (f, feature) {
    var model = this.page.model, index = model.current[f] - model.first[f];
    var counted = feature.properties.status_history.filter(function (e) { return !e.retracted; });
    counted.sort(function (a, b) {
      return a.effective < b.effective ? -1 : a.effective > b.effective ? 1 :
        a.recorded_at < b.recorded_at ? -1 : a.recorded_at > b.recorded_at ? 1 : 0;
    });
    return counted[index];
  };

  FacilityPopup.prototype.render = function (f, feature) {
    var page = this.page, data = page.data, words = page.config.words, model = page.model;
    var box = el("div", "popup");
    box.append(el("h2", "popup-title", data.facilities.name[f]));
    var kind = data.kinds[data.facilities.kind[f]];
    box.append(el("p", "popup-kind", words.kinds[kind] + " · " + data.operators[data.facilities.operator[f]]));
    if (model.current[f] < 0) {
      box.append(el("p", "popup-none", "No reported posture on " + page.iso() + "."));
    } else {
      var status = data.statuses[model.status(f)], line = el("p", "popup-status");
      var badge = el("span", "badge", words.statusLabels[status]);
      badge.dataset.look = status;
      line.append(badge, " since " + Dates.dayToIso(model.entryDay[model.current[f]]));
      box.append(line);
      if (page.age.stale[f]) box.append(el("p", "popup-age", page.age.words(f)));
      if (feature === "error") box.append(el("p", "popup-loading", "The report could not be loaded."));
      else if (!feature) box.append(el("p", "popup-loading", "Loading the report…"));
      else this.renderEntry(box, this.entryOf(f, feature), feature);
    }
    box.append(this.links(f));
    return box;
  };

  FacilityPopup.prototype.renderEntry = function (box, entry, feature) {
    var words = this.page.config.words, source = entry.source;
    box.querySelector(".popup-status").append(
      el("span", "precision", " (date known to the " + entry.date_precision + ")"));
    box.append(el("p", "popup-note", entry.note));
    var cite = el("div", "popup-source");
    var title = source.title || source.url || source.publisher;
    cite.append(/^https?:\/\//i.test(source.url || "") ? link(source.url, title) : el("span", "title", title));
    cite.lastChild.classList.add("source-title");
    if (cite.lastChild.tagName === "A") {
      cite.lastChild.target = "_blank";
      cite.lastChild.rel = "noopener noreferrer";
    }
    cite.append(el("span", "source-meta", source.publisher + (source.published ? ", " + source.published : "")));
    var quote = el("blockquote", "quote", source.quote);
    quote.dir = "auto";
    cite.append(quote);
    box.append(cite);
    box.append(el("p", "grades",
      "Source " + entry.reliability + ": " + words.reliability[entry.reliability] +
      " · Information " + entry.credibility + ": " + words.credibility[entry.credibility]));
    box.append(el("p", "precision-note",
      "Position: " + words.locationPrecisions[feature.properties.location_precision]));
  };

  FacilityPopup.prototype.links = function (f) {
    var config = this.page.config, id = encodeURIComponent(this.page.data.facilities.id[f]);
    var links = el("p", "popup-links");
    links.append(link(config.facilityPage.replace(config.placeholder, id) + "?date=" + this.page.iso() +
                      (config.known ? "&known=" + config.known : ""), "Full history and sources"));
    if (config.newEntry) links.append(link(config.newEntry.replace(config.placeholder, id), "Add status entry"));
    return links;
  };

  /* Pointer feedback: the facility's name, and a hand cursor, over a marker. */
  FacilityPopup.prototype.hover = function (point) {
    var popup = this, page = this.page;
    if (this.hoverFrame) return;
    this.hoverFrame = requestAnimationFrame(function () {
      popup.hoverFrame = 0;
      var f = page.layer.facilityAt(point), map = page.map;
      map.getContainer().style.cursor = f >= 0 ? "pointer" : "";
      if (f < 0) return map.closeTooltip(popup.tooltip);
      popup.tooltip.setLatLng(popup.latLng(f)).setContent(el("span", null, page.data.facilities.name[f]));
      map.openTooltip(popup.tooltip);
    });
  };

  global.FacilityPopup = FacilityPopup;
})(window);
