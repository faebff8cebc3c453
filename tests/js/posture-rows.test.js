/* The long list's arithmetic (posture-rows.js) against plain arrays: which facility is on
 * which row while facilities come and go, and which rows a scroll position renders. */
"use strict";

const test = require("node:test");
const assert = require("node:assert/strict");
const {loadScripts, random} = require("./load.js");

const {PostureRows} = loadScripts(["posture-rows.js"]);

/* The rows a RowIndex must give: the shown ranks, in order. */
function checkAgainst(index, shown) {
  const rows = shown.flatMap((on, rank) => (on ? [rank] : []));
  assert.equal(index.count, rows.length);
  rows.forEach((rank, row) => {
    assert.equal(index.rankAt(row), rank, `rank at row ${row}`);
    assert.equal(index.rowOf(rank), row, `row of rank ${rank}`);
  });
  // A rank that is not shown is counted where it would be: after the shown ranks before it.
  shown.forEach((on, rank) => {
    if (!on) assert.equal(index.rowOf(rank), rows.filter((r) => r < rank).length);
  });
}

for (const size of [1, 2, 7, 64, 1000, 1023]) {
  test(`RowIndex of ${size} ranks follows random shows and hides`, () => {
    const next = random(size), index = new PostureRows.RowIndex(size);
    const shown = Array.from({length: size}, () => next() < 0.5);
    index.reset((rank) => shown[rank]);
    checkAgainst(index, shown);
    for (let round = 0; round < 20; round++) {
      for (let k = 0; k < Math.max(1, size / 10); k++) {
        const rank = Math.floor(next() * size), on = next() < 0.5;
        assert.equal(index.set(rank, on), shown[rank] !== on, "set says whether it changed");
        shown[rank] = on;
      }
      checkAgainst(index, shown);
    }
    index.reset(() => false);
    checkAgainst(index, shown.map(() => false));
  });
}

test("nameOrder sorts names as the list shows them, numbers by value, case and accents aside", () => {
  const names = ["Site 10", "site 2", "Ébène", "Alpha", "ebene b", "Site 1"];
  const {order, rank} = PostureRows.nameOrder(names);
  assert.deepEqual(Array.from(order, (f) => names[f]), ["Alpha", "Ébène", "ebene b", "Site 1", "site 2", "Site 10"]);
  Array.from(order).forEach((f, r) => assert.equal(rank[f], r));
});

test("nameOrder is the collator's order, ties by index, whatever the names", () => {
  const collator = new Intl.Collator(undefined, {sensitivity: "base", numeric: true});
  const byCollator = (names) => (a, b) => collator.compare(names[a], names[b]) || a - b;
  const made = (parts, seed) => {
    const next = random(seed);
    return Array.from({length: 3000}, () =>
      Array.from({length: 1 + Math.floor(next() * 4)}, () => parts[Math.floor(next() * parts.length)]).join(""));
  };
  // Names as facilities have them: exactly the collator's sort.
  const plain = made(["Air base ", "air Base ", "Bāse ", "Éb", "eb ", "Camp ", "ż", "قاعدة ", "База ", "7", "10", "x"], 5);
  assert.deepEqual(Array.from(PostureRows.nameOrder(plain).order), plain.map((_, f) => f).sort(byCollator(plain)));
  // Leading zeros, ignorable punctuation and long numbers, where ICU's comparisons are not
  // transitive (so no one sort is "the" order): still every neighbour in order, each name once.
  const odd = made(["Base", "-", " ", "_", "(", "0", "08", "123456789012345", "ß", "ss", "Œ", "ı"], 6);
  const order = Array.from(PostureRows.nameOrder(odd).order), compare = byCollator(odd);
  assert.deepEqual([...order].sort((a, b) => a - b), odd.map((_, f) => f));
  order.forEach((f, r) => assert.ok(r === 0 || compare(order[r - 1], f) < 0, `${odd[order[r - 1]]} before ${odd[f]}`));
});

test("rowWindow renders the rows in view and a margin, within the list", () => {
  const window = (top, view, count, margin = 2) => {
    const {first, last} = PostureRows.rowWindow(top, view, 58, count, margin);
    return [first, last];
  };
  assert.deepEqual(window(0, 580, 1000), [0, 12]);              // rows 0-9 in view, 2 below
  assert.deepEqual(window(58 * 100 + 29, 580, 1000), [98, 113]); // half a row scrolled: 11 rows touched
  assert.deepEqual(window(58 * 995, 580, 1000), [993, 1000]);    // the end: never past the last row
  assert.deepEqual(window(0, 580, 3), [0, 3]);
  assert.deepEqual(window(0, 580, 0), [0, 0]);
  assert.deepEqual(window(58 * 5000, 580, 10), [10, 10]);       // scrolled past a list that shrank
  assert.deepEqual(window(-40, 0, 10), [0, 2]);
});

test("scrollToShow moves the least that brings a row into view", () => {
  const to = (row, top) => PostureRows.scrollToShow(row, top, 580, 58);
  assert.equal(to(5, 0), 0);              // in view: no move
  assert.equal(to(10, 0), 58 * 11 - 580);  // below: its bottom at the view's bottom
  assert.equal(to(3, 58 * 20), 58 * 3);   // above: its top at the view's top
  assert.equal(to(0, 0), 0);
});
