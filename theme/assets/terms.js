// Each glossary definition is written once per page, in the hidden .term-tips block. When the
// reader hovers or focuses a term link, this moves the definition the link names next to it,
// where the stylesheet shows it as a tooltip; Escape hides it until the next hover or focus.
(function () {
  "use strict";
  var shown = null;
  function show(event) {
    var link = event.target.closest ? event.target.closest(".term > a") : null;
    if (!link) return;
    var tip = document.getElementById(link.getAttribute("aria-describedby"));
    if (!tip) return;
    if (tip.parentNode !== link.parentNode) link.parentNode.appendChild(tip);
    tip.classList.remove("dismissed");
    shown = tip;
    keepOnScreen(tip);
  }
  // The tip starts under the link's first letter; near the right edge (a phone) shift it left.
  function keepOnScreen(tip) {
    tip.style.left = "";
    var margin = 8, box = tip.getBoundingClientRect();
    if (box.width === 0) return;
    var over = box.right - (document.documentElement.clientWidth - margin);
    if (over > 0) tip.style.left = -Math.min(over, box.left - margin) + "px";
  }
  document.addEventListener("mouseover", show);
  document.addEventListener("focusin", show);
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && shown) shown.classList.add("dismissed");
  });
})();
