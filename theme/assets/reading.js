// The reading switches on the article page: "Clearer reading" (the editors' renderings in place
// of the published phrases) and "English gist" (the editors' gist under each paragraph). Without
// JavaScript the switches stay hidden and the page shows the text as published; with it, each
// choice is remembered.
(function () {
  "use strict";
  var root = document.documentElement;
  var box = document.querySelector(".reading-switch");
  if (!box) return;
  var switches = [
    { id: "clearer-reading", key: "knowledge-site:clearer-reading", className: "clearer" },
    { id: "english-gist", key: "knowledge-site:english-gist", className: "gists" }
  ];

  function stored(key) {
    try { return window.localStorage.getItem(key) === "on"; } catch (e) { return false; }
  }
  function apply(button, className, on) {
    root.classList.toggle(className, on);
    button.setAttribute("aria-pressed", on ? "true" : "false");
  }
  switches.forEach(function (s) {
    var button = document.getElementById(s.id);
    if (!button) return;
    button.addEventListener("click", function () {
      var on = button.getAttribute("aria-pressed") !== "true";
      apply(button, s.className, on);
      try { window.localStorage.setItem(s.key, on ? "on" : "off"); } catch (e) { /* storage may be off under file:// */ }
    });
    // The help shows as a tip while the button is hovered or focused (site.css); Escape hides it
    // until the pointer or the focus leaves.
    button.addEventListener("keydown", function (event) {
      if (event.key === "Escape") box.classList.add("help-dismissed");
    });
    apply(button, s.className, stored(s.key));
  });
  function undismiss() { box.classList.remove("help-dismissed"); }
  box.addEventListener("focusout", undismiss);
  box.addEventListener("mouseleave", undismiss);
  box.hidden = false;
})();
