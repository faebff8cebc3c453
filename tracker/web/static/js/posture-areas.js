/* Facilities that are areas (GeoJSON Polygons): few, so plain Leaflet polygons, restyled
 * when their status changes; the canvas layer still puts a marker inside each. */
(function (global) {
  "use strict";

  var L = global.L;

  function PostureAreas(page) {
    var areas = this, pane = page.map.createPane("areas");
    pane.style.zIndex = 440;  // above the base map, below the markers
    this.page = page;
    this.layers = {};
    Object.keys(page.data.areas).forEach(function (key) {
      var f = +key, rings = page.data.areas[key].map(function (ring) {
        return ring.map(function (position) { return [position[1], position[0]]; });
      });
      areas.layers[f] = L.polygon(rings, {pane: "areas", weight: 2, fillOpacity: 0.2})
        .on("click", function () { page.popup.show(f, {pan: false}); });
    });
  }

  /* Restyle the areas among `changed` facilities (all of them when `changed` is null). */
  PostureAreas.prototype.update = function (changed) {
    var page = this.page, layers = this.layers;
    (changed || Object.keys(layers)).forEach(function (key) {
      var layer = layers[key];
      if (!layer) return;
      if (!page.shown(+key)) return layer.remove();
      var colour = page.config.style.colours[page.data.statuses[page.model.status(+key)]];
      layer.setStyle({color: colour, fillColor: colour}).addTo(page.map);
    });
  };

  global.PostureAreas = PostureAreas;
})(window);
