/* The new-facility form's point picker (tracker/picker.py).
 *
 * A click on the map puts the marker there and writes its latitude and longitude into
 * the form's fields; the fields stay editable, and a valid position typed into them
 * moves the marker. The server checks the numbers again whatever this script does.
 */
(function (global) {
  "use strict";

  var DECIMALS = 5;  // about a metre: finer than any published position

  /* The number typed in `input`, or null when it is not one. */
  function read(input) {
    var text = input.value.trim();
    var value = Number(text);
    return text === "" || !isFinite(value) ? null : value;
  }

  function start(map, config) {
    var latitude = document.getElementById(config.latitude);
    var longitude = document.getElementById(config.longitude);
    var marker = null;

    function place(latlng) {
      if (marker) {
        marker.setLatLng(latlng);
      } else {
        marker = global.L.marker(latlng, {
          icon: global.L.divIcon({className: "picker-marker", iconSize: [18, 18]}),
          keyboard: false,
          interactive: false
        }).addTo(map);
      }
    }

    function fromFields() {
      var lat = read(latitude), lon = read(longitude);
      if (lat === null || lon === null || Math.abs(lat) > 90 || Math.abs(lon) > 180) return;
      place([lat, lon]);
      if (!map.getBounds().contains([lat, lon])) map.panTo([lat, lon]);
    }

    map.on("click", function (event) {
      var point = event.latlng.wrap();
      latitude.value = point.lat.toFixed(DECIMALS);
      longitude.value = point.lng.toFixed(DECIMALS);
      place(point);
    });
    latitude.addEventListener("input", fromFields);
    longitude.addEventListener("input", fromFields);
    fromFields();  // a form sent back with problems keeps its position
  }

  global.TrackerPicker = {start: start};
})(window);
