/*
 * Proposal pages: while a run is queued or running, ask the API for its state and reload the
 * page when it has ended; and a "select all" box for approving many proposals at once (it
 * stays hidden without JavaScript, where each box is ticked by hand).
 */
(function () {
  "use strict";

  var POLL_MS = 2000;

  var status = document.querySelector("[data-run-poll]");
  if (status) {
    var url = status.getAttribute("data-run-poll");
    var poll = function () {
      fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (response) {
          return response.ok ? response.json() : null;
        })
        .then(function (run) {
          if (run && run.status !== "queued" && run.status !== "running") {
            window.location.reload();
          } else {
            window.setTimeout(poll, POLL_MS);
          }
        })
        .catch(function () {
          window.setTimeout(poll, POLL_MS * 2);
        });
    };
    window.setTimeout(poll, POLL_MS);
  }

  var wrapper = document.querySelector("[data-select-all]");
  if (wrapper) {
    var all = wrapper.querySelector("input[type=checkbox]");
    var name = all.getAttribute("data-select-all-for");
    var boxes = document.querySelectorAll("input[type=checkbox][name='" + name + "']");
    wrapper.hidden = false;
    all.addEventListener("change", function () {
      boxes.forEach(function (box) {
        box.checked = all.checked;
      });
    });
    boxes.forEach(function (box) {
      box.addEventListener("change", function () {
        var checked = Array.prototype.filter.call(boxes, function (b) {
          return b.checked;
        }).length;
        all.checked = checked === boxes.length;
        all.indeterminate = checked > 0 && checked < boxes.length;
      });
    });
  }
})();
