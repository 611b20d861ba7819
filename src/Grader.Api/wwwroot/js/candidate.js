// The candidate's space: upload a dossier (drag-and-drop or file picker, checked against the service's limits before
// sending, with upload progress), and the list of their dossiers with live processing.
import { allPages, antiforgeryHeaders, api, isForgeryRefusal } from './api.js';
import { el, epreuveLabel, formatDate, formatSize, statusBadge } from './format.js';
import { progressView } from './progress.js';
import { startPage } from './shell.js';

await startPage(['candidate']);

const form = document.getElementById('upload');
const sessionSelect = document.getElementById('session');
const epreuveSelect = document.getElementById('epreuve');
const input = document.getElementById('files');
const dropzone = document.getElementById('dropzone');
const fileList = document.getElementById('file-list');
const errors = document.getElementById('upload-errors');
const progress = document.getElementById('upload-progress');
const percent = document.getElementById('upload-percent');
const status = document.getElementById('upload-status');
let chosen = [];
let limits;
let sessions = [];

try {
  [limits, sessions] = await Promise.all([api('/api/uploads/limits'), allPages('/api/sessions')]);
  document.getElementById('limits').textContent =
    `Formats acceptés : ${limits.acceptedExtensions.map((x) => x.slice(1).toUpperCase()).join(', ')} ; au plus ${limits.maxFiles} fichiers de ${formatSize(limits.maxFileBytes)} chacun, ${formatSize(limits.maxRequestBytes)} en tout.`;
  sessionSelect.replaceChildren(...sessions.map((s) => el('option', { value: s.id, text: s.name })));
  fillEpreuves();
  if (sessions.length === 0) {
    form.replaceChildren(el('p', { text: 'Vous n’êtes inscrit à aucune session : le dépôt n’est pas encore possible.' }));
  }
} catch (error) {
  errors.replaceChildren(el('div', { class: 'notice error' }, el('p', { text: error.message })));
}
sessionSelect.addEventListener('change', fillEpreuves);
await listDossiers();

function fillEpreuves() {
  const session = sessions.find((s) => s.id === sessionSelect.value);
  epreuveSelect.replaceChildren(...(session?.epreuves ?? []).map((e) => el('option', { value: e, text: epreuveLabel(e) })));
}

// ——— Files: picker and drag-and-drop, checked here against the same limits as the service ———

input.addEventListener('change', () => choose([...input.files]));
for (const type of ['dragenter', 'dragover']) {
  dropzone.addEventListener(type, (event) => {
    event.preventDefault();
    dropzone.classList.add('dragging');
  });
}
for (const type of ['dragleave', 'drop']) dropzone.addEventListener(type, () => dropzone.classList.remove('dragging'));
dropzone.addEventListener('drop', (event) => {
  event.preventDefault();
  choose([...event.dataTransfer.files]);
});

function problemsOf(files) {
  const problems = [];
  if (files.length === 0) problems.push('Joignez au moins un fichier : votre dossier écrit.');
  if (limits && files.length > limits.maxFiles) problems.push(`Vous avez choisi ${files.length} fichiers ; un dépôt en accepte au plus ${limits.maxFiles}.`);
  for (const file of files) {
    const extension = file.name.includes('.') ? file.name.slice(file.name.lastIndexOf('.')).toLowerCase() : '';
    if (limits && !limits.acceptedExtensions.includes(extension)) problems.push(`« ${file.name} » : format non accepté (${extension || 'sans extension'}).`);
    if (file.size === 0) problems.push(`« ${file.name} » est vide.`);
    if (limits && file.size > limits.maxFileBytes) problems.push(`« ${file.name} » dépasse la taille maximale de ${formatSize(limits.maxFileBytes)} par fichier.`);
  }
  const total = files.reduce((sum, f) => sum + f.size, 0);
  if (limits && total > limits.maxRequestBytes) problems.push(`L’ensemble dépasse la taille maximale de ${formatSize(limits.maxRequestBytes)} par dépôt.`);
  return problems;
}

function choose(files) {
  chosen = files;
  fileList.replaceChildren(...files.map((f) => el('li', { text: `${f.name} — ${formatSize(f.size)}` })));
  showProblems(problemsOf(files));
}

function showProblems(problems) {
  errors.replaceChildren(...(problems.length
    ? [el('div', { class: 'notice error' }, el('p', { text: 'Le dépôt ne peut pas être envoyé :' }), el('ul', {}, problems.map((p) => el('li', { text: p }))))]
    : []));
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const problems = problemsOf(chosen);
  if (!epreuveSelect.value) problems.push('Choisissez l’épreuve.');
  showProblems(problems);
  if (problems.length) {
    input.focus();
    return;
  }
  send();
});

// XMLHttpRequest, not fetch: it reports the upload's progress. The anti-forgery token goes with the sign-in cookie;
// when the service refuses it (renewed sign-in), it is renewed and the upload sent once more.
async function send(renewToken = false) {
  const forgery = await antiforgeryHeaders(renewToken);
  const body = new FormData();
  body.append('epreuve', epreuveSelect.value);
  for (const file of chosen) body.append('files', file, file.name);
  const request = new XMLHttpRequest();
  request.open('POST', `/api/sessions/${sessionSelect.value}/dossiers`);
  request.setRequestHeader('Accept', 'application/json');
  for (const [name, value] of Object.entries(forgery)) request.setRequestHeader(name, value);
  request.responseType = 'json';
  const button = document.getElementById('send');
  button.disabled = true;
  progress.hidden = false;
  progress.value = 0;
  status.hidden = true;
  request.upload.addEventListener('progress', (event) => {
    if (event.lengthComputable) {
      progress.value = Math.round((event.loaded / event.total) * 100);
      percent.textContent = `Envoi : ${progress.value} %`.replace(' %', '\u00A0%');
    }
  });
  request.addEventListener('load', async () => {
    if (!renewToken && isForgeryRefusal(request.status, request.response)) {
      await send(true);
      return;
    }
    button.disabled = false;
    if (request.status === 202) {
      progress.value = 100;
      percent.textContent = 'Envoi terminé.';
      const accepted = request.response;
      status.hidden = false;
      status.className = 'notice ok';
      status.replaceChildren(el('p', {}, 'Dossier reçu ; son traitement a commencé. ',
        el('a', { href: `/candidat/dossier.html?dossier=${accepted.dossierId}`, text: 'Suivre ce dossier' })));
      chosen = [];
      input.value = '';
      fileList.replaceChildren();
      await listDossiers();
    } else {
      percent.textContent = '';
      progress.hidden = true;
      const problem = request.response ?? {};
      showProblems([problem.detail ?? `Le dépôt a été refusé (erreur ${request.status}).`]);
    }
  });
  request.addEventListener('error', () => {
    button.disabled = false;
    progress.hidden = true;
    showProblems(['Le service ne répond pas : vérifiez votre connexion puis réessayez.']);
  });
  request.send(body);
}

// ——— My dossiers ———

async function listDossiers() {
  const container = document.getElementById('mine');
  const rows = [];
  for (const session of sessions) {
    for (const dossier of await allPages(`/api/sessions/${session.id}/dossiers`)) rows.push({ session, dossier });
  }
  container.removeAttribute('aria-busy');
  if (rows.length === 0) {
    container.replaceChildren(el('p', { text: 'Vous n’avez encore déposé aucun dossier.' }));
    return;
  }
  // The table scrolls inside its own region on a narrow screen (200 % zoom), never the page.
  container.replaceChildren(el('div', { class: 'table-scroll', role: 'region', tabindex: '0', 'aria-labelledby': 'my-dossiers-caption' }, el('table', {},
    el('caption', { id: 'my-dossiers-caption', class: 'visually-hidden', text: 'Mes dossiers déposés' }),
    el('thead', {}, el('tr', {}, ['Session', 'Épreuve', 'Déposé le', 'Statut', 'Traitement', 'Détails et retour'].map((h) => el('th', { scope: 'col', text: h })))),
    el('tbody', {}, rows.map(({ session, dossier }) => {
      const statusCell = el('td', {}, statusBadge(dossier.status));
      const progressCell = el('td', { text: '…' });
      api(`/api/dossiers/${dossier.id}/processing`).catch(() => null).then((processing) => {
        progressCell.replaceChildren(progressView(dossier.id, processing, async () => {
          statusCell.replaceChildren(statusBadge((await api(`/api/dossiers/${dossier.id}`)).status));
        }));
      });
      return el('tr', {},
        el('td', { text: session.name }),
        el('th', { scope: 'row', text: epreuveLabel(dossier.epreuve) }),
        el('td', { text: formatDate(dossier.createdAt) }),
        statusCell, progressCell,
        el('td', {}, el('a', { href: `/candidat/dossier.html?dossier=${dossier.id}`, text: `Voir le dossier du ${formatDate(dossier.createdAt)}` })));
    })))));
}
