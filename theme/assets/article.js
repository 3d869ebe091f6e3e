// The article page's layout, as progressive enhancement: without this script the contents are a
// <details> to open, side notes stand in a grid beside their text on wide screens and under it on
// narrow ones, and a note marker is a plain link to its note.
//  - Contents: open in the left margin on wide screens; the link of the section in view gets
//    aria-current="true".
//  - Wide screens (64rem up): each side note is lined up with its marker's line, shifted only as
//    far as its neighbours need (at most a line above its marker); a marker whose note is on the screen highlights the note
//    instead of scrolling to it.
//  - Narrow screens: notes fold away; a marker opens its note in place under the paragraph and
//    closes it again (aria-expanded on the marker).
(function () {
  "use strict";
  var root = document.documentElement;
  var article = document.querySelector(".article");
  if (!article) return;
  var wideNotes = window.matchMedia("(min-width: 64rem)");
  var wideContents = window.matchMedia("(min-width: 80rem)");
  var markers = Array.prototype.slice.call(article.querySelectorAll(".note-ref a"));
  var gap = 6;

  function noteOf(marker) {
    return document.getElementById(marker.getAttribute("href").slice(1));
  }

  // Contents in the margin, with the section in view marked.
  var fold = article.querySelector(".toc-fold");
  var tocLinks = fold ? Array.prototype.slice.call(fold.querySelectorAll("a[href^='#']")) : [];
  var sections = tocLinks.map(function (link) { return document.getElementById(link.getAttribute("href").slice(1)); });
  function placeContents() {
    if (fold && wideContents.matches) fold.open = true;
  }
  function markSection() {
    var line = window.innerHeight * 0.25;
    var current = -1;
    sections.forEach(function (section, i) {
      if (section && section.getBoundingClientRect().top <= line) current = i;
    });
    if (current < 0 && sections.length) current = 0;
    tocLinks.forEach(function (link, i) {
      if (i === current) link.setAttribute("aria-current", "true");
      else link.removeAttribute("aria-current");
    });
  }

  // Side notes beside their marker's line (wide) or folded under their text (narrow). Notes that
  // would overlap form a run; a run is centred on its markers' lines, no note starting more than
  // a line above its marker, and never above the end of the run before it.
  function alignNotes() {
    var notes = Array.prototype.slice.call(article.querySelectorAll(".sidenote"));
    notes.forEach(function (note) { note.style.top = ""; });
    if (!wideNotes.matches) return;
    var line = parseFloat(window.getComputedStyle(article.querySelector("p.para") || article).lineHeight) || 28;
    var runs = [];
    function bottomOf(run) { return run.top + run.height; }
    // Where a run would stand by itself: centred on its markers, no note more than a line above its marker.
    function ideal(run) {
      var sum = 0, lowest = -Infinity;
      run.items.forEach(function (item) {
        sum += item.want - item.offset;
        lowest = Math.max(lowest, item.want - item.offset - line);
      });
      return Math.max(sum / run.items.length, lowest);
    }
    // A paragraph the editors rendered whole carries copies of its markers in the clearer text;
    // the one on screen is the one to line up with.
    function visibleMarker(note) {
      var marker = document.getElementById(note.querySelector(".sn-back").getAttribute("href").slice(1));
      if (marker && marker.getClientRects().length) return marker;
      var copies = article.querySelectorAll('.note-ref a[href="#' + note.id + '"]');
      for (var i = 0; i < copies.length; i++) if (copies[i].getClientRects().length) return copies[i];
      return marker;
    }
    notes.forEach(function (note) {
      var marker = visibleMarker(note);
      var want = (marker || note.parentNode).getBoundingClientRect().top + window.scrollY;
      var run = { items: [{ note: note, want: want, offset: 0 }], height: note.getBoundingClientRect().height };
      // A run that would overlap the one before joins it, and the joined run is placed again.
      while (runs.length && ideal(run) < bottomOf(runs[runs.length - 1]) + gap) {
        var into = runs.pop();
        run.items.forEach(function (item) { item.offset += into.height + gap; into.items.push(item); });
        into.height += gap + run.height;
        run = into;
      }
      var before = runs[runs.length - 1];
      run.top = Math.max(ideal(run), before ? bottomOf(before) + gap : -Infinity);
      runs.push(run);
    });
    runs.forEach(function (run) {
      run.items.forEach(function (item) {
        var box = item.note.parentNode.getBoundingClientRect().top + window.scrollY;
        item.note.style.top = (run.top + item.offset - box) + "px";
      });
    });
  }
  function layOut() {
    var wide = wideNotes.matches;
    root.classList.toggle("notes-aligned", wide);
    root.classList.toggle("notes-folded", !wide);
    markers.forEach(function (marker) {
      if (wide) marker.removeAttribute("aria-expanded");
      else {
        var note = noteOf(marker);
        if (!note) return;
        marker.setAttribute("aria-controls", note.id);
        marker.setAttribute("aria-expanded", note.classList.contains("open") ? "true" : "false");
      }
    });
    alignNotes();
    placeContents();
    markSection();
  }

  function onScreen(element) {
    var r = element.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  }
  article.addEventListener("click", function (event) {
    var marker = event.target.closest ? event.target.closest(".note-ref a") : null;
    if (!marker) return;
    var note = noteOf(marker);
    if (!note) return;
    event.preventDefault();
    if (!wideNotes.matches) {
      var open = !note.classList.contains("open");
      note.classList.toggle("open", open);
      marker.setAttribute("aria-expanded", open ? "true" : "false");
      return;
    }
    // The note stands beside the marker: say where it is (the address, the highlight) without
    // moving the page; scroll only as far as needed when it is off the screen.
    if (location.hash !== marker.getAttribute("href")) history.pushState(null, "", marker.getAttribute("href"));
    article.querySelectorAll(".sidenote.is-current").forEach(function (other) { other.classList.remove("is-current"); });
    note.classList.add("is-current");
    if (!onScreen(note)) note.scrollIntoView({ block: "nearest" });
  });

  // A link from elsewhere to a note (#sn-4) opens it, folded or not.
  function openTargetNote() {
    var target = location.hash ? document.getElementById(location.hash.slice(1)) : null;
    if (!target || !target.classList.contains("sidenote")) return;
    target.classList.add("open");
    var marker = document.getElementById(target.querySelector(".sn-back").getAttribute("href").slice(1));
    if (marker && !wideNotes.matches) marker.setAttribute("aria-expanded", "true");
  }
  window.addEventListener("hashchange", openTargetNote);

  var pending = false;
  window.addEventListener("scroll", function () {
    if (pending) return;
    pending = true;
    window.requestAnimationFrame(function () { pending = false; markSection(); });
  }, { passive: true });
  wideNotes.addEventListener("change", layOut);
  wideContents.addEventListener("change", layOut);
  // Text reflows when the window resizes or the clearer reading swaps phrases: line the notes up again.
  if (window.ResizeObserver) {
    var body = article.querySelector(".article-body");
    var lastWidth = -1, lastHeight = -1;
    new ResizeObserver(function () {
      var r = body.getBoundingClientRect();
      if (r.width === lastWidth && r.height === lastHeight) return;
      lastWidth = r.width; lastHeight = r.height;
      alignNotes();
    }).observe(body);
  } else {
    window.addEventListener("resize", alignNotes);
  }
  // On paper nothing can be opened: print the editors' introduction unfolded.
  var intro = article.querySelector(".article-intro");
  if (intro) window.addEventListener("beforeprint", function () { intro.open = true; });
  openTargetNote();
  layOut();
})();
