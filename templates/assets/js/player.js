/* The interview's recording and its transcript, together: a time seeks there and plays; the turn being spoken
   is marked (aria-current) and followed until the reader scrolls; #t=723 or #t=00:12:03 opens the page at that
   moment; "Link to this moment" gives such an address. No shortcut keys: the browser's own stay untouched. */
(function () {
  'use strict';
  var player = document.querySelector('.player');
  var media = player && player.querySelector('audio, video');
  if (!media) {
    return;
  }
  var timed = Array.prototype.slice.call(document.querySelectorAll('.conversation [data-start]'));
  var starts = timed.map(function (element) { return parseFloat(element.getAttribute('data-start')); });
  var follow = player.querySelector('.player-follow');
  var share = player.querySelector('.player-share');
  var status = player.querySelector('.player-status');
  var reduced = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  var following = true;
  var scripted = false;
  var current = null;

  function setFollowing(on) {
    following = on;
    player.setAttribute('data-following', on ? 'true' : 'false');
    follow.hidden = on;
  }

  function bring(element) {
    scripted = true;
    element.scrollIntoView({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
    window.setTimeout(function () { scripted = false; }, reduced ? 100 : 1000);
  }

  /** The turn being spoken at the media's time: the last timed element that starts at or before it. */
  function spoken(time) {
    var found = null;
    for (var i = 0; i < timed.length && starts[i] <= time + 0.001; i++) {
      found = timed[i];
    }
    return found && (found.closest('.turn') || found);
  }

  function update() {
    var turn = spoken(media.currentTime);
    if (turn === current) {
      return;
    }
    if (current) {
      current.removeAttribute('aria-current');
    }
    current = turn;
    if (turn) {
      turn.setAttribute('aria-current', 'true');
      if (following && !media.paused) {
        bring(turn);
      }
    }
  }

  function seconds(text) {
    var total = 0;
    var parts = text.split(':');
    for (var i = 0; i < parts.length; i++) {
      var part = parseFloat(parts[i]);
      if (isNaN(part)) {
        return NaN;
      }
      total = total * 60 + part;
    }
    return total;
  }

  function fromAddress() {
    var match = /^#t=([0-9:.]+)$/.exec(window.location.hash);
    var time = match ? seconds(match[1]) : NaN;
    if (isNaN(time)) {
      return;
    }
    setFollowing(true);
    var go = function () {
      media.currentTime = time;
      update();
      if (current) {
        bring(current);
      }
    };
    go();
    if (media.readyState < 1) {
      media.addEventListener('loadedmetadata', go, { once: true });
    }
  }

  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a.turn-time, a.segment-time');
    var element = link && (link.hasAttribute('data-seek') ? link : link.closest('[data-start]'));
    if (!element) {
      return;
    }
    event.preventDefault();
    setFollowing(true);
    media.currentTime = parseFloat(element.getAttribute(element === link ? 'data-seek' : 'data-start'));
    update();
    var playing = media.play();
    if (playing && playing.catch) {
      playing.catch(function () { /* the reader's browser refused to play: the time is set all the same */ });
    }
  });

  window.addEventListener('scroll', function () {
    if (!scripted && following) {
      setFollowing(false);
    }
  }, { passive: true });

  follow.addEventListener('click', function () {
    setFollowing(true);
    if (current) {
      bring(current);
    }
  });

  share.hidden = false;
  share.addEventListener('click', function () {
    var address = window.location.href.split('#')[0] + '#t=' + Math.floor(media.currentTime);
    window.history.replaceState(null, '', address);
    var done = function () { status.textContent = share.getAttribute('data-copied'); };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(address).then(done, function () { status.textContent = address; });
    } else {
      status.textContent = address;
    }
  });

  media.addEventListener('timeupdate', update);
  media.addEventListener('seeked', update);
  window.addEventListener('hashchange', fromAddress);
  setFollowing(true);
  fromAddress();
}());
