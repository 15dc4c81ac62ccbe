/*
 * Forms: after a failed submit, move focus to the error summary so it is read out first,
 * and let its links put the cursor in the field they name.
 */
(function () {
  "use strict";

  var summary = document.querySelector("[data-error-summary]");
  if (!summary) {
    return;
  }
  summary.focus();
  summary.addEventListener("click", function (event) {
    var link = event.target.closest("a[href^='#']");
    if (!link) {
      return;
    }
    var target = document.getElementById(link.getAttribute("href").slice(1));
    if (!target) {
      return;
    }
    event.preventDefault();
    var group = target.closest("fieldset, .field");
    (group || target).scrollIntoView({ block: "start" });
    target.focus({ preventScroll: true });
  });
})();
