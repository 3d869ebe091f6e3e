// The phone header's "Menu" disclosure: Escape closes it and gives focus back to its button, and so
// does a click outside it. Without this script it is still a working <details>.
(function () {
  "use strict";
  var menu = document.querySelector(".site-menu");
  if (!menu) return;
  var button = menu.querySelector("summary");
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" || !menu.open) return;
    var inside = menu.contains(document.activeElement);
    menu.open = false;
    if (inside) button.focus();
  });
  document.addEventListener("click", function (event) {
    if (menu.open && !menu.contains(event.target)) menu.open = false;
  });
})();
