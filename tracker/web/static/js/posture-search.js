/* "Find in the list": the list keeps the facilities whose name holds what is typed
 * (README, "The map"). Past the size where the list renders only the rows in view, the
 * browser's own find cannot see the rows not rendered, so this is how a far facility is
 * found by name; below it, it is the same field. Case and accents are ignored
 * ("hmeimim" finds "Hmeïmim"). The map, the counts and the exports are not filtered by it.
 */
(function (global) {
  "use strict";

  var DELAY = 150;  // ms after the last key: a search refills the list once, not per letter

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLocaleLowerCase();
  }

  function NameSearch(names) {
    this.names = names;
    this.folded = null;   // every name folded, made at the first search
    this.text = "";
    this.mask = null;     // 1 for each facility whose name matches; null: no search
  }

  /* Search for `text`; true when that changes which facilities match. */
  NameSearch.prototype.set = function (text) {
    var folded = fold(text.trim());
    if (folded === this.text) return false;
    this.text = folded;
    if (!folded) {
      this.mask = null;
      return true;
    }
    var names = this.folded || (this.folded = Array.from(this.names, fold));
    var mask = this.mask = new Uint8Array(names.length);
    for (var f = 0; f < names.length; f++) mask[f] = names[f].indexOf(folded) >= 0 ? 1 : 0;
    return true;
  };

  NameSearch.prototype.matches = function (f) {
    return this.mask === null || this.mask[f] === 1;
  };

  /* The search field of the map page: typing refills the list, the count is announced,
   * and Arrow Down moves on to the first row. Returns what the page calls after a step or
   * a filter, which change how many match too. */
  NameSearch.bind = function (page, input, status) {
    var timer = 0;
    function show() {
      var count = page.list.length(), words = !page.list.search.text ? "" :
        count === 0 ? "No facility shown matches." :
        count.toLocaleString("en") + (count === 1 ? " facility matches." : " facilities match.");
      if (status.textContent !== words) status.textContent = words;
    }
    function run() {
      if (!page.list.search.set(input.value)) return;
      page.list.rebuild();
      show();
    }
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(run, DELAY);
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "Enter") event.preventDefault();  // not a form to send
      if (event.key !== "ArrowDown" && event.key !== "Enter") return;
      clearTimeout(timer);
      run();
      if (event.key === "ArrowDown" && page.list.focusRow(0)) event.preventDefault();
    });
    return show;
  };

  global.NameSearch = NameSearch;
})(window);
