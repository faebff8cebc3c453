/* A published release framed by a page its publisher did not choose shows a notice instead.
 *
 * `tracker publish --embed-from ORIGIN` names the pages that may frame the release (README,
 * "Publishing a static release"); the host's own headers (_headers, .htaccess) say the same
 * to browsers that honour them. Plain file servers send no headers, so the page checks too,
 * where the browser tells it who frames it (location.ancestorOrigins).
 */
(function () {
  "use strict";
  if (window.top === window.self) return;
  var meta = document.querySelector('meta[name="tracker-embed-from"]');
  var allowed = (meta ? meta.content : "*").split(" ").filter(Boolean);
  if (allowed.indexOf("*") >= 0) return;
  var ancestors = window.location.ancestorOrigins;
  if (!ancestors) return;  // the browser cannot say: the host's headers decide
  for (var i = 0; i < ancestors.length; i++) {
    if (allowed.indexOf(ancestors[i]) < 0 && ancestors[i] !== window.location.origin) {
      // The map does not start (map-page.js), and the page says why.
      document.documentElement.setAttribute("data-embed-refused", ancestors[i]);
      document.addEventListener("DOMContentLoaded", function () {
        document.body.textContent = "This release may be embedded only from " + allowed.join(", ") + ".";
      });
      return;
    }
  }
})();
