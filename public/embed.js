/*
 * veriff-capture embed.js: a capture link in a modal frame (README, "Embedding the capture").
 *   VeriffCapture.open(captureUrl, { onEvent(message) {}, onDone({ reason, sessionId, status }) {} })
 * Takes messages only from the frame it opened, from the link's origin; makes no request of its own.
 */
(function () {
  "use strict";
  var SOURCE = "veriff-capture";

  function open(captureUrl, options) {
    options = options || {};
    var url = new URL(captureUrl, window.location.href);
    if (url.protocol !== "https:" && url.protocol !== "http:") throw new TypeError("captureUrl must be an http(s) URL");
    // Which allowed origin is ours, for browsers that cannot tell the framed page.
    url.searchParams.set("embed", window.location.origin);

    var returnFocus = document.activeElement;
    var overflow = document.documentElement.style.overflow;
    var sessionId = null;
    var status = null;
    var finished = false;

    var overlay = element("div", {
      position: "fixed",
      inset: "0",
      zIndex: "2147483647",
      display: "flex",
      alignItems: "center",
      justifyContent: "center",
      background: "rgba(0,0,0,.6)",
    });
    overlay.setAttribute("role", "dialog");
    overlay.setAttribute("aria-modal", "true");
    overlay.setAttribute("aria-label", options.title || "Identity check");

    // Full screen on a phone; a centred box where there is room.
    var roomy = window.matchMedia("(min-width: 640px) and (min-height: 640px)").matches;
    var box = element("div", {
      display: "flex",
      flexDirection: "column",
      width: "100%",
      height: "100%",
      maxWidth: roomy ? "560px" : "none",
      maxHeight: roomy ? "880px" : "none",
      background: "#fff",
      borderRadius: roomy ? "12px" : "0",
      overflow: "hidden",
      boxShadow: "0 10px 40px rgba(0,0,0,.3)",
    });

    var bar = element("div", { display: "flex", justifyContent: "flex-end", flex: "0 0 auto", padding: "4px" });
    var close = element("button", {
      minWidth: "44px",
      minHeight: "44px",
      border: "0",
      borderRadius: "8px",
      background: "transparent",
      color: "#171717",
      font: "28px/1 system-ui, sans-serif",
      cursor: "pointer",
    });
    close.type = "button";
    close.textContent = "\u00d7";
    close.setAttribute("aria-label", options.closeLabel || "Close");
    close.addEventListener("click", function () {
      finish("closed");
    });

    var frame = element("iframe", { flex: "1 1 auto", width: "100%", border: "0", display: "block" });
    frame.setAttribute("allow", "camera");
    frame.title = options.title || "Identity check";
    frame.src = url.href;

    function onMessage(event) {
      var data = event.data;
      if (event.origin !== url.origin || event.source !== frame.contentWindow) return;
      if (!data || typeof data !== "object" || data.source !== SOURCE) return;
      if (data.sessionId) sessionId = data.sessionId;
      if (data.type === "ready" || data.type === "decided") status = data.status;
      if (data.type === "submitted" && /^(created|started|resubmission_requested)?$/.test(status || ""))
        status = "submitted";
      call(options.onEvent, data);
      // A request for new photos is taken in the same frame; any other decision ends it.
      if (data.type === "decided" && data.status !== "resubmission_requested") finish("decided");
    }

    function onKey(event) {
      if (event.key === "Escape") finish("closed");
    }

    function finish(reason) {
      if (finished) return;
      finished = true;
      window.removeEventListener("message", onMessage);
      document.removeEventListener("keydown", onKey);
      overlay.remove();
      document.documentElement.style.overflow = overflow;
      if (returnFocus && typeof returnFocus.focus === "function") returnFocus.focus();
      call(options.onDone, { reason: reason, sessionId: sessionId, status: status });
    }

    window.addEventListener("message", onMessage);
    document.addEventListener("keydown", onKey);
    bar.appendChild(close);
    box.appendChild(bar);
    box.appendChild(frame);
    overlay.appendChild(box);
    document.body.appendChild(overlay);
    document.documentElement.style.overflow = "hidden";
    frame.focus();

    return {
      close: function () {
        finish("closed");
      },
    };
  }

  // Styles through the CSSOM, which a host page's CSP never refuses.
  function element(tag, style) {
    var node = document.createElement(tag);
    Object.assign(node.style, style);
    return node;
  }

  // An error in the host's callback must not break the frame's handling.
  function call(callback, value) {
    if (typeof callback !== "function") return;
    try {
      callback(value);
    } catch (error) {
      setTimeout(function () {
        throw error;
      });
    }
  }

  window.VeriffCapture = { open: open };
})();
