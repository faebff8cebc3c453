/* The facilities on the map: one canvas whose pixels this layer writes itself.
 *
 * A slider step at 100,000 facilities must fit in a frame (BENCHMARKS.md), and at that
 * density markers overlap, so a change repaints neighbours too. Markers are copied from
 * stamps (posture-stamps.js) into a pixel buffer with typed arrays; the broken rings of
 * contested postures go into a buffer of their own, drawn over the markers, and the two are
 * composed into the image on upload. A step touches only the facilities that changed (see
 * `update`) and uploads just those boxes with putImageData: a ring that comes or goes
 * repaints the few rings near it, not the hundreds of markers under it in a crowded view.
 * It extends L.Renderer for Leaflet's panning, padding and zoom.
 */
(function (L, Stamps) {
  "use strict";

  var CELL = 16;                 // grid cell, in device pixels
  // A full redraw costs every facility; re-stamping costs the changed ones (and their
  // neighbours). Redraw whole once a large share changed: a fixed count would make a step
  // at 100,000 facilities (4,000 changes) redraw all of them, and a jump at 1,000 re-stamp
  // each of them box by box (BENCHMARKS.md, "The curve in one run, the step measured as the
  // page does it"). The floor keeps a small dataset's steps incremental.
  var FULL_REDRAW_SHARE = 0.25;
  var FULL_REDRAW_ABOVE = 64;
  var BOX_UPLOADS = 24;          // dirty boxes uploaded one by one up to this many, else their union
  var MAX_LATITUDE = 85.0511287798;
  var RADIUS = {most: 6.5, least: 3};  // CSS pixels: smaller when the view is crowded
  var CRISP_BELOW = 5;                 // radius under which stamps are crisp (see update)

  var PostureLayer = L.Renderer.extend({
    options: {padding: 0.15, pane: "facilities"},

    /* `styleOf(f)`: the index in `styles` of facility f's look, or -1 when it is hidden.
     * `styles[i]`: {shape, colour, hollow, contested, faded, rank}; higher ranks are drawn on top. */
    initialize: function (model, styleOf, styles, options) {
      L.Renderer.prototype.initialize.call(this, options);
      this._model = model;
      this._styleOf = styleOf;
      this._styles = styles;
      var n = model.size, lon = model.data.facilities.lon, lat = model.data.facilities.lat;
      this._mx = new Float64Array(n);   // Web Mercator, 0..1: projected once
      this._my = new Float64Array(n);
      for (var f = 0; f < n; f++) {
        var phi = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat[f])) * Math.PI / 180;
        this._mx[f] = (lon[f] + 180) / 360;
        this._my[f] = (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2;
      }
      this._x = new Int32Array(n);      // device pixels from the canvas's top left
      this._y = new Int32Array(n);
      this._next = new Int32Array(n);   // the next facility in the same grid cell
      // The look each facility is drawn with (-1: not drawn), kept from the last redraw or
      // update, so repainting a box asks the page about the changed facilities alone.
      this._look = new Int16Array(n).fill(-1);
      this._ringed = new Uint8Array(n);     // its ring is in the ring buffer
      this._ringNext = new Int32Array(n);   // the rings of a grid cell, a doubly linked list
      this._ringPrev = new Int32Array(n);
      this._ranks = styles.map(function (style) { return style.rank; });
    },

    /* desynchronized: the canvas hands its frames to the compositor itself. Chromium
     * otherwise copies a 2D canvas again in every frame of the page, changed or not
     * (without a GPU, ~0.6 ms a frame at map size: BENCHMARKS.md), a cost the slider pays
     * on every step for the date label and the list as well. willReadFrequently keeps the
     * canvas in main memory: this layer only ever puts whole pixels it made itself, which
     * is then a copy, where a canvas kept by the GPU process (a software one, without a
     * GPU) has them sent over on every step (BENCHMARKS.md, "Painting a step"). */
    _initContainer: function () {
      this._container = L.DomUtil.create("canvas", "posture-canvas");
      this._ctx = this._container.getContext("2d", {desynchronized: true, willReadFrequently: true});
    },

    _destroyContainer: function () {
      L.DomUtil.remove(this._container);
      delete this._ctx;
    },

    _update: function () {
      if (this._map._animatingZoom && this._bounds) return;
      L.Renderer.prototype._update.call(this);
      var size = this._bounds.getSize(), ratio = window.devicePixelRatio || 1, canvas = this._container;
      L.DomUtil.setPosition(canvas, this._bounds.min);
      canvas.style.width = size.x + "px";
      canvas.style.height = size.y + "px";
      if (canvas.width !== Math.round(size.x * ratio) || canvas.height !== Math.round(size.y * ratio)) {
        canvas.width = Math.round(size.x * ratio);
        canvas.height = Math.round(size.y * ratio);
        this._image = this._ctx.createImageData(canvas.width, canvas.height);
        this._pixels = new Uint32Array(this._image.data.buffer);  // what is uploaded: rings over markers
        this._marks = new Uint32Array(this._pixels.length);
        this._rings = new Uint32Array(this._pixels.length);
      }
      this._ratio = ratio;
      this._project();
      this._makeStamps();
      this.redraw();
      this.fire("update");
    },

    /* Pixel positions, and a grid of cells over the canvas to find neighbours fast. */
    _project: function () {
      var map = this._map, scale = map.options.crs.scale(map.getZoom()) * this._ratio;
      var origin = map.getPixelOrigin().add(this._bounds.min).multiplyBy(this._ratio);
      var width = this._image.width, height = this._image.height;
      this._cols = Math.ceil(width / CELL);
      this._rows = Math.ceil(height / CELL);
      this._head = new Int32Array(this._cols * this._rows).fill(-1);
      this._ringHead = new Int32Array(this._cols * this._rows).fill(-1);
      this._inView = 0;
      for (var f = 0; f < this._model.size; f++) {
        var x = Math.round(this._mx[f] * scale - origin.x), y = Math.round(this._my[f] * scale - origin.y);
        this._x[f] = x;
        this._y[f] = y;
        var cell = this._cellOf(x, y);
        if (cell >= 0) {
          this._next[f] = this._head[cell];
          this._head[cell] = f;
          this._inView++;
        }
      }
    },

    _cellOf: function (x, y) {
      if (x < 0 || y < 0) return -1;
      var col = (x / CELL) | 0, row = (y / CELL) | 0;
      return col < this._cols && row < this._rows ? row * this._cols + col : -1;
    },

    /* Stamps for this view: markers shrink as the view gets crowded, so they stay apart. */
    _makeStamps: function () {
      var area = (this._image.width * this._image.height) / (this._ratio * this._ratio);
      var spacing = Math.sqrt(area / Math.max(1, this._inView));
      var radius = Math.max(RADIUS.least, Math.min(RADIUS.most, spacing * 0.3));
      var ratio = this._ratio, crisp = this._crisp = radius < CRISP_BELOW, width = this._image.width;
      this._radius = radius;
      this._stamps = this._styles.map(function (style) {
        return Stamps.fit(Stamps.makeStamp(style, radius, ratio, crisp), width);
      });
      this._ringStamps = this._styles.map(function (style) {
        return Stamps.fit(Stamps.makeRingStamp(style, radius, ratio, crisp), width);
      });
      var halves = function (stamps) { return Math.max.apply(null, stamps.map(function (s) { return s ? s.half : 0; })); };
      this._half = halves(this._stamps);
      this._ringHalf = halves(this._ringStamps);
    },

    /* Repaint everything: after a pan or zoom, a filter, or when most facilities changed. */
    redraw: function () {
      if (!this._image) return this;
      var order = [], ringed = [], look = this._look, whole = this._whole();
      for (var f = 0; f < this._model.size; f++) {
        look[f] = this._cellOf(this._x[f], this._y[f]) >= 0 ? this._styleOf(f) : -1;
        if (look[f] >= 0) order.push(f);
      }
      order = this._byRank(order);
      this._marks.fill(0);
      this._paint(this._marks, this._stamps, order, whole);
      this._rings.fill(0);
      this._ringHead.fill(-1);
      this._ringed.fill(0);
      for (var i = 0; i < order.length; i++) {
        if (this._ringStamps[look[order[i]]]) ringed.push(order[i]);
      }
      for (i = ringed.length - 1; i >= 0; i--) this._addRing(ringed[i]);
      this._paint(this._rings, this._ringStamps, ringed, whole);
      // The image: the marks, then the rings over them in their boxes; once the boxes add
      // up to more than the canvas (thousands of rings at the last date), in one pass.
      var side = 2 * this._ringHalf + 1;
      if (ringed.length * side * side > this._pixels.length) {
        this._compose([whole]);
      } else {
        this._pixels.set(this._marks);
        this._compose(ringed.map(function (g) { return this._box(g, this._ringHalf); }, this));
      }
      this._ctx.putImageData(this._image, 0, 0);
      return this;
    },

    /* Show the new look of the `changed` facilities, repainting only around them.
     *
     * Markers: in a crowded view (crisp stamps) a facility still shown is simply stamped
     * again: its kind, hence its outline, never changes, so the new opaque stamp covers the
     * old one exactly; it ends up on top of its neighbours, where a full redraw would order
     * by status. Everywhere else, and for facilities that disappear, the box around the
     * facility is cleared and every marker reaching into it stamped again, in the full
     * redraw's order. Rings: a facility that gains, keeps or loses one has its ring's box
     * cleared in the ring buffer and the rings reaching into it drawn again, in that order. */
    update: function (changed) {
      if (!this._image) return;
      if (changed.length > Math.max(FULL_REDRAW_ABOVE, FULL_REDRAW_SHARE * this._model.size)) {
        this.redraw();
        return;
      }
      var cleared = [], stamped = [], rings = [];
      for (var i = 0; i < changed.length; i++) {
        var f = changed[i];
        if (this._cellOf(this._x[f], this._y[f]) < 0) continue;
        var look = this._look[f] = this._styleOf(f), ring = look >= 0 && this._ringStamps[look] !== null;
        if (this._crisp && look >= 0) {
          Stamps.stampOver(this._marks, this._rings, this._pixels, this._image.width, this._image.height,
                           this._stamps[look], this._x[f], this._y[f]);
          stamped.push(f);
        } else {
          cleared.push(this._box(f, this._half));
        }
        if (ring || this._ringed[f]) {
          if (!ring) this._removeRing(f);
          else if (!this._ringed[f]) this._addRing(f);
          rings.push(this._box(f, this._ringHalf));
        }
      }
      this._repaint(this._marks, this._stamps, cleared, this._head, this._next, this._half);
      this._repaint(this._rings, this._ringStamps, rings, this._ringHead, this._ringNext, this._ringHalf);
      this._compose(cleared.concat(rings));
      this._upload(cleared.concat(rings, this._boxes(stamped, this._half)));
    },

    /* The boxes of `facilities` (of stamps of `half`) to upload: one each, or past
     * BOX_UPLOADS their union alone, which is what would be uploaded anyway. */
    _boxes: function (facilities, half) {
      if (facilities.length <= BOX_UPLOADS) return facilities.map(function (f) { return this._box(f, half); }, this);
      var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
      for (var i = 0; i < facilities.length; i++) {
        var x = this._x[facilities[i]], y = this._y[facilities[i]];
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
      return [[Math.max(0, x0 - half), Math.max(0, y0 - half),
               Math.min(this._image.width, x1 + half + 1), Math.min(this._image.height, y1 + half + 1)]];
    },

    _whole: function () {
      return [0, 0, this._image.width, this._image.height];
    },

    /* The pixels facility f's stamp of `half` may cover, clipped to the canvas: [x0, y0, x1, y1). */
    _box: function (f, half) {
      var x = this._x[f], y = this._y[f];
      return [Math.max(0, x - half), Math.max(0, y - half),
              Math.min(this._image.width, x + half + 1), Math.min(this._image.height, y + half + 1)];
    },

    /* Clear each box of `buffer` and stamp again, in order, every facility of the grid
     * (`head`, `next`) reaching into it. */
    _repaint: function (buffer, stamps, boxes, head, next, reach) {
      for (var b = 0; b < boxes.length; b++) {
        Stamps.clear(buffer, this._image.width, boxes[b]);
        this._paint(buffer, stamps, this._sorted(this._near(boxes[b], reach, head, next)), boxes[b]);
      }
    },

    /* The image, in each box: the ring buffer over the marker buffer. */
    _compose: function (boxes) {
      Stamps.composeBoxes(this._pixels, this._marks, this._rings, this._image.width, boxes);
    },

    _upload: function (boxes) {
      var ctx = this._ctx, image = this._image;
      if (!boxes.length) return;
      if (boxes.length <= BOX_UPLOADS) {
        boxes.forEach(function (box) {
          ctx.putImageData(image, 0, 0, box[0], box[1], box[2] - box[0], box[3] - box[1]);
        });
        return;
      }
      var x0 = Infinity, y0 = Infinity, x1 = 0, y1 = 0;
      boxes.forEach(function (box) {
        x0 = Math.min(x0, box[0]); y0 = Math.min(y0, box[1]);
        x1 = Math.max(x1, box[2]); y1 = Math.max(y1, box[3]);
      });
      ctx.putImageData(image, 0, 0, x0, y0, x1 - x0, y1 - y0);
    },

    /* Facility f's ring is drawn: it joins the rings of its grid cell. */
    _addRing: function (f) {
      var cell = this._cellOf(this._x[f], this._y[f]), first = this._ringHead[cell];
      this._ringed[f] = 1;
      this._ringPrev[f] = -1;
      this._ringNext[f] = first;
      if (first >= 0) this._ringPrev[first] = f;
      this._ringHead[cell] = f;
    },

    _removeRing: function (f) {
      var before = this._ringPrev[f], after = this._ringNext[f];
      if (before >= 0) this._ringNext[before] = after;
      else this._ringHead[this._cellOf(this._x[f], this._y[f])] = after;
      if (after >= 0) this._ringPrev[after] = before;
      this._ringed[f] = 0;
    },

    /* Drawn facilities of a grid (`head`, `next`: the markers' by default) whose centre is
     * within `reach` of a box [x0, y0, x1, y1). */
    _near: function (box, reach, head, next) {
      var found = [], look = this._look;
      head = head || this._head;
      next = next || this._next;
      var col0 = Math.max(0, ((box[0] - reach) / CELL) | 0), col1 = Math.min(this._cols - 1, ((box[2] + reach) / CELL) | 0);
      var row0 = Math.max(0, ((box[1] - reach) / CELL) | 0), row1 = Math.min(this._rows - 1, ((box[3] + reach) / CELL) | 0);
      for (var row = row0; row <= row1; row++) {
        for (var col = col0; col <= col1; col++) {
          for (var f = head[row * this._cols + col]; f >= 0; f = next[f]) {
            var x = this._x[f], y = this._y[f];
            if (x < box[0] - reach || x >= box[2] + reach || y < box[1] - reach || y >= box[3] + reach) continue;
            if (look[f] >= 0) found.push(f);
          }
        }
      }
      return found;
    },

    /* Drawing order: status rank, then index, the same for full and partial redraws. */
    _sorted: function (facilities) {
      var ranks = this._ranks, look = this._look, n = this._model.size;
      var keys = new Float64Array(facilities.length);
      for (var i = 0; i < facilities.length; i++) keys[i] = ranks[look[facilities[i]]] * n + facilities[i];
      keys.sort();
      for (i = 0; i < keys.length; i++) facilities[i] = keys[i] % n;
      return facilities;
    },

    /* `facilities`, in index order, into drawing order (as `_sorted`) by counting: a full
     * redraw orders every facility shown (100,000), where a comparison sort costs a jump
     * several milliseconds. */
    _byRank: function (facilities) {
      var ranks = this._ranks, look = this._look, low = Math.min.apply(null, ranks);
      var start = new Int32Array(Math.max.apply(null, ranks) - low + 2), sorted = new Int32Array(facilities.length), i;
      for (i = 0; i < facilities.length; i++) start[ranks[look[facilities[i]]] - low + 1]++;
      for (var r = 1; r < start.length; r++) start[r] += start[r - 1];
      for (i = 0; i < facilities.length; i++) sorted[start[ranks[look[facilities[i]]] - low]++] = facilities[i];
      return sorted;
    },

    /* Stamp each facility's stamp of `stamps` into `buffer`, clipped to `box`. */
    _paint: function (buffer, stamps, facilities, box) {
      for (var i = 0; i < facilities.length; i++) {
        var f = facilities[i];
        Stamps.paint(buffer, this._image.width, stamps[this._look[f]], this._x[f], this._y[f], box);
      }
    },

    /* The topmost shown facility under a container point, or -1. */
    facilityAt: function (containerPoint) {
      if (!this._image) return -1;
      var point = this._map.containerPointToLayerPoint(containerPoint).subtract(this._bounds.min).multiplyBy(this._ratio);
      var limit = (this._radius * 1.3 + 3) * this._ratio, box = [point.x, point.y, point.x + 1, point.y + 1];
      var found = this._sorted(this._near(box, limit)), best = -1;
      for (var i = 0; i < found.length; i++) {
        var dx = this._x[found[i]] - point.x, dy = this._y[found[i]] - point.y;
        if (dx * dx + dy * dy <= limit * limit) best = found[i];
      }
      return best;
    },

    /* The marker radius of the current view, in CSS pixels. */
    radius: function () {
      return this._radius;
    }
  });

  L.PostureLayer = PostureLayer;
  L.postureLayer = function (model, styleOf, styles, options) {
    return new PostureLayer(model, styleOf, styles, options);
  };
  L.PostureLayer.paintMarker = Stamps.paintMarker;
})(window.L, window.PostureStamps);
