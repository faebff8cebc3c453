/* The posture list beside the map: one item per facility shown, for scanning and for
 * screen readers (README, "The map": `[data-facility][data-status]`). Up to a size
 * (`WINDOW_ABOVE` facilities, README "The list at scale") every facility shown has its
 * element, kept here; beyond it `PostureList.forPage` makes the list that renders only the
 * rows in view (posture-window.js). The items themselves are posture-items.js's.
 *
 * Items are made once per facility and kept; a date step touches only the items of
 * facilities that changed, inserting or removing them in name order. At 10,000 items
 * (10,000 facilities) a step changes hundreds of them, and every DOM change costs microseconds, so
 * items sit in chunks of fixed height (count x item height, strict containment,
 * content-visibility: auto), so a step lays out only what is on screen; chunks sit in
 * groups made the same way, because a step touches nearly every chunk, and Chromium
 * walks each dirty chunk of a list (style, layout, pre-paint, visibility checks) but
 * never the inside of a group that is off screen (10,000 items: 20 groups, not 313).
 */
(function (global) {
  "use strict";

  // Facilities beyond which the list renders only the rows in view (README, "The list at
  // scale"); the page's config (`listWindowAbove`) may lower it, as the browser tests do.
  var WINDOW_ABOVE = 10000;
  // Changed items beyond which one rebuild beats many inserts: a quarter of the list, since a
  // rebuild costs every item. A fixed count made each step at 100,000 a rebuild, and a jump at
  // 1,000 an insert of every item one by one (BENCHMARKS.md, "The curve in one run, the step
  // measured as the page does it"); the floor keeps a small dataset's steps incremental.
  var REBUILD_ABOVE = 64, REBUILD_SHARE = 0.25;
  var CHUNK = 32;            // facilities (in name order) per chunk
  var GROUP = 16;            // chunks per group
  var ITEM_HEIGHT = 58;      // px, as .posture-item in tracker.css

  function PostureList(element, page) {
    var names = page.data.facilities.name, n = names.length, order = global.PostureRows.nameOrder(names);
    this.element = element;
    this.page = page;
    this.made = new global.PostureItems(page);
    this.search = new global.NameSearch(names);
    this.items = new Array(n);
    this.order = order.order;
    this.rank = order.rank;
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
    PostureList.watchScroll(this, element, this.refreshAges.bind(this));
    this.selected = -1;
    element.addEventListener("click", function (event) {
      var button = event.target.closest("button[data-index]");
      if (button) page.popup.show(+button.dataset.index, {pan: true});
    });
  }

  /* The list for `page`: an element per facility up to the threshold, else the window. */
  PostureList.forPage = function (element, page) {
    var above = page.config.listWindowAbove || WINDOW_ABOVE;
    return page.data.facilities.id.length > above ? new global.PostureWindow(element, page) : new PostureList(element, page);
  };

  /* Shown in the list: shown on the map, and matching the search (posture-search.js). */
  PostureList.prototype.shows = function (f) {
    return this.page.shown(f) && this.search.matches(f);
  };

  /* How many items the list holds. */
  PostureList.prototype.length = function () {
    var total = 0;
    for (var g = 0; g < this.groupCounts.length; g++) total += this.groupCounts[g];
    return total;
  };

  /* Move the focus to the first item (from the search field); false when there is none. */
  PostureList.prototype.focusRow = function () {
    var button = this.element.querySelector(".posture-item button");
    if (button) button.focus();
    return Boolean(button);
  };

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
        if (this.shows(f)) fragment.appendChild(this.fill(f));
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
      if (!this.shows(f)) {
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

  /* Make or refresh facility f's item for the current date. */
  PostureList.prototype.fill = function (f) {
    return this.made.fill(this.items[f] || (this.items[f] = this.made.make(f)), f);
  };

  /* After a step or a scroll: the ages of the stale items on screen and within a screen's
   * height of it, a few dozen at most (the rest are refreshed as they come near). Where an
   * item sits follows from the chunks' item counts and the scroll position kept by the
   * scroll listener, so nothing here makes the browser lay out the page. */
  PostureList.prototype.refreshAges = function () {
    var top = this.scrollTop - this.viewHeight, bottom = this.scrollTop + 2 * this.viewHeight;
    for (var c = 0, y = 0; c < this.chunks.length && y <= bottom; c++) {
      var height = this.counts[c] * ITEM_HEIGHT;
      if (height && y + height >= top) {
        for (var item = this.chunks[c].firstChild, at = y; item && at <= bottom; item = item.nextSibling, at += ITEM_HEIGHT) {
          if (item.stale && at + ITEM_HEIGHT >= top) this.made.ageOf(item, item.index, this.page.age.stale[item.index]);
        }
      }
      y += height;
    }
  };

  /* Follow `element`'s scroll position and height into `list.scrollTop` and `list.viewHeight`,
   * read once a frame while it scrolls and when it is resized (a window resized, the phone's
   * list tab opened), then call `after()`. Both lists keep them so that a step never asks
   * the browser, which would lay out the page (the window list calls this too). */
  PostureList.watchScroll = function (list, element, after) {
    var frame = 0;
    var read = function () {
      list.scrollTop = element.scrollTop;
      list.viewHeight = element.clientHeight || window.innerHeight;
    };
    read();
    element.addEventListener("scroll", function () {
      if (frame) return;
      frame = requestAnimationFrame(function () {
        frame = 0;
        read();
        after();
      });
    }, {passive: true});
    if (global.ResizeObserver) {
      new global.ResizeObserver(function () {
        var height = element.clientHeight;
        if (height && height !== list.viewHeight) {
          list.viewHeight = height;
          after();
        }
      }).observe(element);
    }
  };

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
