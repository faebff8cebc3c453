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
  <option value="">All</option></select><p id="contested-legend"><span>Broken ring</span></p><p id="summary"><span class="step-text"></span></p>
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
const STALE_AFTER = 180;  // days: an older report is "last reported N days ago" (README, "How old a report is")
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
  const window = loadPage(HTML, ["posture-model.js", "posture-age.js", "posture-legend.js", "posture-rows.js",
                                  "posture-items.js", "posture-search.js", "posture-window.js", "posture-list.js"]);
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
    filters: window.PostureFilters.fromUrl(data, new window.URLSearchParams(query || "")),
    shown(f) {
      const status = this.model.status(f);
      return status >= 0 && this.filters.statuses[status] && this.filters.passes(f);
    },
    refresh() {},
    popup: {show() {}},
  };
  page.age = new window.PostureAge(page.model, STALE_AFTER);
  page.legend = new window.PostureLegend(page);
  page.list = new window.PostureList(window.document.getElementById("posture-list"), page);
  return page;
}

/* What the page should show at `iso`, worked out from the facilities table directly. */
function expected(page, iso) {
  const rows = [];
  FACILITIES.forEach(([name, kind, operator, history], f) => {
    const current = history.filter(([effective]) => effective <= iso).pop();
    if (current) rows.push({f, name, status: current[1], since: current[0], age: daysBetween(current[0], iso)});
  });
  return rows.filter((row) => page.shown(row.f));
}

function daysBetween(start, end) {
  return Math.round((Date.parse(end) - Date.parse(start)) / 86400000);
}

function legendCounts(page) {
  const spans = page.window.document.querySelectorAll("#status-legend .count");
  return Object.fromEntries(STATUSES.map((status, i) => [status, Number(spans[i].textContent)]));
}

function listed(page) {
  return [...page.window.document.querySelectorAll("#posture-list [data-facility]")].map((item) => ({
    name: item.querySelector(".name").textContent, status: item.dataset.status,
    detail: item.querySelector(".detail").textContent,
  }));
}

function step(page, iso) {
  const day = page.window.PostureDates.isoToDay(iso);
  const result = page.age.setDay(day, page.model.setDay(day));
  page.legend.count(result);
  page.list.update(result.changed);
  page.list.refreshAges();  // as map-page.js: the ages of stale rows in view move every step
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
    name: row.name, status: row.status,
    detail: `${row.status.toUpperCase()} since ${row.since} · ` +
      (row.age > STALE_AFTER ? `last reported ${row.age.toLocaleString("en")} days ago · ` : "") + "Reuters: A title",
  })), `list at ${iso}`);
  const shown = rows.length;
  assert.equal(page.window.document.getElementById("summary").textContent,
               `${shown} ${shown === 1 ? "facility" : "facilities"} with a reported posture`);
}

test("a step reports exactly the facilities whose governing entry or report age changed", () => {
  const page = makePage();
  // Stale from scratch: the governing entry's report is older than STALE_AFTER days.
  const staleAt = (iso) => FACILITIES.map(([, , , history]) => {
    const current = history.filter(([effective]) => effective <= iso).pop();
    return Boolean(current) && daysBetween(current[0], iso) > STALE_AFTER;
  });
  let before = plain(Array.from(page.model.current)), beforeStale = staleAt("2024-12-01");
  step(page, "2024-12-01");
  for (const iso of DAYS) {
    const result = step(page, iso);
    const now = plain(Array.from(page.model.current)), stale = staleAt(iso);
    const changed = now.map((entry, f) => (entry !== before[f] || stale[f] !== beforeStale[f] ? f : -1))
      .filter((f) => f >= 0);
    assert.deepEqual(plain(result.changed).sort(), changed, iso);
    assert.deepEqual(plain(result.previous), plain(result.changed).map((f) => before[f]), iso);
    assert.deepEqual(Array.from(page.age.stale, Boolean), stale, `stale at ${iso}`);
    before = now;
    beforeStale = stale;
  }
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

test("a long jump (more entries between than facilities) finds what the walk of short steps finds", () => {
  // The model and the ages look every facility up at the day when a jump spans more
  // entries or age events than there are facilities (Home to End); short steps walk the
  // entries between. Both must agree with the state worked out from scratch.
  const {random} = require("./load.js");
  const next = random(17);
  const window = loadPage(HTML, ["posture-model.js", "posture-age.js"]);
  const n = 60, start = 19000, span = 900, history = [];
  for (let f = 0; f < n; f++) {
    const days = Array.from({length: 1 + Math.floor(next() * 11)}, () => start + Math.floor(next() * span)).sort((a, b) => a - b);
    history.push(days.map((day) => [day, Math.floor(next() * STATUSES.length)]));
  }
  const data = {facilities: {id: history.map((_, f) => `f${f}`)},
                entries: {count: history.map((h) => h.length), day: history.flat().map((e) => e[0]),
                          status: history.flat().map((e) => e[1])}};
  const model = new window.PostureModel(data), age = new window.PostureAge(model, 60);
  const governing = (f, day) => {
    let entry = -1;
    history[f].forEach(([effective], k) => { if (effective <= day) entry = model.first[f] + k; });
    return entry;
  };
  const staleAt = (f, day) => { const e = governing(f, day); return e >= 0 && day - model.entryDay[e] > 60 ? 1 : 0; };
  assert.ok(model.entryDay.length > 3 * n, "enough entries for a jump to pass the facilities' count");
  let day = start - 1, before = history.map(() => -1), beforeStale = history.map(() => 0);
  age.setDay(day, model.setDay(day));
  const days = [start + span, start, start + 5, start + 8, start + span - 1, start + 300, start - 10, start + span + 100];
  for (let k = 0; k < 40; k++) days.push(start + Math.floor(next() * span));
  for (day of days) {
    const result = age.setDay(day, model.setDay(day));
    const now = history.map((_, f) => governing(f, day)), stale = history.map((_, f) => staleAt(f, day));
    assert.deepEqual(plain(Array.from(model.current)), now, `governing entries at ${day}`);
    assert.deepEqual(plain(Array.from(age.stale)), stale, `stale at ${day}`);
    const changed = now.map((e, f) => (e !== before[f] || stale[f] !== beforeStale[f] ? f : -1)).filter((f) => f >= 0);
    assert.deepEqual(plain(result.changed).sort((a, b) => a - b), changed, `changed at ${day}`);
    assert.deepEqual(plain(result.previous), plain(result.changed).map((f) => before[f]), `previous at ${day}`);
    before = now;
    beforeStale = stale;
  }
});
