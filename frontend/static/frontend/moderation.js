/*
 * Coordinator pages: listen on the WebSocket for alerts and held messages of her organisation
 * and show them at once in a banner, without a reload. The frames carry ids only; the pages
 * behind the banner's link show the details, scoped to her.
 */
(function () {
  "use strict";

  var banner = document.getElementById("live-alert");
  if (!banner || !window.WebSocket) {
    return;
  }

  function bump(name) {
    document.querySelectorAll("[data-live-count='" + name + "']").forEach(function (counter) {
      counter.textContent = String((Number(counter.textContent) || 0) + 1);
    });
  }

  function announce(message, url, urgent) {
    var line = document.createElement("p");
    line.textContent = message + " ";
    var link = document.createElement("a");
    link.href = url;
    link.textContent = banner.getAttribute("data-open-text");
    line.append(link);
    banner.replaceChildren(line);
    banner.classList.toggle("live-alert--urgent", urgent);
    banner.hidden = false;
  }

  function handle(frame) {
    if (frame.type === "ready") {
      banner.setAttribute("data-connected", "true");
    } else if (frame.type === "alert") {
      var urgent = frame.kind === "urgent";
      bump("alerts");
      if (urgent) {
        bump("urgent");
      }
      announce(
        banner.getAttribute(urgent ? "data-urgent-text" : "data-alert-text"),
        banner.getAttribute("data-alerts-url"),
        urgent
      );
    } else if (frame.type === "queue") {
      bump("held");
      if (!banner.classList.contains("live-alert--urgent") || banner.hidden) {
        announce(banner.getAttribute("data-queue-text"), banner.getAttribute("data-queue-url"), false);
      }
    }
  }

  function closed() {
    banner.setAttribute("data-connected", "false");
  }

  window.VerderLive.open({ onFrame: handle, onClose: closed, onSignedOut: closed });
})();
