/* The arithmetic of a long posture list, without the DOM (README, "The list at scale").
 *
 * Past a size the list renders only the rows in view (posture-window.js). It must still
 * answer, on every step and scroll, "which facility is row r?" and "which row is facility f?"
 * while facilities appear and disappear, at a cost that follows what changed, not the size
 * of the dataset. Facilities keep one place in name order (their rank); `RowIndex` counts
 * which ranks are shown in a Fenwick tree (a binary indexed tree), so showing or hiding one
 * facility, the row of a facility and the facility of a row are each O(log n), where an
 * array of the rows shown would cost O(n) for every facility that appears.
 */
(function (global) {
  "use strict";

  /* Facilities in name order, as Intl.Collator (base sensitivity, numbers by value) orders
   * them, ties by index: `order[rank]` is a facility, `rank[f]` its place. The collator costs
   * about a microsecond a comparison, 1.7 million of them at 100,000 names (a second of page
   * load), so names are first sorted by a cheap key that orders them nearly as the collator
   * does (folded, numbers padded), then an insertion pass with the collator itself puts
   * right the few it orders otherwise: n comparisons and one per inversion. A key far from
   * the collator (many inversions) falls back to the collator's sort. */
  function nameOrder(names) {
    var n = names.length, collator = new Intl.Collator(undefined, {sensitivity: "base", numeric: true});
    var compare = function (a, b) { return collator.compare(names[a], names[b]) || a - b; };
    var keys = Array.from(names, sortKey);
    var order = Array.from({length: n}, function (_, f) { return f; }).sort(function (a, b) {
      return keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : a - b;
    });
    if (!settle(order, compare, 20 * n + 1000)) order.sort(compare);
    order = Int32Array.from(order);
    var rank = new Int32Array(n);
    for (var r = 0; r < n; r++) rank[order[r]] = r;
    return {order: order, rank: rank};
  }

  /* Case and accents folded, each run of digits padded to 12 places (numbers by value). */
  var ASCII = /^[\x00-\x7f]*$/;

  function sortKey(name) {
    return (ASCII.test(name) ? name : name.normalize("NFD").replace(/[\u0300-\u036f]/g, "")).toLowerCase()
      .replace(/\d+/g, function (digits) {
        digits = digits.replace(/^0+(?=\d)/, "");
        return digits.length >= 12 ? digits : "000000000000".slice(digits.length) + digits;
      });
  }

  /* Insertion sort of a nearly sorted `order` by `compare`; false past `budget` moves. */
  function settle(order, compare, budget) {
    for (var i = 1; i < order.length; i++) {
      var value = order[i], j = i - 1;
      while (j >= 0 && compare(order[j], value) > 0) {
        order[j + 1] = order[j];
        j--;
        if (--budget < 0) {
          order[j + 1] = value;  // still a permutation, for the sort that takes over
          return false;
        }
      }
      order[j + 1] = value;
    }
    return true;
  }

  /* Which of n ranks are shown, and how they map to rows (the shown ones, in rank order). */
  function RowIndex(n) {
    this.size = n;
    this.tree = new Int32Array(n + 1);  // tree[i]: shown ranks in (i - lowbit(i), i], 1-based
    this.shown = new Uint8Array(n);
    this.count = 0;
    this.top = 1;                        // the highest power of two <= n, for `rankAt`
    while (this.top * 2 <= n) this.top *= 2;
  }

  /* Start again from `isShown(rank)` for every rank: O(n), for a filter or a search. */
  RowIndex.prototype.reset = function (isShown) {
    var tree = this.tree, n = this.size;
    tree.fill(0);
    this.count = 0;
    for (var r = 0; r < n; r++) {
      var shown = isShown(r) ? 1 : 0;
      this.shown[r] = shown;
      this.count += shown;
      tree[r + 1] += shown;
      var parent = (r + 1) + ((r + 1) & -(r + 1));
      if (parent <= n) tree[parent] += tree[r + 1];
    }
  };

  /* Show or hide one rank; true when that changed anything. */
  RowIndex.prototype.set = function (rank, shown) {
    shown = shown ? 1 : 0;
    if (this.shown[rank] === shown) return false;
    this.shown[rank] = shown;
    var delta = shown ? 1 : -1;
    this.count += delta;
    for (var i = rank + 1; i <= this.size; i += i & -i) this.tree[i] += delta;
    return true;
  };

  /* The row a shown rank is on: how many shown ranks come before it. */
  RowIndex.prototype.rowOf = function (rank) {
    var before = 0;
    for (var i = rank; i > 0; i -= i & -i) before += this.tree[i];
    return before;
  };

  /* The rank on row `row` (0 <= row < count), found by walking down the tree. */
  RowIndex.prototype.rankAt = function (row) {
    var at = 0, left = row;
    for (var step = this.top; step > 0; step >>= 1) {
      var next = at + step;
      if (next <= this.size && this.tree[next] <= left) {
        at = next;
        left -= this.tree[next];
      }
    }
    return at;  // 1-based position `at + 1`, hence rank `at`
  };

  /* Rows [first, last) to render for a scroll position: those in view, `margin` rows more
   * each side so a scroll of a frame or two finds its rows already there. */
  function rowWindow(scrollTop, viewHeight, rowHeight, count, margin) {
    var first = Math.floor(Math.max(0, scrollTop) / rowHeight) - margin;
    var last = Math.ceil((Math.max(0, scrollTop) + Math.max(0, viewHeight)) / rowHeight) + margin;
    first = Math.max(0, Math.min(first, count));
    return {first: first, last: Math.max(first, Math.min(last, count))};
  }

  /* The scrollTop that brings row `row` into view moving the least ("nearest"). */
  function scrollToShow(row, scrollTop, viewHeight, rowHeight) {
    var top = row * rowHeight, bottom = top + rowHeight;
    if (top < scrollTop) return top;
    if (bottom > scrollTop + viewHeight) return Math.max(0, bottom - viewHeight);
    return scrollTop;
  }

  global.PostureRows = {nameOrder: nameOrder, RowIndex: RowIndex, rowWindow: rowWindow, scrollToShow: scrollToShow};
})(window);
