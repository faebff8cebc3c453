/* The facilities on the map: one canvas whose pixels this layer writes itself.
 *
 * A slider step at 10,000 facilities must fit in a frame (BENCHMARKS.md), and at that density
 * markers overlap, so a change repaints neighbours too. Canvas draw calls cost ~2-4 us
 * each in Chromium's software raster, too much for the thousands a step needs; so each
 * style (shape for kind, colour and fill for status) is drawn once with the canvas API
 * into a small stamp, and the layer copies stamps into its own pixel buffer with typed
 * arrays. A step touches only the facilities that changed (see `update`: re-stamped in
 * place in a crowded view, their boxes repainted in full-redraw order elsewhere) and
 * uploads just those boxes with putImageData. It extends L.Renderer for Leaflet's
 * panning, padding and zoom.
 */
(function (L) {
  "use strict";

  var CELL = 16;                 // grid cell, in device pixels
  // A full redraw costs every facility; re-stamping costs the changed ones (and their
  // neighbours). Redraw whole only when a large share changed: a fixed count would make a
  // step at 100,000 facilities (4,000 changes) redraw all of them (BENCHMARKS.md, "The curve").
  var FULL_REDRAW_SHARE = 0.25;
  var FULL_REDRAW_ABOVE = 2500;
  var BOX_UPLOADS = 24;          // dirty boxes uploaded one by one up to this many, else their union
  var MAX_LATITUDE = 85.0511287798;
  var RADIUS = {most: 6.5, least: 3};  // CSS pixels: smaller when the view is crowded
  var CRISP_BELOW = 5;                 // radius under which stamps are crisp (see update)
  var RING = 1.75;                     // the contested ring's radius, in marker radii

  var SHAPES = {
    triangle: [[0, -1.15], [1.05, 0.75], [-1.05, 0.75]],
    "triangle-down": [[0, 1.15], [1.05, -0.75], [-1.05, -0.75]],
    diamond: [[0, -1.2], [1.2, 0], [0, 1.2], [-1.2, 0]],
    square: [[-0.85, -0.85], [0.85, -0.85], [0.85, 0.85], [-0.85, 0.85]],
    hexagon: [[0, -1.05], [0.9, -0.52], [0.9, 0.52], [0, 1.05], [-0.9, 0.52], [-0.9, -0.52]],
    circle: null
  };

  // How much a shape's radius shrinks per pixel of border (circumradius over inradius), so
  // that the border is even all round.
  var INSET_SCALE = {triangle: 2, "triangle-down": 2, diamond: 1.41, square: 1.41, hexagon: 1.15, circle: 1};
  var EDGE = "#1b1b1b";

  function trace(ctx, shape, x, y, r) {
    ctx.beginPath();
    var points = SHAPES[shape];
    if (!points) return ctx.arc(x, y, r, 0, 2 * Math.PI);
    ctx.moveTo(x + points[0][0] * r, y + points[0][1] * r);
    for (var i = 1; i < points.length; i++) ctx.lineTo(x + points[i][0] * r, y + points[i][1] * r);
    ctx.closePath();
  }

  /* Draw one marker with the canvas API (for stamps and the legend's icons): the shape in
   * its edge colour, then a smaller one in its fill. Filled: a dark edge, the status colour
   * inside; hollow (the force has left): a thick status-coloured edge, white inside. Every
   * status of a kind has the same outline, so a new stamp covers the old one exactly. */
  function paintMarker(ctx, shape, colour, hollow, x, y, r, contested) {
    var border = hollow ? Math.max(1.5, r * 0.38) : 1;
    if (contested) paintDisagreement(ctx, x, y, r);
    trace(ctx, shape, x, y, r);
    ctx.fillStyle = hollow ? colour : EDGE;
    ctx.fill();
    trace(ctx, shape, x, y, Math.max(0.5, r - border * INSET_SCALE[shape]));
    ctx.fillStyle = hollow ? "#ffffff" : colour;
    ctx.fill();
  }

  /* The mark of a contested posture (reports of that date disagree): a broken ring around
   * the marker, dark on a white halo so it reads on any colour. */
  function paintDisagreement(ctx, x, y, r) {
    var ring = r * RING;
    ctx.save();
    ctx.lineWidth = Math.max(1.6, r * 0.3) + 1.5;
    ctx.strokeStyle = "#ffffff";
    ctx.beginPath();
    ctx.arc(x, y, ring, 0, 2 * Math.PI);
    ctx.stroke();
    ctx.lineWidth = Math.max(1.2, r * 0.3);
    ctx.strokeStyle = EDGE;
    ctx.setLineDash([ring * 0.62, ring * 0.43]);
    ctx.beginPath();
    ctx.arc(x, y, ring, 0, 2 * Math.PI);
    ctx.stroke();
    ctx.restore();
  }

  /* A style drawn once: its visible pixels as offsets (dx, dy from the centre), colours
   * (RGBA as little-endian uint32) and alphas; `half` bounds the offsets. A crisp stamp
   * keeps only pixels at least half covered, all opaque: small markers in a crowded view. */
  function makeStamp(style, radius, ratio, crisp) {
    var r = radius * ratio, half = Math.ceil(r * (style.contested ? RING + 0.45 : 1.2) + ratio), size = 2 * half + 1;
    var canvas = document.createElement("canvas");
    canvas.width = canvas.height = size;
    var ctx = canvas.getContext("2d");
    ctx.scale(ratio, ratio);
    paintMarker(ctx, style.shape, style.colour, style.hollow, (half + 0.5) / ratio, (half + 0.5) / ratio, radius,
                style.contested);
    var rgba = ctx.getImageData(0, 0, size, size).data, colours = new Uint32Array(rgba.buffer);
    if (style.faded) fade(rgba);
    var dx = [], dy = [], colour = [], alpha = [];
    for (var i = 0; i < size * size; i++) {
      var a = rgba[4 * i + 3];
      if (!a || (crisp && a < 128)) continue;
      dx.push(i % size - half);
      dy.push(((i / size) | 0) - half);
      colour.push(crisp ? (colours[i] | 0xff000000) >>> 0 : colours[i]);
      alpha.push(crisp ? 255 : a);
    }
    return {half: half, ring: style.contested ? 1 : 0, dx: Int16Array.from(dx), dy: Int16Array.from(dy),
            colour: Uint32Array.from(colour), alpha: Uint8Array.from(alpha)};
  }

  /* A faded look (an old report, README "How old a report is"): every colour, edge too,
   * most of the way to white, so it stays opaque and crisp stamps keep it. */
  function fade(rgba) {
    for (var i = 0; i < rgba.length; i += 4) {
      for (var c = i; c < i + 3; c++) rgba[c] = 255 - (255 - rgba[c]) * 0.4;
    }
  }

  /* `source` with `alpha` over `target`: RGBA as little-endian uint32. Integer maths, and
   * the target's own alpha only combined, not weighted: exact over opaque pixels, which
   * is where markers overlap, and cheap enough for thousands of edge pixels a step. */
  function over(source, target, alpha) {
    var targetAlpha = target >>> 24;
    if (!targetAlpha) return source;
    var rest = 255 - alpha;
    var red = ((source & 255) * alpha + (target & 255) * rest) * 257 >>> 16;
    var green = (((source >>> 8) & 255) * alpha + ((target >>> 8) & 255) * rest) * 257 >>> 16;
    var blue = (((source >>> 16) & 255) * alpha + ((target >>> 16) & 255) * rest) * 257 >>> 16;
    var outAlpha = alpha + (targetAlpha * rest * 257 >>> 16);
    return ((outAlpha << 24) | (blue << 16) | (green << 8) | red) >>> 0;
  }

  var PostureLayer = L.Renderer.extend({
    options: {padding: 0.15, pane: "facilities"},

    /* `styleOf(f)`: the index in `styles` of facility f's look, or -1 when it is hidden.
     * `styles[i]`: {shape, colour, hollow, rank}; higher ranks are drawn on top. */
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
      this._next = new Int32Array(n);
      this._seen = new Uint32Array(n);
      this._ringed = new Uint8Array(n);   // last stamped with the contested ring (a wider outline)
      this._pass = 0;
    },

    /* desynchronized: the canvas hands its frames to the compositor itself. Chromium
     * otherwise copies a 2D canvas again in every frame of the page, changed or not
     * (without a GPU, ~0.6 ms a frame at map size: BENCHMARKS.md), a cost the slider pays
     * on every step for the date label and the list as well. */
    _initContainer: function () {
      this._container = L.DomUtil.create("canvas", "posture-canvas");
      this._ctx = this._container.getContext("2d", {desynchronized: true});
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
        this._pixels = new Uint32Array(this._image.data.buffer);
      }
      this._ratio = ratio;
      this._project();
      this._stamps = this._makeStamps();
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
      var ratio = this._ratio;
      this._radius = radius;
      var crisp = this._crisp = radius < CRISP_BELOW;
      var stamps = this._styles.map(function (style) { return makeStamp(style, radius, ratio, crisp); });
      // Boxes and reaches of plain markers stay their own size: the rings of the few contested
      // markers are wider, and a step would otherwise clear and upload boxes twice the area.
      this._half = Math.max.apply(null, stamps.map(function (stamp) { return stamp.ring ? 0 : stamp.half; }));
      this._ringHalf = Math.max.apply(null, stamps.map(function (stamp) { return stamp.half; }));
      return stamps;
    },

    /* Repaint everything: after a pan or zoom, a filter, or when most facilities changed. */
    redraw: function () {
      if (!this._image) return this;
      this._pixels.fill(0);
      var order = [];
      for (var f = 0; f < this._model.size; f++) {
        if (this._cellOf(this._x[f], this._y[f]) >= 0 && this._styleOf(f) >= 0) order.push(f);
      }
      this._paint(this._sorted(order), 0, 0, this._image.width, this._image.height);
      this._ctx.putImageData(this._image, 0, 0);
      return this;
    },

    /* Show the new look of the `changed` facilities, repainting only around them.
     *
     * In a crowded view (crisp stamps) a facility that is still shown is simply stamped
     * again: its kind, hence its outline, never changes, so the new opaque stamp covers
     * the old one exactly; it ends up on top of its neighbours, where a full redraw would
     * order by status. Everywhere else, and for facilities that disappear, the box
     * around the facility is cleared and everything reaching into it stamped again, in
     * the full redraw's order. */
    update: function (changed) {
      if (!this._image) return;
      if (changed.length > Math.max(FULL_REDRAW_ABOVE, FULL_REDRAW_SHARE * this._model.size)) {
        this.redraw();
        return;
      }
      var stamped = [], cleared = [], whole = [0, 0, this._image.width, this._image.height];
      for (var i = 0; i < changed.length; i++) {
        var f = changed[i], box;
        if (this._cellOf(this._x[f], this._y[f]) < 0) continue;
        var style = this._styleOf(f), ringed = this._ringed[f] || (style >= 0 && this._stamps[style].ring);
        box = this._box(this._x[f], this._y[f], ringed ? this._ringHalf : this._half);
        // Stamped in place only over its own outline: with or without the ring, as before.
        if (this._crisp && style >= 0 && this._stamps[style].ring === this._ringed[f]) {
          this._paint([f], whole[0], whole[1], whole[2], whole[3]);
          stamped.push(box);
        } else {
          cleared.push(box);
        }
      }
      this.repaint(cleared, stamped);
    },

    /* The pixels a marker at (x, y) may cover, clipped to the canvas: [x0, y0, x1, y1). */
    _box: function (x, y, half) {
      return [Math.max(0, x - half), Math.max(0, y - half),
              Math.min(this._image.width, x + half + 1), Math.min(this._image.height, y + half + 1)];
    },

    /* Clear each box, re-stamp every facility that reaches into it, and upload the boxes
     * (with `also`, boxes already painted). */
    repaint: function (boxes, also) {
      var width = this._image.width, pixels = this._pixels, reach = this._ringHalf;
      for (var b = 0; b < boxes.length; b++) {
        var box = boxes[b];
        for (var y = box[1]; y < box[3]; y++) pixels.fill(0, y * width + box[0], y * width + box[2]);
        this._paint(this._sorted(this._near(box, reach, this._half)), box[0], box[1], box[2], box[3]);
      }
      this._upload(also ? boxes.concat(also) : boxes);
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

    /* Shown facilities whose marker may reach into a box [x0, y0, x1, y1): centre within
     * `reach`; those drawn without a ring, within `plainReach` (default: `reach`). */
    _near: function (box, reach, plainReach) {
      var pass = ++this._pass, found = [], plain = plainReach === undefined ? reach : plainReach;
      var col0 = Math.max(0, ((box[0] - reach) / CELL) | 0), col1 = Math.min(this._cols - 1, ((box[2] + reach) / CELL) | 0);
      var row0 = Math.max(0, ((box[1] - reach) / CELL) | 0), row1 = Math.min(this._rows - 1, ((box[3] + reach) / CELL) | 0);
      for (var row = row0; row <= row1; row++) {
        for (var col = col0; col <= col1; col++) {
          for (var f = this._head[row * this._cols + col]; f >= 0; f = this._next[f]) {
            var x = this._x[f], y = this._y[f];
            if (x < box[0] - reach || x >= box[2] + reach || y < box[1] - reach || y >= box[3] + reach) continue;
            if (!this._ringed[f] && (x < box[0] - plain || x >= box[2] + plain || y < box[1] - plain || y >= box[3] + plain)) continue;
            if (this._seen[f] !== pass && this._styleOf(f) >= 0) {
              this._seen[f] = pass;
              found.push(f);
            }
          }
        }
      }
      return found;
    },

    /* Drawing order: status rank, then index, the same for full and partial redraws. */
    _sorted: function (facilities) {
      var styles = this._styles, styleOf = this._styleOf, n = this._model.size;
      var keys = new Float64Array(facilities.length);
      for (var i = 0; i < facilities.length; i++) keys[i] = styles[styleOf(facilities[i])].rank * n + facilities[i];
      keys.sort();
      for (i = 0; i < keys.length; i++) facilities[i] = keys[i] % n;
      return facilities;
    },

    /* Stamp each facility, clipped to the box [x0, x1) x [y0, y1). */
    _paint: function (facilities, x0, y0, x1, y1) {
      var width = this._image.width, pixels = this._pixels;
      for (var i = 0; i < facilities.length; i++) {
        var f = facilities[i], stamp = this._stamps[this._styleOf(f)], x = this._x[f], y = this._y[f];
        var dx = stamp.dx, dy = stamp.dy, colour = stamp.colour, alpha = stamp.alpha, n = dx.length;
        var inside = x - stamp.half >= x0 && x + stamp.half < x1 && y - stamp.half >= y0 && y + stamp.half < y1;
        this._ringed[f] = stamp.ring;
        for (var k = 0; k < n; k++) {
          var px = x + dx[k], py = y + dy[k];
          if (!inside && (px < x0 || px >= x1 || py < y0 || py >= y1)) continue;
          var at = py * width + px;
          pixels[at] = alpha[k] === 255 ? colour[k] : over(colour[k], pixels[at], alpha[k]);
        }
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
  L.PostureLayer.paintMarker = paintMarker;
})(window.L);
