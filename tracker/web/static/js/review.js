// The review page of a pasted report: Accept posts one card to /reports/accept (the
// editor's session and CSRF token); Reject only sets the card aside, nothing is stored.
(function () {
  "use strict";
  var page = document.getElementById("review");
  if (!page) { return; }

  function value(form, name) {
    var field = form.elements[name];
    return field ? field.value.trim() : "";
  }

  function reportFields() {
    var form = document.getElementById("report-fields");
    var report = { text: document.getElementById("report-text").value };
    ["url", "title", "publisher", "published"].forEach(function (name) {
      var v = value(form, name);
      if (v) { report[name] = v; }
    });
    return report;
  }

  function newFacility(form) {
    var aliases = value(form, "aliases").split("\n").map(function (a) { return a.trim(); })
      .filter(Boolean);
    var feature = {
      type: "Feature",
      geometry: { type: "Point", coordinates: [Number(value(form, "lon")), Number(value(form, "lat"))] },
      properties: {
        name: value(form, "name"), aliases: aliases, kind: value(form, "kind"),
        operator: value(form, "operator"), country: value(form, "country"),
        location_precision: value(form, "location_precision")
      }
    };
    if (value(form, "id")) { feature.id = value(form, "id"); }
    return feature;
  }

  function card(form) {
    // The quote is sent as it stands in the field, untrimmed: it must be verbatim.
    var fields = {
      status: value(form, "status"), effective: value(form, "effective"),
      date_precision: value(form, "date_precision"), note: value(form, "note"),
      quote: form.elements.quote.value, reliability: value(form, "reliability"),
      credibility: Number(value(form, "credibility"))
    };
    if (value(form, "facility")) { fields.facility = value(form, "facility"); }
    else { fields.new_facility = newFacility(form); }
    return fields;
  }

  function problems(body) {
    var errors = body.errors || {};
    var lines = Object.keys(errors).map(function (k) { return k + ": " + errors[k]; });
    return lines.length ? lines.join("; ") : (body.error || "not saved");
  }

  function settle(article, state, message) {
    article.dataset.state = state;
    article.querySelector(".card-message").textContent = message;
    article.querySelectorAll("button").forEach(function (b) { b.disabled = state !== "open"; });
  }

  function accept(article) {
    var form = article.querySelector(".card-fields");
    article.querySelector(".accept").disabled = true;
    fetch(page.dataset.acceptUrl, {
      method: "POST", credentials: "same-origin",
      headers: { "Content-Type": "application/json", "Accept": "application/json",
                 "X-CSRFToken": page.dataset.csrf },
      body: JSON.stringify({ report: reportFields(), card: card(form) })
    }).then(function (response) {
      return response.json().then(function (body) { return { ok: response.ok, body: body }; });
    }).then(function (answer) {
      if (answer.ok) {
        settle(article, "accepted", "Accepted: saved as entry " + answer.body.entry.id + ".");
        var link = document.createElement("a");
        link.href = answer.body.url;
        link.textContent = "Open the facility";
        article.querySelector(".card-message").append(" ", link);
      } else {
        article.querySelector(".accept").disabled = false;
        article.querySelector(".card-message").textContent = "Not saved: " + problems(answer.body);
      }
    }).catch(function () {
      article.querySelector(".accept").disabled = false;
      article.querySelector(".card-message").textContent = "Not saved: the server did not answer.";
    });
  }

  page.addEventListener("click", function (event) {
    var article = event.target.closest(".proposal-card");
    if (!article) { return; }
    if (event.target.classList.contains("accept")) { accept(article); }
    if (event.target.classList.contains("reject")) { settle(article, "rejected", "Rejected: nothing stored."); }
  });
  // The cards' forms are never sent as forms: Enter in a field must not reload the page.
  page.addEventListener("submit", function (event) { event.preventDefault(); });
  page.addEventListener("change", function (event) {
    if (event.target.name !== "facility") { return; }
    var fieldset = event.target.form.querySelector(".new-facility-fields");
    fieldset.hidden = Boolean(event.target.value);
  });
}());
