/* The benchmark's naive peer: what a first Leaflet version of the tracker's map would do.
 *
 * One L.circleMarker per facility on an L.canvas() renderer, all facilities with their
 * whole histories fetched as GeoJSON (the page's ?data=), and on every slider step the
 * posture of every facility recomputed from its history and every marker restyled with
 * setStyle. Same posture rule as tracker/posture.py; same palette as tracker/web/palette.py
 * (?colours=, JSON).
 */
(function () {
  "use strict";

  var DAY_MS = 86400000;
  var query = new URLSearchParams(location.search);
  var colours = JSON.parse(query.get("colours"));
  var slider = document.getElementById("date-slider");
  var label = document.getElementById("date-label");
  var map = L.map("map", {preferCanvas: true}).fitBounds(JSON.parse(query.get("bounds")));
  var renderer = L.canvas();

  function isoOf(day) {
    return new Date(day * DAY_MS).toISOString().slice(0, 10);
  }

  function dayOf(iso) {
    return Math.round(Date.parse(iso + "T00:00:00Z") / DAY_MS);
  }

  /* The latest entry that counts with effective <= iso; ties: the later recorded_at. */
  function governing(history, iso) {
    var best = null;
    for (var i = 0; i < history.length; i++) {
      var entry = history[i];
      if (entry.retracted || entry.effective > iso) continue;
      if (!best || entry.effective > best.effective ||
          (entry.effective === best.effective && entry.recorded_at > best.recorded_at)) best = entry;
    }
    return best;
  }

  function start(collection) {
    var first = null;
    var markers = collection.features.map(function (feature) {
      var position = feature.geometry.coordinates, history = feature.properties.status_history;
      history.forEach(function (entry) { if (!first || entry.effective < first) first = entry.effective; });
      return {
        history: history,
        marker: L.circleMarker([position[1], position[0]], {renderer: renderer, radius: 6}).addTo(map)
      };
    });

    function show(day) {
      var iso = isoOf(day);
      label.textContent = iso;
      markers.forEach(function (item) {
        var entry = governing(item.history, iso);
        item.marker.setStyle(entry
          ? {opacity: 1, fillOpacity: 0.8, color: "#1b1b1b", weight: 1, fillColor: colours[entry.status]}
          : {opacity: 0, fillOpacity: 0});
      });
    }

    slider.min = dayOf(first);
    slider.max = dayOf(new Date().toISOString().slice(0, 10));
    slider.value = slider.max;
    slider.addEventListener("input", function () { show(+slider.value); });
    show(+slider.value);
    document.body.dataset.ready = "true";
  }

  fetch(query.get("data")).then(function (response) { return response.json(); }).then(start);
})();
