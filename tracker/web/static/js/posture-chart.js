/* Posture over time (#posture-chart): how many facilities had each status on every day of
 * the slider's range, stacked, in the legend's colours, with the date shown marked.
 *
 * The counts are computed once for a version of the data and a set of filters (one pass
 * over the entries: +1 on the day an entry starts to govern, -1 on the day the next one
 * takes over, then running sums), and drawn once, as SVG, which costs nothing to keep on
 * screen while the slider moves. A slider step only moves the marker. Clicking or dragging
 * on the chart moves the slider to that day.
 */
(function (global) {
  "use strict";

  var SVG = "http://www.w3.org/2000/svg";
  var Dates = global.PostureDates;

  function PostureChart(element, page) {
    this.element = element;
    this.page = page;
    this.svg = document.createElementNS(SVG, "svg");
    this.svg.setAttribute("class", "chart-areas");
    this.svg.setAttribute("preserveAspectRatio", "none");
    this.svg.setAttribute("aria-hidden", "true");
    this.marker = document.createElement("div");
    this.marker.className = "chart-marker";
    this.marker.setAttribute("aria-hidden", "true");
    element.replaceChildren(this.svg, this.marker);
    this.width = element.clientWidth;
    var chart = this;
    new ResizeObserver(function () {
      chart.width = element.clientWidth;
      chart.mark(page.model.day);
    }).observe(element);
    this.bindPointer();
    this.rebuild();
  }

  /* counts[s][d]: facilities passing the kind and operator filters with status s on day
   * minDay + d. */
  PostureChart.prototype.compute = function () {
    var page = this.page, model = page.model, statuses = page.data.statuses.length;
    var minDay = page.minDay, days = page.maxDay - minDay + 1, counts = [];
    for (var s = 0; s < statuses; s++) counts.push(new Int32Array(days + 1));
    for (var f = 0; f < model.size; f++) {
      if (!page.filters.passes(f)) continue;
      for (var e = model.first[f]; e < model.first[f + 1]; e++) {
        var from = Math.max(0, model.entryDay[e] - minDay);
        var to = e + 1 < model.first[f + 1] ? Math.min(days, model.entryDay[e + 1] - minDay) : days;
        if (from >= to) continue;  // never governs: a later entry has the same date
        counts[model.entryStatus[e]][from]++;
        counts[model.entryStatus[e]][to]--;
      }
    }
    counts.forEach(function (row) {
      for (var d = 1; d < row.length; d++) row[d] += row[d - 1];
    });
    return counts;
  };

  /* After the filters changed (and at first): recount and redraw. */
  PostureChart.prototype.rebuild = function () {
    this.counts = this.compute();
    this.draw();
    this.mark(this.page.model.day);
  };

  /* Counts by status name on `day`, of the statuses the filters show (for readers and tests). */
  PostureChart.prototype.countsAt = function (day) {
    var page = this.page, d = day - page.minDay, found = {};
    page.data.statuses.forEach(function (status, s) {
      if (page.filters.statuses[s]) found[status] = this.counts[s][d];
    }, this);
    return found;
  };

  /* One path a status, stacked in the legend's order, the x axis in days, the y in facilities. */
  PostureChart.prototype.draw = function () {
    var page = this.page, shown = page.filters.statuses, counts = this.counts;
    var days = page.maxDay - page.minDay + 1, totals = new Int32Array(days), most = 1;
    counts.forEach(function (row, s) {
      if (!shown[s]) return;
      for (var d = 0; d < days; d++) totals[d] += row[d];
    });
    for (var d = 0; d < days; d++) most = Math.max(most, totals[d]);
    this.svg.setAttribute("viewBox", "0 0 " + days + " " + most);
    var below = new Int32Array(days), paths = [];
    counts.forEach(function (row, s) {
      if (!shown[s]) return;
      var top = [], bottom = [];
      for (var d = 0; d < days; d++) {
        var y0 = most - below[d], y1 = y0 - row[d];
        top.push(d + " " + y1 + "H" + (d + 1));
        bottom.push((d + 1) + " " + y0 + "H" + d);
        below[d] += row[d];
      }
      var path = document.createElementNS(SVG, "path");
      path.setAttribute("d", "M" + top.join("L") + "L" + bottom.reverse().join("L") + "Z");
      path.setAttribute("fill", page.config.style.colours[page.data.statuses[s]]);
      path.setAttribute("data-status", page.data.statuses[s]);
      paths.push(path);
    });
    this.svg.replaceChildren.apply(this.svg, paths);
    this.element.setAttribute("aria-label", "Facilities by status, " + Dates.dayToIso(page.minDay) + " to " +
      Dates.dayToIso(page.maxDay) + ", at most " + most + " on one day. Click to show a date.");
  };

  /* The date shown moved: move the marker, nothing else. The marker is a layer of its own
   * (2 px wide), so the compositor moves it without repainting the areas under it; the
   * chart's width is kept by a ResizeObserver, so a step reads no layout. */
  PostureChart.prototype.mark = function (day) {
    if (day === null) return;
    var span = Math.max(1, this.page.maxDay - this.page.minDay + 1);
    this.marker.style.transform = "translateX(" + ((day - this.page.minDay + 0.5) / span * this.width).toFixed(1) + "px)";
  };

  /* The day under a pointer's x position. */
  PostureChart.prototype.dayAt = function (clientX) {
    var box = this.element.getBoundingClientRect(), span = this.page.maxDay - this.page.minDay + 1;
    var fraction = Math.max(0, Math.min(1, (clientX - box.left) / Math.max(1, box.width)));
    return Math.min(this.page.maxDay, this.page.minDay + Math.floor(fraction * span));
  };

  PostureChart.prototype.bindPointer = function () {
    var chart = this, element = this.element, pending = null;
    function go(event) {
      var first = pending === null;
      pending = chart.dayAt(event.clientX);
      if (!first) return;
      requestAnimationFrame(function () {  // a drag moves the slider at most once a frame
        chart.page.setDay(pending);
        pending = null;
      });
    }
    element.addEventListener("pointerdown", function (event) {
      if (event.button !== 0) return;
      element.setPointerCapture(event.pointerId);
      go(event);
    });
    element.addEventListener("pointermove", function (event) {
      if (element.hasPointerCapture(event.pointerId)) go(event);
    });
  };

  global.PostureChart = PostureChart;
})(window);
