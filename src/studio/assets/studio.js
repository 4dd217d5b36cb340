// kaartwerk studio: sends each change of the form as it is made, and shows what the server answers
// (messages beside the fields, the preview, the print files). Plain DOM, no framework.
'use strict';

const post = (url, body) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

// the first page: a new edition
const newForm = document.getElementById('new-edition');
if (newForm) {
  newForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    const msg = document.getElementById('new-msg');
    msg.textContent = '';
    const res = await post('/api/editions', { name: newForm.elements.name.value, from: newForm.elements.from.value });
    const answer = await res.json();
    if (res.ok) location.href = answer.url;
    else msg.textContent = answer.error;
  });
}

const studio = document.getElementById('studio');
if (studio) {
  const id = studio.dataset.edition;
  let version = studio.dataset.version;
  const api = (what) => `/api/e/${id}/${what}`;
  const notice = document.getElementById('notice');
  const previewDeck = document.getElementById('preview-deck');
  const previewLang = document.getElementById('preview-lang');
  const STRUCTURAL = new Set(['languages', 'decks', 'posters', 'addCard', 'removeCard']);

  const setFragments = (fragments) => {
    for (const [key, html] of Object.entries(fragments || {})) {
      const el = document.getElementById(key);
      if (el) el.innerHTML = html;
    }
  };
  const setMessages = (messages, only) => {
    for (const el of document.querySelectorAll('[data-msg]')) {
      if (only && !(el.dataset.msg in messages)) continue;
      el.innerHTML = (messages && messages[el.dataset.msg]) || '';
    }
  };
  const say = (html, kind) => {
    notice.innerHTML = html;
    notice.className = `notice ${kind || ''}`;
    notice.hidden = !html;
  };

  // the preview and the full check, newest request wins
  let previewTurn = 0;
  let checkTurn = 0;
  const status = document.getElementById('preview-status');
  async function refreshPreview() {
    const turn = ++previewTurn;
    if (!previewDeck.value) { status.textContent = 'Choose a deck to see its cards.'; return; }
    status.textContent = 'Drawing the preview…';
    const started = performance.now();
    const res = await fetch(`${api('preview')}?deck=${encodeURIComponent(previewDeck.value)}&lang=${encodeURIComponent(previewLang.value)}`);
    if (turn !== previewTurn) return;
    const answer = await res.json();
    if (!res.ok) { status.textContent = answer.error || 'The preview could not be drawn.'; return; }
    document.getElementById('preview-body').innerHTML = answer.html;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    status.textContent = answer.failed ? 'Not updated: see the problem in the form.' : `Updated in ${seconds} s${answer.changed ? `: ${answer.changed} picture(s) changed, marked “changed”` : ''}.`;
    studio.dataset.previewed = String(Date.now());
    if (answer.messages) setMessages(answer.messages);
  }
  async function refreshCheck() {
    const turn = ++checkTurn;
    const res = await fetch(api('check'));
    if (turn !== checkTurn || !res.ok) return;
    const answer = await res.json();
    setMessages(answer.messages);
    for (const el of document.querySelectorAll('[data-fit]')) el.innerHTML = answer.fit[el.dataset.fit] || '';
    studio.dataset.checked = String(Date.now());
  }
  const refresh = () => refreshPreview().then(refreshCheck);

  async function send(change, force) {
    const res = await post(api('change'), { version, change, force: Boolean(force) });
    const answer = await res.json();
    if (res.status === 409) return conflict(() => send(change, true));
    if (!res.ok) {
      if (answer.messages) setMessages(answer.messages, true);
      else say(`<p>${escapeHtml(answer.error || 'The change was not saved.')}</p>`, 'bad');
      return;
    }
    version = answer.version;
    setFragments(answer.fragments);
    if (STRUCTURAL.has(change.op)) return reload();
    await refresh();
  }

  function conflict(retry) {
    say('<p><strong>Not saved yet:</strong> the edition file was changed in another program since this page was opened.</p>'
      + '<p><button type="button" id="conflict-reload">Show the other changes</button> <button type="button" id="conflict-keep">Save my change on top of them</button></p>', 'bad');
    document.getElementById('conflict-reload').onclick = reload;
    document.getElementById('conflict-keep').onclick = () => { say(''); retry(); };
  }

  function reload() {
    const url = new URL(location.href);
    url.searchParams.set('deck', previewDeck.value);
    url.searchParams.set('lang', previewLang.value);
    location.replace(url);
  }

  const changeOf = (el) => {
    const change = JSON.parse(el.dataset.change);
    if (change.op === 'leaveOut') { change.out = !el.checked; el.closest('.card-row')?.classList.toggle('left-out', !el.checked); }
    else if (change.op === 'onBrand') change.value = el.value;
    else change.value = el.value;
    delete change.exact;
    return change;
  };

  // text fields: saved a moment after typing stops, and when they are left
  const timers = new WeakMap();
  const form = document.getElementById('edition-form');
  form.addEventListener('input', (e) => {
    const el = e.target;
    if (!el.dataset || !el.dataset.change || !/^(INPUT|TEXTAREA)$/.test(el.tagName) || el.type === 'checkbox' || el.type === 'radio' || el.type === 'color') return;
    clearTimeout(timers.get(el));
    timers.set(el, setTimeout(() => { el.dataset.sent = el.value; send(changeOf(el)); }, 600));
  });
  form.addEventListener('change', (e) => {
    const el = e.target;
    const group = el.closest('[data-group]');
    if (group) {
      const change = JSON.parse(group.dataset.group);
      change.value = [...group.querySelectorAll('input:checked')].map((i) => i.value);
      if (change.value.length === 0) { setMessages({ [change.op]: `<ul class="messages"><li class="error"><strong>Must fix:</strong> choose at least one.</li></ul>` }, true); return; }
      return send(change);
    }
    if (el.id === 'logo') return uploadLogo(el);
    if (!el.dataset.change) return;
    clearTimeout(timers.get(el));
    if (el.dataset.sent === el.value && el.type !== 'checkbox' && el.type !== 'radio') return;
    el.dataset.sent = el.value;
    send(changeOf(el));
  });
  form.addEventListener('submit', (e) => e.preventDefault());

  async function uploadLogo(input, force) {
    const file = input.files[0];
    if (!file) return;
    setMessages({ logo: '<p class="muted">Checking the logo…</p>' }, true);
    const data = new FormData();
    data.append('version', version);
    if (force) data.append('force', 'true');
    data.append('logo', file);
    const res = await fetch(api('logo'), { method: 'POST', body: data });
    const answer = await res.json().catch(() => ({ error: `The upload was refused (${res.status}).` }));
    if (res.status === 409) return conflict(() => uploadLogo(input, true));
    if (!res.ok) { setMessages(answer.messages || { logo: `<p class="bad">${escapeHtml(answer.error)}</p>` }, true); return; }
    setMessages({ logo: '' }, true);
    version = answer.version;
    setFragments(answer.fragments);
    await refresh();
  }

  // own cards
  document.addEventListener('click', async (e) => {
    const add = e.target.closest('[data-add]');
    const remove = e.target.closest('[data-remove]');
    if (add) {
      const box = add.closest('.add-card');
      const texts = {};
      for (const area of box.querySelectorAll('textarea[name^="text-"]')) {
        const lang = area.name.slice(5);
        texts[lang] = { title: box.querySelector(`[name="title-${lang}"]`).value, text: area.value };
      }
      await send({ op: 'addCard', deck: box.dataset.deck, category: box.querySelector('[name=category]').value, after: box.querySelector('[name=after]').value || undefined, texts });
    }
    if (remove) await send(JSON.parse(remove.dataset.remove));
  });

  // build and download
  const build = document.getElementById('build');
  build.addEventListener('click', async () => {
    const buildStatus = document.getElementById('build-status');
    build.disabled = true;
    buildStatus.textContent = 'Building every file and checking it as a print shop would… this takes a few seconds.';
    try {
      const res = await post(api('build'), {});
      const answer = await res.json();
      document.getElementById('downloads').innerHTML = answer.html || '';
      if (answer.messages) setMessages(answer.messages);
      buildStatus.textContent = res.ok && answer.files && answer.files.length ? `Done: ${answer.files.length} files.` : 'Not built: see the problems in the form.';
    } finally {
      build.disabled = false;
    }
  });

  previewDeck.addEventListener('change', refreshPreview);
  previewLang.addEventListener('change', refreshPreview);

  // edits made meanwhile in an editor: announced, and shown
  const events = new EventSource(api('events'));
  events.addEventListener('outside', () => {
    say('<p><strong>The edition file was changed in another program.</strong> The preview shows those changes; reload the page to see them in the form too.</p><p><button type="button" id="outside-reload">Reload the form</button></p>', 'warn');
    document.getElementById('outside-reload').onclick = reload;
    refresh();
  });

  const escapeHtml = (t) => String(t).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  refresh();
}
