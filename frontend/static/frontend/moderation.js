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

  var HEARTBEAT_GAP_MS = 45000;
  var MAX_BACKOFF_MS = 30000;
  var SIGNED_OUT = 4401;
  var socket = null;
  var attempts = 0;
  var lastFrameAt = 0;

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
    lastFrameAt = Date.now();
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

  function connect() {
    var scheme = window.location.protocol === "https:" ? "wss://" : "ws://";
    socket = new WebSocket(scheme + window.location.host + "/ws/");
    lastFrameAt = Date.now();
    socket.addEventListener("open", function () {
      attempts = 0;
    });
    socket.addEventListener("message", function (event) {
      try {
        handle(JSON.parse(event.data));
      } catch (error) {
        // Ignore a frame this page does not understand.
      }
    });
    socket.addEventListener("close", function (event) {
      socket = null;
      banner.setAttribute("data-connected", "false");
      if (event.code === SIGNED_OUT) {
        return;
      }
      var delay = Math.min(MAX_BACKOFF_MS, 1000 * Math.pow(2, attempts));
      attempts += 1;
      setTimeout(connect, delay / 2 + Math.random() * (delay / 2));
    });
  }

  setInterval(function () {
    if (socket && socket.readyState === WebSocket.OPEN && Date.now() - lastFrameAt > HEARTBEAT_GAP_MS) {
      socket.close();
    }
  }, 5000);

  connect();
})();
