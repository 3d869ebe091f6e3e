// Offline search. The generator writes the index as a script (assets/search-index.js), loaded
// on first use, because fetch() fails under file://. Queries are normalised and stemmed with the
// same rules as the index (search/stemmer.js mirrors src/Search in C#). Every query word must
// match (by its form, its stem, or — for the word being typed — a prefix). Results are built
// with DOM methods, never innerHTML, so text from the index cannot inject markup.
(function () {
  "use strict";
  var KS = window.KnowledgeSearch = window.KnowledgeSearch || {};
  var hasDocument = typeof document !== "undefined";
  var root = hasDocument ? document.documentElement.getAttribute("data-root") || "" : "";
  var waiting = null;

  function loadIndex(done) {
    if (KS.index) { done(); return; }
    if (waiting) { waiting.push(done); return; }
    waiting = [done];
    var script = document.createElement("script");
    script.src = root + "assets/search-index.js";
    script.onload = function () { var w = waiting; waiting = null; w.forEach(function (f) { f(); }); };
    script.onerror = function () { waiting = null; };
    document.head.appendChild(script);
  }

  function findKey(keys, key) {
    var lo = 0, hi = keys.length - 1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (keys[mid] === key) return mid;
      if (keys[mid] < key) lo = mid + 1; else hi = mid - 1;
    }
    return -lo - 1;
  }

  // The query as terms: each has its exact keys (form and stem) and, for the word still being
  // typed, a prefix.
  function parse(query) {
    var words = KS.tokens(query);
    var typing = !/\s$/.test(query);
    return words.map(function (word, i) {
      var stem = KS.stem(word);
      return { exact: stem === word ? [word] : [word, stem], prefix: typing && i === words.length - 1 ? word : null };
    });
  }

  function matchesTerm(term, word) {
    var stem = KS.stem(word);
    for (var i = 0; i < term.exact.length; i++) if (term.exact[i] === word || term.exact[i] === stem) return true;
    return term.prefix !== null && (word.indexOf(term.prefix) === 0 || stem.indexOf(term.prefix) === 0);
  }

  function score(term) {
    var index = KS.index, keys = index.keys, scores = {};
    function add(k, factor) {
      var at = findKey(keys, k);
      if (at < 0) return;
      var p = index.postings[at];
      for (var j = 0; j < p.length; j += 2) scores[p[j]] = Math.max(scores[p[j]] || 0, p[j + 1] * factor);
    }
    term.exact.forEach(function (k) { add(k, 2); });
    if (term.prefix) {
      var at = findKey(keys, term.prefix);
      for (var i = at >= 0 ? at : -at - 1; i < keys.length && keys[i].indexOf(term.prefix) === 0; i++) add(keys[i], 1);
    }
    return scores;
  }

  KS.search = function (query, limit) {
    var terms = parse(query);
    if (!terms.length || !KS.index) return [];
    var total = null;
    terms.forEach(function (term) {
      var s = score(term);
      if (total === null) { total = s; return; }
      var next = {};
      for (var d in total) if (s[d]) next[d] = total[d] + s[d];
      total = next;
    });
    var hits = Object.keys(total).map(function (d) { return { doc: +d, score: total[d] }; });
    hits.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
    return hits.slice(0, limit || 50).map(function (h) {
      var d = KS.index.docs[h.doc];
      return { kind: d[0], title: d[1], url: d[2], text: d[3], lang: d[4], article: d.length > 5 ? KS.index.articles[d[5]] : null, terms: terms };
    });
  };

  // Text with the matching words marked, cut to a window around the first match.
  function highlighted(text, terms, width) {
    var fragment = document.createDocumentFragment();
    var words = [], re = /[\p{L}\p{N}]+/gu, m;
    while ((m = re.exec(text)) !== null) {
      var norm = KS.normalise(m[0]);
      if (terms.some(function (t) { return matchesTerm(t, norm); })) words.push([m.index, m.index + m[0].length]);
    }
    var from = 0, to = text.length;
    if (width && text.length > width) {
      from = Math.max(0, (words.length ? words[0][0] : 0) - Math.floor(width / 3));
      from = from > 0 ? text.indexOf(" ", from) + 1 : 0;
      to = Math.min(text.length, from + width);
    }
    var at = from;
    if (from > 0) fragment.appendChild(document.createTextNode("… "));
    words.forEach(function (w) {
      if (w[0] < at || w[1] > to) return;
      fragment.appendChild(document.createTextNode(text.slice(at, w[0])));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(w[0], w[1]);
      fragment.appendChild(mark);
      at = w[1];
    });
    fragment.appendChild(document.createTextNode(text.slice(at, to) + (to < text.length ? " …" : "")));
    return fragment;
  }

  function resultContent(result, withLink) {
    var box = document.createElement("div");
    var kind = document.createElement("span");
    kind.className = "result-kind";
    kind.textContent = result.kind;
    box.appendChild(kind);
    var title = document.createElement(withLink ? "a" : "span");
    title.className = "result-title";
    if (withLink) title.href = root + result.url;
    title.appendChild(highlighted(result.title, result.terms));
    box.appendChild(title);
    if (result.article) {
      // Which article a paragraph, argument or note belongs to: with many articles, titles alone are ambiguous.
      var where = document.createElement("span");
      where.className = "result-article";
      where.appendChild(document.createTextNode("in "));
      var name = document.createElement("span");
      name.lang = "id";
      name.textContent = result.article;
      where.appendChild(name);
      box.appendChild(where);
    }
    var snippet = document.createElement("span");
    snippet.className = "result-snippet";
    snippet.lang = result.lang;
    snippet.appendChild(highlighted(result.text, result.terms, 180));
    box.appendChild(snippet);
    return box;
  }

  // The header box: a combobox whose options are the results.
  function setUpHeaderBox(input, popup) {
    var list = document.createElement("ul");
    list.className = "search-results";
    list.id = "site-search-results";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", "Search results");
    popup.appendChild(list);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-autocomplete", "list");
    var results = [], active = -1;

    function close() {
      popup.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }
    function select(i) {
      var items = list.children;
      if (active >= 0 && items[active]) items[active].setAttribute("aria-selected", "false");
      active = i;
      if (active >= 0 && items[active]) {
        items[active].setAttribute("aria-selected", "true");
        input.setAttribute("aria-activedescendant", items[active].id);
        items[active].scrollIntoView({ block: "nearest" });
      } else input.removeAttribute("aria-activedescendant");
    }
    function open(i) { if (results[i]) window.location.href = root + results[i].url; }
    function render() {
      var query = input.value;
      while (list.firstChild) list.removeChild(list.firstChild);
      results = KS.search(query, 8);
      if (!query.trim()) { close(); return; }
      results.forEach(function (r, i) {
        var item = document.createElement("li");
        item.id = "site-search-option-" + i;
        item.setAttribute("role", "option");
        item.setAttribute("aria-selected", "false");
        item.appendChild(resultContent(r, false));
        item.addEventListener("mousedown", function (e) { e.preventDefault(); open(i); });
        list.appendChild(item);
      });
      if (!results.length) {
        var none = document.createElement("li");
        none.setAttribute("role", "option");
        none.setAttribute("aria-disabled", "true");
        none.id = "site-search-option-none";
        none.textContent = "No results for this search.";
        list.appendChild(none);
      }
      popup.hidden = false;
      input.setAttribute("aria-expanded", "true");
      select(-1);
    }
    input.addEventListener("focus", function () { loadIndex(function () { if (input.value) render(); }); });
    input.addEventListener("input", function () { loadIndex(render); });
    input.addEventListener("blur", function () { window.setTimeout(close, 150); });
    input.addEventListener("keydown", function (e) {
      if (e.key === "ArrowDown" && results.length) { e.preventDefault(); if (popup.hidden) render(); select((active + 1) % results.length); }
      else if (e.key === "ArrowUp" && results.length) { e.preventDefault(); select(active <= 0 ? results.length - 1 : active - 1); }
      else if (e.key === "Enter" && active >= 0) { e.preventDefault(); open(active); }
      else if (e.key === "Escape") { if (!popup.hidden) { e.preventDefault(); close(); } else input.blur(); }
    });
  }

  // The search page: ?q= from the address, full result list with links.
  function setUpSearchPage(input, list, status) {
    var query = new URLSearchParams(window.location.search).get("q") || "";
    input.value = query;
    function render() {
      while (list.firstChild) list.removeChild(list.firstChild);
      var q = input.value;
      if (!q.trim()) { status.textContent = "Type a word to search."; return; }
      var results = KS.search(q, 100);
      status.textContent = results.length === 0 ? "No results for “" + q + "”." : results.length + (results.length === 1 ? " result" : " results") + " for “" + q + "”.";
      results.forEach(function (r) {
        var item = document.createElement("li");
        item.appendChild(resultContent(r, true));
        list.appendChild(item);
      });
    }
    loadIndex(render);
    input.addEventListener("input", function () { loadIndex(render); });
  }

  if (!hasDocument) return; // loaded outside a page (the bench): the search function only
  document.addEventListener("DOMContentLoaded", function () {
    var input = document.getElementById("site-search-input");
    var popup = document.querySelector(".search-popup");
    if (input && popup && KS.tokens) setUpHeaderBox(input, popup);
    var pageInput = document.getElementById("search-page-input");
    if (pageInput && KS.tokens) setUpSearchPage(pageInput, document.getElementById("search-page-results"), document.getElementById("search-page-status"));
    document.addEventListener("keydown", function (e) {
      var target = e.target;
      var typing = target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.isContentEditable);
      if (e.key === "/" && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        (pageInput || input).focus();
      }
    });
  });
})();
