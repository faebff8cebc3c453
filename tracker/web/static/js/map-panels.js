/* On a phone the list and the legend are one tap away: the tabs under the time bar show
 * the map, the list or the legend and filters over the map, which keeps its size (CSS:
 * tracker.css, phones). On a wide screen the tabs are hidden and everything is shown.
 */
(function (global) {
  "use strict";

  function MapPanels(app) {
    this.app = app;
    this.buttons = Array.prototype.slice.call(app.querySelectorAll(".panel-tabs button[data-panel]"));
    var panels = this;
    this.buttons.forEach(function (button) {
      button.addEventListener("click", function () { panels.show(button.dataset.panel); });
    });
    this.show("map");
  }

  MapPanels.prototype.show = function (name) {
    this.app.dataset.panel = name;
    this.buttons.forEach(function (button) {
      button.setAttribute("aria-pressed", String(button.dataset.panel === name));
    });
  };

  /* True when the panels cover the map (a phone), so the map must come back for a popup. */
  MapPanels.prototype.covering = function () {
    return getComputedStyle(this.buttons[0].parentNode).display !== "none";
  };

  global.MapPanels = MapPanels;
})(window);
