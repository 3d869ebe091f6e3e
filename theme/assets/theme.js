// Light or dark: follows the system until the reader picks one with the header button, and
// remembers the pick. Loaded in <head>, before the page paints, so it never flashes.
(function () {
  "use strict";
  var key = "knowledge-site:theme";
  var root = document.documentElement;
  var stored = null;
  try { stored = window.localStorage.getItem(key); } catch (e) { /* storage may be off */ }
  if (stored === "dark" || stored === "light") root.setAttribute("data-theme", stored);

  function isDark() {
    var chosen = root.getAttribute("data-theme");
    if (chosen) return chosen === "dark";
    return window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches;
  }

  document.addEventListener("DOMContentLoaded", function () {
    var button = document.querySelector(".theme-toggle");
    if (!button) return;
    button.setAttribute("aria-pressed", isDark() ? "true" : "false");
    button.hidden = false;
    button.addEventListener("click", function () {
      var next = isDark() ? "light" : "dark";
      root.setAttribute("data-theme", next);
      button.setAttribute("aria-pressed", next === "dark" ? "true" : "false");
      try { window.localStorage.setItem(key, next); } catch (e) { /* not remembered, still applied */ }
    });
  });
})();
