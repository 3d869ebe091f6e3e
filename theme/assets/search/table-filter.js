// The notes tables' filter, a progressive enhancement: without JavaScript the form stays hidden and
// every row shows. Typing keeps the rows whose text holds every word typed (case and diacritics
// ignored); the kind menu keeps one kind. A kind's heading row goes with its last visible note, and
// the filter is kept in the address (?filter=, ?kind=), so a filtered table can be linked.
(function () {
  "use strict";
  function normalise(text) { return text.normalize("NFD").replace(/\p{Mn}/gu, "").toLowerCase(); }

  document.addEventListener("DOMContentLoaded", function () {
    var form = document.querySelector("form.notes-filter");
    if (!form) return;
    var tables = Array.prototype.slice.call(document.querySelectorAll(form.getAttribute("data-filters")));
    var text = form.querySelector("input[type=search]"), kind = form.querySelector("select"), count = form.querySelector(".notes-filter-count");
    var rows = [];
    tables.forEach(function (table) {
      Array.prototype.forEach.call(table.tBodies, function (body) {
        Array.prototype.forEach.call(body.rows, function (row) {
          if (!row.classList.contains("notes-kind-row")) rows.push({ row: row, body: body, text: normalise(row.textContent) });
        });
      });
    });
    var params = new URLSearchParams(window.location.search);
    text.value = params.get("filter") || "";
    if (params.get("kind") && kind.querySelector("option[value='" + params.get("kind").replace(/[^a-z-]/g, "") + "']")) kind.value = params.get("kind");

    function apply() {
      var words = normalise(text.value).split(/\s+/).filter(Boolean), shown = 0;
      rows.forEach(function (r) {
        var visible = (!kind.value || r.row.getAttribute("data-kind") === kind.value) && words.every(function (w) { return r.text.indexOf(w) >= 0; });
        r.row.hidden = !visible;
        if (visible) shown++;
      });
      tables.forEach(function (table) {
        var any = false;
        Array.prototype.forEach.call(table.tBodies, function (body) {
          var visible = rows.some(function (r) { return r.body === body && !r.row.hidden; });
          body.hidden = !visible;
          any = any || visible;
        });
        var section = table.closest("section");
        (section || table).hidden = !any;
      });
      count.textContent = shown === rows.length ? rows.length + " notes" : shown + " of " + rows.length + " notes shown";
      var address = new URLSearchParams(window.location.search);
      if (text.value) address.set("filter", text.value); else address.delete("filter");
      if (kind.value) address.set("kind", kind.value); else address.delete("kind");
      var query = address.toString();
      try { window.history.replaceState(null, "", window.location.pathname + (query ? "?" + query : "") + window.location.hash); } catch (e) { /* an address that cannot change (some file:// setups) keeps the filter working */ }
    }
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    text.addEventListener("input", apply);
    kind.addEventListener("change", apply);
    form.hidden = false;
    apply();
  });
})();
