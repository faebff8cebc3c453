/* Names on the map: towns and cities (GeoNames, shipped in static/basemap/places.json) and,
 * where they fit, the facilities' own names; and the date shown, on the map itself.
 *
 * Labels are text in the page (a screen reader reaches them as a list), placed again after
 * each pan or zoom, never on a slider step unless facility names are up: greedily, facility
 * names first, then places by population, each at the first of four spots around its point
 * that collides with no label, no map control and no facility marker, until the view holds
 * about one label per LABEL_AREA pixels.
 */
(function (global) {
  "use strict";

  var L = global.L;
  var FONT = "600 12px system-ui, sans-serif", FACILITY_FONT = "700 12px system-ui, sans-serif";
  var HEIGHT = 15;           // px, a label's line box
  var LABEL_AREA = 15000;    // px² of map per place label, at most
  var NAME_FACILITIES = 40;  // facility names shown when at most this many are in view
  var GAP = 5;               // px between a point and its label
  var RING = 1.9;            // a contested marker's ring and its halo, in marker radii (posture-layer.js)

  function measure(font) {
    var ctx = document.createElement("canvas").getContext("2d"), widths = new Map();
    ctx.font = font;
    return function (text) {
      if (!widths.has(text)) widths.set(text, Math.ceil(ctx.measureText(text).width) + 4);
      return widths.get(text);
    };
  }

  function overlaps(a, boxes) {
    for (var i = 0; i < boxes.length; i++) {
      var b = boxes[i];
      if (a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1]) return true;
    }
    return false;
  }

  /* The four spots around a point at (x, y) for a label `width` wide: right, left, above, below. */
  function spots(x, y, width, reach) {
    var half = HEIGHT / 2;
    return [[x + reach, y - half, x + reach + width, y + half, "right"],
            [x - reach - width, y - half, x - reach, y + half, "left"],
            [x - width / 2, y - reach - HEIGHT, x + width / 2, y - reach, "above"],
            [x - width / 2, y + reach, x + width / 2, y + reach + HEIGHT, "below"]];
  }

  var PlaceLabels = L.Layer.extend({
    initialize: function (page, places) {
      this.page = page;
      this.places = places;
      this.width = measure(FONT);
      this.facilityWidth = measure(FACILITY_FONT);
      this.placed = [];       // what the last placement showed: {text, box, kind, x, y}
      this.namingFacilities = false;
    },

    onAdd: function (map) {
      var pane = map.getPane("labels") || map.createPane("labels");
      pane.style.zIndex = 440;  // under the facilities' markers (450): a name never hides one
      pane.style.pointerEvents = "none";
      this.box = L.DomUtil.create("div", "place-labels", pane);  // moves with the map while dragged
      this.box.setAttribute("role", "list");
      this.box.setAttribute("aria-label", "Places named on the map");
      this.dateBox = L.DomUtil.create("p", "map-date", map.getContainer());
      this.dateBox.setAttribute("aria-hidden", "true");  // #date-label says it to screen readers
      map.on("moveend zoomend resize", this.place, this);
      map.on("zoomstart", this.hide, this);
      this.place();
    },

    onRemove: function (map) {
      map.off("moveend zoomend resize", this.place, this);
      map.off("zoomstart", this.hide, this);
      L.DomUtil.remove(this.box);
      L.DomUtil.remove(this.dateBox);
    },

    hide: function () {
      this.box.style.visibility = "hidden";
    },

    showDate: function (iso) {
      this.dateBox.textContent = iso;
    },

    /* After a date step or a filter: facility names follow what is shown. The facilities in
     * view (40 at most, or names would not be up) are those the last pan or zoom found, so a
     * step costs those, not a pass over every facility (100,000: README, "The list at scale"). */
    facilitiesChanged: function () {
      if (this.namingFacilities) this.place(this.inView);
    },

    /* Boxes nothing may cover: the map's controls, and every facility marker in view, among
     * `candidates` (facility indexes) when given, else among all of them. */
    obstacles: function (size, candidates) {
      var map = this._map, origin = map.getContainer().getBoundingClientRect(), boxes = [];
      map.getContainer().querySelectorAll(".leaflet-control, .map-date").forEach(function (control) {
        var r = control.getBoundingClientRect();
        if (r.width) boxes.push([r.left - origin.left - 4, r.top - origin.top - 4, r.right - origin.left + 4, r.bottom - origin.top + 4]);
      });
      var page = this.page, facilities = page.data.facilities, shown = [], inView = 0, found = [];
      var radius = (page.layer.radius() || 6) * RING, bounds = map.getBounds().pad(0.05);
      var count = candidates ? candidates.length : page.model.size;
      for (var i = 0; i < count; i++) {
        var f = candidates ? candidates[i] : i;
        if (!candidates && !bounds.contains([facilities.lat[f], facilities.lon[f]])) continue;
        if (++inView <= NAME_FACILITIES) found.push(f);
        if (!page.shown(f)) continue;
        shown.push(f);
        if (shown.length > 2000) break;  // a crowded view: places stay under the markers
        var p = map.latLngToContainerPoint([facilities.lat[f], facilities.lon[f]]);
        boxes.push([p.x - radius, p.y - radius, p.x + radius, p.y + radius]);
      }
      return {boxes: boxes, shown: shown, inView: inView, found: found};
    },

    /* `candidates`: the facilities in view, when a step knows them (see facilitiesChanged). */
    place: function (candidates) {
      var map = this._map;
      if (!map) return;
      var size = map.getSize(), seen = this.obstacles(size, Array.isArray(candidates) ? candidates : null);
      var taken = seen.boxes.slice(), placed = [];
      var inside = function (box) { return box[0] >= 0 && box[1] >= 0 && box[2] <= size.x && box[3] <= size.y; };
      var page = this.page, facilities = page.data.facilities;
      // Decided on the facilities in view, shown or not, so a date step can bring names in.
      this.namingFacilities = seen.inView <= NAME_FACILITIES;
      this.inView = seen.found;
      if (this.namingFacilities) {
        var reach = (page.layer.radius() || 6) * RING + GAP;  // clear of a contested marker's ring
        for (var i = 0; i < seen.shown.length; i++) {
          var f = seen.shown[i], p = map.latLngToContainerPoint([facilities.lat[f], facilities.lon[f]]);
          this.put(placed, taken, inside, facilities.name[f], p, this.facilityWidth(facilities.name[f]), reach, "facility");
        }
      }
      var places = this.places, budget = placed.length + Math.floor(size.x * size.y / LABEL_AREA);
      var view = map.getBounds();
      for (var k = 0; k < places.name.length && placed.length < budget; k++) {
        if (!view.contains([places.lat[k], places.lon[k]])) continue;
        var point = map.latLngToContainerPoint([places.lat[k], places.lon[k]]);
        this.put(placed, taken, inside, places.name[k], point, this.width(places.name[k]), GAP, "place");
      }
      this.placed = placed;
      this.render(placed);
    },

    /* Put one label at its first free spot, if any. */
    put: function (placed, taken, inside, text, point, width, reach, kind) {
      var candidates = spots(point.x, point.y, width, reach);
      for (var s = 0; s < candidates.length; s++) {
        var box = candidates[s];
        if (!inside(box) || overlaps(box, taken)) continue;
        taken.push(box);
        if (kind === "place") taken.push([point.x - 3, point.y - 3, point.x + 3, point.y + 3]);
        placed.push({text: text, box: box, kind: kind, side: box[4], x: point.x, y: point.y});
        return true;
      }
      return false;
    },

    render: function (placed) {
      var origin = this._map.containerPointToLayerPoint([0, 0]);
      var at = function (x, y) { return "translate(" + Math.round(x + origin.x) + "px," + Math.round(y + origin.y) + "px)"; };
      var items = placed.map(function (label) {
        var item = document.createElement("span");
        item.className = "map-label " + label.kind + "-label side-" + label.side;
        item.setAttribute("role", "listitem");
        item.style.transform = at(label.box[0], label.box[1]);
        item.textContent = label.text;  // names are text, never markup
        if (label.kind === "place") {
          var dot = document.createElement("i");
          dot.className = "place-dot";
          dot.style.transform = at(label.x - 2.5, label.y - 2.5);
          return [dot, item];
        }
        return [item];
      });
      this.box.replaceChildren.apply(this.box, [].concat.apply([], items));
      this.box.style.visibility = "";
    }
  });

  global.PlaceLabels = PlaceLabels;
})(window);
