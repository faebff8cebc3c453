/* The legend, which is also the filter: status and kind checkboxes with the map's own
 * marker icons and the count per status at the date shown, and the operator choice.
 * Filters read and write the same query parameters as the API (?status=&kind=&operator=).
 */
(function (global) {
  "use strict";

  var paintMarker = global.L.PostureLayer.paintMarker;
  var ICON = 18;  // CSS pixels

  /* Which statuses, kinds and operators are shown: a flag per index. */
  function PostureFilters(data, params) {
    this.data = data;
    this.statuses = flags(data.statuses, params.getAll("status"));
    this.kinds = flags(data.kinds, params.getAll("kind"));
    this.operators = flags(data.operators, params.getAll("operator"));
    // An operator chosen stays in the link even when it is the only one in the data now.
    this.operatorChosen = !this.operators.every(Boolean) ||
      params.getAll("operator").some(function (name) { return data.operators.indexOf(name) >= 0; });
  }

  /* A value the data does not know is left out (the page says so): it never empties the map. */
  function flags(names, chosen) {
    chosen = chosen.filter(function (name) { return names.indexOf(name) >= 0; });
    return names.map(function (name) { return !chosen.length || chosen.indexOf(name) >= 0; });
  }

  PostureFilters.fromUrl = function (data, params) {
    return new PostureFilters(data, params);
  };

  /* Kind and operator: the filters that do not depend on the date. */
  PostureFilters.prototype.passes = function (f) {
    var facilities = this.data.facilities;
    return this.kinds[facilities.kind[f]] && this.operators[facilities.operator[f]];
  };

  PostureFilters.prototype.toQuery = function (query) {
    var data = this.data;
    [["status", data.statuses, this.statuses], ["kind", data.kinds, this.kinds],
     ["operator", data.operators, this.operators]].forEach(function (dimension) {
      var on = dimension[2];
      if (on.every(Boolean) && !(dimension[0] === "operator" && this.operatorChosen)) return;
      dimension[1].forEach(function (name, i) { if (on[i]) query.append(dimension[0], name); });
    }, this);
  };

  function icon(shape, colour, hollow, contested) {
    var canvas = document.createElement("canvas"), ratio = window.devicePixelRatio || 1;
    canvas.width = canvas.height = ICON * ratio;
    canvas.className = "legend-icon";
    canvas.setAttribute("aria-hidden", "true");
    var ctx = canvas.getContext("2d");
    ctx.scale(ratio, ratio);
    paintMarker(ctx, shape, colour, hollow, ICON / 2, ICON / 2, contested ? 4 : 6, contested);
    return canvas;
  }

  function checkbox(text, checked, onChange) {
    var label = document.createElement("label"), input = document.createElement("input");
    input.type = "checkbox";
    input.checked = checked;
    input.addEventListener("change", function () { onChange(input.checked); });
    var words = document.createElement("span");
    words.className = "words";
    words.textContent = text;
    label.append(input, words);
    return label;
  }

  // One formatter for the summary written every step: toLocaleString makes its own each call.
  var NUMBER = new Intl.NumberFormat("en");

  function PostureLegend(page) {
    var data = page.data, style = page.config.style, words = page.config.words, legend = this;
    this.page = page;
    this.counts = new Int32Array(data.statuses.length);
    this.countElements = [];
    var statusBox = document.getElementById("status-legend");
    data.statuses.forEach(function (status, i) {
      var label = checkbox(words.statusLabels[status], page.filters.statuses[i], function (on) {
        page.filters.statuses[i] = on;
        page.refresh();
      });
      label.title = words.statuses[status];
      label.insertBefore(icon("circle", style.colours[status], style.hollow.indexOf(status) >= 0), label.lastChild);
      var count = document.createElement("span");
      count.className = "count";
      label.append(count);
      legend.countElements.push(count.appendChild(stepText()));
      statusBox.append(label);
    });
    var kindBox = document.getElementById("kind-legend");
    data.kinds.forEach(function (kind, i) {
      var label = checkbox(words.kinds[kind], page.filters.kinds[i], function (on) {
        page.filters.kinds[i] = on;
        page.refresh();
      });
      label.insertBefore(icon(style.shapes[kind], "#bdbdbd", false), label.lastChild);
      kindBox.append(label);
    });
    this.bindOperators();
    var contested = document.getElementById("contested-legend");
    contested.insertBefore(icon("circle", "#bdbdbd", false, true), contested.firstChild);
  }

  PostureLegend.prototype.bindOperators = function () {
    var page = this.page, select = document.getElementById("operator-filter");
    page.data.operators.forEach(function (name, i) {
      var option = new Option(name, String(i));
      select.append(option);
    });
    var on = page.filters.operators;
    select.value = on.every(Boolean) && !page.filters.operatorChosen ? "" : String(on.indexOf(true));
    select.addEventListener("change", function () {
      for (var i = 0; i < on.length; i++) on[i] = select.value === "" || +select.value === i;
      page.filters.operatorChosen = select.value !== "";
      page.refresh();
    });
  };

  /* Update the counts for the facilities a date step changed. */
  PostureLegend.prototype.count = function (result) {
    var model = this.page.model, filters = this.page.filters;
    for (var i = 0; i < result.changed.length; i++) {
      var f = result.changed[i], before = result.previous[i], now = model.current[f];
      if (!filters.passes(f)) continue;
      if (before >= 0) this.counts[model.entryStatus[before]]--;
      if (now >= 0) this.counts[model.entryStatus[now]]++;
    }
    this.show();
  };

  PostureLegend.prototype.recount = function () {
    var model = this.page.model, filters = this.page.filters;
    this.counts.fill(0);
    for (var f = 0; f < model.size; f++) {
      if (model.current[f] >= 0 && filters.passes(f)) this.counts[model.status(f)]++;
    }
    this.show();
  };

  /* Write the counts and the summary, those that changed only: setting textContent makes
   * a new Text node even for the same words, which the browser lays out and paints again,
   * and most steps change a few of the counts, or none. */
  PostureLegend.prototype.show = function () {
    var shown = 0, statuses = this.page.filters.statuses;
    for (var i = 0; i < this.counts.length; i++) {
      write(this.countElements[i], String(this.counts[i]));
      if (statuses[i]) shown += this.counts[i];
    }
    write(this.summary || (this.summary = document.querySelector("#summary .step-text")),
          NUMBER.format(shown) + (shown === 1 ? " facility" : " facilities") + " with a reported posture");
  };

  /* The box a count's text goes in (tracker.css, `.step-text`). */
  function stepText() {
    var box = document.createElement("span");
    box.className = "step-text";
    return box;
  }

  function write(element, text) {
    if (element.shownText !== text) element.textContent = element.shownText = text;
  }

  /* A strip under the slider: a tick for every day with a change, taller for more. */
  function drawChangeStrip(canvas, model, minDay, maxDay) {
    var ratio = window.devicePixelRatio || 1, width = canvas.clientWidth, height = canvas.clientHeight;
    if (!width || maxDay <= minDay) return;
    canvas.width = width * ratio;
    canvas.height = height * ratio;
    var ctx = canvas.getContext("2d");
    ctx.scale(ratio, ratio);
    // A loop, not Math.max.apply: the strip may span many thousand days, one argument each.
    var perDay = model.changesPerDay(minDay, maxDay), most = 1;
    for (var i = 0; i < perDay.length; i++) if (perDay[i] > most) most = perDay[i];
    ctx.fillStyle = "#3d4b5c";
    for (var d = 0; d < perDay.length; d++) {
      if (!perDay[d]) continue;
      var x = (d / (maxDay - minDay)) * (width - 1);
      var h = Math.max(3, (Math.log(1 + perDay[d]) / Math.log(1 + most)) * height);
      ctx.fillRect(Math.round(x), height - h, 1.5, h);
    }
  }

  global.PostureFilters = PostureFilters;
  global.PostureLegend = PostureLegend;
  global.drawChangeStrip = drawChangeStrip;
})(window);
