/* The map's logic without a browser: the posture model's steps, the legend's counts and
 * the list's updates (jsdom for their DOM). Every step is checked against the state
 * rebuilt from scratch, so an incremental update that drifts fails. */
"use strict";

const test = require("node:test");
const assert = require("node:assert/strict");
const {loadPage, plain} = require("./load.js");

const STATUSES = ["active", "reinforced", "reduced", "withdrawing", "withdrawn", "handed_over", "unknown"];
const KINDS = ["air_base", "naval_base", "army_base", "airport", "outpost", "other"];
const HTML = `<div id="status-legend"></div><div id="kind-legend"></div><select id="operator-filter">
  <option value="">All</option></select><p id="contested-legend"><span>Broken ring</span></p><p id="summary"></p>
  <div id="posture-list"></div>`;

/* Facilities as [name, kind, operator, [[effective, status], ...]] in posture order. */
const FACILITIES = [
  ["Hmeimim", 0, 0, [["2024-12-14", "active"], ["2026-01-28", "reinforced"]]],
  ["Tartus", 1, 0, [["2024-12-14", "active"], ["2026-01-28", "reinforced"]]],
  ["Qamishli", 3, 0, [["2024-12-25", "reinforced"], ["2026-01-26", "withdrawing"], ["2026-01-27", "withdrawing"],
                      ["2026-01-27", "withdrawn"], ["2026-01-28", "withdrawn"]]],
  ["Amuda", 4, 0, [["2024-12-25", "withdrawn"]]],
  ["Ain Issa", 2, 1, [["2024-12-13", "withdrawn"]]],
  ["Dormant", 5, 1, []],
  ["Ayn al-Arab", 2, 1, [["2025-03-01", "active"], ["2025-09-01", "handed_over"]]],
];
const STALE_AFTER = 365;  // days after which a report is old (config.staleAfter)
const DAYS = ["2024-12-12", "2024-12-13", "2024-12-31", "2026-01-26", "2026-01-27", "2025-06-01",
              "2026-02-01", "2024-12-14", "2030-01-01", "2024-01-01", "2025-09-01"];

function mapData(window) {
  const day = window.PostureDates.isoToDay;
  return {
    statuses: STATUSES, kinds: KINDS, operators: ["Russia", "Turkey"],
    facilities: {
      id: FACILITIES.map(([name]) => name.toLowerCase().replace(/ /g, "-")),
      name: FACILITIES.map(([name]) => name), kind: FACILITIES.map((f) => f[1]),
      operator: FACILITIES.map((f) => f[2]), lon: FACILITIES.map(() => 36), lat: FACILITIES.map(() => 35),
    },
    entries: {
      count: FACILITIES.map((f) => f[3].length),
      day: FACILITIES.flatMap((f) => f[3].map(([effective]) => day(effective))),
      status: FACILITIES.flatMap((f) => f[3].map(([, status]) => STATUSES.indexOf(status))),
      source: FACILITIES.flatMap((f) => f[3].map(() => 0)),
    },
    sources: [["Reuters", "A title"]],
  };
}

/* The page object the legend and the list are given (map-page.js's Page, without Leaflet). */
function makePage(query) {
  const window = loadPage(HTML, ["posture-model.js", "posture-age.js", "posture-legend.js", "posture-list.js"]);
  const data = mapData(window);
  const page = {
    data, window,
    config: {
      style: {colours: Object.fromEntries(STATUSES.map((s) => [s, "#000"])), hollow: ["withdrawn"],
              shapes: Object.fromEntries(KINDS.map((k) => [k, "circle"]))},
      words: {statuses: Object.fromEntries(STATUSES.map((s) => [s, s])),
              statusLabels: Object.fromEntries(STATUSES.map((s) => [s, s.toUpperCase()])),
              kinds: Object.fromEntries(KINDS.map((k) => [k, k]))},
    },
    model: new window.PostureModel(data),
    get age() { return this._age || (this._age = new window.PostureAge(this.model, STALE_AFTER)); },
    filters: window.PostureFilters.fromUrl(data, new window.URLSearchParams(query || "")),
    shown(f) {
      const status = this.model.status(f);
      return status >= 0 && this.filters.statuses[status] && this.filters.passes(f);
    },
    refresh() {},
    popup: {show() {}},
  };
  page.legend = new window.PostureLegend(page);
  page.list = new window.PostureList(window.document.getElementById("posture-list"), page);
  return page;
}

/* What the page should show at `iso`, worked out from the facilities table directly. */
function expected(page, iso) {
  const rows = [], day = page.window.PostureDates.isoToDay;
  FACILITIES.forEach(([name, kind, operator, history], f) => {
    const current = history.filter(([effective]) => effective <= iso).pop();
    const age = current && day(iso) - day(current[0]);
    if (current) rows.push({f, name, status: current[1], since: current[0], age: age > STALE_AFTER ? age : null});
  });
  return rows.filter((row) => page.shown(row.f));
}

function legendCounts(page) {
  const spans = page.window.document.querySelectorAll("#status-legend .count");
  return Object.fromEntries(STATUSES.map((status, i) => [status, Number(spans[i].textContent)]));
}

function listed(page) {
  return [...page.window.document.querySelectorAll("#posture-list [data-facility]")].map((item) => ({
    name: item.querySelector(".name").textContent, status: item.dataset.status,
    detail: item.querySelector(".detail").textContent, stale: item.dataset.stale === "true",
  }));
}

/* A step as map-page.js's Page.setDay takes it (the model, the reports' ages, legend, list). */
function step(page, iso) {
  const day = page.window.PostureDates.isoToDay(iso);
  const result = page.age.setDay(day, page.model.setDay(day));
  page.legend.count(result);
  page.list.update(result.changed);
  page.list.refreshAges();
  return result;
}

function checkShown(page, iso) {
  const rows = expected(page, iso);
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0]));
  const counted = expected(Object.assign(Object.create(page), {shown: (f) => page.filters.passes(f)}), iso);
  counted.forEach((row) => counts[row.status]++);
  assert.deepEqual(legendCounts(page), counts, `legend counts at ${iso}`);
  const collator = new Intl.Collator(undefined, {sensitivity: "base", numeric: true});
  rows.sort((a, b) => collator.compare(a.name, b.name));
  assert.deepEqual(listed(page), rows.map((row) => ({
    name: row.name, status: row.status, stale: row.age !== null,
    detail: `${row.status.toUpperCase()} since ${row.since} · ` +
      (row.age === null ? "" : `last reported ${row.age.toLocaleString("en")} days ago · `) + "Reuters: A title",
  })), `list at ${iso}`);
  const shown = rows.length;
  assert.equal(page.window.document.getElementById("summary").textContent,
               `${shown} ${shown === 1 ? "facility" : "facilities"} with a reported posture`);
}

test("a step reports exactly the facilities whose governing entry changed or that turned stale or fresh", () => {
  const page = makePage();
  step(page, "2024-12-01");
  let before = plain(Array.from(page.model.current)), staleBefore = plain(Array.from(page.age.stale));
  let flips = 0;
  for (const iso of DAYS) {
    const result = step(page, iso);
    const now = plain(Array.from(page.model.current)), staleNow = plain(Array.from(page.age.stale));
    const changed = now.map((entry, f) => (entry !== before[f] || staleNow[f] !== staleBefore[f] ? f : -1))
      .filter((f) => f >= 0);
    flips += now.filter((entry, f) => entry === before[f] && staleNow[f] !== staleBefore[f]).length;
    assert.deepEqual(plain(result.changed).sort((a, b) => a - b), changed, iso);
    assert.deepEqual(plain(result.previous), plain(result.changed).map((f) => before[f]), iso);
    before = now;
    staleBefore = staleNow;
  }
  assert.ok(flips > 0, "some steps turn a report old without a new entry");
});

test("legend counts and list follow every step, forward and back", () => {
  const page = makePage();
  step(page, "2024-12-01");
  page.list.rebuild();
  checkShown(page, "2024-12-01");
  for (const iso of DAYS) {
    step(page, iso);
    checkShown(page, iso);
  }
});

test("with filters, a step keeps counts per status of the kinds and operators shown", () => {
  const page = makePage("status=withdrawn&status=active&operator=Russia");
  step(page, "2024-12-01");
  page.legend.recount();
  page.list.rebuild();
  for (const iso of DAYS) {
    step(page, iso);
    checkShown(page, iso);
  }
  // At 2025-09-01: Qamishli (reinforced) and Ain Issa and Ayn al-Arab (Turkey) are hidden.
  assert.deepEqual(listed(page).map((row) => row.name), ["Amuda", "Hmeimim", "Tartus"]);
  assert.deepEqual(legendCounts(page), {active: 2, reinforced: 1, reduced: 0, withdrawing: 0, withdrawn: 1,
                                        handed_over: 0, unknown: 0});
});

test("nearest change and the change strip's histogram", () => {
  const page = makePage(), model = page.model, day = page.window.PostureDates.isoToDay;
  assert.equal(model.nearestChange(day("2024-12-13"), 1), day("2024-12-14"));
  assert.equal(model.nearestChange(day("2024-12-14"), -1), day("2024-12-13"));
  assert.equal(model.nearestChange(day("2024-12-13"), -1), null);
  assert.equal(model.nearestChange(day("2026-01-28"), 1), null);
  assert.deepEqual(plain(Array.from(model.changesPerDay(day("2026-01-26"), day("2026-01-28")))), [1, 2, 3]);
});

test("dates: day numbers and months clamped to month ends", () => {
  const {PostureDates: dates} = makePage().window;
  assert.equal(dates.dayToIso(0), "1970-01-01");
  assert.equal(dates.isoToDay("2024-02-29"), 19782);
  assert.equal(dates.dayToIso(dates.addMonths(dates.isoToDay("2025-01-31"), 1)), "2025-02-28");
  assert.equal(dates.dayToIso(dates.addMonths(dates.isoToDay("2024-03-31"), -1)), "2024-02-29");
  assert.equal(dates.dayToIso(dates.addMonths(dates.isoToDay("2025-12-15"), 1)), "2026-01-15");
});
