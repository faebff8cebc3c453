/* The posture list beside the map: one item per facility shown, for scanning and for
 * screen readers (PRODUCT.md section 5: `[data-facility][data-status]`).
 *
 * Items are made once per facility and kept; a date step touches only the items of
 * facilities that changed, inserting or removing them in name order. All text goes in
 * with textContent: names and titles are user text.
 */
(function (global) {
  "use strict";

  var Dates = global.PostureDates;
  var REBUILD_ABOVE = 400;  // changed items beyond which one rebuild beats many inserts

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
    this.selected = -1;
    var list = this;
    element.addEventListener("click", function (event) {
      var button = event.target.closest("button[data-index]");
      if (button) page.popup.show(+button.dataset.index, {pan: true});
    });
  }

  PostureList.prototype.rebuild = function () {
    var fragment = document.createDocumentFragment();
    for (var r = 0; r < this.order.length; r++) {
      var f = this.order[r];
      if (this.page.shown(f)) fragment.appendChild(this.fill(f));
    }
    this.element.replaceChildren(fragment);
  };

  PostureList.prototype.update = function (changed) {
    if (changed.length > REBUILD_ABOVE) return this.rebuild();
    for (var i = 0; i < changed.length; i++) {
      var f = changed[i], item = this.items[f], attached = item && item.parentNode === this.element;
      if (!this.page.shown(f)) {
        if (attached) item.remove();
      } else {
        this.fill(f);
        if (!attached) this.element.insertBefore(this.items[f], this.nextAttached(f));
      }
    }
  };

  /* The first item after f in name order that is in the list, or null (append). */
  PostureList.prototype.nextAttached = function (f) {
    for (var r = this.rank[f] + 1; r < this.order.length; r++) {
      var item = this.items[this.order[r]];
      if (item && item.parentNode === this.element) return item;
    }
    return null;
  };

  /* Make or refresh facility f's item for the current date. */
  PostureList.prototype.fill = function (f) {
    var item = this.items[f] || (this.items[f] = this.make(f));
    var page = this.page, data = page.data, entry = page.model.current[f];
    var status = data.statuses[page.model.entryStatus[entry]];
    var source = data.sources[data.entries.source[entry]];
    item.dataset.status = status;
    item.querySelector(".status").textContent = page.config.words.statusLabels[status];
    item.querySelector(".since").textContent = "since " + Dates.dayToIso(page.model.entryDay[entry]);
    item.querySelector(".report").textContent = source[1] ? source[0] + ": " + source[1] : source[0];
    return item;
  };

  PostureList.prototype.make = function (f) {
    var data = this.page.data, item = document.createElement("li");
    item.dataset.facility = data.facilities.id[f];
    item.className = "posture-item";
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
    item.append(button, span("status"), span("since"), span("report"));
    return item;
  };

  function span(className) {
    var element = document.createElement("span");
    element.className = className;
    return element;
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
