/* The comparison page's map (/changes): a marker for each facility that changed, in the
 * colour of its status after the range (hollow when the force has left), named on hover.
 * The facilities come from the page's #changed-facilities JSON; names are user text and
 * go in as text. Each marker's element carries data-facility, as the list beside it does.
 */
(function (global) {
  "use strict";

  var L = global.L;

  function start(map, style) {
    var script = document.getElementById("changed-facilities");
    var facilities = script ? JSON.parse(script.textContent) : [];
    facilities.forEach(function (facility) {
      var colour = style.colours[facility.status] || style.colours.unknown;
      var hollow = style.hollow.indexOf(facility.status) >= 0;
      var marker = L.circleMarker([facility.lat, facility.lon], {
        radius: 9, color: hollow ? colour : "#1b1b1b", weight: hollow ? 4 : 1.5,
        fillColor: hollow ? "#ffffff" : colour, fillOpacity: 1, className: "changed-marker"
      }).addTo(map);
      var name = document.createElement("span");
      name.textContent = facility.name;
      marker.bindTooltip(name, {direction: "top"});
      marker.getElement().setAttribute("data-facility", facility.id);
      marker.on("click", function () {
        var item = document.querySelector('.changed-facility[data-facility="' + CSS.escape(facility.id) + '"]');
        if (item) item.scrollIntoView({block: "nearest"});
      });
    });
  }

  global.CompareMap = {start: start};
})(window);
