// Glossary previews and the "show every glossary link" switch.
//
// Each definition is written once per page, in the hidden .term-tips block, and every link to the
// term names it with aria-describedby. This script shows it in one preview, moved beside the link:
// - mouse: after a short hover (so the pointer can cross the text without a flurry of boxes),
//   kept open while the pointer is over the link or the preview, closed a moment after it leaves;
// - keyboard: as soon as the link has focus;
// - touch: a tap opens the preview instead of following the link; the preview then has a link to
//   the entry and a close button, and a second tap, a tap elsewhere or Escape closes it.
// Escape closes any preview without moving focus. The preview stays inside the text column (so it
// never covers the side notes in the margin), inside the screen, and below or above its line,
// moved past any side note in the way (on narrow screens the notes sit between paragraphs).
(function () {
  "use strict";
  var tips = document.querySelector(".term-tips");
  if (!tips) return;
  var OPEN_DELAY = 300, CLOSE_DELAY = 250, EDGE = 8, GAP = 4, WIDEST = 352;
  var preview = null, actions = null, entry = null, tip = null;
  var current = null, mode = null, dismissed = null;
  var openTimer = 0, closeTimer = 0, pending = null;
  var pressed = false, lastPointer = "", restoring = false;

  function termLink(node) {
    return node && node.closest ? node.closest(".term > a[href]") : null;
  }
  function inPreview(node) {
    return !!(preview && node && preview.contains(node));
  }

  function build() {
    preview = document.createElement("span");
    preview.className = "term-preview";
    preview.hidden = true;
    actions = document.createElement("span");
    actions.className = "term-preview-actions";
    entry = document.createElement("a");
    entry.className = "term-preview-entry";
    entry.textContent = tips.getAttribute("data-entry-label");
    var close = document.createElement("button");
    close.type = "button";
    close.className = "term-preview-close";
    close.setAttribute("aria-label", tips.getAttribute("data-close-label"));
    close.textContent = "\u00d7";
    close.addEventListener("click", function () { hide(); });
    actions.appendChild(entry);
    actions.appendChild(close);
    preview.appendChild(actions);
  }

  function show(link, how) {
    cancelOpen();
    cancelClose();
    var next = document.getElementById(link.getAttribute("aria-describedby"));
    if (!next) return;
    if (!preview) build();
    if (tip && tip !== next) tips.appendChild(tip);   // back where every other link can still name it
    tip = next;
    preview.insertBefore(tip, actions);
    preview.setAttribute("lang", tip.getAttribute("lang") || "en");
    link.parentNode.appendChild(preview);
    actions.hidden = how !== "touch";
    entry.setAttribute("href", link.getAttribute("href"));
    current = link;
    mode = how;
    dismissed = null;
    preview.hidden = false;
    place(link);
  }

  function hide() {
    cancelOpen();
    cancelClose();
    if (!current) return;
    var link = current, focusInside = inPreview(document.activeElement);
    preview.hidden = true;
    current = null;
    mode = null;
    if (focusInside) {                              // the close button had focus: give it back to the term
      restoring = true;
      link.focus();
      restoring = false;
    }
  }

  function cancelOpen() { clearTimeout(openTimer); pending = null; }
  function cancelClose() { clearTimeout(closeTimer); }
  function hideSoon() {
    cancelClose();
    closeTimer = setTimeout(hide, CLOSE_DELAY);
  }

  // The box the preview may use: the text block the link sits in, within the screen's edges.
  function column(link) {
    var block = link.closest("p, li, dd, dt, td, th, figcaption, blockquote") || document.querySelector("main") || document.body;
    var box = block.getBoundingClientRect();
    var right = document.documentElement.clientWidth - EDGE;
    return { left: Math.max(EDGE, box.left), right: Math.min(right, box.right) };
  }

  function sideNoteBoxes() {
    var boxes = [];
    document.querySelectorAll(".sidenotes").forEach(function (notes) {
      var box = notes.getBoundingClientRect();
      if (box.width > 0 && box.height > 0) boxes.push(box);
    });
    return boxes;
  }

  function overlaps(a, b) {
    return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  }

  function place(link) {
    var room = column(link);
    preview.style.left = "0px";
    preview.style.top = "0px";
    preview.style.maxWidth = Math.max(0, Math.min(WIDEST, room.right - room.left)) + "px";
    // Where left: 0 and top: 0 put it, in screen coordinates: whatever box it is positioned in.
    var origin = preview.getBoundingClientRect();
    var width = origin.width, height = origin.height;
    var lines = link.getClientRects();
    var firstLine = lines.length ? lines[0] : link.getBoundingClientRect();
    var lastLine = lines.length ? lines[lines.length - 1] : firstLine;

    var left = Math.max(room.left, Math.min(firstLine.left, room.right - width));
    var notes = sideNoteBoxes();
    var viewport = document.documentElement.clientHeight;
    // Below the line, or above it; where a side note is in the way (on narrow screens they sit
    // between paragraphs), just past that note, the nearest free place in that direction.
    function settle(top, down) {
      for (var tries = 0; tries <= notes.length; tries++) {
        var box = { left: left, right: left + width, top: top, bottom: top + height };
        var hit = notes.filter(function (n) { return overlaps(box, n); })[0];
        if (!hit) return box;
        top = down ? hit.bottom + GAP : hit.top - GAP - height;
      }
      return null;
    }
    function distance(box) { return box.top >= lastLine.bottom ? box.top - lastLine.bottom : firstLine.top - box.bottom; }
    function onScreen(box) { return box.top >= 0 && box.bottom <= viewport; }
    var candidates = [settle(lastLine.bottom + GAP, true), settle(firstLine.top - GAP - height, false)]
      .filter(Boolean).sort(function (a, b) { return distance(a) - distance(b); });
    var choice = candidates.filter(onScreen)[0] || candidates[0]
      || { left: left, top: lastLine.bottom + GAP };

    preview.style.left = (choice.left - origin.left) + "px";
    preview.style.top = (choice.top - origin.top) + "px";
    // A preview asked for by a tap or by focus is brought into view; one that opens on hover never scrolls the page.
    if (mode !== "hover" && !onScreen(choice)) preview.scrollIntoView({ block: "nearest", behavior: "instant" });
  }

  // Mouse and pen: open after a short hover, keep open while over the link or the preview.
  document.addEventListener("pointerover", function (event) {
    if (event.pointerType === "touch") return;
    var link = termLink(event.target);
    if (inPreview(event.target) || (link && link === current)) { cancelClose(); return; }
    if (!link || link === dismissed || mode === "touch" || link === pending) return;
    cancelOpen();
    pending = link;
    openTimer = setTimeout(function () { show(link, "hover"); }, OPEN_DELAY);
  });
  document.addEventListener("pointerout", function (event) {
    if (event.pointerType === "touch") return;
    var link = termLink(event.target);
    var from = link || (inPreview(event.target) ? preview : null);
    if (!from) return;
    var to = event.relatedTarget;
    if (to && (from.contains(to) || inPreview(to) || (current && current.contains(to)))) return;
    if (link && link === pending) cancelOpen();
    if (link && link === dismissed) dismissed = null;
    if (mode === "hover") hideSoon();
  });

  // Keyboard: open on focus, close when focus leaves. A press of a pointer also focuses the link;
  // the mouse's hover and the touch's tap handle those.
  document.addEventListener("pointerdown", function (event) {
    pressed = true;
    lastPointer = event.pointerType;
    if (current && !inPreview(event.target) && termLink(event.target) !== current) hide();
  }, true);
  document.addEventListener("keydown", function () { pressed = false; }, true);
  document.addEventListener("focusin", function (event) {
    var byPointer = pressed;
    pressed = false;
    if (restoring || inPreview(event.target)) return;
    var link = termLink(event.target);
    if (link && link === current) return;
    if (current && mode !== "hover") hide();
    if (link && !byPointer) show(link, "focus");
  });

  // Touch: the first tap opens the preview; the link inside it leads to the entry.
  document.addEventListener("click", function (event) {
    var link = termLink(event.target);
    if (!link) return;
    var pointer = typeof event.pointerType === "string" ? event.pointerType : lastPointer;
    if (pointer !== "touch" || event.detail === 0) return;
    event.preventDefault();
    if (link === current && mode === "touch") hide(); else show(link, "touch");
  });

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" || !current) return;
    dismissed = current;
    hide();
  });
  window.addEventListener("resize", function () { if (current) place(current); });

  // "Show every glossary link": a repeat's anchor gets its href and description, and becomes a term link.
  var key = "knowledge-site:every-term-link";
  var button = document.getElementById("every-term-link");
  if (!button) return;
  function stored() {
    try { return window.localStorage.getItem(key) === "on"; } catch (e) { return false; }
  }
  function apply(on) {
    document.querySelectorAll(".term-repeat > a[data-href]").forEach(function (anchor) {
      anchor.parentNode.classList.toggle("term", on);
      if (on) {
        anchor.setAttribute("href", anchor.getAttribute("data-href"));
        anchor.setAttribute("aria-describedby", anchor.getAttribute("data-tip"));
      } else {
        if (anchor === current) hide();
        anchor.removeAttribute("href");
        anchor.removeAttribute("aria-describedby");
      }
    });
    button.setAttribute("aria-pressed", on ? "true" : "false");
  }
  button.addEventListener("click", function () {
    var on = button.getAttribute("aria-pressed") !== "true";
    apply(on);
    try { window.localStorage.setItem(key, on ? "on" : "off"); } catch (e) { /* storage may be off under file:// */ }
  });
  button.parentNode.hidden = false;
  apply(stored());
})();
