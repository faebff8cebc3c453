/* How old the report behind each posture is at the date shown (README, "How old a report is").
 *
 * A posture's age is the days from its governing entry's effective date to the date shown;
 * past `staleAfter` days it is stale: drawn faded, and the list and popup say "last reported
 * N days ago". Staleness changes on its own as the date moves, without a new entry, so
 * each entry that still governs `staleAfter` days later gives one more event: the day it
 * turns stale. A step checks the facilities whose governing entry changed and those with
 * such an event between the old day and the new one, as PostureModel does for entries,
 * and reports the ones that turned stale or fresh as changed too.
 */
(function (global) {
  "use strict";

  /* The number of values in sorted `values` that are <= x. */
  function countAtMost(values, x) {
    var lo = 0, hi = values.length;
    while (lo < hi) {
      var mid = (lo + hi) >>> 1;
      if (values[mid] <= x) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  function PostureAge(model, staleAfter) {
    var n = model.size, days = model.entryDay, first = model.first;
    this.model = model;
    this.staleAfter = staleAfter;
    this.stale = new Uint8Array(n);
    this.stamp = new Uint32Array(n);
    this.generation = 0;
    this.day = null;
    this.texts = [];   // the words of an age, by its days (see words)
    var eventDay = [], eventFacility = [];
    for (var f = 0; f < n; f++) {
      for (var e = first[f]; e < first[f + 1]; e++) {
        var turns = days[e] + staleAfter + 1, next = e + 1 < first[f + 1] ? days[e + 1] : Infinity;
        if (turns < next) {
          eventDay.push(turns);
          eventFacility.push(f);
        }
      }
    }
    var sorted = global.PostureModel.sortedByDay(eventDay);
    this.eventDay = sorted.days;
    this.eventFacility = new Int32Array(sorted.order.length);
    for (var k = 0; k < sorted.order.length; k++) this.eventFacility[k] = eventFacility[sorted.order[k]];
  }

  /* Days from facility f's governing entry to the date shown (-1: no posture). */
  PostureAge.prototype.age = function (f) {
    var entry = this.model.current[f];
    return entry < 0 ? -1 : this.model.day - this.model.entryDay[entry];
  };

  PostureAge.prototype._isStale = function (f) {
    return this.age(f) > this.staleAfter ? 1 : 0;
  };

  /* After PostureModel.setDay(day) gave `result`: update staleness, and add to `result`
   * the facilities whose governing entry is the same but turned stale or fresh. */
  PostureAge.prototype.setDay = function (day, result) {
    var generation = ++this.generation, changed = result.changed;
    for (var i = 0; i < changed.length; i++) {
      this.stamp[changed[i]] = generation;
      this.stale[changed[i]] = this._isStale(changed[i]);
    }
    if (this.day !== null && day !== this.day) {
      var start = countAtMost(this.eventDay, Math.min(day, this.day));
      var stop = countAtMost(this.eventDay, Math.max(day, this.day));
      // Past as many events as facilities (a long jump), every facility once is cheaper.
      if (stop - start > this.model.size) {
        for (var f = 0; f < this.model.size; f++) this._recheck(f, generation, result);
      } else {
        for (var k = start; k < stop; k++) this._recheck(this.eventFacility[k], generation, result);
      }
    }
    this.day = day;
    return result;
  };

  /* Facility f, unless checked already in this step: if it turned stale or fresh, it joins
   * `result` as changed. */
  PostureAge.prototype._recheck = function (f, generation, result) {
    if (this.stamp[f] === generation) return;
    this.stamp[f] = generation;
    var stale = this._isStale(f);
    if (stale !== this.stale[f]) {
      this.stale[f] = stale;
      result.changed.push(f);
      result.previous.push(this.model.current[f]);
    }
  };

  /* "last reported N days ago", for a stale facility f; "" otherwise. The text of each
   * age is made once: toLocaleString goes through Intl, and at 10,000 facilities it cost
   * a step 1.5 ms and the Home-to-End jump 23 ms (BENCHMARKS.md, "The step at 10,000 and 100,000"). */
  PostureAge.prototype.words = function (f) {
    if (!this.stale[f]) return "";
    var days = this.age(f);
    return this.texts[days] || (this.texts[days] =
      "last reported " + days.toLocaleString("en") + (days === 1 ? " day ago" : " days ago"));
  };

  global.PostureAge = PostureAge;
})(window);
