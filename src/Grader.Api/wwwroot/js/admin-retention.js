// « Conservation des données »: per session its closing date, retention and erasure date with the candidates due now
// (GET /api/retention), and the retention pass run at once after an explicit confirmation (POST /api/retention/run).
import { api } from './api.js';
import { renderAdminNav } from './admin-nav.js';
import { formatDay, plural, table } from './admin-common.js';
import { el } from './format.js';
import { announce, startPage } from './shell.js';

await startPage(['admin']);
renderAdminNav();

const root = document.getElementById('preview');
const form = document.getElementById('run');
const status = document.getElementById('run-status');

await load();

async function load() {
  root.setAttribute('aria-busy', 'true');
  try {
    const preview = await api('/api/retention');
    root.replaceChildren(...render(preview));
  } catch (error) {
    root.replaceChildren(el('div', { class: 'notice error', role: 'alert' }, el('p', { text: error.message })));
  } finally {
    root.removeAttribute('aria-busy');
  }
}

function render(p) {
  const hours = p.intervalMinutes / 60;
  const every = hours >= 1 && Number.isInteger(hours) ? plural(hours, 'heure', 'heures') : plural(p.intervalMinutes, 'minute', 'minutes');
  const summary = el('p', { id: 'due-summary', class: `notice ${p.dueNow > 0 ? 'warn' : 'ok'}` },
    p.dueNow > 0
      ? `${plural(p.dueNow, 'candidat a', 'candidats ont')} dépassé la durée de conservation de toutes leurs sessions : un passage les effacerait maintenant.`
      : 'Aucun candidat n’a dépassé la durée de conservation de ses sessions : un passage n’effacerait rien maintenant.',
    ' ',
    p.periodicPassEnabled ? `Le passage automatique a lieu toutes les ${every}.` : 'Le passage automatique est désactivé sur ce service.');
  if (p.sessions.length === 0) return [summary, el('p', { text: 'Aucune session.' })];
  return [summary, table('retention-table', 'Conservation par session',
    ['Session', 'Clôture', 'Conservation', 'Effacement à partir du', 'Candidats inscrits', 'À effacer maintenant'],
    p.sessions.map((s) => el('tr', { 'data-session': s.sessionId },
      el('th', { scope: 'row' }, el('a', { href: `/admin/session.html?id=${s.sessionId}`, text: s.name })),
      el('td', { text: formatDay(s.closesAt, 'pas encore de date') }),
      el('td', { text: plural(s.retentionDays, 'jour', 'jours') }),
      el('td', {}, s.erasableFrom ? formatDay(s.erasableFrom) : 'aucun effacement (session sans clôture)',
        s.expired ? el('span', { class: 'hint block', text: 'date passée' }) : null),
      el('td', { text: String(s.candidates) }),
      el('td', { text: String(s.dueNow) }))))];
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const confirmBox = form.elements.confirm;
  if (!confirmBox.checked) {
    announce(status, 'Cochez la confirmation avant de lancer le passage : l’effacement est définitif.', 'error');
    confirmBox.focus();
    return;
  }
  const button = form.querySelector('button[type="submit"]');
  button.disabled = true;
  announce(status, 'Passage de conservation en cours…', 'warn');
  try {
    const result = await api('/api/retention/run', { method: 'POST', body: { confirmed: true } });
    announce(status, result.summary, result.candidatesFailed > 0 ? 'warn' : 'ok');
    confirmBox.checked = false;
    await load();
  } catch (error) {
    announce(status, error.message, 'error');
  } finally {
    button.disabled = false;
  }
});
