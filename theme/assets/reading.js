// The "clearer reading" switch on the article page. Without JavaScript the switch stays hidden
// and the page shows the text as published; with it, the reader's choice is remembered.
(function () {
  "use strict";
  var key = "knowledge-site:clearer-reading";
  var root = document.documentElement;
  var box = document.querySelector(".reading-switch");
  var button = document.getElementById("clearer-reading");
  if (!box || !button) return;

  function stored() {
    try { return window.localStorage.getItem(key) === "on"; } catch (e) { return false; }
  }
  function apply(on) {
    root.classList.toggle("clearer", on);
    button.setAttribute("aria-pressed", on ? "true" : "false");
  }
  button.addEventListener("click", function () {
    var on = button.getAttribute("aria-pressed") !== "true";
    apply(on);
    try { window.localStorage.setItem(key, on ? "on" : "off"); } catch (e) { /* storage may be off under file:// */ }
  });
  // The help shows as a tip while the button is hovered or focused (site.css); Escape hides it
  // until the pointer or the focus leaves.
  button.addEventListener("keydown", function (event) {
    if (event.key === "Escape") box.classList.add("help-dismissed");
  });
  function undismiss() { box.classList.remove("help-dismissed"); }
  button.addEventListener("blur", undismiss);
  button.addEventListener("mouseleave", undismiss);
  box.hidden = false;
  apply(stored());
})();
