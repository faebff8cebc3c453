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
    this.colours = {};  // the colour each area is drawn in, null when it is not shown
    Object.keys(page.data.areas).forEach(function (key) {
      var f = +key, rings = page.data.areas[key].map(function (ring) {
        return ring.map(function (position) { return [position[1], position[0]]; });
      });
      areas.layers[f] = L.polygon(rings, {pane: "areas", weight: 2, fillOpacity: 0.2})
        .on("click", function () { page.popup.show(f, {pan: false}); });
    });
    this.keys = Object.keys(this.layers).map(Number);
  }

  /* Restyle the areas among `changed` facilities (all of them when `changed` is null).
   * Areas are few: a step or a jump that changed more facilities than there are areas
   * walks the areas instead, so a jump at 100,000 facilities does not look up each of
   * them (BENCHMARKS.md, "The step at 10,000 and 100,000"); an area whose look is the
   * same is left alone. */
  PostureAreas.prototype.update = function (changed) {
    var keys = this.keys, list = changed === null || changed.length > keys.length ? keys : changed;
    for (var i = 0; i < list.length; i++) {
      var f = list[i], layer = this.layers[f];
      if (layer) this.restyle(f, layer);
    }
  };

  PostureAreas.prototype.restyle = function (f, layer) {
    var page = this.page, colour = page.shown(f) ? page.config.style.colours[page.data.statuses[page.model.status(f)]] : null;
    if (this.colours[f] === colour) return;
    this.colours[f] = colour;
    if (colour === null) layer.remove();
    else layer.setStyle({color: colour, fillColor: colour}).addTo(page.map);
  };

  global.PostureAreas = PostureAreas;
})(window);
