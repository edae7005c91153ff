// Progressive enhancement only: every page works completely without this file.
(() => {
  'use strict';

  // The error summary asks for focus so that keyboard and screen reader users land on it.
  const target = document.querySelector('[data-autofocus]');
  if (target instanceof HTMLElement) target.focus();

  // A link of the error summary jumps to its field, which the browser scrolls to the very top
  // of the window, its label and hint above it out of sight. Show the label (or the group's
  // legend) with the field, then focus the field without scrolling again.
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('.dk-error-summary a[href^="#"]') : null;
    if (!link) return;
    const field = document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)));
    if (!(field instanceof HTMLElement)) return;
    const caption = field.closest('fieldset')?.querySelector('legend') ?? (field.id ? document.querySelector(`label[for="${CSS.escape(field.id)}"]`) : null);
    event.preventDefault();
    (caption ?? field).scrollIntoView({ block: 'start' });
    field.focus({ preventScroll: true });
    history.replaceState(null, '', link.getAttribute('href'));
  });

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
