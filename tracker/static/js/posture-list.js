/* The posture list beside the map: one item per facility shown, for scanning and for
 * screen readers (PRODUCT.md section 5: `[data-facility][data-status]`).
 *
 * Items are made once per facility and kept; a date step touches only the items of
 * facilities that changed, inserting or removing them in name order. At 10,000 items
 * (issue 6) a step changes hundreds of them, and every DOM change costs microseconds, so:
 * - items sit in chunks of fixed height (count x item height, strict containment,
 *   content-visibility: auto), so a step lays out only what is on screen;
 * - a changed item changes twice: `data-status` (which no CSS reads) and one Text node,
 *   "Withdrawn since <date> · <report>", which is also what a screen reader reads;
 * - the icon's colour follows `data-look`, set at once in chunks on screen, and in the
 *   others when they come on screen (contentvisibilityautostatechange).
 * All text goes in as text: names and titles are user text.
 */
(function (global) {
  "use strict";

  var Dates = global.PostureDates;
  var REBUILD_ABOVE = 2500;  // changed items beyond which one rebuild beats many inserts
  var CHUNK = 32;            // facilities (in name order) per chunk
  var ITEM_HEIGHT = 58;      // px, as .posture-item in tracker.css

  function PostureList(element, page) {
    var names = page.data.facilities.name, n = names.length;
    var collator = new Intl.Collator(undefined, {sensitivity: "base", numeric: true});
    this.element = element;
    this.page = page;
    this.items = new Array(n);
    this.order = Int32Array.from({length: n}, function (_, f) { return f; })
      .sort(function (a, b) { return collator.compare(names[a], names[b]); });
    this.rank = new Int32Array(n);
    for (var r = 0; r < n; r++) this.rank[this.order[r]] = r;
    this.chunks = [];
    this.counts = new Int32Array(Math.ceil(n / CHUNK));
    for (var c = 0; c < this.counts.length; c++) this.chunks.push(this.makeChunk());
    element.replaceChildren.apply(element, this.chunks);
    this.selected = -1;
    this.since = {};    // texts by day and by source: made once, not per item and step
    this.reports = [];
    element.addEventListener("click", function (event) {
      var button = event.target.closest("button[data-index]");
      if (button) page.popup.show(+button.dataset.index, {pan: true});
    });
  }

  PostureList.prototype.makeChunk = function () {
    var chunk = document.createElement("div"), list = this;
    chunk.className = "posture-chunk";
    chunk.setAttribute("role", "presentation");
    chunk.hidden = true;
    chunk.rendered = false;
    chunk.addEventListener("contentvisibilityautostatechange", function (event) {
      chunk.rendered = !event.skipped;
      if (chunk.rendered) list.colour(chunk);
    });
    return chunk;
  };

  /* Bring the icons of a chunk's items to their status colour. */
  PostureList.prototype.colour = function (chunk) {
    for (var item = chunk.firstChild; item; item = item.nextSibling) {
      if (item.look !== item.status) item.setAttribute("data-look", (item.look = item.status));
    }
  };

  /* Refill every chunk (a jump, a filter). Chromium lays out a content-visibility:auto
   * element in full until it has seen it off screen, and a rebuild brings in thousands
   * of items at once; so chunks that will be off screen skip rendering outright
   * (content-visibility: hidden) for the frame of the rebuild, then go back to auto. */
  PostureList.prototype.rebuild = function () {
    var seen = this.element.clientHeight, top = this.element.scrollTop - seen, bottom = top + 3 * seen, y = 0;
    for (var c = 0; c < this.chunks.length; c++) {
      var fragment = document.createDocumentFragment();
      for (var r = c * CHUNK; r < Math.min(this.order.length, (c + 1) * CHUNK); r++) {
        var f = this.order[r];
        if (this.page.shown(f)) fragment.appendChild(this.fill(f));
      }
      this.counts[c] = fragment.childNodes.length;
      var height = this.counts[c] * ITEM_HEIGHT;
      this.chunks[c].classList.toggle("skip", y + height < top || y > bottom);
      this.chunks[c].replaceChildren(fragment);
      this.size(c);
      y += height;
    }
    var chunks = this.chunks;
    requestAnimationFrame(function () {
      requestAnimationFrame(function () {
        chunks.forEach(function (chunk) { chunk.classList.remove("skip"); });
      });
    });
  };

  PostureList.prototype.update = function (changed) {
    if (changed.length > REBUILD_ABOVE) return this.rebuild();
    for (var i = 0; i < changed.length; i++) {
      var f = changed[i], item = this.items[f], c = (this.rank[f] / CHUNK) | 0;
      var attached = item && item.parentNode === this.chunks[c];
      if (!this.page.shown(f)) {
        if (attached) {
          item.remove();
          this.counts[c]--;
          this.size(c);
        }
      } else {
        this.fill(f);
        if (!attached) {
          this.chunks[c].insertBefore(this.items[f], this.nextAttached(f, c));
          this.counts[c]++;
          this.size(c);
        }
      }
    }
  };

  /* An empty chunk is not displayed at all: were it in the flow, it would sit on screen
   * and Chromium would lay out everything it is later filled with (the Home-End jump). */
  PostureList.prototype.size = function (c) {
    this.chunks[c].style.height = this.counts[c] * ITEM_HEIGHT + "px";
    this.chunks[c].hidden = this.counts[c] === 0;
  };

  /* The first item after f in name order within chunk c, or null (append). */
  PostureList.prototype.nextAttached = function (f, c) {
    for (var r = this.rank[f] + 1; r < Math.min(this.order.length, (c + 1) * CHUNK); r++) {
      var item = this.items[this.order[r]];
      if (item && item.parentNode === this.chunks[c]) return item;
    }
    return null;
  };

  /* Make or refresh facility f's item for the current date (see the module comment). */
  PostureList.prototype.fill = function (f) {
    var item = this.items[f] || (this.items[f] = this.make(f));
    var page = this.page, data = page.data, entry = page.model.current[f];
    if (item.entry === entry) return item;
    item.entry = entry;
    var status = data.statuses[page.model.entryStatus[entry]], day = page.model.entryDay[entry];
    var source = data.entries.source[entry], chunk = this.chunks[(this.rank[f] / CHUNK) | 0];
    if (item.status !== status) item.setAttribute("data-status", (item.status = status));
    if (chunk.rendered && item.look !== status) item.setAttribute("data-look", (item.look = status));
    item.detail.data = page.config.words.statusLabels[status] +
      (this.since[day] || (this.since[day] = " since " + Dates.dayToIso(day))) + " · " +
      (this.reports[source] || (this.reports[source] = report(data.sources[source])));
    return item;
  };

  PostureList.prototype.make = function (f) {
    var data = this.page.data, item = document.createElement("div");
    item.dataset.facility = data.facilities.id[f];
    item.className = "posture-item";
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
    button.append(icon, name);
    item.detail = document.createTextNode("");
    var detail = document.createElement("span");
    detail.className = "detail";
    detail.append(item.detail);
    item.append(button, detail);
    return item;
  };

  /* "Publisher: Title", or the publisher alone when the report has no title. */
  function report(source) {
    return source[1] ? source[0] + ": " + source[1] : source[0];
  }

  PostureList.prototype.select = function (f) {
    var before = this.items[this.selected];
    if (before) before.removeAttribute("aria-current");
    this.selected = f;
    var item = this.items[f];
    if (item) {
      item.setAttribute("aria-current", "true");
      item.scrollIntoView({block: "nearest"});
    }
  };

  PostureList.prototype.markReady = function () {
    this.element.dataset.ready = "true";
  };

  global.PostureList = PostureList;
})(window);
