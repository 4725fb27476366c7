/*
 * Search over every passage, in the browser. The passages come from search-index.js, loaded by a plain
 * <script> so that search also works from file://, where browsers refuse to fetch a JSON file. MiniSearch
 * does the ranking; this file only folds accents, reads the query and shows results, building them with DOM
 * methods and textContent so that passage text can never become markup.
 */
(function () {
  'use strict';

  var form = document.getElementById('search-form');
  var input = document.getElementById('search-input');
  var list = document.getElementById('search-results');
  var status = document.getElementById('search-status');
  if (!form || !input || !list || !status || !window.MiniSearch || !window.VERBATIM_SEARCH) {
    return;
  }
  var CONTEXT = 80;
  var MAX_RESULTS = 50;

  /* "Souveraineté" and "souverainete" must find each other: strip combining marks, lower-case. */
  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  /* The folded text plus, for each folded character, where it came from in the original. */
  function foldWithOffsets(text) {
    var folded = '';
    var offsets = [];
    for (var i = 0; i < text.length; i++) {
      var piece = fold(text.charAt(i));
      for (var j = 0; j < piece.length; j++) {
        folded += piece.charAt(j);
        offsets.push(i);
      }
    }
    offsets.push(text.length);
    return { text: folded, offsets: offsets };
  }

  var engine = new window.MiniSearch({
    fields: ['text', 'title', 'speaker'],
    storeFields: ['url', 'title', 'date', 'speaker', 'role', 'lang', 'text'],
    processTerm: function (term) { return fold(term); },
    searchOptions: { prefix: true, fuzzy: 0.15, combineWith: 'AND', boost: { title: 2 } }
  });
  engine.addAll(window.VERBATIM_SEARCH.documents);

  /* A text node, or a <mark> around the first place one of the terms occurs, with context either side. */
  function snippet(text, terms) {
    var folded = foldWithOffsets(text);
    var best = -1;
    var length = 0;
    terms.forEach(function (term) {
      var at = folded.text.indexOf(fold(term));
      if (at >= 0 && (best < 0 || at < best)) {
        best = at;
        length = fold(term).length;
      }
    });
    var p = document.createElement('p');
    p.className = 'search-snippet';
    if (best < 0) {
      p.textContent = text.length > 2 * CONTEXT ? text.slice(0, 2 * CONTEXT) + '…' : text;
      return p;
    }
    var start = folded.offsets[best];
    var end = folded.offsets[best + length];
    var from = Math.max(0, start - CONTEXT);
    var to = Math.min(text.length, end + CONTEXT);
    var mark = document.createElement('mark');
    mark.textContent = text.slice(start, end);
    p.appendChild(document.createTextNode((from > 0 ? '…' : '') + text.slice(from, start)));
    p.appendChild(mark);
    p.appendChild(document.createTextNode(text.slice(end, to) + (to < text.length ? '…' : '')));
    return p;
  }

  function show(query) {
    list.textContent = '';
    query = query.trim();
    if (!query) {
      status.textContent = '';
      return;
    }
    var results = engine.search(query);
    status.textContent = results.length === 0 ? list.getAttribute('data-none')
      : list.getAttribute(results.length === 1 ? 'data-one' : 'data-many').replace('{0}', String(results.length));
    results.slice(0, MAX_RESULTS).forEach(function (result) {
      var item = document.createElement('li');
      item.className = 'search-result search-result--' + result.role;
      item.lang = result.lang;
      var link = document.createElement('a');
      link.href = result.url;
      link.className = 'search-result-link';
      link.textContent = result.title;
      var meta = document.createElement('p');
      meta.className = 'search-result-meta';
      meta.textContent = result.speaker + ' · ' + result.date;
      item.appendChild(link);
      item.appendChild(meta);
      item.appendChild(snippet(result.text, result.terms.concat(query.split(/\s+/))));
      list.appendChild(item);
    });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    show(input.value);
    if (window.history && window.history.replaceState && location.protocol !== 'file:') {
      window.history.replaceState(null, '', '?q=' + encodeURIComponent(input.value));
    }
  });
  /* Wait for a pause in typing, so screen readers announce one count rather than one per keystroke. */
  var pending = null;
  input.addEventListener('input', function () {
    window.clearTimeout(pending);
    pending = window.setTimeout(function () { show(input.value); }, 150);
  });

  var initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    show(initial);
  }
})();
