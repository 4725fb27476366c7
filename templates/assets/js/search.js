/*
 * Search over every passage, in the browser, loading only the parts of the index a query needs. The index is
 * cut into files (see SearchShards.java): a manifest of the shards' first terms, shards of sorted terms with
 * their postings, and fragments with the passages' display data. Each file is a script that calls
 * window.verbatimSearch when loaded by a <script> element, so search works from file://, where browsers refuse
 * fetch, as well as on the web. Results are built with DOM methods and textContent, so passage text can never
 * become markup.
 */
(function () {
  'use strict';

  var form = document.getElementById('search-form');
  var input = document.getElementById('search-input');
  var list = document.getElementById('search-results');
  var status = document.getElementById('search-status');
  var base = form && form.getAttribute('data-index');
  if (!form || !input || !list || !status || !base) {
    return;
  }
  var manifest = null;
  var CONTEXT = 80;
  var MAX_RESULTS = 20;
  var MAX_TERM = 64;
  var PREFIX_MIN = 3;         /* shorter words are matched whole only: a one-letter prefix would load half the index */
  var PREFIX_SHARDS = 3;      /* how many shards one prefix may load */
  var PREFIX_WEIGHT = 0.7;    /* a word that only starts with what was typed counts for less than the word itself */
  var K1 = 1.2;

  /* Files arrive through these callbacks; each load waits on its file's promise. */
  var waiting = {};
  function arrived(key, data) {
    var entry = waiting[key];
    if (entry) {
      entry.resolve(data);
    }
  }
  window.verbatimSearch = {
    manifest: function (data) { arrived('manifest', data); },
    shard: function (number, data) { arrived('s' + number, data); },
    fragment: function (number, data) { arrived('f' + number, data); }
  };

  var loaded = {};
  function load(key) {
    if (!loaded[key]) {
      loaded[key] = new Promise(function (resolve) {
        waiting[key] = { resolve: resolve };
        var script = document.createElement('script');
        script.src = base + key + '.js';
        script.async = true;
        script.onerror = function () {
          delete loaded[key];  /* a file that failed to load is tried again by the next query */
          resolve(null);
        };
        document.head.appendChild(script);
      });
    }
    return loaded[key];
  }

  /* The same folding as the index (SearchShards.terms): compatibility forms decomposed ("CO₂" is "co2"), accents
     removed, lower-cased with one sigma, split on anything not a letter or a decimal digit. */
  function fold(text) {
    return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\u03c2/g, '\u03c3');
  }
  function terms(text) {
    return fold(text).split(/[^\p{L}\p{Nd}]+/u).filter(function (t) { return t && t.length <= MAX_TERM; });
  }

  /* The folded text plus, for each folded character, where it came from in the original (by code point). */
  function foldWithOffsets(text) {
    var folded = '';
    var offsets = [];
    for (var i = 0; i < text.length; ) {
      var character = String.fromCodePoint(text.codePointAt(i));
      var piece = fold(character);
      for (var j = 0; j < piece.length; j++) {
        folded += piece.charAt(j);
        offsets.push(i);
      }
      i += character.length;
    }
    offsets.push(text.length);
    return { text: folded, offsets: offsets };
  }

  /* The shards that may hold `term` (and, as a prefix, the words it begins). */
  function shardsFor(term, prefix) {
    var shards = manifest.shards;
    if (shards.length === 0) {
      return [];
    }
    var low = 0;
    var high = shards.length - 1;
    var first = 0;
    while (low <= high) {
      var mid = (low + high) >> 1;
      if (shards[mid] <= term) {
        first = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    var found = [first];
    for (var next = first + 1; prefix && next < shards.length && found.length < PREFIX_SHARDS
         && shards[next].lastIndexOf(term, 0) === 0; next++) {
      found.push(next);
    }
    return found;
  }

  /* Postings as [passage, weight] pairs, from the base-32 digits SearchShards writes. */
  var DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_-';
  function postings(encoded) {
    var numbers = [];
    var value = 0;
    for (var i = 0; i < encoded.length; i++) {
      var digit = DIGITS.indexOf(encoded.charAt(i));
      value = value * 32 + (digit & 31);
      if (digit < 32) {
        numbers.push(value);
        value = 0;
      }
    }
    var pairs = [];
    var passage = 0;
    for (var n = 0; n + 1 < numbers.length; n += 2) {
      passage += numbers[n];
      pairs.push([passage, numbers[n + 1]]);
    }
    return pairs;
  }

  /* BM25's term weight (without length normalisation: passages' lengths are not shipped), plus boosts for a
     word in the interview's title or the speaker's name; rare words count for more than common ones. */
  function scores(term) {
    var prefix = term.length >= PREFIX_MIN;
    return Promise.all(shardsFor(term, prefix).map(function (n) { return load('s' + n); })).then(function (shards) {
      var best = {};
      shards.forEach(function (shard) {
        if (!shard) {
          return;
        }
        shard.terms.forEach(function (word, i) {
          var exact = word === term;
          if (!exact && !(prefix && word.lastIndexOf(term, 0) === 0)) {
            return;
          }
          var list = postings(shard.postings[i]);
          var idf = Math.log(1 + (manifest.passages - list.length + 0.5) / (list.length + 0.5));
          list.forEach(function (posting) {
            var tf = posting[1] >> 2;
            var score = idf * ((tf * (K1 + 1)) / (tf + K1) + (posting[1] & 2 ? 2 : 0) + (posting[1] & 1 ? 1.5 : 0))
              * (exact ? 1 : PREFIX_WEIGHT);
            if (!(best[posting[0]] >= score)) {
              best[posting[0]] = score;
            }
          });
        });
      });
      return best;
    });
  }

  /* A text node, or a <mark> around the first place one of the terms occurs, with context either side. */
  function snippet(text, words) {
    var folded = foldWithOffsets(text);
    var best = -1;
    var length = 0;
    words.forEach(function (word) {
      var at = folded.text.indexOf(word);
      while (at > 0 && /[\p{L}\p{Nd}]/u.test(folded.text.charAt(at - 1))) {
        at = folded.text.indexOf(word, at + 1);  /* only where a word starts: "ai" is not in "main" */
      }
      if (at >= 0 && (best < 0 || at < best)) {
        best = at;
        var end = at + word.length;
        while (end < folded.text.length && /[\p{L}\p{N}]/u.test(folded.text.charAt(end))) {
          end++;  /* mark the whole word a prefix matched */
        }
        length = end - at;
      }
    });
    var p = document.createElement('p');
    p.className = 'search-snippet';
    if (best < 0) {
      p.textContent = text.length > 2 * CONTEXT ? text.slice(0, 2 * CONTEXT) + '…' : text;
      return p;
    }
    var start = folded.offsets[best];
    var stop = folded.offsets[best + length];
    var from = Math.max(0, start - CONTEXT);
    var to = Math.min(text.length, stop + CONTEXT);
    var mark = document.createElement('mark');
    mark.textContent = text.slice(start, stop);
    p.appendChild(document.createTextNode((from > 0 ? '…' : '') + text.slice(from, start)));
    p.appendChild(mark);
    p.appendChild(document.createTextNode(text.slice(stop, to) + (to < text.length ? '…' : '')));
    return p;
  }

  function item(passage, words) {
    var entry = document.createElement('li');
    entry.className = 'search-result search-result--' + passage[4];
    entry.lang = passage[5];
    var link = document.createElement('a');
    link.href = passage[0];
    link.className = 'search-result-link';
    link.textContent = passage[1];
    var meta = document.createElement('p');
    meta.className = 'search-result-meta';
    meta.textContent = passage[3] + ' · ' + passage[2];
    if (passage.length > 7) {
      /* A timed passage: its time, a link to that moment of the recording when the interview has one. */
      var time = document.createElement(passage[8] ? 'a' : 'span');
      time.className = 'search-result-time';
      time.textContent = passage[7];
      if (passage[8]) {
        time.href = passage[8];
      }
      meta.appendChild(document.createTextNode(' · '));
      meta.appendChild(time);
    }
    entry.appendChild(link);
    entry.appendChild(meta);
    entry.appendChild(snippet(passage[6], words));
    return entry;
  }

  var latest = 0;
  function show(query) {
    var asked = ++latest;
    var words = terms(query.trim());
    if (words.length === 0) {
      list.textContent = '';
      status.textContent = '';
      return;
    }
    Promise.all(words.map(scores)).then(function (perWord) {
      /* Every word must match (a passage missing one is left out); scores add up. */
      var total = {};
      Object.keys(perWord[0]).forEach(function (passage) {
        var sum = 0;
        for (var w = 0; w < perWord.length; w++) {
          if (perWord[w][passage] === undefined) {
            return;
          }
          sum += perWord[w][passage];
        }
        total[passage] = sum;
      });
      var ranked = Object.keys(total).map(Number).sort(function (a, b) { return total[b] - total[a] || a - b; });
      var shown = ranked.slice(0, MAX_RESULTS);
      return Promise.all(shown.map(function (passage) {
        return load('f' + Math.floor(passage / manifest.fragmentSize)).then(function (fragment) {
          return fragment ? fragment[passage % manifest.fragmentSize] : null;
        });
      })).then(function (passages) {
        if (asked !== latest) {
          return;  /* a newer query is under way */
        }
        list.textContent = '';
        status.textContent = ranked.length === 0 ? list.getAttribute('data-none')
          : list.getAttribute(ranked.length === 1 ? 'data-one' : 'data-many').replace('{0}', String(ranked.length));
        passages.forEach(function (passage) {
          if (passage) {
            list.appendChild(item(passage, words));
          }
        });
      });
    });
  }

  function start() {
    form.setAttribute('data-ready', '');  /* the manifest is in: queries can run (tests and benchmarks wait on it) */
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
  }

  load('manifest').then(function (loadedManifest) {
    if (loadedManifest) {
      manifest = loadedManifest;
      start();
    }
  });
})();
