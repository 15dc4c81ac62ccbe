/*
 * A live conversation over the one WebSocket at /ws/ (see messaging/consumers.py).
 *
 * - After every (re)connect it sends "sync" with the highest seq it holds, so whatever the
 *   at-most-once channel layer dropped comes back from the database.
 * - A heartbeat reports the latest seq; holding less means something was missed: sync. No frame
 *   for too long means the socket is dead even if it looks open: reconnect.
 * - Each message gets its client id before the first attempt. When the socket is down or no ack
 *   comes, it is posted over REST with the same id; the server stores it once either way.
 * - A held message of her own shows "waiting for review"; others never receive it.
 */
(function () {
  "use strict";

  var root = document.querySelector("[data-chat]");
  if (!root) {
    return;
  }

  var ACK_TIMEOUT_MS = 4000;

  var conversation = Number(root.getAttribute("data-conversation"));
  var me = Number(root.getAttribute("data-user"));
  var apiUrl = root.getAttribute("data-api-url");
  var reportUrl = root.getAttribute("data-report-url");
  var canReport = root.getAttribute("data-can-report") === "1";
  var list = root.querySelector("[data-chat-messages]");
  var form = root.querySelector("[data-chat-composer]");
  var statusLine = root.querySelector("[data-chat-status]");
  var latest = Number(root.getAttribute("data-latest")) || 0;
  var pending = {};
  var live = null;

  function text(name) {
    return root.getAttribute("data-text-" + name) || "";
  }

  function csrfToken() {
    var input = document.querySelector("input[name='csrfmiddlewaretoken']");
    return input ? input.value : "";
  }

  function newClientId() {
    if (window.crypto && typeof window.crypto.randomUUID === "function") {
      return window.crypto.randomUUID();
    }
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map.call(bytes, function (b) {
      return ("0" + b.toString(16)).slice(-2);
    }).join("");
    return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join("-");
  }

  function setStatus(message) {
    statusLine.textContent = message;
  }

  function find(message) {
    var found = null;
    if (message.id) {
      found = list.querySelector("[data-id='" + message.id + "']");
    }
    if (!found && message.client_id) {
      found = list.querySelector("[data-client-id='" + message.client_id + "']");
    }
    return found;
  }

  function stateText(status, mine) {
    if (!mine) {
      return "";
    }
    return { held: text("held"), rejected: text("rejected"), sending: text("sending"), failed: text("failed") }[status] || "";
  }

  function formatTime(iso) {
    var date = iso ? new Date(iso) : new Date();
    return date.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  }

  function reportForm(id) {
    var reportForm = document.createElement("form");
    reportForm.className = "bubble__report";
    reportForm.method = "post";
    reportForm.action = reportUrl.replace(/\/0\/report\/$/, "/" + id + "/report/");
    var token = document.createElement("input");
    token.type = "hidden";
    token.name = "csrfmiddlewaretoken";
    token.value = csrfToken();
    var button = document.createElement("button");
    button.type = "submit";
    button.className = "link-button";
    button.textContent = text("report");
    reportForm.append(token, button);
    return reportForm;
  }

  function build(message, mine) {
    var item = document.createElement("li");
    item.className = "bubble" + (mine ? " bubble--mine" : "");
    var meta = document.createElement("p");
    meta.className = "bubble__meta";
    var sender = document.createElement("span");
    sender.className = "bubble__sender";
    sender.textContent = message.sender_name || text("you");
    var time = document.createElement("time");
    if (message.created_at) {
      time.dateTime = message.created_at;
    }
    time.textContent = formatTime(message.created_at);
    meta.append(sender, " ", time);
    var body = document.createElement("p");
    body.className = "bubble__body";
    body.textContent = message.body;
    item.append(meta, body);
    return item;
  }

  function update(item, message, mine) {
    if (message.id) {
      item.setAttribute("data-id", message.id);
    }
    if (message.seq) {
      item.setAttribute("data-seq", message.seq);
    }
    if (message.client_id) {
      item.setAttribute("data-client-id", message.client_id);
    }
    item.setAttribute("data-status", message.status);
    var state = item.querySelector("[data-state]");
    var wanted = stateText(message.status, mine);
    if (wanted && !state) {
      state = document.createElement("p");
      state.className = "bubble__state";
      state.setAttribute("data-state", "");
      item.querySelector(".bubble__body").after(state);
    }
    if (state) {
      if (wanted) {
        state.textContent = wanted;
      } else {
        state.remove();
      }
    }
    if (!mine && canReport && message.status === "delivered" && message.id && !item.querySelector(".bubble__report")) {
      item.append(reportForm(message.id));
    }
  }

  function show(message) {
    if (message.conversation !== undefined && Number(message.conversation) !== conversation) {
      return;
    }
    var mine = Number(message.sender) === me;
    var empty = list.querySelector("[data-chat-empty]");
    if (empty) {
      empty.remove();
    }
    var item = find(message);
    var moved = item && message.seq && Number(item.getAttribute("data-seq")) !== Number(message.seq);
    if (!item) {
      item = build(message, mine);
      list.append(item);
    } else if (moved) {
      // A released message gets a new seq at the end of the conversation.
      list.append(item);
    }
    update(item, message, mine);
    if (message.seq && message.seq > latest) {
      latest = message.seq;
    }
    if (!mine) {
      markRead();
    }
  }

  function send(frame) {
    return live !== null && live.send(frame);
  }

  function markRead() {
    if (!document.hidden && latest) {
      send({ type: "read", conversation: conversation, seq: latest });
    }
  }

  function sync() {
    var wanted = {};
    wanted[conversation] = latest;
    send({ type: "sync", conversations: wanted });
  }

  function acknowledged(clientId, result) {
    var entry = pending[clientId];
    if (!entry) {
      return;
    }
    clearTimeout(entry.timer);
    delete pending[clientId];
    show({
      id: result.id,
      seq: result.seq,
      client_id: clientId,
      conversation: conversation,
      sender: me,
      status: result.status,
      body: entry.body
    });
  }

  function failed(clientId, message) {
    var entry = pending[clientId];
    if (!entry) {
      return;
    }
    clearTimeout(entry.timer);
    delete pending[clientId];
    var item = list.querySelector("[data-client-id='" + clientId + "']");
    if (item) {
      update(item, { status: "failed" }, true);
      item.querySelector("[data-state]").textContent = message;
    }
  }

  function postOverRest(clientId) {
    var entry = pending[clientId];
    if (!entry || entry.posting) {
      return;
    }
    entry.posting = true;
    fetch(apiUrl, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRFToken": csrfToken(), Accept: "application/json" },
      body: JSON.stringify({ client_id: clientId, body: entry.body })
    })
      .then(function (response) {
        return response.json().then(function (data) {
          return { ok: response.ok, status: response.status, data: data };
        });
      })
      .then(function (answer) {
        entry.posting = false;
        if (answer.ok) {
          acknowledged(clientId, answer.data);
        } else if (answer.status >= 500 || answer.status === 429) {
          // Kept pending: the next connect sends it again with the same id.
          markTrying(clientId);
        } else {
          failed(clientId, answer.data.message || text("failed"));
        }
      })
      .catch(function () {
        entry.posting = false;
        markTrying(clientId);
      });
  }

  function markTrying(clientId) {
    var item = list.querySelector("[data-client-id='" + clientId + "']");
    if (item) {
      update(item, { status: "failed" }, true);
    }
  }

  function attempt(clientId) {
    var entry = pending[clientId];
    if (!entry) {
      return;
    }
    clearTimeout(entry.timer);
    var sent = send({ type: "send", conversation: conversation, client_id: clientId, body: entry.body });
    if (sent) {
      entry.timer = setTimeout(function () {
        postOverRest(clientId);
      }, ACK_TIMEOUT_MS);
    } else {
      postOverRest(clientId);
    }
  }

  function compose(body) {
    var clientId = newClientId();
    pending[clientId] = { body: body, timer: null, posting: false };
    show({ client_id: clientId, conversation: conversation, sender: me, status: "sending", body: body, sender_name: text("you") });
    attempt(clientId);
  }

  function handle(frame) {
    switch (frame.type) {
      case "ready":
        root.setAttribute("data-connected", "true");
        setStatus("");
        sync();
        Object.keys(pending).forEach(attempt);
        break;
      case "messages":
        if (frame.conversation === conversation) {
          frame.messages.forEach(show);
          if (frame.has_more) {
            sync();
          }
        }
        break;
      case "message":
        if (frame.conversation === conversation) {
          if (frame.seq > latest + 1) {
            // Perhaps a dropped frame; held messages also leave gaps, the sync answers both.
            sync();
          }
          show(frame);
        }
        break;
      case "ack":
        acknowledged(frame.client_id, frame);
        break;
      case "heartbeat":
        if ((frame.latest[String(conversation)] || 0) > latest) {
          sync();
        }
        break;
      case "conversation":
        if (frame.id === conversation && frame.paused && form) {
          form.hidden = true;
          setStatus(text("paused"));
        }
        break;
      case "notification":
        // A reminder or a changed appointment: its neutral text, read out by the status region.
        setStatus(frame.text);
        break;
      case "error":
        if (frame.client_id && pending[frame.client_id]) {
          failed(frame.client_id, frame.message);
        }
        break;
      default:
        break;
    }
  }

  function closed() {
    root.setAttribute("data-connected", "false");
    setStatus(text("offline"));
    Object.keys(pending).forEach(postOverRest);
  }

  function signedOut() {
    // Signed out (idle, elsewhere, or a reset): nothing of the conversation stays on the
    // screen, and the history entry is replaced so Back does not bring it back.
    root.setAttribute("data-connected", "false");
    setStatus(text("signed-out"));
    list.textContent = "";
    window.location.replace(root.getAttribute("data-login-url") || "/accounts/login/");
  }

  document.addEventListener("visibilitychange", markRead);

  if (form) {
    var textarea = form.querySelector("textarea");
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var body = textarea.value.trim();
      if (!body) {
        textarea.focus();
        return;
      }
      compose(body);
      textarea.value = "";
      textarea.focus();
    });
    textarea.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        form.requestSubmit();
      }
    });
  }

  live = window.VerderLive.open({ onFrame: handle, onClose: closed, onSignedOut: signedOut });
})();
