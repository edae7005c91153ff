// Progressive enhancement only: every page works completely without this file.
(() => {
  'use strict';

  // The error summary asks for focus so that keyboard and screen reader users land on it.
  const target = document.querySelector('[data-autofocus]');
  if (target instanceof HTMLElement) target.focus();

  // A second click on "Send" must not send the form twice (the server also refuses
  // repeated submission ids). GET forms only search or filter, so they stay untouched.
  const RELEASE_AFTER_MS = 10000;

  function setBusy(form, busy) {
    for (const button of form.querySelectorAll('button[type="submit"], button:not([type]), input[type="submit"]')) {
      button.disabled = busy;
    }
    if (busy) form.dataset.submitting = 'true';
    else delete form.dataset.submitting;
  }

  document.addEventListener('submit', (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || form.method !== 'post') return;
    if (form.dataset.submitting) {
      event.preventDefault();
      return;
    }
    // Disable only after this task: a disabled submitter would drop its name and value
    // from the data that is being sent.
    setTimeout(() => setBusy(form, true), 0);
    // A form that answers with a download leaves the page in place; give it back.
    setTimeout(() => setBusy(form, false), RELEASE_AFTER_MS);
  });

  // Pages restored from the back/forward cache would otherwise keep their buttons disabled.
  window.addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    for (const form of document.querySelectorAll('form[data-submitting]')) setBusy(form, false);
  });
})();
