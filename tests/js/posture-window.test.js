/* The list past its size threshold (posture-window.js) in jsdom: after every step, scroll,
 * key and search, the rows rendered are exactly the rows of the window, in order, each
 * with the facility, status, place and length the whole list would give it; and a step
 * writes in proportion to the rows rendered, not to the facilities that changed. */
"use strict";

const test = require("node:test");
const assert = require("node:assert/strict");
const {loadPage, random} = require("./load.js");

const STATUSES = ["active", "reinforced", "reduced", "withdrawing", "withdrawn", "handed_over", "unknown"];
const KINDS = ["air_base", "naval_base", "army_base", "airport", "outpost", "other"];
const HTML = `<div id="status-legend"></div><div id="kind-legend"></div><select id="operator-filter">
  <option value="">All</option></select><p id="contested-legend"><span>Broken ring</span></p><p id="summary"><span class="step-text"></span></p>
  <div id="posture-list"></div>`;
const SCRIPTS = ["posture-model.js", "posture-age.js", "posture-legend.js", "posture-rows.js", "posture-items.js",
                 "posture-search.js", "posture-window.js", "posture-list.js"];
const FIRST_DAY = 18000, LAST_DAY = 20000;  // 2019-04-14 .. 2024-10-04
const ROW = 58;

/* `n` facilities of one to four entries each, on random days, as the map data has them. */
function mapData(n, seed = 17) {
  const next = random(seed), pick = (k) => Math.floor(next() * k);
  const words = ["Base", "Airfield", "Outpost", "Depot", "Camp", "Station"], histories = [];
  const facilities = {id: [], name: [], kind: [], operator: [], lon: [], lat: []};
  for (let f = 0; f < n; f++) {
    facilities.id.push(`site-${f}`);
    facilities.name.push(`${words[pick(words.length)]} ${pick(5000)}`);
    facilities.kind.push(pick(KINDS.length));
    facilities.operator.push(pick(2));
    facilities.lon.push(36);
    facilities.lat.push(35);
    const days = Array.from({length: 1 + pick(4)}, () => FIRST_DAY + pick(LAST_DAY - FIRST_DAY)).sort((a, b) => a - b);
    histories.push(days.map((day) => [day, pick(STATUSES.length)]));
  }
  return {
    statuses: STATUSES, kinds: KINDS, operators: ["Russia", "Turkey"], facilities,
    entries: {count: histories.map((h) => h.length), day: histories.flatMap((h) => h.map(([d]) => d)),
              status: histories.flatMap((h) => h.map(([, s]) => s)), source: histories.flatMap((h) => h.map(() => 0))},
    sources: [["Reuters", "A title"]],
  };
}

/* A page (map-page.js's Page without Leaflet) whose list goes past the threshold at `above`. */
function makePage(n, {above = 100, query = ""} = {}) {
  const window = loadPage(HTML, SCRIPTS), data = mapData(n);
  const page = {
    data, window,
    config: {
      listWindowAbove: above,
      style: {colours: Object.fromEntries(STATUSES.map((s) => [s, "#000"])), hollow: ["withdrawn"],
              shapes: Object.fromEntries(KINDS.map((k) => [k, "circle"]))},
      words: {statuses: Object.fromEntries(STATUSES.map((s) => [s, s])),
              statusLabels: Object.fromEntries(STATUSES.map((s) => [s, s.toUpperCase()])),
              kinds: Object.fromEntries(KINDS.map((k) => [k, k]))},
    },
    model: new window.PostureModel(data),
    filters: window.PostureFilters.fromUrl(data, new window.URLSearchParams(query)),
    shown(f) {
      const status = this.model.status(f);
      return status >= 0 && this.filters.statuses[status] && this.filters.passes(f);
    },
    refresh() {},
    popup: {show() {}},
  };
  page.age = new window.PostureAge(page.model, 180);
  page.legend = new window.PostureLegend(page);
  page.list = window.PostureList.forPage(window.document.getElementById("posture-list"), page);
  return page;
}

function step(page, day) {
  const result = page.age.setDay(day, page.model.setDay(day));
  page.list.update(result.changed);
  page.list.refreshAges();
  return result;
}

/* The whole list at the page's day, worked out from the map data: [id, status] in name order. */
function wholeList(page) {
  const {data} = page, collator = new Intl.Collator(undefined, {sensitivity: "base", numeric: true});
  const rows = [];
  for (let f = 0; f < data.facilities.id.length; f++) {
    let status = -1;
    for (let e = page.model.first[f]; e < page.model.first[f + 1]; e++) {
      if (data.entries.day[e] <= page.model.day) status = data.entries.status[e];
    }
    const matches = page.list.search.matches(f);
    if (status >= 0 && page.filters.statuses[status] && page.filters.passes(f) && matches) {
      rows.push({name: data.facilities.name[f], id: data.facilities.id[f], status: STATUSES[status]});
    }
  }
  return rows.sort((a, b) => collator.compare(a.name, b.name)).map((row) => [row.id, row.status]);
}

/* The rows rendered: [place, id, status, length, offset], in DOM order. */
function rendered(page) {
  return [...page.window.document.querySelectorAll("#posture-list [data-facility]")].map((item) => [
    Number(item.getAttribute("aria-posinset")), item.dataset.facility, item.dataset.status,
    Number(item.getAttribute("aria-setsize")), item.style.transform]);
}

/* Every rendered row is the whole list's row at its place, and the window is all there. */
function checkWindow(page, extra = 0) {
  const whole = wholeList(page), rows = rendered(page), list = page.list;
  rows.forEach(([place, id, status, length, offset], i) => {
    assert.deepEqual([id, status], whole[place - 1], `row ${place}`);
    assert.equal(length, whole.length, "aria-setsize is the list's length");
    assert.equal(offset, `translateY(${(place - 1) * ROW}px)`);
    if (i) assert.ok(place > rows[i - 1][0], "rows in order in the DOM");
  });
  const top = Math.floor(list.scrollTop / ROW), bottom = Math.ceil((list.scrollTop + list.viewHeight) / ROW);
  for (let place = top + 1; place <= Math.min(bottom, whole.length); place++) {
    assert.ok(rows.some((row) => row[0] === place), `row ${place}, in view, is rendered`);
  }
  assert.ok(rows.length <= bottom - top + 2 * 8 + extra, `${rows.length} rows rendered, not the whole list`);
  assert.equal(list.length(), whole.length);
  return {whole, rows};
}

function scroll(page, top) {
  page.list.scrollTop = top;  // what the scroll listener reads from the element (no layout in jsdom)
  page.list.render();
}

test("below the threshold the list keeps an element per facility; past it, the window", () => {
  assert.equal(makePage(100).list.constructor.name, "PostureList");
  const page = makePage(101);
  assert.equal(page.list.constructor.name, "PostureWindow");
  step(page, LAST_DAY);
  const {whole, rows} = checkWindow(page);
  assert.ok(whole.length > 90 && rows.length < 40, `${rows.length} of ${whole.length}`);
});

test("every step, forward and back, renders the window's rows as the whole list has them", () => {
  const page = makePage(2000);
  step(page, FIRST_DAY - 1);
  checkWindow(page);
  const next = random(3);
  for (let k = 0; k < 40; k++) {
    if (k % 5 === 0) scroll(page, Math.floor(next() * page.list.length()) * ROW + 17);
    step(page, FIRST_DAY + Math.floor(next() * (LAST_DAY - FIRST_DAY + 200)));
    checkWindow(page);
  }
});

test("scrolling to the end shows the last facility; the sheet is as tall as every row", () => {
  const page = makePage(3000);
  step(page, LAST_DAY);
  const count = page.list.length();
  assert.equal(page.list.sheet.style.height, `${count * ROW}px`);
  scroll(page, count * ROW - page.list.viewHeight);
  const {whole, rows} = checkWindow(page);
  assert.deepEqual(rows.at(-1).slice(0, 3), [count, ...whole.at(-1)]);
});

test("the row at the top of the view stays there when rows come and go above it", () => {
  const page = makePage(2000);
  step(page, FIRST_DAY + 1000);
  scroll(page, 600 * ROW);
  const top = () => rendered(page).find((row) => row[0] === 601)[1];
  const before = top();
  step(page, FIRST_DAY + 1100);  // facilities appear and go all over the list
  const row = wholeList(page).findIndex(([id]) => id === before);
  assert.ok(row >= 0 && row !== 600, "rows came or went above the anchor");
  assert.equal(page.list.scrollTop, row * ROW);
  assert.equal(rendered(page).find((r) => r[0] === row + 1)[1], before);
  checkWindow(page);
});

test("keys move the focus through every row, rendering the rows they reach", () => {
  const page = makePage(2000), {document, KeyboardEvent} = page.window;
  step(page, LAST_DAY);
  const press = (key) => document.activeElement.dispatchEvent(new KeyboardEvent("keydown", {key, bubbles: true}));
  const focusedRow = () => Number(document.activeElement.closest("[data-facility]").getAttribute("aria-posinset"));
  document.querySelector("#posture-list [data-facility] button").focus();
  const count = page.list.length(), perPage = Math.floor(page.list.viewHeight / ROW) - 1;
  press("End");
  assert.equal(focusedRow(), count);
  assert.equal(document.activeElement.closest("[data-facility]").dataset.facility, wholeList(page).at(-1)[0]);
  checkWindow(page);
  press("ArrowUp");
  assert.equal(focusedRow(), count - 1);
  press("Home");
  assert.equal(focusedRow(), 1);
  assert.equal(page.list.scrollTop, 0);
  press("ArrowDown");
  press("PageDown");
  assert.equal(focusedRow(), 2 + perPage);
  press("ArrowUp");
  press("Home");
  press("ArrowUp");  // nothing above the first row
  assert.equal(focusedRow(), 1);
});

test("the focused row stays rendered when scrolled away, and moves on when it is hidden", () => {
  const page = makePage(2000), {document} = page.window;
  step(page, LAST_DAY);
  scroll(page, 300 * ROW);
  const item = [...document.querySelectorAll("#posture-list [data-facility]")].find((i) => i.getAttribute("aria-posinset") === "305");
  item.querySelector("button").focus();
  scroll(page, 0);
  assert.ok(item.isConnected && document.activeElement === item.querySelector("button"), "focus kept");
  checkWindow(page, 1);
  const f = item.querySelector("button").dataset.index;
  page.filters.kinds[page.data.facilities.kind[f]] = false;  // a filter hides it
  page.list.rebuild();
  assert.ok(!item.isConnected);
  const now = document.activeElement.closest("[data-facility]");
  assert.ok(now, "the focus went to a row, not to the page");
  assert.equal(Number(now.getAttribute("aria-posinset")), Math.min(305, page.list.length()));
  checkWindow(page, 1);
  page.filters.statuses.fill(false);  // nothing left to show: the focus goes to the list itself
  page.list.rebuild();
  assert.equal(rendered(page).length, 0);
  assert.equal(document.activeElement, page.list.element);
});

test("the search finds a far facility by name, whatever its case and accents", () => {
  const page = makePage(3000);
  step(page, LAST_DAY);
  const whole = wholeList(page), [farId] = whole.at(-5);
  const f = page.data.facilities.id.indexOf(farId), name = page.data.facilities.name[f];
  page.data.facilities.name[f] = name.replace(/^./, "Ö");  // a name with an accent, found without it
  assert.ok(page.list.search.set(` ${name.replace(/^./, "o").toUpperCase()} `));
  page.list.rebuild();
  const rows = rendered(page);
  assert.ok(rows.some((row) => row[1] === farId), "the far facility is on a row in view");
  assert.ok(rows.every((row) => page.data.facilities.name[page.data.facilities.id.indexOf(row[1])].toLowerCase()
    .normalize("NFD").replace(/[\u0300-\u036f]/g, "").includes(name.slice(1).toLowerCase())));
  checkWindow(page);
  assert.ok(page.list.search.set(""));
  page.list.rebuild();
  assert.equal(page.list.length(), whole.length);
});

test("a step writes in proportion to the rows rendered, not to the facilities that changed", () => {
  const page = makePage(6000), {MutationObserver} = page.window;
  step(page, FIRST_DAY + 1000);
  scroll(page, 1000 * ROW);
  const observer = new MutationObserver(() => {});
  observer.observe(page.list.element, {subtree: true, childList: true, attributes: true, characterData: true});
  const changed = step(page, FIRST_DAY + 1400).changed.length;
  const writes = observer.takeRecords().length, rows = rendered(page).length;
  assert.ok(changed > 20 * rows, `${changed} facilities changed, ${rows} rows rendered`);
  assert.ok(writes <= 8 * rows, `${writes} DOM writes for ${rows} rows`);
  checkWindow(page);
});

/* A scroll of the element as the browser makes it: the position, then the event. */
function scrollElement(page, top) {
  const element = page.list.element;
  Object.defineProperty(element, "scrollTop", {value: top, configurable: true});
  for (let i = 0; i < 3; i++) element.dispatchEvent(new page.window.Event("scroll"));
  return new Promise((done) => page.window.requestAnimationFrame(() => setTimeout(done, 0)));
}

test("both lists follow the element's scroll (one helper), each with its own work after it", async () => {
  const windowed = makePage(3000);
  step(windowed, LAST_DAY);
  const rows = windowed.list.length();
  await scrollElement(windowed, Math.floor(rows / 2) * ROW);
  assert.equal(windowed.list.scrollTop, Math.floor(rows / 2) * ROW);
  const {rows: shown} = checkWindow(windowed);  // the window rendered the rows the scroll brought in
  assert.ok(shown.some((row) => row[0] === Math.floor(rows / 2) + 1));
  const plain = makePage(80);
  assert.equal(plain.list.constructor.name, "PostureList");
  step(plain, LAST_DAY);
  let refreshed = 0;
  plain.list.chunks.forEach((chunk) => {  // refreshAges reads the chunks in view: count its reads
    Object.defineProperty(chunk, "firstChild", {get() { refreshed++; return null; }, configurable: true});
  });
  await scrollElement(plain, 5 * ROW);
  assert.equal(plain.list.scrollTop, 5 * ROW);
  assert.ok(refreshed > 0, "the list with an element per facility refreshed the ages on screen");
});
