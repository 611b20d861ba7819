// The référentiel page (/pedagogie/referentiel.html): choose a référentiel (GET /api/rubrics), browse it as a tree
// (rubric-tree.js), filter its compétences (rubric-search.js) and read each one's signals and guidelines. The pedagogical
// team and administrators edit signals (a new version of the référentiel) and guidelines (a new version of the
// guidelines); jurors read (guidelines are theirs to read, never the candidates').
import { api, ApiError } from './api.js';
import { el } from './format.js';
import { blocsSection, scaleSection } from './rubric-tree.js';
import { filterCompetences } from './rubric-search.js';
import { openSignalsEditor } from './rubric-signals-editor.js';
import { openGuidelinesEditor } from './rubric-guidelines-editor.js';
import { announce, startPage } from './shell.js';

const user = await startPage(['pedagogy', 'admin', 'juror']);
const canEdit = user.roles.includes('pedagogy') || user.roles.includes('admin');

const form = document.getElementById('choice');
const select = document.getElementById('rubric');
const status = document.getElementById('status');
const root = document.getElementById('referentiel');

const state = { rubric: null, guidelines: null, guidanceError: null };

try {
  const rubrics = await api('/api/rubrics');
  select.replaceChildren(
    ...(rubrics.length > 1 ? [el('option', { value: '', text: 'Choisissez un référentiel' })] : []),
    ...rubrics.map((r) => el('option', { value: r.id, text: `${r.title} (version ${r.version})` })));
  select.disabled = rubrics.length === 0;
  form.querySelector('button').disabled = rubrics.length === 0;
  if (rubrics.length === 0) announce(status, 'Aucun référentiel n’est installé sur ce service.', 'warn');
  const wanted = new URLSearchParams(location.search).get('referentiel');
  const initial = rubrics.find((r) => r.id === wanted) ?? (rubrics.length === 1 ? rubrics[0] : null);
  if (initial) {
    select.value = initial.id;
    await show(initial.id, false);
  }
} catch (error) {
  announce(status, error.message, 'error');
} finally {
  form.removeAttribute('aria-busy');
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  if (!select.value) {
    announce(status, 'Choisissez un référentiel dans la liste.', 'error');
    select.focus();
    return;
  }
  history.replaceState(null, '', `?referentiel=${encodeURIComponent(select.value)}`);
  await show(select.value, true);
});

async function load(rubricId) {
  const [rubric, guidelines] = await Promise.all([
    api(`/api/rubrics/${encodeURIComponent(rubricId)}`),
    api(`/api/rubrics/${encodeURIComponent(rubricId)}/guidelines`).catch((error) => error),
  ]);
  state.rubric = rubric;
  state.guidelines = guidelines instanceof Error ? null : guidelines;
  state.guidanceError = guidelines instanceof Error ? guidelines.message : null;
}

async function show(rubricId, focus) {
  root.setAttribute('aria-busy', 'true');
  root.replaceChildren(el('p', { text: 'Chargement…' }));
  try {
    await load(rubricId);
    render();
    document.title = `Référentiel — ${state.rubric.title} — Grader`;
    if (focus) root.querySelector('h2')?.focus();
  } catch (error) {
    root.replaceChildren();
    announce(status, error instanceof ApiError && error.status === 404 ? 'Ce référentiel est introuvable.' : error.message, 'error');
  } finally {
    root.removeAttribute('aria-busy');
  }
}

function render() {
  const rubric = state.rubric;
  const searchStatus = el('p', { id: 'search-status', class: 'hint', role: 'status', 'aria-live': 'polite' });
  const search = el('input', { type: 'search', id: 'search', autocomplete: 'off', 'aria-describedby': 'search-hint' });
  let timer = null;
  const tree = blocsSection(rubric, fillCompetence);
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const shown = filterCompetences(tree, search.value);
      searchStatus.textContent = search.value.trim()
        ? (shown ? `${shown} compétence${shown > 1 ? 's' : ''} trouvée${shown > 1 ? 's' : ''}.` : 'Aucune compétence ne correspond à la recherche.')
        : '';
    }, 200);
  });
  tree.addEventListener('click', (event) => {
    const link = event.target.closest('a[data-goto]');
    if (!link) return;
    event.preventDefault();
    reveal(link.dataset.goto);
  });

  root.replaceChildren(
    el('section', { class: 'card', 'aria-labelledby': 'rubric-title' },
      el('h2', { id: 'rubric-title', tabindex: '-1', text: rubric.title }),
      el('p', { id: 'rubric-version' }, versionsText()),
      state.guidanceError ? el('p', { class: 'notice warn', text: `Consignes de correction indisponibles : ${state.guidanceError}` }) : null),
    scaleSection(rubric.scale),
    el('div', { class: 'card search', role: 'search' },
      el('label', { for: 'search', text: 'Rechercher une compétence' }),
      el('p', { class: 'hint', id: 'search-hint', text: 'Par code (C.2.2.4, C2.2, 2.2.4) ou par mots de son texte ; les blocs et activités concernés s’ouvrent.' }),
      search,
      searchStatus),
    tree);
}

function versionsText() {
  const g = state.guidelines;
  return `Version ${state.rubric.version} du référentiel · consignes de correction : ${g?.version ? `version ${g.version}` : 'aucune publiée'}.`;
}

function reveal(competenceId) {
  const node = document.getElementById(`competence-${competenceId}`);
  if (!node) return;
  node.closest('li').hidden = false;
  for (let parent = node; parent; parent = parent.parentElement?.closest('details')) {
    parent.hidden = false;
    parent.open = true;
  }
  node.querySelector('summary').focus();
}

// The editable parts of a compétence: its signals and its guidance, each with its editor for the pedagogical team.
function fillCompetence(competence, signalsSlot, guidanceSlot) {
  renderSignals(competence, signalsSlot);
  renderGuidance(competence, guidanceSlot);
}

function renderSignals(competence, slot, focusEdit = false) {
  const edit = canEdit
    ? el('button', {
      type: 'button', class: 'secondary', text: 'Modifier les signaux', 'aria-label': `Modifier les signaux de ${competence.sourceCode}`,
      onclick: () => openSignalsEditor(slot, competence, {
        rubricId: state.rubric.id,
        version: () => state.rubric.version,
        onCancel: () => renderSignals(competence, slot, true),
        onStale: () => show(state.rubric.id, true),
        onPublished: (result) => {
          competence.signals = result.competence.competence.signals;
          state.rubric.version = result.version;
          document.getElementById('rubric-version').replaceChildren(versionsText());
          renderSignals(competence, slot, true);
          announce(status, `Version ${result.version} publiée : les signaux de ${competence.sourceCode} sont en vigueur pour les prochaines évaluations.`, 'ok');
        },
      }),
    })
    : null;
  // DOM replaceChildren would write « null » for an absent part: only present nodes are passed.
  slot.replaceChildren(...[
    el('h3', { text: 'Signaux de repérage' }),
    competence.signals.length
      ? el('ul', { class: 'signals' }, competence.signals.map((s) => el('li', { text: s })))
      : el('p', { class: 'hint', text: 'Aucun signal pour cette compétence.' }),
    edit ? el('div', { class: 'actions' }, edit) : null,
  ].filter(Boolean));
  if (focusEdit) edit?.focus();
}

function renderGuidance(competence, slot, focusEdit = false) {
  if (!state.guidelines && state.guidanceError) {
    slot.replaceChildren();
    return;
  }
  const guidance = state.guidelines?.competences.find((g) => g.competenceId === competence.id);
  const edit = canEdit
    ? el('button', {
      type: 'button', class: 'secondary', text: 'Modifier les consignes', 'aria-label': `Modifier les consignes de ${competence.sourceCode}`,
      onclick: () => openGuidelinesEditor(slot, competence, {
        rubricId: state.rubric.id,
        scale: state.rubric.scale,
        guidelines: () => state.guidelines,
        onCancel: () => renderGuidance(competence, slot, true),
        onStale: () => show(state.rubric.id, true),
        onPublished: (set) => {
          state.guidelines = set;
          document.getElementById('rubric-version').replaceChildren(versionsText());
          renderGuidance(competence, slot, true);
          announce(status, `Consignes de correction version ${set.version} publiées (${competence.sourceCode}).`, 'ok');
        },
      }),
    })
    : null;
  slot.replaceChildren(...[
    el('h3', { text: 'Consignes de correction et exemples d’ancrage' }),
    guidance?.guidelines ? el('p', { class: 'prose guidelines', text: guidance.guidelines }) : el('p', { class: 'hint', text: 'Aucune consigne de correction pour cette compétence.' }),
    guidance?.anchors.length
      ? el('ul', { class: 'anchors' }, guidance.anchors.map((a) => el('li', {},
        el('strong', { text: `Niveau ${a.level}${a.levelLabel ? ` (${a.levelLabel})` : ''} : ` }),
        el('q', { text: a.excerpt }),
        a.note ? el('span', { class: 'hint block', text: a.note }) : null)))
      : null,
    edit ? el('div', { class: 'actions' }, edit) : null,
  ].filter(Boolean));
  if (focusEdit) edit?.focus();
}
