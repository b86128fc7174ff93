// Before the app has started (its wasm may still be on its way over a slow network), the
// page works as HTML and nothing the person does is lost (docs/app.md, "Start-up").
// scripts/postbuild.mjs puts this file inline at the end of <body>; the Content-Security-
// Policy allows it by its hash. It runs once #app (the pre-rendered start page) exists.
//
// - "Rozpocznij" shows the first question at once: the <template id="pre-first-question">
//   of index.html, the same markup as the app renders (a browser test compares them), with
//   today's date filled in as the app does. "Wstecz" goes back to the start page.
// - "Dalej" (the button or Enter) is remembered, with a visible note; a language chosen is
//   remembered too.
// - The app takes over from the page as it is (src/app/platform/dom.rs `take_early`): the question
//   shown (data-early-page on #app), the values typed, the focus, and the remembered
//   "Dalej" (data-early-next) and language (data-early-lang). Once it has started
//   (data-app="ready" on <html>) this script does nothing more.
(() => {
  const app = document.getElementById('app');
  const template = document.getElementById('pre-first-question');
  const main = document.getElementById('main-content');
  if (!app || !template || !main) return;
  const started = () => document.documentElement.getAttribute('data-app') === 'ready';
  const heading = () => document.getElementById('page-heading');
  const startTitle = document.title;
  let startPage = null;
  // The note beside what was pressed, so that it is seen where the person looks.
  const note = (after) => {
    document.getElementById('early-wait')?.remove();
    const el = document.createElement('p');
    el.id = 'early-wait';
    el.className = 'early-wait';
    el.setAttribute('role', 'status');
    el.textContent = template.getAttribute('data-wait');
    after.after(el);
  };
  const showQuestion = () => {
    startPage = [...main.childNodes];
    main.replaceChildren(template.content.cloneNode(true));
    const field = template.getAttribute('data-field');
    const today = new Date();
    const parts = { d: today.getDate(), m: today.getMonth() + 1, y: today.getFullYear() };
    for (const [k, v] of Object.entries(parts)) {
      const input = document.getElementById(`${field}-${k}`);
      if (input) input.value = String(v);
    }
    app.setAttribute('data-early-page', field);
    document.title = template.getAttribute('data-title');
    heading()?.focus();
  };
  const showStart = () => {
    if (!startPage) return;
    main.replaceChildren(...startPage);
    app.removeAttribute('data-early-page');
    app.removeAttribute('data-early-next');
    document.title = startTitle;
    heading()?.focus();
  };
  app.addEventListener('click', (e) => {
    if (started()) return;
    const target = e.target instanceof Element ? e.target.closest('button, a') : null;
    if (!target) return;
    if (target.id === 'start-button') {
      e.preventDefault();
      showQuestion();
    } else if (target.classList.contains('back-link')) {
      e.preventDefault();
      showStart();
    } else if (target.classList.contains('lang-switch__button')) {
      e.preventDefault();
      app.setAttribute('data-early-lang', target.getAttribute('lang'));
      target.setAttribute('aria-busy', 'true');
      note(target.closest('nav') ?? target);
    }
  });
  app.addEventListener('submit', (e) => {
    if (started()) return;
    e.preventDefault();
    app.setAttribute('data-early-next', '1');
    const button = e.target.querySelector('button[type="submit"]');
    button?.setAttribute('aria-busy', 'true');
    note(button ?? e.target);
  });
})();
