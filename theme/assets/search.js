// Offline search. The generator writes the index as scripts under assets/search-index/, not JSON
// to fetch, because fetch() fails under file://; each hands its data to KnowledgeSearch.receive.
// Nothing loads before a search box is first used: then the manifest (which file holds what),
// then per query word the run of keys it is in, or for the first letters typed a prefix summary
// (src/Search/SearchIndexFiles.cs), then per result shown its chunk of documents. A small index
// is all in the manifest.
// Queries are normalised and stemmed with the same rules as the index (search/stemmer.js mirrors
// src/Search in C#). Every query word must match (by its form, its stem, or — for the word being
// typed — a prefix). A result named exactly what was typed (a glossary term, an argument's title)
// comes first. A query that finds nothing is corrected, if it can be: a word with letters and digits
// run together is split ("gpt4" → "gpt 4"), and a word of four letters or more is replaced by the
// most common word one edit away, from the spelling list (src/Search/SpellingList.cs), which is
// only loaded then. Results are built with DOM methods, never innerHTML, so text from the index
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
    return runPostings(manifest, key);
  }

  // A key's postings from the run of keys it falls in, or null when no run holds it.
  function runPostings(manifest, key) {
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
        for (var i = at >= 0 ? at : -at - 1; i < run.keys.length && run.keys[i].indexOf(prefix) === 0; i++) if (!isName(run.keys[i])) lists.push(run.postings[i]);
      });
      return lists;
    });
  }

  // A document's name as a key (InvertedIndex.NameKey in C#): its words, then a mark no word holds.
  var NAME_MARK = "\u0001";
  function isName(key) { return key.charAt(key.length - 1) === NAME_MARK; }

  // The documents named exactly the query's words: from the summary of a single word, if it has one.
  function namedPostings(manifest, words) {
    var key = words.join(" ") + NAME_MARK;
    var summary = words.length === 1 ? findKey(manifest.prefixes, words[0]) : -1;
    if (summary >= 0) return loadSummary(summary).then(function (s) { return s.named; });
    return runPostings(manifest, key);
  }

  // The query's words as terms: each has its exact keys (form and stem) and, for the word still
  // being typed, a prefix.
  function termsOf(words, typing) {
    return words.map(function (word, i) {
      var stem = KS.stem(word);
      return { word: word, exact: stem === word ? [word] : [word, stem], prefix: typing && i === words.length - 1 ? word : null };
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

  // The documents every term matches, summing their scores, and those named exactly the query
  // before all others (PrefixSummaries.NamedBonus in C#): the best first, ties to the earlier
  // document. Only the best `limit` are kept in order, which spares sorting thousands of matches;
  // `total` counts every match.
  var NAMED_BONUS = 1e6;
  function best(scores, named, limit) {
    var first = scores[0], top = [], total = 0, bonus = new Float64Array(first.length);
    if (named) addPostings(bonus, named, NAMED_BONUS);
    for (var doc = 0; doc < first.length; doc++) {
      var sum = first[doc];
      for (var t = 1; t < scores.length && sum; t++) sum = scores[t][doc] ? sum + scores[t][doc] : 0;
      if (!sum) continue;
      total++;
      sum += bonus[doc];
      if (top.length === limit && sum <= top[limit - 1].score) continue;
      var at = top.length;
      while (at > 0 && top[at - 1].score < sum) at--;
      top.splice(at, 0, { doc: doc, score: sum });
      if (top.length > limit) top.pop();
    }
    return { top: top, total: total };
  }

  function anyMatch(scores) {
    for (var doc = 0; doc < scores.length; doc++) if (scores[doc]) return true;
    return false;
  }

  // The spelling list's entries of one bucket ("s" or "e", length in two digits, a letter), read
  // like a prefix of the keys: from the piece it would be in, through each next piece it starts.
  function bucket(manifest, name) {
    var pieces = manifest.spelling, prefix = name + " ", from = Math.max(pieceOf(prefix, pieces), 0), loads = [];
    for (var p = from; p < pieces.length && (p === from || pieces[p].indexOf(prefix) === 0); p++) loads.push(load("spell-" + p));
    return Promise.all(loads).then(function (loaded) {
      var words = [];
      loaded.forEach(function (piece) {
        var at = findKey(piece.entries, prefix);
        for (var i = at >= 0 ? at : -at - 1; i < piece.entries.length && piece.entries[i].indexOf(prefix) === 0; i++) {
          var parts = piece.entries[i].split(" ");
          words.push({ word: parts[1], documents: +parts[2] });
        }
      });
      return words;
    });
  }

  function bucketName(byFirst, length, letter) { return (byFirst ? "s" : "e") + (length < 10 ? "0" : "") + length + letter; }

  // Whether a and b are one insertion, deletion, substitution or swap of neighbours apart.
  function oneEditApart(a, b) {
    if (a === b || Math.abs(a.length - b.length) > 1) return false;
    var i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    if (a.length === b.length) {
      if (a.slice(i + 1) === b.slice(i + 1)) return true;
      return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    }
    return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  // The index's words one edit from `word`, the most documents first, then in ordinal order.
  var MIN_CORRECTED = 4, MAX_TRIES = 6;
  function corrections(manifest, word, shortest) {
    if (word.length < shortest || !manifest.spelling || !manifest.spelling.length) return Promise.resolve([]);
    var names = [];
    for (var n = word.length - 1; n <= word.length + 1; n++) names.push(bucketName(true, n, word[0]), bucketName(false, n, word[word.length - 1]));
    return Promise.all(names.map(function (name) { return bucket(manifest, name); })).then(function (buckets) {
      var seen = {}, found = [];
      buckets.forEach(function (words) {
        words.forEach(function (w) {
          if (!seen[w.word] && oneEditApart(word, w.word)) { seen[w.word] = true; found.push(w); }
        });
      });
      found.sort(function (a, b) { return b.documents - a.documents || (a.word < b.word ? -1 : 1); });
      return found.map(function (w) { return w.word; });
    });
  }

  // Letters and digits run together, as a query may write what the text writes apart ("gpt4", "GPT-4").
  function splitLettersAndDigits(word) {
    var parts = word.match(/\p{N}+|[^\p{N}]+/gu);
    return parts && parts.length > 1 ? parts : null;
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

  // The words' matches: { scores per term, found: best(...) }.
  function ranked(manifest, words, typing, limit) {
    var terms = termsOf(words, typing);
    return Promise.all(terms.map(function (term) { return score(manifest, term); }).concat([namedPostings(manifest, words)])).then(function (lists) {
      var named = lists.pop();
      return { words: words, terms: terms, scores: lists, found: best(lists, named, limit) };
    });
  }

  // For a query that found nothing, the words of one that finds something: each word with letters
  // and digits run together that matches nothing is split; then each word of four letters or more
  // that matches nothing is replaced by its most common correction; if every word matches but not
  // together, each word in turn by each of its corrections (the most common first), the first query
  // that finds something winning. Null if none does.
  function corrected(manifest, attempt, typing, limit) {
    var words = [], changed = false;
    attempt.words.forEach(function (word, i) {
      var parts = anyMatch(attempt.scores[i]) ? null : splitLettersAndDigits(word);
      if (parts) { words.push.apply(words, parts); changed = true; } else words.push(word);
    });
    var split = changed ? ranked(manifest, words, typing, limit) : Promise.resolve(attempt);
    return split.then(function (tried) {
      if (tried.found.total) return tried;
      var missing = tried.words.filter(function (w, i) { return !anyMatch(tried.scores[i]); });
      var candidates = tried.words.map(function (word, i) {
        // A word that matches nothing is corrected from five letters; one that does, only to find the others' company.
        return missing.length && anyMatch(tried.scores[i]) ? Promise.resolve([]) : corrections(manifest, word, missing.length ? MIN_CORRECTED + 1 : MIN_CORRECTED);
      });
      return Promise.all(candidates).then(function (fixes) {
        if (missing.length) {
          if (fixes.some(function (f, i) { return !f.length && !anyMatch(tried.scores[i]); })) return null;
          var fixed = tried.words.map(function (w, i) { return fixes[i].length ? fixes[i][0] : w; });
          return ranked(manifest, fixed, false, limit).then(function (r) { return r.found.total ? r : null; });
        }
        // At most MAX_TRIES queries (each word's three most common corrections, word by word), so a
        // long query that finds nothing loads a bounded number of runs.
        var tries = [];
        fixes.forEach(function (f, i) {
          f.slice(0, 3).forEach(function (fix) { tries.push(tried.words.map(function (w, j) { return j === i ? fix : w; })); });
        });
        tries = tries.slice(0, MAX_TRIES);
        return (function next(t) {
          if (t >= tries.length) return null;
          return ranked(manifest, tries[t], false, limit).then(function (r) { return r.found.total ? r : next(t + 1); });
        })(0);
      });
    });
  }

  // A promise of the best results, best first, with `total` (every match) and, if the query was
  // corrected, `suggestion` (the words searched for instead); it fails if a file of the index
  // cannot be loaded.
  KS.search = function (query, limit) {
    var words = KS.tokens(query), typing = !/\s$/.test(query);
    limit = limit || 50;
    if (!words.length) return Promise.resolve(Object.assign([], { total: 0 }));
    return load("manifest").then(function (manifest) {
      return ranked(manifest, words, typing, limit).then(function (first) {
        return first.found.total ? first : corrected(manifest, first, typing, limit).then(function (fix) {
          return fix ? Object.assign(fix, { suggestion: fix.words.join(" ") }) : first;
        });
      }).then(function (r) {
        return Promise.all(r.found.top.map(function (h) { return documentOf(manifest, h.doc, r.terms); })).then(function (results) {
          results.total = r.found.total;
          if (r.suggestion) results.suggestion = r.suggestion;
          return results;
        });
      });
    });
  };

  // Where a snippet of about `width` characters around the first match starts and ends: at word
  // boundaries (whitespace), never inside a word, with the match a third of the way in.
  function window_(text, firstMatch, width) {
    if (!width || text.length <= width) return [0, text.length];
    var from = Math.max(0, firstMatch - Math.floor(width / 3));
    if (from > 0) {
      var space = text.slice(0, from + 1).search(/\s\S*$/);
      from = space >= 0 ? space + 1 : 0;
    }
    var to = Math.min(text.length, from + width);
    if (to < text.length && !/\s/.test(text[to])) {
      var back = text.slice(from, to).search(/\s\S*$/);
      if (back > 0) to = from + back;
      else { var ahead = text.slice(to).search(/\s/); to = ahead >= 0 ? to + ahead : text.length; }
    }
    while (to > from && /[\s,;:—–-]/.test(text[to - 1])) to--;
    return [from, to];
  }
  KS.snippetWindow = window_;

  // Text with the matching words marked, cut to a window around the first match.
  function highlighted(text, terms, width) {
    var fragment = document.createDocumentFragment();
    var words = [], re = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu, m;
    while ((m = re.exec(text)) !== null) {
      var norm = KS.normalise(m[0]);
      if (terms.some(function (t) { return matchesTerm(t, norm); })) words.push([m.index, m.index + m[0].length]);
    }
    var bounds = window_(text, words.length ? words[0][0] : 0, width), from = bounds[0], to = bounds[1];
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

  // A box's searches, of which only the latest is shown: each run takes a ticket, and an answer
  // whose ticket is no longer the latest (a later keystroke started another search, or the box was
  // closed) is dropped, so a slow, stale answer can never replace the list or its selection.
  // Meanwhile the result list is aria-busy. show gets the results, or null if the index could not
  // be loaded.
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
    return { run: run, cancel: cancel, pending: function () { return list.hasAttribute("aria-busy"); } };
  }

  var unavailable = "Search is unavailable: its index could not be loaded.";

  function searchPageUrl(action, query, kind) {
    return action + "?q=" + encodeURIComponent(query) + (kind ? "&kind=" + encodeURIComponent(kind) : "");
  }

  // "Did you mean …?", linking to the search page for the corrected words.
  function suggestionLine(action, suggestion) {
    var line = document.createElement("p");
    line.className = "search-suggestion";
    line.appendChild(document.createTextNode("No results for what you typed. Did you mean "));
    var link = document.createElement("a");
    link.href = searchPageUrl(action, suggestion);
    link.textContent = suggestion;
    line.appendChild(link);
    line.appendChild(document.createTextNode("? Showing its results."));
    return line;
  }

  // The header box: a combobox whose options are the results, then, when there are more, a last
  // option that opens the search page with every result.
  function setUpHeaderBox(input, popup) {
    var action = input.form ? input.form.action : root + "search.html";
    var note = document.createElement("div");
    note.className = "search-popup-note";
    popup.appendChild(note);
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
    // targets: where each option leads, in order (the results, then "see all"); active: the one selected.
    var targets = [], shownFor = null, active = -1, search = latestSearch(list, 8);

    function close() {
      search.cancel();
      popup.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }
    function reopen(keep) {
      popup.hidden = false;
      input.setAttribute("aria-expanded", "true");
      select(keep);
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
    // Opens what is selected, whatever search is still under way: what the reader picked is on the screen.
    function open(i) {
      if (!targets[i]) return;
      search.cancel();
      window.location.href = targets[i];
    }
    function option(id, i) {
      var item = document.createElement("li");
      item.id = id;
      item.setAttribute("role", "option");
      item.setAttribute("aria-selected", "false");
      item.addEventListener("mousedown", function (e) { e.preventDefault(); open(i); });
      return item;
    }
    function render() {
      var query = input.value;
      search.run(query, function (found) {
        // The same query again (the box refocused, an input event that changed nothing) keeps the
        // reader's selection if the same option is still there.
        var kept = query === shownFor && active >= 0 ? targets[active] : null;
        while (list.firstChild) list.removeChild(list.firstChild);
        while (note.firstChild) note.removeChild(note.firstChild);
        var results = found || [];
        shownFor = query;
        targets = [];
        if (!query.trim()) { close(); return; }
        if (found && found.suggestion) note.appendChild(suggestionLine(action, found.suggestion));
        results.forEach(function (r, i) {
          var item = option("site-search-option-" + i, i);
          item.appendChild(resultContent(r, false));
          list.appendChild(item);
          targets.push(root + r.url);
        });
        if (found && found.total > results.length) {
          var all = option("site-search-option-all", targets.length);
          all.className = "search-see-all";
          all.textContent = "See all " + found.total + " results";
          list.appendChild(all);
          targets.push(searchPageUrl(action, found.suggestion || query));
        }
        if (!results.length) {
          var none = document.createElement("li");
          none.setAttribute("role", "option");
          none.setAttribute("aria-disabled", "true");
          none.id = "site-search-option-none";
          none.textContent = found ? "No results for this search." : unavailable;
          list.appendChild(none);
        }
        reopen(kept === null ? -1 : targets.indexOf(kept));
      });
    }
    input.addEventListener("focus", function () { prepare(); if (input.value) render(); });
    input.addEventListener("input", render);
    input.addEventListener("blur", function () { window.setTimeout(close, 150); });
    input.addEventListener("keydown", function (e) {
      // A closed popup still holds its results; if they are not for what is in the box (the box was
      // closed while they loaded), search again.
      if (e.key === "ArrowDown" && popup.hidden && shownFor !== input.value) { e.preventDefault(); render(); }
      else if (e.key === "ArrowDown" && targets.length) { e.preventDefault(); if (popup.hidden) reopen(-1); select((active + 1) % targets.length); }
      else if (e.key === "ArrowUp" && targets.length) { e.preventDefault(); select(active <= 0 ? targets.length - 1 : active - 1); }
      else if (e.key === "Enter" && active >= 0 && !popup.hidden) { e.preventDefault(); open(active); }
      else if (e.key === "Escape") { if (!popup.hidden) { e.preventDefault(); close(); } else input.blur(); }
    });
  }

  // What the search page groups results by, in this order, and what it calls each group.
  var KINDS = [["Term", "Glossary terms"], ["Argument", "Arguments"], ["Note", "Translation notes"], ["Paragraph", "Paragraphs"], ["Gist", "English gists"], ["Page", "Pages"]];
  function kindName(kind) {
    for (var i = 0; i < KINDS.length; i++) if (KINDS[i][0] === kind) return KINDS[i][1];
    return kind;
  }

  // The search page: ?q= (and ?kind=) from the address; every result with a link, grouped by kind
  // with a count each, and radio buttons that show one kind only, kept in the address.
  function setUpSearchPage(input, results, status, filter) {
    var params = new URLSearchParams(window.location.search);
    var query = params.get("q") || "", chosen = params.get("kind") || "";
    var action = input.form ? input.form.action : window.location.pathname;
    var search = latestSearch(results, 100);
    input.value = query;

    function clear(element) { while (element.firstChild) element.removeChild(element.firstChild); }
    function showKind(kind) {
      chosen = kind;
      Array.prototype.forEach.call(results.children, function (group) { group.hidden = !!kind && group.getAttribute("data-kind") !== kind; });
      var address = new URLSearchParams(window.location.search);
      address.set("q", input.value);
      if (kind) address.set("kind", kind); else address.delete("kind");
      try { window.history.replaceState(null, "", "?" + address.toString()); } catch (e) { /* the filter works without it */ }
    }
    function radio(value, label, count) {
      var id = "search-kind-" + (value || "all");
      var wrap = document.createElement("span");
      wrap.className = "search-kind";
      var box = document.createElement("input");
      box.type = "radio";
      box.name = "kind";
      box.id = id;
      box.value = value;
      box.checked = value === chosen;
      box.addEventListener("change", function () { if (box.checked) showKind(value); });
      var text = document.createElement("label");
      text.htmlFor = id;
      text.textContent = label + " (" + count + ")";
      wrap.appendChild(box);
      wrap.appendChild(text);
      return wrap;
    }
    function render() {
      var q = input.value;
      search.run(q, function (found) {
        clear(results);
        clear(filter);
        filter.hidden = true;
        if (!q.trim()) { status.textContent = "Type a word to search."; return; }
        if (!found) { status.textContent = unavailable; return; }
        var shown = found.length < found.total ? "; the best " + found.length + " are shown" : "";
        var searched = found.suggestion || q;
        status.textContent = found.length === 0 ? "No results for “" + q + "”."
          : found.total + (found.total === 1 ? " result" : " results") + " for “" + searched + "”" + shown + ".";
        if (found.suggestion) status.insertBefore(suggestionLine(action, found.suggestion), status.firstChild);
        var groups = KINDS.map(function (k) { return [k[0], found.filter(function (r) { return r.kind === k[0]; })]; })
          .concat(found.some(function (r) { return !KINDS.some(function (k) { return k[0] === r.kind; }); })
            ? [["", found.filter(function (r) { return !KINDS.some(function (k) { return k[0] === r.kind; }); })]] : [])
          .filter(function (g) { return g[1].length; });
        groups.forEach(function (g) {
          var section = document.createElement("section");
          section.setAttribute("data-kind", g[0]);
          var heading = document.createElement("h2");
          heading.id = "search-group-" + (g[0] || "other");
          heading.textContent = kindName(g[0] || "Other") + " (" + g[1].length + ")";
          section.setAttribute("aria-labelledby", heading.id);
          section.appendChild(heading);
          var list = document.createElement("ol");
          list.className = "search-results";
          g[1].forEach(function (r) {
            var item = document.createElement("li");
            item.appendChild(resultContent(r, true));
            list.appendChild(item);
          });
          section.appendChild(list);
          results.appendChild(section);
        });
        if (groups.length > 1) {
          if (!groups.some(function (g) { return g[0] === chosen; })) chosen = "";
          var set = document.createElement("fieldset");
          var legend = document.createElement("legend");
          legend.textContent = "Show";
          set.appendChild(legend);
          set.appendChild(radio("", "All kinds", found.length));
          groups.forEach(function (g) { if (g[0]) set.appendChild(radio(g[0], kindName(g[0]), g[1].length)); });
          filter.appendChild(set);
          filter.hidden = false;
        }
        showKind(groups.length > 1 ? chosen : "");
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
    if (pageInput && KS.tokens) setUpSearchPage(pageInput, document.getElementById("search-page-results"), document.getElementById("search-page-status"), document.getElementById("search-page-filter"));
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
