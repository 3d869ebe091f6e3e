// Light, dark, or the system's choice (the default): the header's Theme menu sets it and it is
// remembered. Loaded in <head>, before the page paints, so a chosen theme never flashes.
(function () {
  "use strict";
  var key = "knowledge-site:theme";
  var root = document.documentElement;
  var stored = null;
  try { stored = window.localStorage.getItem(key); } catch (e) { /* storage may be off */ }
  if (stored === "dark" || stored === "light") root.setAttribute("data-theme", stored);

  document.addEventListener("DOMContentLoaded", function () {
    var choice = document.getElementById("theme-choice");
    if (!choice) return;
    choice.value = root.getAttribute("data-theme") || "system";
    choice.closest(".theme-choice").hidden = false;
    choice.addEventListener("change", function () {
      var picked = choice.value;
      try {
        if (picked === "system") window.localStorage.removeItem(key);
        else window.localStorage.setItem(key, picked);
      } catch (e) { /* not remembered, still applied */ }
      if (picked === "system") root.removeAttribute("data-theme");
      else root.setAttribute("data-theme", picked);
    });
  });
})();
