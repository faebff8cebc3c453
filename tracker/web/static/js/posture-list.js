/* The posture list beside the map: one item per facility shown, for scanning and for
 * screen readers (README, "The map": `[data-facility][data-status]`).
 *
 * Items are made once per facility and kept; a date step touches only the items of
 * facilities that changed, inserting or removing them in name order. At 10,000 items
 * (10,000 facilities) a step changes hundreds of them, and every DOM change costs microseconds, so:
 * - items sit in chunks of fixed height (count x item height, strict containment,
 *   content-visibility: auto), so a step lays out only what is on screen; chunks sit in
 *   groups made the same way, because a step touches nearly every chunk, and Chromium
 *   walks each dirty chunk of a list (style, layout, pre-paint, visibility checks) but
 *   never the inside of a group that is off screen (10,000 items: 20 groups, not 313);
 * - a changed item changes twice: `data-status` (its icon's colour follows it) and one
 *   Text node, "Withdrawn since <date> · <report>", which is also what a screen reader reads;
 *   an item whose report is old (README, "How old a report is") also has `data-stale` and a
 *   second Text node, "· last reported N days ago · <report>", rewritten only on screen.
 * All text goes in as text: names and titles are user text.
 */
(function (global) {
  "use strict";

  var Dates = global.PostureDates;
  // Changed items beyond which one rebuild beats many inserts: a share of the list, since
  // a rebuild costs every item (a fixed count made each step at 100,000 a rebuild).
  var REBUILD_ABOVE = 2500, REBUILD_SHARE = 0.25;
  var CHUNK = 32;            // facilities (in name order) per chunk
  var GROUP = 16;            // chunks per group
  var ITEM_HEIGHT = 58;      // px, as .posture-item in tracker.css
  // Said first, so it is seen and heard before the status the map chose among the reports.
  var DISAGREE = "Reports disagree, map shows ";

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
    this.counts = new Int32Array(Math.ceil(n / CHUNK));  // items in each chunk
    for (var c = 0; c < this.counts.length; c++) this.chunks.push(this.makeChunk());
    this.groups = [];
    this.groupCounts = new Int32Array(Math.ceil(this.chunks.length / GROUP));
    for (var g = 0; g < this.groupCounts.length; g++) {
      var group = document.createElement("div");
      group.className = "posture-group";
      group.setAttribute("role", "presentation");
      group.hidden = true;
      group.append.apply(group, this.chunks.slice(g * GROUP, (g + 1) * GROUP));
      this.groups.push(group);
    }
    element.replaceChildren.apply(element, this.groups);
    this.watchScroll();
    this.selected = -1;
    this.since = {};    // texts by day and by source: made once, not per item and step
    this.reports = [];
    element.addEventListener("click", function (event) {
      var button = event.target.closest("button[data-index]");
      if (button) page.popup.show(+button.dataset.index, {pan: true});
    });
  }

  PostureList.prototype.makeChunk = function () {
    var chunk = document.createElement("div");
    chunk.className = "posture-chunk";
    chunk.setAttribute("role", "presentation");
    chunk.hidden = true;
    return chunk;
  };

  /* Refill every chunk (a jump, a filter). Chromium lays out a content-visibility:auto
   * element in full until it has seen it off screen, and a rebuild brings in thousands
   * of items at once; so chunks and groups that will be off screen skip rendering
   * outright (content-visibility: hidden) for the frame of the rebuild, then go back to auto. */
  PostureList.prototype.rebuild = function () {
    var seen = this.element.clientHeight, top = this.element.scrollTop - seen, bottom = top + 3 * seen;
    var offScreen = function (y, height) { return y + height < top || y > bottom; };
    var y = 0, groupY = 0;
    this.groupCounts.fill(0);
    for (var c = 0; c < this.chunks.length; c++) {
      var fragment = document.createDocumentFragment(), g = (c / GROUP) | 0;
      if (c % GROUP === 0) groupY = y;
      for (var r = c * CHUNK; r < Math.min(this.order.length, (c + 1) * CHUNK); r++) {
        var f = this.order[r];
        if (this.page.shown(f)) fragment.appendChild(this.fill(f));
      }
      this.counts[c] = fragment.childNodes.length;
      this.groupCounts[g] += this.counts[c];
      this.chunks[c].classList.toggle("skip", offScreen(y, this.counts[c] * ITEM_HEIGHT));
      this.chunks[c].replaceChildren(fragment);
      fit(this.chunks[c], this.counts[c]);
      y += this.counts[c] * ITEM_HEIGHT;
      if (c % GROUP === GROUP - 1 || c === this.chunks.length - 1) {
        this.groups[g].classList.toggle("skip", offScreen(groupY, y - groupY));
        fit(this.groups[g], this.groupCounts[g]);
      }
    }
    var element = this.element;
    requestAnimationFrame(function () {
      requestAnimationFrame(function () {
        element.querySelectorAll(".skip").forEach(function (box) { box.classList.remove("skip"); });
      });
    });
  };

  PostureList.prototype.update = function (changed) {
    if (changed.length > Math.max(REBUILD_ABOVE, REBUILD_SHARE * this.order.length)) return this.rebuild();
    for (var i = 0; i < changed.length; i++) {
      var f = changed[i], item = this.items[f], c = (this.rank[f] / CHUNK) | 0;
      var attached = item && item.parentNode === this.chunks[c];
      if (!this.page.shown(f)) {
        if (attached) {
          item.remove();
          this.resize(c, -1);
        }
      } else {
        this.fill(f);
        if (!attached) {
          this.chunks[c].insertBefore(this.items[f], this.nextAttached(f, c));
          this.resize(c, 1);
        }
      }
    }
  };

  /* Chunk c, and its group, gained or lost an item. */
  PostureList.prototype.resize = function (c, by) {
    var g = (c / GROUP) | 0;
    fit(this.chunks[c], (this.counts[c] += by));
    fit(this.groups[g], (this.groupCounts[g] += by));
  };

  /* A chunk or group holding `count` items. One that is empty is not displayed at all:
   * were it in the flow, it would sit on screen and Chromium would lay out everything it
   * is later filled with (the Home-End jump). */
  function fit(box, count) {
    box.style.height = count * ITEM_HEIGHT + "px";
    box.hidden = count === 0;
  }

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
   * the items on screen (`refreshAges`) and for changed ones. */
  PostureList.prototype.ageOf = function (item, f, stale) {
    if (item.stale !== stale) {
      item.stale = stale;
      if (stale) item.setAttribute("data-stale", "true"); else item.removeAttribute("data-stale");
    }
    var words = stale ? " · " + this.page.age.words(f) + " · " + item.report : "";
    if (item.ageText.data !== words) item.ageText.data = words;
  };

  /* After a step or a scroll: the ages of the stale items on screen, a few dozen at most.
   * Which chunks are on screen follows from their item counts and the scroll position
   * kept by the scroll listener, so nothing here makes the browser lay out the page. */
  PostureList.prototype.refreshAges = function () {
    var top = this.scrollTop - ITEM_HEIGHT * CHUNK, bottom = this.scrollTop + this.viewHeight + ITEM_HEIGHT * CHUNK;
    for (var c = 0, y = 0; c < this.chunks.length && y <= bottom; c++) {
      var height = this.counts[c] * ITEM_HEIGHT;
      if (height && y + height >= top) {
        for (var item = this.chunks[c].firstChild; item; item = item.nextSibling) {
          if (item.stale) this.ageOf(item, item.index, this.page.age.stale[item.index]);
        }
      }
      y += height;
    }
  };

  PostureList.prototype.watchScroll = function () {
    var list = this, element = this.element, frame = 0;
    this.scrollTop = element.scrollTop;
    this.viewHeight = element.clientHeight || window.innerHeight;
    element.addEventListener("scroll", function () {
      if (frame) return;
      frame = requestAnimationFrame(function () {
        frame = 0;
        list.scrollTop = element.scrollTop;
        list.viewHeight = element.clientHeight || window.innerHeight;
        list.refreshAges();
      });
    }, {passive: true});
  };

  PostureList.prototype.make = function (f) {
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
