// « Sessions et jurys »: every session with its counts (GET /api/sessions/overview), and the form that creates one
// (POST /api/sessions) with its épreuves chosen in the référentiel (GET /api/rubrics, GET /api/rubrics/{id}).
import { allPages, api } from './api.js';
import { renderAdminNav } from './admin-nav.js';
import { formatDay, fromDateInput, modeLabels, showFormError, table } from './admin-common.js';
import { el } from './format.js';
import { announce, startPage } from './shell.js';

await startPage(['admin']);
renderAdminNav();

const list = document.getElementById('sessions');
const form = document.getElementById('create');
const rubricSelect = document.getElementById('rubric');
const choices = document.getElementById('epreuve-choices');
const status = document.getElementById('create-status');

await Promise.all([loadSessions(), loadRubrics()]);

async function loadSessions(highlight = null) {
  list.setAttribute('aria-busy', 'true');
  try {
    const sessions = await allPages('/api/sessions/overview');
    list.replaceChildren(sessions.length === 0
      ? el('p', { text: 'Aucune session pour l’instant : créez la première avec le formulaire ci-dessous.' })
      : table('sessions-table', `Sessions (${sessions.length})`,
        ['Session', 'Référentiel', 'Épreuves', 'Mode', 'Clôture', 'Candidats', 'Jurys'],
        sessions.map(({ session: s, candidates, juries }) => el('tr', { 'data-session': s.id, class: s.id === highlight ? 'highlight' : null },
          el('th', { scope: 'row' }, el('a', { href: `/admin/session.html?id=${s.id}`, text: s.name })),
          el('td', { text: `${s.rubricId} (version ${s.rubricVersion})` }),
          el('td', { text: s.epreuves.map((e) => e.toUpperCase()).join(', ') }),
          el('td', { text: modeLabels[s.mode] ?? s.mode }),
          el('td', { text: formatDay(s.closesAt) }),
          el('td', { text: String(candidates) }),
          el('td', { text: String(juries) })))));
  } catch (error) {
    list.replaceChildren(el('div', { class: 'notice error', role: 'alert' }, el('p', { text: error.message })));
  } finally {
    list.removeAttribute('aria-busy');
  }
}

async function loadRubrics() {
  try {
    const rubrics = await api('/api/rubrics');
    rubricSelect.replaceChildren(...rubrics.map((r) => el('option', { value: r.id, text: `${r.title} — version ${r.version}` })));
    await loadEpreuves();
  } catch (error) {
    announce(status, error.message, 'error');
  }
}

async function loadEpreuves() {
  choices.replaceChildren(el('p', { text: 'Chargement des épreuves…' }));
  const rubric = await api(`/api/rubrics/${encodeURIComponent(rubricSelect.value)}`);
  const seen = new Map();
  for (const bloc of rubric.blocs) for (const e of bloc.epreuves) if (!seen.has(e.id)) seen.set(e.id, e);
  choices.replaceChildren(...[...seen.values()].map((e) =>
    el('label', {}, el('input', { type: 'checkbox', name: 'epreuve', value: e.id }), ` ${e.sourceCode ?? e.id.toUpperCase()} — ${e.title}`)));
}

rubricSelect.addEventListener('change', () => loadEpreuves().catch((error) => announce(status, error.message, 'error')));

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const name = form.elements.name.value.trim();
  if (!name) {
    announce(status, 'Donnez un nom à la session.', 'error');
    form.elements.name.focus();
    return;
  }
  const button = form.querySelector('button[type="submit"]');
  button.disabled = true;
  try {
    const session = await api('/api/sessions', {
      method: 'POST',
      body: {
        name,
        rubricId: rubricSelect.value,
        epreuves: [...form.querySelectorAll('input[name="epreuve"]:checked')].map((c) => c.value),
        mode: form.elements.mode.value,
        releasePolicy: form.elements.policy.value,
        blindFirstReview: form.elements.blind.checked,
        closesAt: fromDateInput(form.elements.closes.value),
        retentionDays: Number(form.elements.retention.value),
        acquiredShareRequired: Number(form.elements.share.value) / 100,
      },
    });
    announce(status, `Session « ${session.name} » créée. Ouvrez-la dans la liste pour lui ajouter ses jurys et ses candidats.`);
    form.reset();
    await loadSessions(session.id);
    await loadEpreuves();
    list.querySelector(`tr[data-session="${session.id}"] a`)?.focus();
  } catch (error) {
    showFormError(status, error, form.elements.name);
  } finally {
    button.disabled = false;
  }
});
