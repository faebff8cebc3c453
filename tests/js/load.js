/* Loads the map's scripts as the page does (plain scripts sharing `window`), without a
 * browser: into a bare node:vm context for the posture model, or into a jsdom window for
 * what touches the DOM (the legend, the list). */
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");

const STATIC = path.join(__dirname, "..", "..", "tracker", "web", "static", "js");
const FIXTURES = path.join(__dirname, "..", "fixtures");

function source(name) {
  return fs.readFileSync(path.join(STATIC, name), "utf8");
}

/* A context whose `window` is itself, with `scripts` run in it, in order. */
function loadScripts(scripts) {
  const context = vm.createContext({});
  context.window = context;
  for (const name of scripts) vm.runInContext(source(name), context, {filename: name});
  return context;
}

/* A jsdom window holding `html`, with a stand-in for Leaflet's marker painting (the canvas
 * layer needs Leaflet; the legend only borrows its painter) and `scripts` run in it. */
function loadPage(html, scripts) {
  const {JSDOM} = require("jsdom");
  const dom = new JSDOM(`<!doctype html><body>${html}</body>`, {runScripts: "outside-only", pretendToBeVisual: true});
  const window = dom.window;
  window.L = {PostureLayer: {paintMarker() {}}};
  window.HTMLCanvasElement.prototype.getContext = () => ({scale() {}});
  for (const name of scripts) window.eval(source(name) + `\n//# sourceURL=${name}`);
  return window;
}

function readFixture(name) {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES, name), "utf8"));
}

/* Plain JSON of a value made in another realm (a vm context or jsdom), for deepStrictEqual. */
function plain(value) {
  return JSON.parse(JSON.stringify(value));
}

/* A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

module.exports = {loadScripts, loadPage, readFixture, plain, random};
