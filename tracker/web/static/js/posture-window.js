/* The posture list past its size threshold: only the rows in view are elements (README,
 * "The list at scale").
 *
 * At 100,000 facilities a 3-day step changes about 4,000, and the list with an element per
 * facility writes every one of them, whatever is on screen. Here a step updates which
 * facilities are shown (PostureRows.RowIndex, O(log n) each) and then the few dozen rows
 * of the window; a scroll renders the rows it brings in. Every facility stays reachable:
 * - scrolling: the sheet inside the list is as tall as every row, each rendered row sits
 *   at its own offset (row x ROW_HEIGHT), so the scrollbar and the wheel work as usual;
 * - keys on a row: Arrow Up/Down a row, Page Up/Down a screen, Home/End the first and the
 *   last row, each rendered and focused; the focused row and the selected one (its popup
 *   open) stay rendered wherever the list is scrolled, so the focus is never dropped;
 * - the search field (posture-search.js), since the browser's find sees rendered rows only;
 * - its length: every row says its place and the list's length (aria-posinset,
 *   aria-setsize: ARIA's way for a list whose items are not all in the DOM).
 * Rendered rows are kept in name order in the DOM, so Tab and a screen reader go from one
 * to the next; a row that is already rendered is never moved, which would drop its focus.
 */
(function (global) {
  "use strict";

  var Rows = global.PostureRows;
  var ROW_HEIGHT = 58;   // px, as .posture-item in tracker.css
  var MARGIN = 8;        // rows rendered beyond each edge of the view
  var RESET_SHARE = 0.25; // changed facilities, as a share of all, past which the row index is rebuilt

  function PostureWindow(element, page) {
    var names = page.data.facilities.name, order = Rows.nameOrder(names);
    this.element = element;
    this.page = page;
    this.made = new global.PostureItems(page);
    this.search = new global.NameSearch(names);
    this.order = order.order;
    this.rank = order.rank;
    this.index = new Rows.RowIndex(names.length);
    this.rendered = new Map();   // facility -> its rendered item
    this.selected = -1;
    this.sheet = document.createElement("div");
    this.sheet.className = "posture-sheet";
    this.sheet.setAttribute("role", "presentation");
    this.height = -1;
    element.classList.add("windowed");
    element.dataset.windowed = "true";
    element.tabIndex = -1;       // where the focus goes when its row is filtered away
    element.replaceChildren(this.sheet);
    global.PostureList.watchScroll(this, element, this.render.bind(this));  // posture-list.js
    this.watchKeys();
    element.addEventListener("click", function (event) {
      var button = event.target.closest("button[data-index]");
      if (button) page.popup.show(+button.dataset.index, {pan: true});
    });
  }

  PostureWindow.prototype.shows = function (f) {
    return this.page.shown(f) && this.search.matches(f);
  };

  PostureWindow.prototype.length = function () {
    return this.index.count;
  };

  /* Everything may have changed (a filter, a search, a jump): O(n), then the window. */
  PostureWindow.prototype.rebuild = function () {
    var list = this;
    this.index.reset(function (rank) { return list.shows(list.order[rank]); });
    this.render();
  };

  /* A step: the facilities in `changed` may have appeared, gone or changed. The row at the
   * top of the view stays there when rows come or go above it, as the browser's scroll
   * anchoring keeps an element in place in the list with an element per facility. */
  PostureWindow.prototype.update = function (changed) {
    var index = this.index, anchorRow = Math.floor(this.scrollTop / ROW_HEIGHT), anchor = -1, moved = false;
    if (anchorRow > 0 && anchorRow < index.count) anchor = index.rankAt(anchorRow);
    if (changed.length > RESET_SHARE * this.order.length) {
      // A jump changes most facilities: one pass over every rank beats as many tree updates.
      var list = this;
      index.reset(function (rank) { return list.shows(list.order[rank]); });
      moved = true;
    } else {
      for (var i = 0; i < changed.length; i++) {
        var f = changed[i];
        if (index.set(this.rank[f], this.shows(f))) moved = true;
      }
    }
    if (moved && anchor >= 0 && index.shown[anchor]) {
      var by = (index.rowOf(anchor) - anchorRow) * ROW_HEIGHT;
      if (by) this.scrollTo(Math.max(0, this.scrollTop + by), index.count);
    }
    this.render();
  };

  /* The ages of stale rows move every step; `render` fills every rendered row. */
  PostureWindow.prototype.refreshAges = function () {
    var made = this.made, stale = this.page.age.stale;
    this.rendered.forEach(function (item, f) {
      if (item.stale) made.ageOf(item, f, stale[f]);
    });
  };

  /* Render the rows of the window, and the focused and selected rows, in row order. */
  PostureWindow.prototype.render = function () {
    var index = this.index, count = index.count;
    if (this.height !== count * ROW_HEIGHT) this.sheet.style.height = (this.height = count * ROW_HEIGHT) + "px";
    var span = Rows.rowWindow(this.scrollTop, this.viewHeight, ROW_HEIGHT, count, MARGIN);
    var wanted = [];               // [row, facility], in row order
    for (var row = span.first; row < span.last; row++) wanted.push([row, this.order[index.rankAt(row)]]);
    var focused = this.focusedFacility(), dropped = -1;
    [focused, this.selected].forEach(function (f, which) {
      if (f < 0 || (which === 1 && f === focused) || !index.shown[this.rank[f]]) return;
      var at = index.rowOf(this.rank[f]);
      if (at < span.first || at >= span.last) wanted.push([at, f]);
    }, this);
    if (wanted.length > span.last - span.first) wanted.sort(function (a, b) { return a[0] - b[0]; });
    var keep = new Set(wanted.map(function (pair) { return pair[1]; }));
    this.rendered.forEach(function (item, f) {
      if (keep.has(f)) return;
      if (f === focused) dropped = item.row;
      item.remove();
      this.rendered.delete(f);
    }, this);
    this.place(wanted, count);
    if (dropped >= 0 && !this.focusRow(Math.min(dropped, count - 1))) this.element.focus({preventScroll: true});
  };

  /* Fill and position the `wanted` rows, inserting the new ones in order among the rest. */
  PostureWindow.prototype.place = function (wanted, count) {
    var cursor = this.sheet.firstChild;
    for (var i = 0; i < wanted.length; i++) {
      var row = wanted[i][0], f = wanted[i][1], item = this.rendered.get(f);
      if (!item) {
        item = this.made.make(f);
        this.rendered.set(f, item);
      }
      if (item === cursor) cursor = cursor.nextSibling;
      else this.sheet.insertBefore(item, cursor);
      this.made.fill(item, f);
      if (item.row !== row) {
        item.row = row;
        item.style.transform = "translateY(" + row * ROW_HEIGHT + "px)";
        item.setAttribute("aria-posinset", row + 1);
      }
      if (item.setsize !== count) item.setAttribute("aria-setsize", (item.setsize = count));
      var current = f === this.selected;
      if (item.current !== current) {
        item.current = current;
        if (current) item.setAttribute("aria-current", "true"); else item.removeAttribute("aria-current");
      }
    }
  };

  /* The facility whose row holds the focus, or -1. */
  PostureWindow.prototype.focusedFacility = function () {
    var active = document.activeElement, item = active && this.sheet.contains(active) && active.closest(".posture-item");
    return item ? item.index : -1;
  };

  PostureWindow.prototype.scrollTo = function (top, count) {
    top = Math.max(0, Math.min(top, count * ROW_HEIGHT - this.viewHeight));
    this.scrollTop = top;
    if (this.height < count * ROW_HEIGHT) this.sheet.style.height = (this.height = count * ROW_HEIGHT) + "px";
    this.element.scrollTop = top;
  };

  /* Scroll row `row` into view, render it and focus its button; false when there is no row. */
  PostureWindow.prototype.focusRow = function (row) {
    var count = this.index.count;
    if (!count) return false;
    row = Math.max(0, Math.min(row, count - 1));
    var f = this.order[this.index.rankAt(row)];
    this.scrollTo(Rows.scrollToShow(row, this.scrollTop, this.viewHeight, ROW_HEIGHT), count);
    this.render();
    this.rendered.get(f).querySelector("button").focus({preventScroll: true});
    return true;
  };

  var KEYS = {
    ArrowDown: function (row) { return row + 1; },
    ArrowUp: function (row) { return row - 1; },
    PageDown: function (row, page) { return row + page; },
    PageUp: function (row, page) { return row - page; },
    Home: function () { return 0; },
    End: function () { return Infinity; }
  };

  PostureWindow.prototype.watchKeys = function () {
    var list = this;
    this.element.addEventListener("keydown", function (event) {
      var move = KEYS[event.key], item = event.target.closest(".posture-item");
      if (!move || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      var from = item ? item.row : -1, page = Math.max(1, Math.floor(list.viewHeight / ROW_HEIGHT) - 1);
      event.preventDefault();
      list.focusRow(Math.min(move(from, page), list.index.count - 1));
    });
  };

  /* Mark facility f as the one whose popup is open (-1: none) and bring its row into view. */
  PostureWindow.prototype.select = function (f) {
    this.selected = f;
    if (f >= 0 && this.index.shown[this.rank[f]]) {
      var row = this.index.rowOf(this.rank[f]);
      this.scrollTo(Rows.scrollToShow(row, this.scrollTop, this.viewHeight, ROW_HEIGHT), this.index.count);
    }
    this.render();
  };

  PostureWindow.prototype.markReady = function () {
    this.element.dataset.ready = "true";
  };

  global.PostureWindow = PostureWindow;
})(window);
