/* The posture at any date, computed in the browser from the compact map data.
 *
 * Same rule as tracker/posture.py (README, "The data model"): a facility's posture at day D
 * is its latest counted entry with effective <= D; the server already sorted each
 * facility's entries by (effective, recorded_at), so "latest" is "last". `PostureRule`
 * is that rule on whole entries (a popup's history from the API), in the same order; both
 * run the cases of tests/fixtures/posture_cases.json (tests/js/).
 *
 * Moving from day A to day B only touches the facilities with an entry dated between
 * them: `setDay` finds those through an index of entries by day and re-checks just
 * them, so a slider step costs what changed, not the dataset's size.
 */
(function (global) {
  "use strict";

  var DAY_MS = 86400000;

  function dayToIso(day) {
    return new Date(day * DAY_MS).toISOString().slice(0, 10);
  }

  function isoToDay(iso) {
    return Math.round(Date.parse(iso + "T00:00:00Z") / DAY_MS);
  }

  /* The day one calendar month from `day` (months: +1 or -1), clamped to month ends. */
  function addMonths(day, months) {
    var date = new Date(day * DAY_MS);
    var target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
    var lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
    target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
    return Math.round(target.getTime() / DAY_MS);
  }

  /* The last index in sorted `values` within [lo, hi) whose value is <= x, or lo - 1. */
  function lastAtMost(values, x, lo, hi) {
    while (lo < hi) {
      var mid = (lo + hi) >>> 1;
      if (values[mid] <= x) lo = mid + 1; else hi = mid;
    }
    return lo - 1;
  }

  /* recorded_at (YYYY-MM-DDTHH:MM:SS[.ffffff]Z) as microseconds since 1970: an instant, so
   * "12:00:00.5Z" is after "12:00:00Z" (as text "." sorts before "Z"); Date.parse alone
   * keeps only milliseconds. Exact in a double until the year 2255. */
  var TIMESTAMP = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,6}))?Z$/;

  function recordedInstant(timestamp) {
    var match = TIMESTAMP.exec(timestamp);
    if (!match) throw new Error("not a UTC timestamp: " + timestamp);
    return Date.parse(match[1] + "Z") * 1000 + Number(((match[2] || "") + "00000").slice(0, 6));
  }

  /* Posture order, as tracker/posture.py `posture_order`: by effective date, ties by the
   * instant recorded; entries equal on both keep their history order (sort is stable). */
  function compareEntries(a, b) {
    if (a.effective !== b.effective) return a.effective < b.effective ? -1 : 1;
    return recordedInstant(a.recorded_at) - recordedInstant(b.recorded_at);
  }

  function counts(entry) {
    return !("retracted" in entry);
  }

  /* The entries of `history` that count, in posture order (a new array). */
  function timeline(history) {
    return history.filter(counts).sort(compareEntries);
  }

  /* The entry of `history` governing at ISO date `iso`, or null. */
  function governing(history, iso) {
    var found = null, ordered = timeline(history);
    for (var i = 0; i < ordered.length && ordered[i].effective <= iso; i++) found = ordered[i];
    return found;
  }

  /* Entry indexes sorted by day (ties in entry order), their days, and the distinct days.
   * A counting sort over the span of days: 1,000,000 entries over a few thousand days in
   * tens of milliseconds, where a sort with a comparator took most of a second at page load.
   * A span far wider than the entries (a stray date centuries off) falls back to sorting. */
  function entriesByDay(entryDay) {
    var m = entryDay.length, lo = Infinity, hi = -Infinity, e;
    for (e = 0; e < m; e++) {
      if (entryDay[e] < lo) lo = entryDay[e];
      if (entryDay[e] > hi) hi = entryDay[e];
    }
    var order = new Int32Array(m), days = new Int32Array(m);
    if (!m || hi - lo > 4 * m + 100000) {
      for (e = 0; e < m; e++) order[e] = e;
      order = Int32Array.from(Array.from(order).sort(function (a, b) { return entryDay[a] - entryDay[b] || a - b; }));
    } else {
      var start = new Int32Array(hi - lo + 2);
      for (e = 0; e < m; e++) start[entryDay[e] - lo + 1]++;
      for (var d = 1; d < start.length; d++) start[d] += start[d - 1];
      for (e = 0; e < m; e++) order[start[entryDay[e] - lo]++] = e;
    }
    var distinct = [];
    for (var i = 0; i < m; i++) {
      days[i] = entryDay[order[i]];
      if (!i || days[i] !== days[i - 1]) distinct.push(days[i]);
    }
    return {order: order, days: days, changeDays: Int32Array.from(distinct)};
  }

  function PostureModel(data) {
    var facilities = data.facilities, entries = data.entries;
    var n = facilities.id.length, m = entries.day.length;
    this.data = data;
    this.size = n;
    this.first = new Int32Array(n + 1);      // facility f's entries: first[f] .. first[f+1]
    for (var f = 0; f < n; f++) this.first[f + 1] = this.first[f] + entries.count[f];
    this.entryDay = Int32Array.from(entries.day);
    this.entryStatus = Uint8Array.from(entries.status);
    // 1 where another entry of the same facility and date gives another status.
    this.entryContested = new Uint8Array(m);
    (entries.contested || []).forEach(function (e) { this.entryContested[e] = 1; }, this);
    this.entryFacility = new Int32Array(m);
    for (f = 0; f < n; f++) this.entryFacility.fill(f, this.first[f], this.first[f + 1]);
    // Entries by day, for "what changed between two days".
    var byDay = entriesByDay(this.entryDay);
    this.byDay = byDay.order;
    this.byDayDays = byDay.days;
    this.changeDays = byDay.changeDays;
    this.current = new Int32Array(n).fill(-1); // the governing entry of each facility, or -1
    this.stamp = new Uint32Array(n);
    this.generation = 0;
    this.day = null;
  }

  /* The entry governing facility f at `day`, or -1. */
  PostureModel.prototype.governingAt = function (f, day) {
    var index = lastAtMost(this.entryDay, day, this.first[f], this.first[f + 1]);
    return index >= this.first[f] ? index : -1;
  };

  /* The whole entry, out of facility f's `history` (as the API gives it), that governs f at
   * the model's day: the server's order and this file's are the same rule. */
  PostureModel.prototype.entryIn = function (f, history) {
    var index = this.current[f];
    return index < 0 ? null : timeline(history)[index - this.first[f]] || null;
  };

  PostureModel.prototype.status = function (f) {
    var entry = this.current[f];
    return entry < 0 ? -1 : this.entryStatus[entry];
  };

  /* True when the reports of facility f's governing date disagree. */
  PostureModel.prototype.contested = function (f) {
    var entry = this.current[f];
    return entry >= 0 && this.entryContested[entry] === 1;
  };

  /* Move to `day`. Returns {changed, previous}: the facilities whose governing entry
   * changed, and the entry each had before (-1 for none). */
  PostureModel.prototype.setDay = function (day) {
    var changed = [], previous = [];
    if (this.day === null) {
      for (var f = 0; f < this.size; f++) this._check(f, day, changed, previous);
    } else if (day !== this.day) {
      var lo = Math.min(day, this.day), hi = Math.max(day, this.day);
      var start = lastAtMost(this.byDayDays, lo, 0, this.byDayDays.length) + 1;
      var stop = lastAtMost(this.byDayDays, hi, 0, this.byDayDays.length) + 1;
      // A long jump (Home to End: 1,000,000 entries at 100,000 facilities) walks more
      // entries than there are facilities; looking each facility up at the day (a binary
      // search in its own entries, as at page load) is then cheaper, and finds the same.
      if (stop - start > this.size) {
        for (f = 0; f < this.size; f++) this._check(f, day, changed, previous);
        this.day = day;
        return {changed: changed, previous: previous};
      }
      var generation = ++this.generation;
      for (var i = start; i < stop; i++) {
        var facility = this.entryFacility[this.byDay[i]];
        if (this.stamp[facility] !== generation) {
          this.stamp[facility] = generation;
          this._check(facility, day, changed, previous);
        }
      }
    }
    this.day = day;
    return {changed: changed, previous: previous};
  };

  PostureModel.prototype._check = function (f, day, changed, previous) {
    var entry = this.governingAt(f, day);
    if (entry !== this.current[f]) {
      changed.push(f);
      previous.push(this.current[f]);
      this.current[f] = entry;
    }
  };

  /* The nearest day with a change after (direction 1) or before (-1) `day`, or null. */
  PostureModel.prototype.nearestChange = function (day, direction) {
    var days = this.changeDays;
    var index = lastAtMost(days, direction > 0 ? day : day - 1, 0, days.length);
    var found = direction > 0 ? index + 1 : index;
    return found >= 0 && found < days.length ? days[found] : null;
  };

  /* How many entries take effect on each day from `start` to `end`, for the change strip. */
  PostureModel.prototype.changesPerDay = function (start, end) {
    var histogram = new Uint32Array(Math.max(0, end - start + 1));
    var days = this.byDayDays;
    for (var i = 0; i < days.length; i++) {
      var offset = days[i] - start;
      if (offset >= 0 && offset < histogram.length) histogram[offset]++;
    }
    return histogram;
  };

  PostureModel.sortedByDay = entriesByDay;  // PostureAge sorts its events the same way
  global.PostureModel = PostureModel;
  global.PostureDates = {dayToIso: dayToIso, isoToDay: isoToDay, addMonths: addMonths};
  global.PostureRule = {counts: counts, compareEntries: compareEntries, recordedInstant: recordedInstant,
                        timeline: timeline, governing: governing};
})(window);
