// « Mes dossiers »: the dossiers of the sessions the juror sits on (GET /api/sessions, then each session's dossiers).
import { allPages, api } from './api.js';
import { el, epreuveLabel, formatDate, statusBadge } from './format.js';
import { progressView } from './progress.js';
import { startPage } from './shell.js';

await startPage(['juror', 'admin']);
const container = document.getElementById('sessions');

try {
  const sessions = await allPages('/api/sessions');
  const sections = [];
  for (const session of sessions) {
    const [dossiers, candidates] = await Promise.all([
      allPages(`/api/sessions/${session.id}/dossiers`),
      allPages(`/api/sessions/${session.id}/candidates`).catch(() => []),
    ]);
    const pseudonyms = new Map(candidates.map((c) => [c.id, c.pseudonymousId]));
    sections.push(sessionSection(session, dossiers, pseudonyms));
  }
  container.replaceChildren(...(sections.length ? sections : [el('p', { text: 'Vous ne siégez dans aucun jury pour le moment.' })]));
} catch (error) {
  container.replaceChildren(el('div', { class: 'notice error', role: 'alert' }, el('p', { text: error.message })));
} finally {
  container.removeAttribute('aria-busy');
}

function sessionSection(session, dossiers, pseudonyms) {
  const headingId = `session-${session.id}`;
  const details = [session.blindFirstReview ? 'relecture à l’aveugle' : null, `${dossiers.length} dossier${dossiers.length > 1 ? 's' : ''}`].filter(Boolean).join(' · ');
  if (dossiers.length === 0) {
    return el('section', { 'aria-labelledby': headingId, class: 'card' },
      el('h2', { id: headingId, text: session.name }), el('p', { text: 'Aucun dossier déposé dans cette session.' }));
  }
  return el('section', { 'aria-labelledby': headingId, class: 'card' },
    el('h2', { id: headingId, text: session.name }),
    el('p', { class: 'hint', text: details }),
    // The table scrolls inside its own region on a narrow screen (200 % zoom), never the page.
    el('div', { class: 'table-scroll', role: 'region', tabindex: '0', 'aria-labelledby': `${headingId}-caption` }, el('table', {},
      el('caption', { id: `${headingId}-caption`, class: 'visually-hidden', text: `Dossiers de la session ${session.name}` }),
      el('thead', {}, el('tr', {}, ['Candidat', 'Épreuve', 'Déposé le', 'Statut', 'Traitement', 'Relecture'].map((h) => el('th', { scope: 'col', text: h })))),
      el('tbody', {}, dossiers.map((d) => dossierRow(d, pseudonyms.get(d.candidateId) ?? 'candidat'))))));
}

function dossierRow(dossier, pseudonym) {
  const statusCell = el('td', {}, statusBadge(dossier.status));
  const actionCell = el('td');
  const progressCell = el('td', { text: '…' });
  const setAction = (status) => {
    const ready = ['PreAssessed', 'InReview', 'Finalised'].includes(status);
    actionCell.replaceChildren(ready
      ? el('a', { href: `/jury/revue.html?dossier=${dossier.id}`, text: `Relire le dossier de ${pseudonym}` })
      : el('span', { class: 'hint', text: 'Pas encore prêt' }));
  };
  setAction(dossier.status);
  api(`/api/dossiers/${dossier.id}/processing`).catch(() => null).then((processing) => {
    progressCell.replaceChildren(progressView(dossier.id, processing, async () => {
      const fresh = await api(`/api/dossiers/${dossier.id}`);
      statusCell.replaceChildren(statusBadge(fresh.status));
      setAction(fresh.status);
    }));
  });
  return el('tr', { 'data-dossier': dossier.id },
    el('th', { scope: 'row', text: pseudonym }),
    el('td', { text: epreuveLabel(dossier.epreuve) }),
    el('td', { text: formatDate(dossier.createdAt) }),
    statusCell, progressCell, actionCell);
}
