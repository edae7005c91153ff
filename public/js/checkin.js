// Check-in page only: filters the list of participants while staff type a name or a
// reference. Without this file the search form does the same on the server.
(() => {
  'use strict';

  const form = document.querySelector('[data-checkin-search]');
  const list = document.querySelector('[data-checkin-list]');
  const status = document.querySelector('[data-checkin-status]');
  if (!(form instanceof HTMLFormElement) || !list || !status) return;
  const input = form.querySelector('input[type="search"]');
  if (!(input instanceof HTMLInputElement)) return;
  const entries = Array.from(list.querySelectorAll('[data-checkin-entry]'));

  // References are printed as DK-7KQ2-M9; people type them with or without dashes.
  function normalise(text) {
    return text.trim().toLowerCase().replace(/\s+/g, ' ');
  }

  let announce;
  function report(shown) {
    const text = shown === 0 ? status.dataset.none : shown === 1 ? status.dataset.one : (status.dataset.other || '').replace('{n}', String(shown));
    // Wait for a pause in typing, so that screen readers do not read every keystroke's count.
    clearTimeout(announce);
    announce = setTimeout(() => {
      status.textContent = text || '';
    }, 400);
  }

  function filter() {
    const words = normalise(input.value).split(' ').filter(Boolean);
    let shown = 0;
    for (const entry of entries) {
      const haystack = entry.getAttribute('data-search') || '';
      const match = words.every((word) => haystack.includes(word) || haystack.includes(word.replace(/-/g, '')));
      entry.hidden = !match;
      if (match) shown++;
    }
    report(shown);
  }

  input.addEventListener('input', filter);
  // The server has already filtered by the search in the address; typing continues from there.
})();
