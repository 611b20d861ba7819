// The candidate's feedback on the review page: the draft the AI wrote (or the jury's edited version), saved under a
// version token, and published to the candidate once the jury has decided (GET/PUT …/feedback/draft, POST …/release).
import { api, ApiError } from './api.js';
import { el, formatDate } from './format.js';
import { announce } from './shell.js';

let root;
let dossierId;
let draft = null;
let lastRelease = null;
let gridFinal = false;
let blindRefusal = null;

/** Mounts the section once, then follows the grid: called after every render of the grid. */
export async function showFeedback(section, id, grid) {
  try {
    await follow(section, id, grid);
  } catch (error) {
    section.hidden = false;
    section.replaceChildren(el('h2', { id: 'feedback-title', text: 'Retour au candidat' }),
      el('p', { class: 'notice error', role: 'alert', text: error.message || 'Le brouillon de retour n’a pas pu être chargé ; rechargez la page.' }));
  }
}

async function follow(section, id, grid) {
  const wasBlind = blindRefusal !== null;
  gridFinal = grid.grid.state === 'final';
  const allRevealed = grid.competences.every((c) => !c.proposalHidden);
  if (!root) {
    root = section;
    dossierId = id;
    await load();
  } else if (wasBlind && allRevealed) {
    // The last hidden proposal has just been revealed: the draft may now be read.
    await load();
  } else {
    renderControls();
  }
}

async function load() {
  try {
    draft = await api(`/api/dossiers/${dossierId}/feedback/draft`);
    blindRefusal = null;
  } catch (error) {
    if (error instanceof ApiError && error.status === 409) {
      draft = null;
      blindRefusal = error.message;
    } else if (error instanceof ApiError && error.status === 404) {
      root.hidden = true;
      return;
    } else {
      throw error;
    }
  }
  lastRelease = draft?.lastRelease ?? null;
  render();
}

function render() {
  root.hidden = false;
  const title = el('h2', { id: 'feedback-title', text: 'Retour au candidat' });
  if (blindRefusal) {
    root.replaceChildren(title, el('p', { class: 'notice warn', text: blindRefusal }));
    return;
  }
  const text = el('textarea', { id: 'feedback-text', rows: '16', 'aria-describedby': 'feedback-hint' });
  text.value = draft.text;
  root.replaceChildren(
    title,
    el('p', { id: 'feedback-hint', class: 'hint', text: 'Brouillon de retour formatif : le candidat ne lit que le texte publié. Relisez-le et corrigez-le avant de le publier.' }),
    el('p', { id: 'feedback-origin' }),
    el('div', { class: 'field' }, el('label', { for: 'feedback-text', text: 'Texte du retour' }), text),
    el('div', { class: 'actions' },
      el('button', { type: 'button', id: 'feedback-save', onclick: save, text: 'Enregistrer le brouillon' }),
      el('button', { type: 'button', id: 'feedback-release', class: 'secondary', onclick: askRelease, text: 'Publier au candidat…' })),
    el('div', { id: 'feedback-confirm' }),
    el('div', { id: 'feedback-status', role: 'status', 'aria-live': 'polite', hidden: true }));
  renderControls();
}

function renderControls() {
  if (!draft) return;
  const origin = root.querySelector('#feedback-origin');
  origin.textContent = (draft.edited ? `Brouillon modifié par le jury le ${formatDate(draft.updatedAt)}.` : 'Texte proposé par l’IA, pas encore modifié.')
    + (lastRelease ? ` Dernière publication : ${formatDate(lastRelease.releasedAt)}${lastRelease.automatic ? ' (automatique, selon la règle de la session)' : ''}.` : ' Rien n’a encore été publié.');
  const release = root.querySelector('#feedback-release');
  release.disabled = !gridFinal;
  release.title = gridFinal ? '' : 'Publiez le retour une fois la grille finalisée.';
  if (!gridFinal) release.setAttribute('aria-describedby', 'feedback-hint');
}

async function save() {
  const status = root.querySelector('#feedback-status');
  if (await saveText(status)) announce(status, 'Brouillon enregistré.', 'ok');
}

/** Saves the text when it changed; false (with the reason announced) when the service refused it. */
async function saveText(status) {
  const text = root.querySelector('#feedback-text');
  if (text.value === draft.text) return true;
  if (!text.value.trim()) {
    announce(status, 'Le retour ne peut pas être vide.', 'error');
    text.focus();
    return false;
  }
  try {
    draft = await api(`/api/dossiers/${dossierId}/feedback/draft`, { method: 'PUT', body: { text: text.value, version: draft.version } });
    renderControls();
    return true;
  } catch (error) {
    announce(status, error.status === 409
      ? `${error.message} Rechargez la page pour lire la version enregistrée (copiez d’abord votre texte si vous voulez le garder).`
      : error.message, 'error');
    return false;
  }
}

function askRelease() {
  const confirm = root.querySelector('#feedback-confirm');
  const yes = el('button', { type: 'button', onclick: release, text: 'Confirmer la publication' });
  confirm.replaceChildren(el('div', { class: 'notice warn', role: 'alert' },
    el('p', { text: 'Le candidat pourra lire ce texte dans son espace dès sa publication. Une publication ne se retire pas ; une nouvelle publication la remplacera.' }),
    el('div', { class: 'actions' }, yes,
      el('button', { type: 'button', class: 'secondary', onclick: () => { confirm.replaceChildren(); root.querySelector('#feedback-release').focus(); }, text: 'Annuler' }))));
  yes.focus();
}

async function release() {
  const status = root.querySelector('#feedback-status');
  root.querySelector('#feedback-confirm').replaceChildren();
  if (!(await saveText(status))) return;
  try {
    lastRelease = await api(`/api/dossiers/${dossierId}/feedback/release`, { method: 'POST', body: { draftVersion: draft.version } });
    renderControls();
    announce(status, `Retour publié au candidat le ${formatDate(lastRelease.releasedAt)}.`, 'ok');
  } catch (error) {
    announce(status, error.message, 'error');
  }
  root.querySelector('#feedback-release').focus();
}
