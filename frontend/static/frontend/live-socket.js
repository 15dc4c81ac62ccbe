/*
 * The page's one WebSocket at /ws/ (see messaging/consumers.py), shared by the chat, the inbox
 * and the coordinator's live banner:
 *
 * - reconnects after a drop with a jittered exponential backoff, reset by the server's "ready";
 * - a socket that has heard nothing (not even a heartbeat) for too long is dead even if the
 *   browser has not noticed: it is closed, which reconnects;
 * - 4401 means signed out (idle, elsewhere, a reset): it stops for good and tells the page.
 *
 * VerderLive.open({onFrame, onClose, onSignedOut}) returns {send(frame) -> bool}.
 */
(function () {
  "use strict";

  var HEARTBEAT_GAP_MS = 45000;
  var MAX_BACKOFF_MS = 30000;
  var SIGNED_OUT = 4401;

  function open(options) {
    var socket = null;
    var attempts = 0;
    var lastFrameAt = 0;
    var stopped = false;

    function connect() {
      if (stopped) {
        return;
      }
      var scheme = window.location.protocol === "https:" ? "wss://" : "ws://";
      socket = new WebSocket(scheme + window.location.host + "/ws/");
      lastFrameAt = Date.now();
      socket.addEventListener("message", function (event) {
        lastFrameAt = Date.now();
        try {
          var frame = JSON.parse(event.data);
          if (frame.type === "ready") {
            attempts = 0;
          }
          options.onFrame(frame);
        } catch (error) {
          // A frame this page does not understand is not a reason to drop the socket.
        }
      });
      socket.addEventListener("close", function (event) {
        socket = null;
        if (event.code === SIGNED_OUT) {
          stopped = true;
          if (options.onSignedOut) {
            options.onSignedOut();
          }
          return;
        }
        if (options.onClose) {
          options.onClose(event);
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

    return {
      send: function (frame) {
        if (socket && socket.readyState === WebSocket.OPEN) {
          socket.send(JSON.stringify(frame));
          return true;
        }
        return false;
      }
    };
  }

  window.VerderLive = { open: open };
})();
