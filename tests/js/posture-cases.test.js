/* The shared posture cases (tests/fixtures/posture_cases.json, also run by pytest in
 * tests/test_posture_cases.py) against the browser's rule: PostureRule on whole entries,
 * and PostureModel on the compact data plus the popup's lookup of the governing entry. */
"use strict";

const test = require("node:test");
const assert = require("node:assert/strict");
const {loadScripts, readFixture, plain} = require("./load.js");

const {PostureRule, PostureModel, PostureDates} = loadScripts(["posture-model.js"]);
const CASES = readFixture("posture_cases.json").cases;
const STATUSES = ["active", "reinforced", "reduced", "withdrawing", "withdrawn", "handed_over", "unknown"];

/* The compact map data of one facility, its counted entries in the case's posture order
 * (as tracker/web/map_data.py sends them; pytest checks that side). */
function compactData(history, timeline) {
  const byId = Object.fromEntries(history.map((entry) => [entry.id, entry]));
  return {
    facilities: {id: ["f"], name: ["F"], kind: [0], operator: [0], lon: [0], lat: [0]},
    entries: {
      count: [timeline.length],
      day: timeline.map((id) => PostureDates.isoToDay(byId[id].effective)),
      status: timeline.map((id) => STATUSES.indexOf(byId[id].status)),
      source: timeline.map(() => 0),
    },
  };
}

for (const c of CASES) {
  test(c.name, () => {
    const history = structuredClone(c.history);
    assert.deepEqual(plain(PostureRule.timeline(history).map((entry) => entry.id)), c.timeline);
    assert.deepEqual(history, c.history, "the rule must not reorder the caller's history");
    const model = new PostureModel(compactData(c.history, c.timeline));
    for (const [date, expected] of Object.entries(c.at)) {
      const governing = PostureRule.governing(c.history, date);
      assert.equal(governing ? governing.id : null, expected, `PostureRule.governing at ${date}`);
      model.setDay(PostureDates.isoToDay(date));
      const entry = model.entryIn(0, c.history);
      assert.equal(entry ? entry.id : null, expected, `the model and the popup at ${date}`);
    }
  });
}

test("the tie-break compares instants, to the microsecond", () => {
  const at = PostureRule.recordedInstant;
  assert.ok(at("2025-03-03T12:00:00.500Z") > at("2025-03-03T12:00:00Z"));
  assert.equal(at("2025-03-03T12:00:00.000001Z") - at("2025-03-03T12:00:00Z"), 1);
  assert.equal(at("2025-03-03T12:00:00.1Z"), at("2025-03-03T12:00:00.100000Z"));
  assert.equal(at("1970-01-01T00:00:01Z"), 1e6);
  assert.throws(() => at("2025-03-03T12:00:00+02:00"), /not a UTC timestamp/);
});

/* The index of entries by day (what a step reads to find what changed), against a plain sort,
 * for days over a few years (counted) and days centuries apart (sorted). */
test("entries by day: sorted by day, ties in entry order, and the distinct days", () => {
  for (const span of [900, 2_000_000]) {
    let seed = span;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const counts = Array.from({length: 300}, () => Math.floor(next() * 5));
    const day = counts.flatMap((count) => Array.from({length: count}, () => 18000 + Math.floor(next() * span)).sort((a, b) => a - b));
    const data = {facilities: {id: counts.map((_, f) => `f${f}`), name: counts.map((_, f) => `F${f}`),
                               kind: counts.map(() => 0), operator: counts.map(() => 0), lon: counts.map(() => 0),
                               lat: counts.map(() => 0)},
                  entries: {count: counts, day, status: day.map(() => 0), source: day.map(() => 0)}};
    const model = new PostureModel(data);
    const expected = day.map((d, e) => [d, e]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    assert.deepEqual(Array.from(model.byDay), expected.map(([, e]) => e), `order, span ${span}`);
    assert.deepEqual(Array.from(model.byDayDays), expected.map(([d]) => d));
    assert.deepEqual(Array.from(model.changeDays), [...new Set(expected.map(([d]) => d))]);
  }
});
