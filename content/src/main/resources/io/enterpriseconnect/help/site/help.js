/*
 * The help's behaviour, also loaded by the console for its search box: "/" focuses the search box, suggestions
 * appear as you type (GET {data-suggest}?lang=&version=&q=) and are chosen with the arrow keys and Enter, the
 * sidebar button opens the navigation on narrow screens, and Escape closes an open picker. Everything works
 * without it: the search form submits to the results page, and the pickers are <details>.
 */
(function () {
  'use strict';

  function isTyping(target) {
    return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }

  document.addEventListener('keydown', function (event) {
    var input = document.querySelector('[data-suggest]');
    if (event.key === '/' && input && !isTyping(event.target) && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      input.focus();
      input.select();
    }
    if (event.key === 'Escape') {
      document.querySelectorAll('details.picker[open]').forEach(function (picker) {
        picker.open = false;
        picker.querySelector('summary').focus();
      });
    }
  });

  document.addEventListener('click', function (event) {
    document.querySelectorAll('details.picker[open]').forEach(function (picker) {
      if (!picker.contains(event.target)) {
        picker.open = false;
      }
    });
  });

  document.querySelectorAll('[data-sidebar-toggle]').forEach(function (button) {
    button.addEventListener('click', function () {
      var sidebar = document.getElementById(button.getAttribute('aria-controls'));
      var open = button.getAttribute('aria-expanded') !== 'true';
      button.setAttribute('aria-expanded', String(open));
      sidebar.classList.toggle('is-open', open);
    });
  });

  document.querySelectorAll('[data-suggest]').forEach(function (input) {
    var list = document.getElementById(input.getAttribute('aria-controls'));
    var timer = null;
    var requested = 0;
    var active = -1;

    function options() {
      return list.querySelectorAll('[role="option"][data-href]');
    }

    function close() {
      list.hidden = true;
      list.innerHTML = '';
      active = -1;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
    }

    function select(index) {
      var all = options();
      if (all.length === 0) {
        return;
      }
      active = (index + all.length) % all.length;
      all.forEach(function (option, i) {
        option.setAttribute('aria-selected', String(i === active));
      });
      input.setAttribute('aria-activedescendant', all[active].id);
      all[active].scrollIntoView({ block: 'nearest' });
    }

    function item(text, className) {
      var li = document.createElement('li');
      li.setAttribute('role', 'option');
      li.setAttribute('aria-disabled', 'true');
      li.className = className;
      li.textContent = text;
      return li;
    }

    function addResults(results, language) {
      results.forEach(function (result) {
        var li = document.createElement('li');
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.id = input.id + '-option-' + list.children.length;
        li.dataset.href = result.url;
        if (language) {
          li.lang = language;
        }
        var title = document.createElement('span');
        title.className = 'suggestion-title';
        title.textContent = result.title;
        li.appendChild(title);
        if (result.breadcrumb.length) {
          var crumbs = document.createElement('span');
          crumbs.className = 'suggestion-crumbs';
          crumbs.textContent = result.breadcrumb.join(' / ');
          li.appendChild(crumbs);
        }
        li.addEventListener('mousedown', function (event) {
          event.preventDefault();
          window.location.href = result.url;
        });
        list.appendChild(li);
      });
    }

    function show(answer) {
      list.innerHTML = '';
      active = -1;
      if (answer.message) {
        list.appendChild(item(answer.message, 'suggestion-message'));
      }
      addResults(answer.results || []);
      if (answer.otherLanguage) {
        list.appendChild(item(answer.otherLanguage.message, 'suggestion-message'));
        addResults(answer.otherLanguage.results, answer.otherLanguage.language);
      }
      list.hidden = list.children.length === 0;
      input.setAttribute('aria-expanded', String(!list.hidden));
    }

    function suggest() {
      var text = input.value;
      if (text.trim() === '') {
        close();
        return;
      }
      var ticket = ++requested;
      var url = input.dataset.suggest + '?lang=' + encodeURIComponent(input.dataset.lang) + '&version='
        + encodeURIComponent(input.dataset.version) + '&limit=8&q=' + encodeURIComponent(text);
      fetch(url, { headers: { Accept: 'application/json' } })
        .then(function (response) { return response.json(); })
        .then(function (answer) {
          if (ticket === requested) {
            show(answer);
          }
        })
        .catch(close);
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(suggest, 120);
    });
    input.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        if (list.hidden) {
          suggest();
          return;
        }
        event.preventDefault();
        select(active + (event.key === 'ArrowDown' ? 1 : -1));
      } else if (event.key === 'Enter' && active >= 0) {
        event.preventDefault();
        window.location.href = options()[active].dataset.href;
      } else if (event.key === 'Escape' && !list.hidden) {
        event.stopPropagation();
        close();
      }
    });
    input.addEventListener('blur', function () {
      setTimeout(close, 150);
    });
  });
}());
