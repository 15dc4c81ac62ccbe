/*
 * The conversation list keeps its unread counts live. Whenever the socket says a conversation
 * moved on (a message for her, a paused conversation, or a heartbeat naming a later seq than the
 * card was rendered with), the list is fetched again from the server and swapped in: the counts
 * are the server's (read markers, held messages left out) and its translations, never a count
 * kept in the browser. The status line says only the neutral "You have a new message".
 */
(function () {
  "use strict";

  var root = document.querySelector("[data-inbox]");
  if (!root || !window.VerderLive) {
    return;
  }
  var status = root.querySelector("[data-inbox-status]");
  var known = {};
  var connectedBefore = false;
  var refreshing = false;
  var again = false;

  function remember() {
    root.querySelectorAll("[data-conversation]").forEach(function (card) {
      known[card.getAttribute("data-conversation")] = Number(card.getAttribute("data-latest")) || 0;
    });
  }

  function swap(html) {
    var fresh = new DOMParser().parseFromString(html, "text/html").querySelector("[data-inbox-list]");
    if (fresh) {
      var target = root.querySelector("[data-inbox-list]");
      target.replaceChildren.apply(target, Array.prototype.slice.call(fresh.childNodes));
      remember();
    }
  }

  function refresh() {
    if (refreshing) {
      again = true;
      return;
    }
    refreshing = true;
    fetch(window.location.href, { credentials: "same-origin", headers: { Accept: "text/html" } })
      .then(function (response) {
        // Signed out meanwhile: the socket's 4401 takes her to the login page.
        return response.ok && !response.redirected ? response.text() : null;
      })
      .then(function (html) {
        if (html) {
          swap(html);
        }
      })
      .catch(function () {
        // Offline for a moment: the next frame or heartbeat tries again.
      })
      .finally(function () {
        refreshing = false;
        if (again) {
          again = false;
          refresh();
        }
      });
  }

  function handle(frame) {
    if (frame.type === "ready") {
      root.setAttribute("data-connected", "true");
      if (connectedBefore) {
        // Back after a drop: whatever came meanwhile.
        refresh();
      }
      connectedBefore = true;
    } else if (frame.type === "message") {
      if (frame.notification) {
        // In the page's language (the frame's follows her profile); the same neutral words.
        status.textContent = root.getAttribute("data-text-new");
      }
      refresh();
    } else if (frame.type === "conversation") {
      refresh();
    } else if (frame.type === "heartbeat") {
      var moved = Object.keys(frame.latest).some(function (id) {
        return frame.latest[id] > (known[id] || 0);
      });
      if (moved) {
        refresh();
      }
    }
  }

  function closed() {
    root.setAttribute("data-connected", "false");
  }

  function signedOut() {
    closed();
    root.querySelector("[data-inbox-list]").textContent = "";
    window.location.replace(root.getAttribute("data-login-url") || "/accounts/login/");
  }

  remember();
  window.VerderLive.open({ onFrame: handle, onClose: closed, onSignedOut: signedOut });
})();
