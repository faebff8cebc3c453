/* "Download picture": a PNG of the view shown, ready for an article (README, "A picture of
 * the map"). Built from the page itself, nothing from elsewhere: the country outlines and
 * areas are the map's own SVG, drawn at the picture's size; markers are painted afresh by the
 * layer's own `paintMarker`, so they are crisp; then the names, the date, the legend, the
 * scale, the attribution and the tracker's name and link. At least 1600 px wide whatever the
 * screen (a phone's view is drawn larger). OpenStreetMap tiles, when shown, are left out:
 * they belong to another site and would make the canvas unreadable.
 */
(function (global) {
  "use strict";

  var paintMarker = global.L.PostureLayer.paintMarker;
  var WIDTH = 1600;          // px, the narrowest picture
  var BANDS = 600;           // CSS px at most of the texts above and below the map
  var MARGIN = 12;
  var INK = "#1d232b", MUTED = "#5b6673", SEA = "#cfe0ea";

  function MapPicture(page, button) {
    this.page = page;
    var picture = this;
    button.addEventListener("click", function () {
      button.disabled = true;
      picture.make().then(function (blob) { save(blob, "posture-" + page.iso() + ".png"); })
        .finally(function () { button.disabled = false; });
    });
  }

  function save(blob, name) {
    var link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 10000);
  }

  /* The SVG element as an image, loaded. */
  function svgImage(svg) {
    var copy = svg.cloneNode(true);
    copy.setAttribute("xmlns", "http://www.w3.org/2000/svg");
    var url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(copy)], {type: "image/svg+xml"}));
    return new Promise(function (resolve, reject) {
      var image = new Image();
      image.onload = function () { URL.revokeObjectURL(url); resolve(image); };
      image.onerror = reject;
      image.src = url;
    });
  }

  /* Resolves to the PNG, as a Blob; `this.drawn` keeps the texts it wrote (for the tests). */
  MapPicture.prototype.make = function () {
    var page = this.page, map = page.map, size = map.getSize(), box = map.getContainer().getBoundingClientRect();
    var scale = Math.max(2, WIDTH / size.x), canvas = document.createElement("canvas");
    canvas.width = Math.round(size.x * scale);
    canvas.height = Math.round((size.y + BANDS) * scale);  // cut to what is used, below
    var ctx = canvas.getContext("2d"), picture = this;
    ctx.scale(scale, scale);
    this.drawn = [];
    var svgs = Array.prototype.slice.call(map.getContainer().querySelectorAll(".leaflet-pane svg"));
    return Promise.all(svgs.map(svgImage)).then(function (images) {
      ctx.fillStyle = "#ffffff";
      ctx.fillRect(0, 0, size.x, size.y + BANDS);
      var top = picture.head(ctx, size);
      picture.layout = {scale: scale, top: top};  // where the map sits in the picture
      ctx.save();
      ctx.translate(0, top);
      ctx.beginPath();
      ctx.rect(0, 0, size.x, size.y);
      ctx.clip();
      ctx.fillStyle = SEA;
      ctx.fillRect(0, 0, size.x, size.y);
      images.forEach(function (image, i) {
        var r = svgs[i].getBoundingClientRect();
        ctx.drawImage(image, r.left - box.left, r.top - box.top, r.width, r.height);
      });
      picture.labels(ctx, "place");
      picture.markers(ctx);
      picture.labels(ctx, "facility");
      picture.scale(ctx, 12, size.y - 12);
      ctx.restore();
      var bottom = picture.foot(ctx, size, top + size.y);
      return crop(canvas, Math.round(bottom * scale));
    });
  };

  function crop(canvas, height) {
    var out = document.createElement("canvas");
    out.width = canvas.width;
    out.height = height;
    out.getContext("2d").drawImage(canvas, 0, 0);
    return new Promise(function (resolve) { out.toBlob(resolve, "image/png"); });
  }

  MapPicture.prototype.text = function (ctx, text, x, y, font, colour, halo) {
    ctx.font = font;
    if (halo) {
      ctx.lineWidth = 3;
      ctx.strokeStyle = "#ffffff";
      ctx.lineJoin = "round";
      ctx.strokeText(text, x, y);
    }
    ctx.fillStyle = colour || INK;
    ctx.fillText(text, x, y);
    this.drawn.push(text);
    return ctx.measureText(text).width;
  };

  /* Writes items left to right from (12, y), wrapping within `width`; returns the next y.
   * An item is [text, font, colour, icon]: icon(ctx, x, y) draws a 14 px mark before it. */
  MapPicture.prototype.flow = function (ctx, items, y, width, line) {
    var x = MARGIN, picture = this;
    ctx.textBaseline = "middle";
    items.forEach(function (item) {
      ctx.font = item[1];
      var room = (item[3] ? 17 : 0) + ctx.measureText(item[0]).width;
      if (x > MARGIN && x + room > width - MARGIN) {
        x = MARGIN;
        y += line;
      }
      if (item[3]) item[3](ctx, x + 6, y);
      x += (item[3] ? 17 : 0) + picture.text(ctx, item[0], x + (item[3] ? 17 : 0), y, item[1], item[2]) + 14;
    });
    return y + line;
  };

  MapPicture.prototype.labels = function (ctx, kind) {
    var picture = this;
    ctx.textBaseline = "middle";
    this.page.labels.placed.forEach(function (label) {
      if (label.kind !== kind) return;
      if (kind === "place") {
        ctx.fillStyle = "#ffffff";
        ctx.beginPath(); ctx.arc(label.x, label.y, 3.5, 0, 2 * Math.PI); ctx.fill();
        ctx.fillStyle = "#4a4f55";
        ctx.beginPath(); ctx.arc(label.x, label.y, 2.5, 0, 2 * Math.PI); ctx.fill();
      }
      picture.text(ctx, label.text, label.box[0] + 2, (label.box[1] + label.box[3]) / 2,
                   (kind === "facility" ? "700" : "600") + " 12px system-ui, sans-serif",
                   kind === "facility" ? "#111111" : "#4a4f55", true);
    });
  };

  /* Every marker in view, in the layer's drawing order (forces gone under forces present),
   * then the rings of contested postures over them, each with its own marker on top, as the
   * layer composes its ring buffer over its markers (posture-stamps.js). */
  MapPicture.prototype.markers = function (ctx) {
    var page = this.page, map = page.map, facilities = page.data.facilities, styles = page.styles;
    var radius = page.layer.radius() || 6, size = map.getSize(), shown = [];
    for (var f = 0; f < page.model.size; f++) {
      var look = page.styleOf(f);
      if (look < 0) continue;
      var p = map.latLngToContainerPoint([facilities.lat[f], facilities.lon[f]]);
      if (p.x < -20 || p.y < -20 || p.x > size.x + 20 || p.y > size.y + 20) continue;
      shown.push([styles[look].rank, f, p, styles[look]]);
    }
    shown.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
    var paint = function (item, ringed) {
      var style = item[3];
      ctx.globalAlpha = style.faded ? 0.4 : 1;  // an old report, faded as on the map
      paintMarker(ctx, style.shape, style.colour, style.hollow, item[2].x, item[2].y, radius, ringed);
    };
    shown.forEach(function (item) { paint(item, false); });
    shown.forEach(function (item) { if (item[3].contested) paint(item, true); });
    ctx.globalAlpha = 1;
  };

  /* The tracker's name, the date and what is shown; returns where the map starts. */
  MapPicture.prototype.head = function (ctx, size) {
    var y = this.flow(ctx, [["Posture on " + this.page.iso(), "700 20px system-ui, sans-serif", INK],
                            ["Posture tracker", "700 15px system-ui, sans-serif", MUTED]], 22, size.x, 26);
    y = this.flow(ctx, [[document.getElementById("summary").textContent + this.filtersText(),
                         "500 13px system-ui, sans-serif", MUTED]], y - 6, size.x, 18);
    return y;
  };

  MapPicture.prototype.filtersText = function () {
    var query = new URLSearchParams(), parts = [];
    this.page.filters.toQuery(query);
    ["status", "kind", "operator"].forEach(function (name) {
      var values = query.getAll(name);
      if (values.length) parts.push(name + ": " + values.join(", "));
    });
    return parts.length ? " · only " + parts.join("; ") : "";
  };

  /* The legend (statuses with their counts, kinds, the contested ring) and the credits,
   * from y down; returns where they end. */
  MapPicture.prototype.foot = function (ctx, size, y) {
    var page = this.page, data = page.data, style = page.config.style, words = page.config.words;
    var font = "500 12px system-ui, sans-serif", items = [];
    data.statuses.forEach(function (status, i) {
      if (!page.filters.statuses[i]) return;
      items.push([words.statusLabels[status] + " " + page.legend.counts[i], font, INK, function (ctx, x, y) {
        paintMarker(ctx, "circle", style.colours[status], style.hollow.indexOf(status) >= 0, x, y, 5.5);
      }]);
    });
    y = this.flow(ctx, items, y + 18, size.x, 22);
    y = this.flow(ctx, data.kinds.map(function (kind) {
      return [words.kinds[kind], font, INK, function (ctx, x, y) { paintMarker(ctx, style.shapes[kind], "#bdbdbd", false, x, y, 5.5); }];
    }), y, size.x, 22);
    y = this.flow(ctx, [["Broken ring: the reports of that date disagree;", font, INK,
                         function (ctx, x, y) { paintMarker(ctx, "circle", "#bdbdbd", false, x + 1, y, 3.5, true); }],
                        ["the map shows the one recorded last.", font, INK],
                        ["Hollow: the force has left.", font, INK]], y, size.x, 22);
    var credits = ["Base map: Natural Earth.", "Places: GeoNames.", "Every status cites a published report:",
                   location.origin + location.pathname + "?" + page.query().toString()];
    return this.flow(ctx, credits.map(function (text) { return [text, "500 11px system-ui, sans-serif", MUTED]; }),
                     y + 2, size.x, 17) + 4;
  };

  /* Leaflet's scale bar, as it stands, from (left, y) on the map. */
  MapPicture.prototype.scale = function (ctx, left, y) {
    var line = this.page.map.getContainer().querySelector(".leaflet-control-scale-line");
    if (!line) return;
    var width = line.getBoundingClientRect().width;
    ctx.fillStyle = "rgba(255, 255, 255, 0.8)";
    ctx.fillRect(left - 4, y - 20, width + 8, 26);
    ctx.strokeStyle = INK;
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    ctx.moveTo(left, y - 5); ctx.lineTo(left, y + 2); ctx.lineTo(left + width, y + 2); ctx.lineTo(left + width, y - 5);
    ctx.stroke();
    ctx.textBaseline = "middle";
    this.text(ctx, line.textContent, left + 4, y - 9, "500 11px system-ui, sans-serif");
  };

  global.MapPicture = MapPicture;
})(window);
