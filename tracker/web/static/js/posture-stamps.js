/* What a facility looks like on the map, drawn once per style into stamps (posture-layer.js).
 *
 * Canvas draw calls cost ~2-4 us each in Chromium's software raster, too much for the
 * thousands a slider step needs; so each style (shape for kind, colour and fill for status,
 * the broken ring of a contested posture, faded for an old report) is drawn once with the
 * canvas API, and its visible pixels kept as offsets from the centre, colours and alphas,
 * which the layer copies with typed arrays. A contested style has two stamps: its marker,
 * the same as the style's without the ring, and the ring: the pixels where the marker with
 * its ring differs from the marker alone. The layer keeps rings in a buffer of their own,
 * over the markers, so a ring that comes or goes repaints the rings near it, never the
 * markers under it (README, "The map").
 */
(function (global) {
  "use strict";

  var RING = 1.75;  // the contested ring's radius, in marker radii
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

  /* Draw one marker with the canvas API (for stamps, the legend's icons, the picture): the
   * shape in its edge colour, then a smaller one in its fill. Filled: a dark edge, the status
   * colour inside; hollow (the force has left): a thick status-coloured edge, white inside.
   * Every status of a kind has the same outline, so a new stamp covers the old one exactly. */
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

  /* Half the side of a style's stamp, in device pixels: the ring's reach, or the marker's. */
  function halfOf(radius, ratio, ringed) {
    return Math.ceil(radius * ratio * (ringed ? RING + 0.45 : 1.2) + ratio);
  }

  /* The RGBA pixels of a style drawn at the centre of a square of 2 * half + 1 pixels. */
  function rasterize(style, radius, ratio, half, ringed) {
    var size = 2 * half + 1, canvas = document.createElement("canvas");
    canvas.width = canvas.height = size;
    var ctx = canvas.getContext("2d");
    ctx.scale(ratio, ratio);
    paintMarker(ctx, style.shape, style.colour, style.hollow, (half + 0.5) / ratio, (half + 0.5) / ratio, radius, ringed);
    var rgba = ctx.getImageData(0, 0, size, size).data;
    if (style.faded) fade(rgba);
    return rgba;
  }

  /* A faded look (an old report, README "How old a report is"): every colour, edge too,
   * most of the way to white, so it stays opaque and crisp stamps keep it. */
  function fade(rgba) {
    for (var i = 0; i < rgba.length; i += 4) {
      for (var c = i; c < i + 3; c++) rgba[c] = 255 - (255 - rgba[c]) * 0.4;
    }
  }

  /* A stamp: the visible pixels of `rgba` (a square around the centre) for which `keep(i)`
   * holds, as offsets (dx, dy), colours (RGBA as little-endian uint32) and alphas. A crisp
   * stamp keeps only pixels at least half covered, all opaque: small markers in a crowd. */
  function extract(rgba, half, crisp, keep) {
    var size = 2 * half + 1, colours = new Uint32Array(rgba.buffer);
    var dx = [], dy = [], colour = [], alpha = [];
    for (var i = 0; i < size * size; i++) {
      var a = rgba[4 * i + 3];
      if (!a || (crisp && a < 128) || (keep && !keep(i))) continue;
      dx.push(i % size - half);
      dy.push(((i / size) | 0) - half);
      colour.push(crisp ? (colours[i] | 0xff000000) >>> 0 : colours[i]);
      alpha.push(crisp ? 255 : a);
    }
    return {half: half, dx: Int16Array.from(dx), dy: Int16Array.from(dy),
            colour: Uint32Array.from(colour), alpha: Uint8Array.from(alpha)};
  }

  /* The marker of a style, without its ring. */
  function makeStamp(style, radius, ratio, crisp) {
    var half = halfOf(radius, ratio, false);
    return extract(rasterize(style, radius, ratio, half, false), half, crisp);
  }

  /* The ring of a contested style (null for the others): the pixels of the marker with its
   * ring that differ from the marker alone (as the layer's stamps keep them, crisp or not),
   * so the ring over the marker shows exactly the style as drawn whole. */
  function makeRingStamp(style, radius, ratio, crisp) {
    if (!style.contested) return null;
    var half = halfOf(radius, ratio, true), whole = rasterize(style, radius, ratio, half, true);
    var alone = new Uint32Array(rasterize(style, radius, ratio, half, false).buffer);
    var pixels = new Uint32Array(whole.buffer), threshold = crisp ? 128 : 1;
    return extract(whole, half, crisp, function (i) {
      if ((alone[i] >>> 24) < threshold) return true;
      return crisp ? ((pixels[i] ^ alone[i]) & 0xffffff) !== 0 : pixels[i] !== alone[i];
    });
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

  /* A pixel of the image: the ring buffer's pixel over the marker buffer's. */
  function compose(ring, mark) {
    var alpha = ring >>> 24;
    return !alpha ? mark : alpha === 255 ? ring : over(ring, mark, alpha);
  }

  /* Buffers: RGBA pixels as little-endian uint32, `width` a row; boxes [x0, y0, x1, y1). */

  /* `stamp` for buffers `width` pixels a row: each pixel's offset from the centre's index,
   * and whether every pixel is opaque, so a stamp that lies wholly inside its box is copied
   * without a bound check or a blend per pixel (a full redraw stamps every facility). */
  function fit(stamp, width) {
    if (!stamp) return stamp;
    stamp.width = width;
    stamp.offset = new Int32Array(stamp.dx.length);
    stamp.opaque = true;
    for (var k = 0; k < stamp.dx.length; k++) {
      stamp.offset[k] = stamp.dy[k] * width + stamp.dx[k];
      if (stamp.alpha[k] !== 255) stamp.opaque = false;
    }
    return stamp;
  }

  /* `stamp` at (x, y) into `buffer`, clipped to `box`. */
  function paint(buffer, width, stamp, x, y, box) {
    var dx = stamp.dx, dy = stamp.dy, colour = stamp.colour, alpha = stamp.alpha, half = stamp.half;
    var x0 = box[0], y0 = box[1], x1 = box[2], y1 = box[3];
    var inside = x - half >= x0 && x + half < x1 && y - half >= y0 && y + half < y1;
    if (inside && stamp.opaque && stamp.width === width) {
      var offset = stamp.offset, centre = y * width + x;
      for (var j = 0; j < offset.length; j++) buffer[centre + offset[j]] = colour[j];
      return;
    }
    for (var k = 0; k < dx.length; k++) {
      var px = x + dx[k], py = y + dy[k];
      if (!inside && (px < x0 || px >= x1 || py < y0 || py >= y1)) continue;
      var at = py * width + px;
      buffer[at] = alpha[k] === 255 ? colour[k] : over(colour[k], buffer[at], alpha[k]);
    }
  }

  /* A crisp `stamp` (every pixel opaque) at (x, y) over whatever is under it: into `marks`,
   * and into `image` under the `rings` there; clipped to the `width` x `height` canvas. */
  function stampOver(marks, rings, image, width, height, stamp, x, y) {
    var dx = stamp.dx, dy = stamp.dy, colour = stamp.colour, half = stamp.half;
    var inside = x - half >= 0 && x + half < width && y - half >= 0 && y + half < height;
    if (inside && stamp.width === width) {
      var offset = stamp.offset, centre = y * width + x;
      for (var j = 0; j < offset.length; j++) {
        var to = centre + offset[j];
        marks[to] = colour[j];
        image[to] = rings[to] ? compose(rings[to], colour[j]) : colour[j];
      }
      return;
    }
    for (var k = 0; k < dx.length; k++) {
      var px = x + dx[k], py = y + dy[k];
      if (!inside && (px < 0 || px >= width || py < 0 || py >= height)) continue;
      var at = py * width + px;
      marks[at] = colour[k];
      image[at] = rings[at] ? compose(rings[at], colour[k]) : colour[k];
    }
  }

  function clear(buffer, width, box) {
    for (var y = box[1]; y < box[3]; y++) buffer.fill(0, y * width + box[0], y * width + box[2]);
  }

  /* In each box, `image` made again: `rings` over `marks`. */
  function composeBoxes(image, marks, rings, width, boxes) {
    for (var b = 0; b < boxes.length; b++) {
      var box = boxes[b];
      for (var y = box[1]; y < box[3]; y++) {
        for (var at = y * width + box[0], end = y * width + box[2]; at < end; at++) {
          image[at] = rings[at] ? compose(rings[at], marks[at]) : marks[at];
        }
      }
    }
  }

  global.PostureStamps = {RING: RING, paintMarker: paintMarker, makeStamp: makeStamp, makeRingStamp: makeRingStamp,
                          fit: fit, paint: paint, stampOver: stampOver, clear: clear, composeBoxes: composeBoxes};
})(window);
