/*
 * Verbatim preview only: reloads the page after each good rebuild, and shows content problems in an overlay
 * over the last good page until they are fixed. Never part of a published site.
 */
(function () {
  'use strict';
  var overlay = null;

  function hide() {
    if (overlay) {
      overlay.remove();
      overlay = null;
    }
  }

  function show(problems) {
    hide();
    if (!problems || problems.length === 0) {
      return;
    }
    overlay = document.createElement('div');
    overlay.id = 'verbatim-problems';
    overlay.setAttribute('role', 'alert');
    overlay.style.cssText = 'position:fixed;inset:auto 0 0 0;max-height:50vh;overflow:auto;z-index:2147483647;' +
      'background:#3b0a0a;color:#fff;font:14px/1.5 ui-monospace,monospace;padding:1em 1.5em;' +
      'border-top:4px solid #ff6b6b;box-shadow:0 -4px 16px rgba(0,0,0,.4)';
    var title = document.createElement('p');
    title.style.cssText = 'margin:0 0 .5em;font-weight:bold';
    title.textContent = problems.length + (problems.length === 1 ? ' problem' : ' problems') +
      ' — this is the last good version of the page';
    overlay.appendChild(title);
    var list = document.createElement('ul');
    list.style.cssText = 'margin:0;padding-left:1.2em';
    problems.forEach(function (problem) {
      var item = document.createElement('li');
      item.textContent = problem.text;
      list.appendChild(item);
    });
    overlay.appendChild(list);
    document.body.appendChild(overlay);
  }

  function refresh() {
    var request = new XMLHttpRequest();
    request.open('GET', '/__verbatim/status');
    request.onload = function () {
      show(JSON.parse(request.responseText).problems);
    };
    request.send();
  }

  var events = new EventSource('/__verbatim/events');
  events.addEventListener('reload', function () { window.location.reload(); });
  events.addEventListener('problems', function (event) { show(JSON.parse(event.data).problems); });
  refresh();
})();
