/* The facilities on the map: one canvas that redraws only what changed.
 *
 * A slider step at 10,000 facilities must fit in a frame (issue 6). Leaflet's own
 * circleMarkers restyle every marker on every step (~110 ms measured there), so this
 * layer keeps the markers' pixel positions in typed arrays, indexes them in a grid of
 * screen cells, and on a step clears and repaints only the cells around the markers
 * whose status changed, in the same order a full redraw uses, so overlaps look the
 * same either way. Shapes are plain polygons (cheap to rasterise); shape tells the kind,
 * colour and fill the status. It extends L.Renderer to get Leaflet's panning, padding
 * and zoom animation for free.
 */
(function (L) {
  "use strict";

  var CELL = 24;                 // grid cell, in CSS pixels
  var FULL_REDRAW_ABOVE = 1500;  // changed markers beyond which a full redraw is cheaper
  var MAX_LATITUDE = 85.0511287798;

  var SHAPES = {
    triangle: [[0, -1.15], [1.05, 0.75], [-1.05, 0.75]],
    "triangle-down": [[0, 1.15], [1.05, -0.75], [-1.05, -0.75]],
    diamond: [[0, -1.2], [1.2, 0], [0, 1.2], [-1.2, 0]],
    square: [[-0.85, -0.85], [0.85, -0.85], [0.85, 0.85], [-0.85, 0.85]],
    hexagon: [[0, -1.05], [0.9, -0.52], [0.9, 0.52], [0, 1.05], [-0.9, 0.52], [-0.9, -0.52]],
    circle: null
  };

  /* Trace a marker's outline; shared with the legend so both look the same. */
  function traceShape(ctx, shape, x, y, r) {
    ctx.beginPath();
    var points = SHAPES[shape];
    if (!points) {
      ctx.arc(x, y, r, 0, 2 * Math.PI);
      return;
    }
    ctx.moveTo(x + points[0][0] * r, y + points[0][1] * r);
    for (var i = 1; i < points.length; i++) ctx.lineTo(x + points[i][0] * r, y + points[i][1] * r);
    ctx.closePath();
  }

  function paintMarker(ctx, shape, colour, hollow, x, y, r) {
    traceShape(ctx, shape, x, y, r);
    ctx.fillStyle = hollow ? "#ffffff" : colour;
    ctx.fill();
    ctx.lineWidth = hollow ? 2.5 : 1;
    ctx.strokeStyle = hollow ? colour : "#1b1b1b";
    ctx.stroke();
  }

  var PostureLayer = L.Renderer.extend({
    options: {padding: 0.15, pane: "facilities", radius: 6.5},

    /* `look(f)` gives {shape, colour, hollow} for a shown facility, or null when hidden. */
    initialize: function (model, look, options) {
      L.Renderer.prototype.initialize.call(this, options);
      this._model = model;
      this._look = look;
      var n = model.size, lon = model.data.facilities.lon, lat = model.data.facilities.lat;
      this._mx = new Float64Array(n);   // Web Mercator, 0..1: projected once
      this._my = new Float64Array(n);
      for (var f = 0; f < n; f++) {
        var phi = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat[f])) * Math.PI / 180;
        this._mx[f] = (lon[f] + 180) / 360;
        this._my[f] = (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2;
      }
      this._x = new Float32Array(n);
      this._y = new Float32Array(n);
      this._next = new Int32Array(n);
      this._seen = new Uint32Array(n);
      this._pass = 0;
      this._selected = -1;
      this._areas = model.data.areas || {};
    },

    _initContainer: function () {
      this._container = L.DomUtil.create("canvas", "posture-canvas");
      this._ctx = this._container.getContext("2d");
    },

    _destroyContainer: function () {
      L.DomUtil.remove(this._container);
      delete this._ctx;
    },

    _update: function () {
      if (this._map._animatingZoom && this._bounds) return;
      L.Renderer.prototype._update.call(this);
      var bounds = this._bounds, size = bounds.getSize(), ratio = window.devicePixelRatio || 1;
      var canvas = this._container;
      L.DomUtil.setPosition(canvas, bounds.min);
      canvas.width = ratio * size.x;
      canvas.height = ratio * size.y;
      canvas.style.width = size.x + "px";
      canvas.style.height = size.y + "px";
      this._ctx.setTransform(ratio, 0, 0, ratio, -bounds.min.x * ratio, -bounds.min.y * ratio);
      this._project();
      this.redraw();
      this.fire("update");
    },

    /* Pixel positions in layer coordinates, and the grid of cells over the canvas. */
    _project: function () {
      var map = this._map, scale = map.options.crs.scale(map.getZoom()), origin = map.getPixelOrigin();
      var min = this._bounds.min, max = this._bounds.max;
      this._cols = Math.ceil((max.x - min.x) / CELL) + 1;
      this._rows = Math.ceil((max.y - min.y) / CELL) + 1;
      this._head = new Int32Array(this._cols * this._rows).fill(-1);
      for (var f = 0; f < this._model.size; f++) {
        var x = this._mx[f] * scale - origin.x, y = this._my[f] * scale - origin.y;
        this._x[f] = x;
        this._y[f] = y;
        var cell = this._cellOf(x, y);
        if (cell >= 0) {
          this._next[f] = this._head[cell];
          this._head[cell] = f;
        }
      }
    },

    _cellOf: function (x, y) {
      var col = Math.floor((x - this._bounds.min.x) / CELL), row = Math.floor((y - this._bounds.min.y) / CELL);
      if (col < 0 || row < 0 || col >= this._cols || row >= this._rows) return -1;
      return row * this._cols + col;
    },

    /* Repaint everything: after a pan or zoom, or when most markers changed. */
    redraw: function () {
      if (!this._ctx) return this;
      var bounds = this._bounds, ctx = this._ctx;
      ctx.clearRect(bounds.min.x, bounds.min.y, bounds.max.x - bounds.min.x, bounds.max.y - bounds.min.y);
      for (var key in this._areas) this._paintArea(+key);
      for (var f = 0; f < this._model.size; f++) this._paint(f);
      this._paintSelection();
      return this;
    },

    /* Show the new look of `changed` facilities, repainting only around them. */
    update: function (changed) {
      if (!this._ctx) return;
      if (changed.length > FULL_REDRAW_ABOVE || this._touchesArea(changed)) {
        this.redraw();
        return;
      }
      var reach = this._reach(), rects = [];
      for (var i = 0; i < changed.length; i++) {
        var f = changed[i];
        if (this._cellOf(this._x[f], this._y[f]) >= 0) rects.push(f);
      }
      this._repaintAround(rects, reach);
    },

    /* Clear the squares of `reach` around each facility of `around`, then repaint, in
     * order, every facility that may show in them. */
    _repaintAround: function (around, reach) {
      if (!around.length) return;
      var ctx = this._ctx, found = [], pass = ++this._pass;
      ctx.save();
      ctx.beginPath();
      for (var i = 0; i < around.length; i++) {
        ctx.rect(this._x[around[i]] - reach, this._y[around[i]] - reach, 2 * reach, 2 * reach);
      }
      ctx.clip();
      for (i = 0; i < around.length; i++) {
        var x = this._x[around[i]], y = this._y[around[i]];
        ctx.clearRect(x - reach, y - reach, 2 * reach, 2 * reach);
        this._collect(x, y, 2 * reach, pass, found);
      }
      found.sort(function (a, b) { return a - b; });
      for (i = 0; i < found.length; i++) this._paint(found[i]);
      this._paintSelection();
      ctx.restore();
    },

    /* Gather facilities whose centre lies within `distance` of (x, y), once each. */
    _collect: function (x, y, distance, pass, found) {
      var first = this._cellOf(x, y);
      if (first < 0) return;
      var span = Math.ceil(distance / CELL), col0 = first % this._cols, row0 = (first - col0) / this._cols;
      for (var row = Math.max(0, row0 - span); row <= Math.min(this._rows - 1, row0 + span); row++) {
        for (var col = Math.max(0, col0 - span); col <= Math.min(this._cols - 1, col0 + span); col++) {
          for (var f = this._head[row * this._cols + col]; f >= 0; f = this._next[f]) {
            if (this._seen[f] !== pass) {
              this._seen[f] = pass;
              found.push(f);
            }
          }
        }
      }
    },

    _reach: function () {
      return this.options.radius * 1.25 + 8;  // marker, outline and selection ring
    },

    _paint: function (f) {
      var look = this._look(f);
      if (look) paintMarker(this._ctx, look.shape, look.colour, look.hollow, this._x[f], this._y[f], this.options.radius);
    },

    _paintArea: function (f) {
      var look = this._look(f);
      if (!look) return;
      var ctx = this._ctx, map = this._map, rings = this._areas[f];
      ctx.beginPath();
      for (var r = 0; r < rings.length; r++) {
        for (var p = 0; p < rings[r].length; p++) {
          var point = map.latLngToLayerPoint([rings[r][p][1], rings[r][p][0]]);
          if (p === 0) ctx.moveTo(point.x, point.y); else ctx.lineTo(point.x, point.y);
        }
        ctx.closePath();
      }
      ctx.globalAlpha = 0.2;
      ctx.fillStyle = look.colour;
      ctx.fill("evenodd");
      ctx.globalAlpha = 1;
      ctx.lineWidth = 2;
      ctx.strokeStyle = look.colour;
      ctx.stroke();
    },

    _touchesArea: function (changed) {
      for (var i = 0; i < changed.length; i++) if (changed[i] in this._areas) return true;
      return false;
    },

    _paintSelection: function () {
      var f = this._selected;
      if (f < 0 || !this._look(f)) return;
      var ctx = this._ctx, r = this.options.radius * 1.25 + 4;
      ctx.beginPath();
      ctx.arc(this._x[f], this._y[f], r, 0, 2 * Math.PI);
      ctx.lineWidth = 4;
      ctx.strokeStyle = "#ffffff";
      ctx.stroke();
      ctx.lineWidth = 2;
      ctx.strokeStyle = "#1b1b1b";
      ctx.stroke();
    },

    /* Ring facility f (or nobody, with -1). */
    select: function (f) {
      var before = this._selected;
      this._selected = f;
      if (!this._ctx) return;
      var around = [before, f].filter(function (g) { return g >= 0; });
      this._repaintAround(around, this._reach());
    },

    /* The topmost shown facility under a container point, or -1. */
    facilityAt: function (containerPoint) {
      if (!this._map) return -1;
      var point = this._map.containerPointToLayerPoint(containerPoint);
      var found = [], best = -1, limit = this.options.radius * 1.3 + 3;
      this._collect(point.x, point.y, limit, ++this._pass, found);
      for (var i = 0; i < found.length; i++) {
        var f = found[i], dx = this._x[f] - point.x, dy = this._y[f] - point.y;
        if (dx * dx + dy * dy <= limit * limit && f > best && this._look(f)) best = f;
      }
      return best;
    }
  });

  L.PostureLayer = PostureLayer;
  L.postureLayer = function (model, look, options) { return new PostureLayer(model, look, options); };
  L.PostureLayer.paintMarker = paintMarker;
})(window.L);
