/* "Play": the map moves a day at a time at a speed a reader can follow (a day, a week or a
 * month a second), and holds at each date where something changed, so every change is
 * seen (README, "The map"). Timers, not animation frames: the speed is the reader's,
 * not the screen's.
 */
(function (global) {
  "use strict";

  var HOLD = 1500;  // ms shown at each date with a change
  var FASTEST = 33; // ms: a day a frame at most

  function TimePlayer(page, button, speed) {
    this.page = page;
    this.button = button;
    this.speed = speed;
    this.playing = false;
    this.timer = 0;
    var player = this;
    button.addEventListener("click", function () { player.toggle(); });
  }

  /* Milliseconds between two days at the chosen speed (days a second). */
  TimePlayer.prototype.interval = function () {
    return Math.max(FASTEST, 1000 / Math.max(1, +this.speed.value || 7));
  };

  TimePlayer.prototype.toggle = function () {
    var page = this.page;
    this.playing = !this.playing;
    this.button.setAttribute("aria-pressed", String(this.playing));
    this.button.textContent = this.playing ? "❚❚ Pause" : "▶ Play";
    clearTimeout(this.timer);
    if (!this.playing) return;
    if (page.model.day >= page.maxDay) page.setDay(page.minDay);
    this.schedule(this.interval());
  };

  TimePlayer.prototype.schedule = function (delay) {
    var player = this;
    this.timer = setTimeout(function () { player.tick(); }, delay);
  };

  /* One day on; a date with a change is held longer. */
  TimePlayer.prototype.tick = function () {
    var page = this.page;
    if (!this.playing) return;
    if (page.model.day >= page.maxDay) return this.toggle();
    var day = page.model.day + 1;
    page.setDay(day);
    var changed = page.model.nearestChange(day - 1, 1) === day;
    this.schedule(changed ? Math.max(HOLD, this.interval()) : this.interval());
  };

  global.TimePlayer = TimePlayer;
})(window);
