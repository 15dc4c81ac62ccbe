/*
 * Quick exit: the button, or Escape pressed twice within a second, leaves for a neutral site.
 * The page is emptied first, so nothing stays on screen while the next one loads, and
 * location.replace() takes this page out of the history, so Back does not return to it.
 * A signed-in participant is also signed out, so reopening the app shows only the login page.
 */
(function () {
  "use strict";

  var DOUBLE_PRESS_MS = 1000;
  var link = document.querySelector("[data-quick-exit]");
  if (!link) {
    return;
  }
  var exitUrl = link.getAttribute("data-exit-url") || link.href;
  var leaving = false;
  var lastEscape = 0;

  function signOut() {
    var logoutUrl = link.getAttribute("data-logout-url");
    var token = link.getAttribute("data-csrf-token");
    if (!logoutUrl || !token || !navigator.sendBeacon) {
      return;
    }
    var data = new FormData();
    data.append("csrfmiddlewaretoken", token);
    navigator.sendBeacon(logoutUrl, data);
  }

  function leave(event) {
    if (event) {
      event.preventDefault();
    }
    if (leaving) {
      return;
    }
    leaving = true;
    signOut();
    document.title = "";
    document.body.replaceChildren();
    window.location.replace(exitUrl);
  }

  link.addEventListener("click", leave);

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" && event.key !== "Esc") {
      return;
    }
    var now = Date.now();
    if (now - lastEscape <= DOUBLE_PRESS_MS) {
      leave(event);
    } else {
      lastEscape = now;
    }
  });

  // A page restored from the back-forward cache would show old content without asking the
  // server; reload it so the server decides (after a quick exit: the login page).
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) {
      window.location.reload();
    }
  });
})();
