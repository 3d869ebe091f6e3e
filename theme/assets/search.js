// Offline search. The generator writes the index as scripts under assets/search-index/, not JSON
// to fetch, because fetch() fails under file://; each hands its data to KnowledgeSearch.receive.
// Nothing loads before a search box is first used: then the manifest (which file holds what),
// then per query word the run of keys it is in, or for the first letters typed a prefix summary
// (src/Search/SearchIndexFiles.cs), then per result shown its chunk of documents. A small index
// is all in the manifest.
// Queries are normalised and stemmed with the same rules as the index (search/stemmer.js mirrors
// src/Search in C#). Every query word must match (by its form, its stem, or — for the word being
// typed — a prefix). Results are built with DOM methods, never innerHTML, so text from the index
// cannot inject markup.
(function () {
  "use strict";
  var KS = window.KnowledgeSearch = window.KnowledgeSearch || {};
  var hasDocument = typeof document !== "undefined";
  var root = hasDocument ? document.documentElement.getAttribute("data-root") || "" : "";
  var received = {}, loading = {};

  KS.receive = function (name, data) { received[name] = data; };

  // How a file of the index is run; the bench replaces it to run the files in Node.
  KS.loadScript = function (src, done, fail) {
    var script = document.createElement("script");
    script.src = src;
    script.onload = done;
    script.onerror = fail;
    document.head.appendChild(script);
  };

  // Each file is loaded once; one that failed is tried again by the next search. A small index
  // comes whole in the manifest, which then includes every piece.
  function load(name) {
    if (!loading[name]) {
      loading[name] = new Promise(function (resolve, reject) {
        function fail() { delete loading[name]; reject(new Error("search index: cannot load " + name)); }
        KS.loadScript(root + "assets/search-index/" + name + ".js", function () {
          if (!Object.prototype.hasOwnProperty.call(received, name)) { fail(); return; }
          var data = received[name];
          delete received[name];
          if (name === "manifest") Object.keys(data.included).forEach(function (piece) { loading[piece] = Promise.resolve(data.included[piece]); });
          resolve(data);
        }, fail);
      });
    }
    return loading[name];
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

  // The last of the sorted firsts that is not greater than value: the run a key is in, the chunk
  // a document is in; -1 before the first. The same rule as KeyRuns.RunOf in C#.
  function pieceOf(value, firsts) {
    var lo = 0, hi = firsts.length - 1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (firsts[mid] <= value) lo = mid + 1; else hi = mid - 1;
    }
    return hi;
  }

  // A prefix summary also carries the documents of the best results for its prefix typed alone.
  var shown = {};
  function loadSummary(at) {
    return load("prefix-" + at).then(function (s) {
      s.best.forEach(function (doc, i) { shown[doc] = [s.shown, s.shown.docs[i]]; });
      return s;
    });
  }

  // A key's postings, or null: from its prefix summary if it has one, else from its run.
  function postingsOf(manifest, key) {
    var summary = findKey(manifest.prefixes, key);
    if (summary >= 0) return loadSummary(summary).then(function (s) { return s.exact; });
    var run = pieceOf(key, manifest.runs);
    if (run < 0) return Promise.resolve(null);
    return load("terms-" + run).then(function (r) {
      var at = findKey(r.keys, key);
      return at >= 0 ? r.postings[at] : null;
    });
  }

  // The postings of the keys a prefix starts: its summary, or the runs those keys are in, which are
  // the run the prefix would be in and each next one whose first key it starts (KeyRuns.RunsFor in C#;
  // where that would be more than two runs, the generator wrote a summary).
  function prefixPostings(manifest, prefix) {
    var summary = findKey(manifest.prefixes, prefix);
    if (summary >= 0) return loadSummary(summary).then(function (s) { return [s.max]; });
    var runs = manifest.runs, from = Math.max(pieceOf(prefix, runs), 0), loads = [];
    for (var r = from; r < runs.length && (r === from || runs[r].indexOf(prefix) === 0); r++) loads.push(load("terms-" + r));
    return Promise.all(loads).then(function (loaded) {
      var lists = [];
      loaded.forEach(function (run) {
        var at = findKey(run.keys, prefix);
        for (var i = at >= 0 ? at : -at - 1; i < run.keys.length && run.keys[i].indexOf(prefix) === 0; i++) lists.push(run.postings[i]);
      });
      return lists;
    });
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

  // Postings are pairs of document and weight, each document as the difference from the one before.
  function addPostings(scores, postings, factor) {
    for (var j = 0, doc = 0; j < postings.length; j += 2) {
      doc += postings[j];
      var s = postings[j + 1] * factor;
      if (scores[doc] < s) scores[doc] = s;
    }
  }

  // Per document, the term's best match (0 for none): an exact key counts twice a key the prefix starts.
  function score(manifest, term) {
    var lists = term.exact.map(function (key) {
      return postingsOf(manifest, key).then(function (p) { return p ? [[p, 2]] : []; });
    });
    if (term.prefix) lists.push(prefixPostings(manifest, term.prefix).then(function (ps) {
      return ps.map(function (p) { return [p, 1]; });
    }));
    return Promise.all(lists).then(function (groups) {
      var scores = new Float64Array(manifest.documents);
      groups.forEach(function (group) { group.forEach(function (g) { addPostings(scores, g[0], g[1]); }); });
      return scores;
    });
  }

  // The documents every term matches, summing their scores: the best first, ties to the earlier
  // document. Only the best `limit` are kept in order, which spares sorting thousands of matches.
  function best(scores, limit) {
    var total = scores[0], top = [];
    for (var doc = 0; doc < total.length; doc++) {
      var sum = total[doc];
      for (var t = 1; t < scores.length && sum; t++) sum = scores[t][doc] ? sum + scores[t][doc] : 0;
      if (!sum || (top.length === limit && sum <= top[limit - 1].score)) continue;
      var at = top.length;
      while (at > 0 && top[at - 1].score < sum) at--;
      top.splice(at, 0, { doc: doc, score: sum });
      if (top.length > limit) top.pop();
    }
    return top;
  }

  // A document of a list: [kind, title, url, text, language, article number into the list's titles].
  function result(list, d, terms) {
    return { kind: d[0], title: d[1], url: d[2], text: d[3], lang: d[4], article: d.length > 5 ? list.articles[d[5]] : null, terms: terms };
  }

  function documentOf(manifest, doc, terms) {
    if (shown[doc]) return Promise.resolve(result(shown[doc][0], shown[doc][1], terms));
    var chunk = pieceOf(doc, manifest.chunks);
    return load("docs-" + chunk).then(function (c) { return result(c, c.docs[doc - manifest.chunks[chunk]], terms); });
  }

  // A promise of the best results, best first; it fails if a file of the index cannot be loaded.
  KS.search = function (query, limit) {
    var terms = parse(query);
    if (!terms.length) return Promise.resolve([]);
    return load("manifest").then(function (manifest) {
      return Promise.all(terms.map(function (term) { return score(manifest, term); })).then(function (scores) {
        return Promise.all(best(scores, limit || 50).map(function (h) { return documentOf(manifest, h.doc, terms); }));
      });
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

  // The manifest, loaded as soon as a box is focused; a failure shows when the reader searches.
  function prepare() { load("manifest").catch(function () { }); }

  // A box's searches, of which only the latest is shown: an earlier one whose files took longer to
  // load is dropped when it answers, and so is one the box was closed on. Meanwhile the result
  // list is aria-busy. show gets the results, or null if the index could not be loaded.
  function latestSearch(list, limit) {
    var latest = 0;
    function cancel() { latest++; list.removeAttribute("aria-busy"); }
    function run(query, show) {
      cancel();
      var ticket = latest;
      if (!query.trim()) { show([]); return; }
      list.setAttribute("aria-busy", "true");
      function settle(results) {
        if (ticket !== latest) return;
        list.removeAttribute("aria-busy");
        show(results);
      }
      KS.search(query, limit).then(settle, function () { settle(null); });
    }
    return { run: run, cancel: cancel };
  }

  var unavailable = "Search is unavailable: its index could not be loaded.";

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
    var results = [], shownFor = null, active = -1, search = latestSearch(list, 8);

    function close() {
      search.cancel();
      popup.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }
    function reopen() {
      popup.hidden = false;
      input.setAttribute("aria-expanded", "true");
      select(-1);
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
      search.run(query, function (found) {
        while (list.firstChild) list.removeChild(list.firstChild);
        results = found || [];
        shownFor = query;
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
          none.textContent = found ? "No results for this search." : unavailable;
          list.appendChild(none);
        }
        reopen();
      });
    }
    input.addEventListener("focus", function () { prepare(); if (input.value) render(); });
    input.addEventListener("input", render);
    input.addEventListener("blur", function () { window.setTimeout(close, 150); });
    input.addEventListener("keydown", function (e) {
      // A closed popup still holds its results; if they are not for what is in the box (the box was
      // closed while they loaded), search again.
      if (e.key === "ArrowDown" && popup.hidden && shownFor !== input.value) { e.preventDefault(); render(); }
      else if (e.key === "ArrowDown" && results.length) { e.preventDefault(); if (popup.hidden) reopen(); select((active + 1) % results.length); }
      else if (e.key === "ArrowUp" && results.length) { e.preventDefault(); select(active <= 0 ? results.length - 1 : active - 1); }
      else if (e.key === "Enter" && active >= 0) { e.preventDefault(); open(active); }
      else if (e.key === "Escape") { if (!popup.hidden) { e.preventDefault(); close(); } else input.blur(); }
    });
  }

  // The search page: ?q= from the address, full result list with links.
  function setUpSearchPage(input, list, status) {
    var query = new URLSearchParams(window.location.search).get("q") || "";
    var search = latestSearch(list, 100);
    input.value = query;
    function render() {
      var q = input.value;
      search.run(q, function (results) {
        while (list.firstChild) list.removeChild(list.firstChild);
        if (!q.trim()) { status.textContent = "Type a word to search."; return; }
        if (!results) { status.textContent = unavailable; return; }
        status.textContent = results.length === 0 ? "No results for “" + q + "”." : results.length + (results.length === 1 ? " result" : " results") + " for “" + q + "”.";
        results.forEach(function (r) {
          var item = document.createElement("li");
          item.appendChild(resultContent(r, true));
          list.appendChild(item);
        });
      });
    }
    render();
    input.addEventListener("focus", prepare);
    input.addEventListener("input", render);
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
