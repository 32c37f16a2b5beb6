// The practice round's clock: counts down and sends the form when the time is up.
// Without JavaScript the round still works; the server notes a late answer.
(function () {
  var timer = document.getElementById("timer");
  var form = document.getElementById("practice-form");
  if (!timer || !form) return;
  var left = parseInt(timer.dataset.remaining, 10);
  var display = timer.querySelector(".time-left");
  var tick = function () {
    left -= 1;
    if (display) display.textContent = Math.max(left, 0);
    if (left <= 0) {
      clearInterval(interval);
      form.requestSubmit();
    }
  };
  var interval = setInterval(tick, 1000);
})();
