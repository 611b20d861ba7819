// One dossier of the candidate: its files, its processing (live), and the feedback once released.
import { api, ApiError, queryId } from './api.js';
import { el, epreuveLabel, formatDate, formatSize, statusBadge } from './format.js';
import { progressView } from './progress.js';
import { handleLoadError, showPageError, startPage } from './shell.js';

await startPage(['candidate']);
const dossierId = queryId('dossier');

if (!dossierId) {
  showPageError('Dossier introuvable', 'L’adresse ne désigne aucun dossier.', '/candidat/');
} else {
  try {
    const dossier = await api(`/api/dossiers/${dossierId}`);
    render(dossier);
    await feedback();
  } catch (error) {
    handleLoadError(error, 'Dossier introuvable', 'Ce dossier', '/candidat/');
  }
}

function render(dossier) {
  document.title = `Mon dossier — ${epreuveLabel(dossier.epreuve)} — Grader`;
  document.getElementById('title').textContent = `Mon dossier — ${epreuveLabel(dossier.epreuve)}`;
  const statusLine = el('p', {}, el('strong', { text: 'Statut : ' }), statusBadge(dossier.status));
  const container = document.getElementById('dossier');
  container.removeAttribute('aria-busy');
  container.replaceChildren(
    el('p', { text: `Déposé le ${formatDate(dossier.createdAt)}.` }),
    statusLine,
    progressView(dossier.id, dossier.processing, async () => {
      const fresh = await api(`/api/dossiers/${dossier.id}`);
      statusLine.replaceChildren(el('strong', { text: 'Statut : ' }), statusBadge(fresh.status));
      await feedback();
    }),
    el('h2', { text: 'Fichiers déposés' }),
    el('ul', {}, dossier.files.map((f) => el('li', { text: `${f.name} (${f.format.toUpperCase()}, ${formatSize(f.sizeBytes)})` }))));
}

async function feedback() {
  const container = document.getElementById('feedback');
  try {
    const released = await api(`/api/dossiers/${dossierId}/feedback`);
    container.replaceChildren(
      el('p', { class: 'hint', text: `Publié le ${formatDate(released.latest.releasedAt)}.` }),
      el('div', { class: 'feedback-text', text: released.latest.text }),
      el('p', {}, el('a', { class: 'button', href: `/api/dossiers/${dossierId}/feedback.docx`, download: '', text: 'Télécharger le retour (Word)' })),
      ...(released.history.length > 1
        ? [el('details', {}, el('summary', { text: `Retours précédents (${released.history.length - 1})` }),
          released.history.slice(1).map((r) => el('div', {}, el('h3', { text: `Publié le ${formatDate(r.releasedAt)}` }), el('div', { class: 'feedback-text', text: r.text }))))]
        : []));
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) {
      container.replaceChildren(el('p', { text: 'Aucun retour n’a encore été publié pour ce dossier. Il apparaîtra ici dès que le jury ou l’équipe pédagogique l’aura publié.' }));
    } else {
      container.replaceChildren(el('div', { class: 'notice error' }, el('p', { text: error.message })));
    }
  }
}
