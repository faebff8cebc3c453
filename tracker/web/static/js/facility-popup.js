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

  /* An element of user text, isolated (dir=auto): its bidi controls stay inside it. */
  function userText(tag, className, text) {
    var element = el(tag, className, text);
    element.dir = "auto";
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
    this.popup = L.popup({maxWidth: 380, minWidth: 260, maxHeight: 340, autoPanPadding: [24, 24], closeOnEscapeKey: false,
                          className: "facility-popup"});
    this.popup.on("remove", function () { popup.deselect(); });
    this.tooltip = L.tooltip({direction: "top", offset: [0, -10], className: "facility-tooltip"});
    this.ring = L.marker([0, 0], {interactive: false, keyboard: false, icon: L.divIcon({className: "selection-ring"})});
    map.on("click", function (event) {
      var f = page.layer.facilityAt(event.containerPoint);
      if (f >= 0) popup.show(f, {pan: false});
    });
    map.on("mousemove", function (event) { popup.hover(event.containerPoint); });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && popup.selected >= 0) popup.close();
    });
    map.on("mouseout", function () { map.closeTooltip(popup.tooltip); });
  }

  FacilityPopup.prototype.latLng = function (f) {
    var facilities = this.page.data.facilities;
    return L.latLng(facilities.lat[f], facilities.lon[f]);
  };

  /* Open facility f; with {pan: true} (from the list) bring it into view first and move
   * the focus into the popup. Escape closes it and gives the focus back. */
  FacilityPopup.prototype.show = function (f, options) {
    var page = this.page, map = page.map, popup = this, fromList = options && options.pan;
    this.returnFocus = document.activeElement;
    this.selected = f;
    this.showRing(f);
    page.list.select(f);
    if (fromList && page.panels.covering()) page.panels.show("map");
    this.fit(map.getSize());
    if (fromList) map.setView(this.latLng(f), Math.max(map.getZoom(), FOCUS_ZOOM), {animate: false});
    this.setContent(this.render(f, null));
    this.popup.setLatLng(this.latLng(f)).openOn(map);
    this.focusing = Boolean(fromList);
    this.takeFocus();
    this.load(f).then(function (feature) {
      if (popup.selected === f) popup.setContent(popup.render(f, feature));
    }, function () {
      if (popup.selected === f) popup.setContent(popup.render(f, "error"));
    });
  };

  /* A popup never wider or taller than the map can show whole (phones: 390 px). */
  FacilityPopup.prototype.fit = function (size) {
    var options = this.popup.options;
    options.maxWidth = Math.min(380, size.x - 56);
    options.minWidth = Math.min(260, options.maxWidth);
    options.maxHeight = Math.min(340, size.y - 150);
    // Clear of the controls along the top (zoom, the date, layers) and the scale below.
    options.autoPanPaddingTopLeft = [12, 84];
    options.autoPanPaddingBottomRight = [12, 40];
  };

  /* New content keeps the focus inside the popup when it was there, and only then: a
   * reader stepping the slider with a popup open keeps the focus on the slider. */
  FacilityPopup.prototype.setContent = function (content) {
    var element = this.popup.getElement(), inside = Boolean(element && element.contains(document.activeElement));
    this.popup.setContent(content);
    this.focusing = inside;
    this.takeFocus();
  };

  FacilityPopup.prototype.takeFocus = function () {
    var title = this.popup.isOpen() && this.popup.getElement().querySelector(".popup-title");
    if (this.focusing && title) title.focus({preventScroll: true});
  };

  FacilityPopup.prototype.close = function () {
    var back = this.returnFocus;
    this.page.map.closePopup(this.popup);
    if (back && back.isConnected && back !== document.body) back.focus({preventScroll: true});
    else this.page.map.getContainer().focus({preventScroll: true});
  };

  FacilityPopup.prototype.deselect = function () {
    if (this.selected < 0) return;
    this.selected = -1;
    this.focusing = false;
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
    this.setContent(this.render(f, this.cache.get(this.page.data.facilities.id[f]) || null));
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

  /* The entry the map shows for f: the model's rule (posture-model.js). */
  FacilityPopup.prototype.entryOf = function (f, feature) {
    return this.page.model.entryIn(f, feature.properties.status_history);
  };

  FacilityPopup.prototype.render = function (f, feature) {
    var page = this.page, data = page.data, words = page.config.words, model = page.model;
    var box = el("div", "popup");
    var title = box.appendChild(userText("h2", "popup-title", data.facilities.name[f]));
    title.tabIndex = -1;
    var kind = data.kinds[data.facilities.kind[f]], kindLine = el("p", "popup-kind", words.kinds[kind] + " · ");
    kindLine.append(userText("bdi", null, data.operators[data.facilities.operator[f]]));
    box.append(kindLine);
    if (model.current[f] < 0) {
      box.append(el("p", "popup-none", "No reported posture on " + page.iso() + "."));
    } else {
      var status = data.statuses[model.status(f)], line = el("p", "popup-status");
      var badge = el("span", "badge", words.statusLabels[status]);
      badge.dataset.look = status;
      line.append(badge, " since " + Dates.dayToIso(model.entryDay[model.current[f]]));
      box.append(line);
      if (model.contested(f)) box.append(el("p", "popup-contested", "Reports of this date disagree."));
      if (page.age.stale[f]) box.append(el("p", "popup-age", page.age.words(f)));
      if (feature === "error") box.append(el("p", "popup-loading", "The report could not be loaded."));
      else if (!feature) box.append(el("p", "popup-loading", "Loading the report…"));
      else this.renderEntry(box, this.entryOf(f, feature), feature);
    }
    box.append(this.links(f));
    return box;
  };

  FacilityPopup.prototype.renderEntry = function (box, entry, feature) {
    var words = this.page.config.words;
    box.querySelector(".popup-status").append(
      el("span", "precision", " (date known to the " + entry.date_precision + ")"));
    var others = sameDay(feature, entry), contested = others.some(function (e) { return e.status !== entry.status; });
    var shown = box.querySelector(".popup-contested");
    if (shown) shown.remove();
    if (contested) box.append(this.disagreement(entry, others));
    box.append(this.report(entry, contested));
    if (contested) {
      others.forEach(function (other) { box.append(this.report(other, true)); }, this);
    }
    box.append(el("p", "precision-note",
      "Position: " + words.locationPrecisions[feature.properties.location_precision]));
  };

  /* The other counted entries effective on the same day as `entry`. */
  function sameDay(feature, entry) {
    return feature.properties.status_history.filter(function (e) {
      return !e.retracted && e.effective === entry.effective && e.id !== entry.id;
    });
  }

  /* Which report the map shows, and why, in plain words (README, "Reports that disagree"). */
  FacilityPopup.prototype.disagreement = function (entry, others) {
    var labels = this.page.config.words.statusLabels;
    var note = el("div", "popup-contested");
    note.append(el("p", "contested-title", "Reports disagree on " + entry.effective + "."));
    // Publishers are user text: each in its own <bdi>, so none can reorder the sentence.
    var says = el("p", null, "The map shows ");
    says.append(userText("bdi", null, entry.source.publisher), "'s report (" + labels[entry.status] +
      ") because it was recorded last. ");
    others.forEach(function (o, i) {
      says.append(i ? "; " : "", userText("bdi", null, o.source.publisher), " reported " + labels[o.status]);
    });
    says.append(". Both are below; the tracker does not pick the truer one.");
    note.append(says);
    return note;
  };

  /* One report: status (when several are shown), note, source, quote and grades. */
  FacilityPopup.prototype.report = function (entry, labelled) {
    var words = this.page.config.words, source = entry.source, box = el("section", "popup-report");
    if (labelled) {
      var head = el("h3", "report-head"), badge = el("span", "badge", words.statusLabels[entry.status]);
      badge.dataset.look = entry.status;
      head.append(userText("bdi", null, source.publisher), ": ", badge);
      box.append(head);
    }
    box.append(userText("p", "popup-note", entry.note));
    var cite = el("div", "popup-source");
    var title = source.title || source.url || source.publisher;
    cite.append(/^https?:\/\//i.test(source.url || "") ? link(source.url, title) : el("span", "title", title));
    cite.lastChild.classList.add("source-title");
    cite.lastChild.dir = "auto";
    if (cite.lastChild.tagName === "A") {
      cite.lastChild.target = "_blank";
      cite.lastChild.rel = "noopener noreferrer";
    }
    var meta = el("span", "source-meta");
    meta.append(userText("bdi", null, source.publisher), source.published ? ", " + source.published : "");
    cite.append(meta);
    var quote = el("blockquote", "quote", source.quote);
    quote.dir = "auto";
    cite.append(quote);
    box.append(cite);
    box.append(el("p", "grades",
      "Source " + entry.reliability + ": " + words.reliability[entry.reliability] +
      " · Information " + entry.credibility + ": " + words.credibility[entry.credibility]));
    return box;
  };

  FacilityPopup.prototype.links = function (f) {
    var config = this.page.config, id = encodeURIComponent(this.page.data.facilities.id[f]);
    var links = el("p", "popup-links");
    // The date and the filters ride along, so the facility page's way back keeps the view.
    links.append(link(config.facilityPage.replace(config.placeholder, id) + "?" + this.page.query().toString(),
                      "Full history and sources"));
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
      popup.tooltip.setLatLng(popup.latLng(f)).setContent(userText("span", null, page.data.facilities.name[f]));
      map.openTooltip(popup.tooltip);
    });
  };

  global.FacilityPopup = FacilityPopup;
})(window);
