// The juror's review page: the dossier's pages on the left, the grid on the right (GET /api/dossiers/{id}/review).
import { api, ApiError, queryId } from './api.js';
import { el, formatDate, formatPercent } from './format.js';
import { openDocument } from './document-viewer.js';
import { showFeedback } from './feedback-editor.js';
import { openPdf } from './pdf-viewer.js';
import { announce, handleLoadError, showPageError, startPage } from './shell.js';

const user = await startPage(['juror', 'admin', 'pedagogy']);
// The pedagogical team reads a grid (from the agreement page) but never decides: no form, no finalisation, no reopening.
const canDecide = user.roles.includes('juror') || user.roles.includes('admin');
const home = canDecide ? '/jury/' : '/pedagogie/';

const dossierId = queryId('dossier');
const gridRoot = document.getElementById('grid');
const viewerRoot = document.getElementById('viewer');
const viewerStatus = document.getElementById('viewer-status');
let grid;
let dossier;
const viewers = new Map();
let shownFile = null;

const flagLabels = {
  'hidden-text': 'Texte caché détecté',
  'prompt-injection': 'Tentative d’injection d’instructions',
  ocr: 'Pages lues par reconnaissance de caractères (OCR)',
  'low-confidence': 'Confiance faible',
  heuristic: 'Mode heuristique (hors ligne)',
};
// The API gives names beside account ids; an erased account has none left.
const personName = (name) => name || 'un compte supprimé';

const presence = {
  present: ['✓', 'Présent'],
  partial: ['◐', 'Partiel'],
  absent: ['✗', 'Absent'],
};

if (!dossierId) {
  showPageError('Dossier introuvable', 'L’adresse ne désigne aucun dossier.', home);
} else {
  try {
    [grid, dossier] = await Promise.all([api(`/api/dossiers/${dossierId}/review`), api(`/api/dossiers/${dossierId}`)]);
    renderHeader();
    renderGrid();
    await showFile(dossier.files.find((f) => f.format === 'pdf') ?? dossier.files[0]);
  } catch (error) {
    handleLoadError(error, 'Dossier introuvable', 'Ce dossier', home);
  }
}

function renderHeader() {
  document.title = `Relecture — ${grid.candidatePseudonymousId} — Grader`;
  document.getElementById('title').textContent = `Relecture du dossier ${grid.candidatePseudonymousId} — ${grid.epreuveSourceCode}`;
  document.getElementById('meta').textContent =
    `${grid.epreuveTitle} · pré-évalué le ${formatDate(grid.preAssessedAt)} · référentiel ${grid.provider.rubricVersion}`;

  const items = [];
  if (grid.provider.heuristic || !grid.provider.languageModelUsed) {
    items.push(el('li', {}, el('strong', { text: `${flagLabels.heuristic} : ` }), grid.provider.notice));
  } else {
    items.push(el('li', {}, el('strong', { text: 'Proposition d’un modèle de langue : ' }), grid.provider.notice));
  }
  const seen = new Set();
  for (const flag of grid.flags) {
    const key = `${flag.kind}|${flag.detail}|${flag.page}`;
    if (seen.has(key) || (flag.kind === 'heuristic' && flag.criterion)) continue;
    seen.add(key);
    const where = [flag.page ? `page ${flag.page}` : null, flag.file, flag.criterion].filter(Boolean).join(', ');
    items.push(el('li', {}, el('strong', { text: `${flagLabels[flag.kind] ?? flag.kind} : ` }), flag.detail, where ? ` (${where})` : ''));
  }
  const serious = grid.flags.some((f) => f.kind === 'hidden-text' || f.kind === 'prompt-injection');
  document.getElementById('banner').replaceChildren(el('div', { class: `notice ${serious ? 'error' : 'warn'}`, role: 'region', 'aria-label': 'Signalements' },
    el('h2', { class: 'visually-hidden', text: 'Signalements' }),
    el('p', {}, el('strong', { text: `Signalements (${items.length}) — à vérifier avant de décider` })),
    el('ul', { class: 'flags' }, items)));
}

// ——— Left: the dossier ———

async function showFile(file) {
  if (!file) {
    viewerRoot.replaceChildren(el('p', { class: 'viewer-notice', text: 'Ce dossier ne contient aucun fichier.' }));
    return null;
  }
  shownFile = file;
  if (dossier.files.length > 1) renderFileTabs(file);
  const url = `/api/dossiers/${dossierId}/files/${file.id}`;
  if (!viewers.has(file.id)) {
    viewerRoot.replaceChildren(el('p', { class: 'viewer-notice', text: 'Chargement des pages…' }));
    try {
      // PDFs are drawn as they are; other formats from the service's document model, with the same page numbers as the quotes.
      const viewer = file.format === 'pdf'
        ? await openPdf(viewerRoot, url, file.name)
        : await openDocument(viewerRoot, `${url}/preview`, url, file.name);
      if (shownFile !== file) return viewer; // another file was chosen while this one loaded
      viewers.set(file.id, { root: viewerRoot.firstElementChild, viewer });
    } catch (error) {
      if (shownFile !== file) return null;
      viewerRoot.replaceChildren(el('div', { class: 'viewer-notice', role: 'alert' },
        el('p', { text: error instanceof ApiError && error.status === 422 ? error.message : `Le fichier « ${file.name} » n’a pas pu être affiché.` }),
        el('p', {}, el('a', { href: url, download: file.name, text: `Télécharger « ${file.name} »` }))));
      return null;
    }
  } else {
    viewerRoot.replaceChildren(viewers.get(file.id).root);
  }
  return viewers.get(file.id).viewer;
}

// One tab per file (manual activation: arrows move, Enter or Space shows), the viewer being their panel.
function renderFileTabs(file) {
  const tabs = dossier.files.map((f) => el('button', {
    type: 'button', role: 'tab', id: `file-tab-${f.id}`, class: 'file-tab', 'data-file': f.id,
    'aria-selected': f.id === file.id ? 'true' : 'false', 'aria-controls': 'viewer', tabindex: f.id === file.id ? '0' : '-1',
    onclick: () => { if (shownFile?.id !== f.id) showFile(f); },
    onkeydown: onTabKey,
  }, f.name, el('span', { class: 'file-format', text: ` (${f.format.toUpperCase()})` })));
  document.getElementById('file-choice').replaceChildren(
    el('p', { class: 'hint', id: 'file-tabs-hint', text: 'Fichiers du dossier : flèches gauche et droite pour passer de l’un à l’autre, Entrée pour l’afficher.' }),
    el('div', { role: 'tablist', class: 'file-tabs', 'aria-label': 'Fichiers du dossier', 'aria-describedby': 'file-tabs-hint' }, tabs));
  viewerRoot.setAttribute('role', 'tabpanel');
  viewerRoot.setAttribute('aria-labelledby', `file-tab-${file.id}`);
}

function onTabKey(event) {
  const tabs = [...document.querySelectorAll('.file-tabs [role="tab"]')];
  const index = tabs.indexOf(event.currentTarget);
  const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 }[event.key];
  if (next === undefined) return;
  event.preventDefault();
  const target = tabs[(next + tabs.length) % tabs.length];
  tabs.forEach((t) => t.setAttribute('tabindex', t === target ? '0' : '-1'));
  target.focus();
}

async function showQuote(evidence) {
  const file = (evidence.file && dossier.files.find((f) => f.name === evidence.file)) || shownFile;
  const viewer = file === shownFile && viewers.has(file?.id) ? viewers.get(file.id).viewer : await showFile(file);
  if (!viewer || !evidence.page) {
    viewerStatus.textContent = evidence.page ? `Citation de la page ${evidence.page} : aperçu non disponible.` : 'Cette citation n’indique pas de page.';
    return;
  }
  const label = viewer.labelOf?.(evidence.page) ?? `Page ${evidence.page}`;
  const found = await viewer.showQuote(evidence.page, evidence.quote);
  viewerStatus.textContent = found
    ? `${label} affichée, citation surlignée.`
    : `${label} affichée et encadrée ; la citation n’a pas été retrouvée mot pour mot dans son texte.`;
}

// ——— Right: the grid ———

function renderGrid(focusCode = null, message = null) {
  const final = grid.grid.state === 'final' || !canDecide;
  const decided = grid.competences.filter((c) => c.decision?.level !== null && c.decision?.level !== undefined).length;
  gridRoot.replaceChildren(
    el('p', { id: 'grid-summary' }, `${decided} compétence${decided > 1 ? 's' : ''} décidée${decided > 1 ? 's' : ''} sur ${grid.competences.length}`,
      grid.blindFirstReview ? ' · relecture à l’aveugle : chaque proposition de l’IA reste masquée tant que vous n’avez pas enregistré votre niveau.' : '',
      grid.grid.state === 'final' ? ' · grille finalisée (lecture seule).' : canDecide ? '' : ' · consultation en lecture seule.'),
    ...grid.competences.map((c, index) => competenceCard(c, index, final)),
    deliverables(),
    finalisation());
  gridRoot.removeAttribute('aria-busy');
  // The feedback section follows the grid: publishable once final, readable in blind-first once all is revealed.
  if (canDecide || user.roles.includes('pedagogy')) showFeedback(document.getElementById('feedback'), dossierId, grid);
  if (focusCode) {
    const card = gridRoot.querySelector(`[data-code="${CSS.escape(focusCode)}"]`);
    card?.focus();
    if (message && card) announce(card.querySelector('.save-status'), message, 'ok');
  }
}

function competenceCard(c, index, final) {
  const id = `comp-${index}`;
  const level = c.decision?.level;
  const isDecided = level !== null && level !== undefined;
  const status = el('div', { class: 'save-status', role: 'status', 'aria-live': 'polite', hidden: true });
  const radios = grid.scale.map((s) => el('label', {},
    el('input', { type: 'radio', name: `${id}-level`, value: s.value, checked: level === s.value, disabled: final }),
    `${s.value} — ${s.label}`));
  const comment = el('textarea', { id: `${id}-comment`, disabled: final });
  comment.value = c.decision?.comment ?? '';
  const card = el('article', {
    class: `competence card ${isDecided ? 'decided' : ''}`, id, tabindex: '0', 'data-code': c.code, 'aria-labelledby': `${id}-title`,
    onkeydown: (event) => onCardKey(event, card),
  },
  el('header', {},
    el('h3', { id: `${id}-title`, text: `${c.code} ${c.title}` }),
    el('span', { class: `state-badge ${isDecided ? 'decided' : 'undecided'}`, text: isDecided ? `Décidée : niveau ${level}` : 'Non décidée' })),
  // A criterion whose calibration gate failed: the juror should weigh the proposal with extra care (issue 7).
  c.watch ? el('p', { class: 'notice warn watch', role: 'note' }, el('strong', { text: 'À surveiller : ' }), c.watch.reason) : null,
  c.assessable === 'oral' ? el('p', { class: 'hint', text: 'Compétence évaluée à l’oral : l’écrit ne permet pas de proposer un niveau.' }) : null,
  proposal(c),
  el('fieldset', { disabled: final },
    el('legend', { text: 'Niveau retenu par le jury' }),
    el('p', { class: 'hint', text: 'Touches 0 à 3 quand la compétence est sélectionnée.' }),
    el('div', { class: 'levels' }, radios)),
  el('div', { class: 'field' }, el('label', { for: `${id}-comment`, text: 'Commentaire du jury' }), comment),
  c.decision ? el('p', { class: 'hint', text: `Dernière décision : ${personName(c.decision.authorName)}, le ${formatDate(c.decision.decidedAt)}.` }) : null,
  final ? null : el('div', { class: 'actions' },
    el('button', { type: 'button', class: 'save', onclick: () => save(c, card), text: 'Enregistrer la décision' })),
  status,
  el('div', { class: 'conflict' }));
  return card;
}

function proposal(c) {
  if (c.proposalHidden) {
    return el('div', { class: 'notice proposal-hidden' },
      el('p', { text: c.proposalHiddenReason ?? 'Proposition de l’IA masquée jusqu’à ce que vous enregistriez votre niveau.' }),
      el('p', { class: 'hint', text: 'Vous vous faites d’abord votre propre avis ; la proposition apparaît ensuite, pour comparaison.' }));
  }
  const p = c.proposal;
  if (!p) return el('p', { class: 'hint', text: 'Aucune proposition de l’IA pour cette compétence.' });
  const details = [
    ['Niveau proposé', p.level === null || p.level === undefined ? 'aucun (non évaluable à l’écrit)' : `${p.level} — ${p.levelLabel ?? ''}`],
    ['Confiance', p.confidence === null || p.confidence === undefined ? 'non indiquée' : formatPercent(p.confidence)],
  ];
  return el('section', { class: 'proposal', 'aria-label': `Proposition de l’IA pour ${c.code}` },
    el('p', {}, el('strong', { text: 'Proposition de l’IA' }), p.failed ? ' (évaluation en échec : à décider sans elle)' : ''),
    el('dl', {}, details.map(([k, v]) => [el('dt', { text: k }), el('dd', { text: v })])),
    el('p', { text: p.rationale }),
    list('Éléments manquants', p.missing),
    list('Questions pour l’oral', p.oralQuestions),
    quotes(p.evidence));
}

function list(title, items) {
  if (!items?.length) return null;
  return el('div', {}, el('p', {}, el('strong', { text: title })), el('ul', {}, items.map((text) => el('li', { text }))));
}

function quotes(evidence) {
  if (!evidence?.length) return el('p', { class: 'hint', text: 'Aucune citation.' });
  return el('div', {},
    el('p', {}, el('strong', { text: 'Citations du dossier' })),
    el('ul', { class: 'quotes' }, evidence.map((e) => el('li', {},
      el('button', { type: 'button', class: 'quote-button', onclick: () => showQuote(e) },
        `« ${e.quote} »`,
        el('span', { class: 'where', text: `${whereOf(e)}${e.verified ? ' · citation vérifiée dans le dossier' : ' · citation non vérifiée'}` }))))));
}

// « Afficher la diapositive 4 » for a slide deck; the file is named when the dossier has several.
function whereOf(evidence) {
  if (!evidence.page) return 'Page non indiquée';
  const file = evidence.file ? dossier?.files.find((f) => f.name === evidence.file) : null;
  const unit = { pptx: 'la diapositive', xlsx: 'la feuille' }[file?.format] ?? 'la page';
  return `Afficher ${unit} ${evidence.page}${file && dossier.files.length > 1 ? ` de « ${file.name} »` : ''}`;
}

function onCardKey(event, card) {
  if (event.target.matches('textarea, input[type="text"], select') || event.ctrlKey || event.altKey || event.metaKey) return;
  const radio = card.querySelector(`input[type="radio"][value="${CSS.escape(event.key)}"]`);
  if (radio && !radio.disabled) {
    radio.checked = true;
    event.preventDefault();
  }
}

async function save(c, card) {
  const chosen = card.querySelector('input[type="radio"]:checked');
  const status = card.querySelector('.save-status');
  const conflict = card.querySelector('.conflict');
  conflict.replaceChildren();
  if (!chosen && !card.querySelector('textarea').value.trim()) {
    announce(status, 'Choisissez un niveau (ou écrivez un commentaire) avant d’enregistrer.', 'error');
    card.querySelector('input[type="radio"]')?.focus();
    return;
  }
  try {
    await api(`/api/dossiers/${dossierId}/decisions/${encodeURIComponent(c.code)}`, {
      method: 'PUT',
      body: { level: chosen ? Number(chosen.value) : null, comment: card.querySelector('textarea').value, version: c.decision?.version ?? 0 },
    });
    grid = await api(`/api/dossiers/${dossierId}/review`);
    renderGrid(c.code, chosen ? `Décision enregistrée : niveau ${chosen.value}.` : 'Commentaire enregistré ; la compétence reste non décidée.');
  } catch (error) {
    if (error instanceof ApiError && error.status === 409) {
      const current = error.problem.current;
      conflict.replaceChildren(el('div', { class: 'notice error', role: 'alert' },
        el('p', { text: error.problem.detail ?? 'Cette compétence a été modifiée entre-temps.' }),
        current ? el('p', { text: `État enregistré : ${current.level === null || current.level === undefined ? 'sans niveau' : `niveau ${current.level} — ${current.levelLabel ?? ''}`}, par ${personName(current.authorName)}, le ${formatDate(current.decidedAt)}${current.comment ? ` ; commentaire : « ${current.comment} »` : ''}.` }) : null,
        el('button', { type: 'button', onclick: reload, text: 'Recharger la grille' })));
      conflict.querySelector('button').focus();
    } else {
      announce(status, error.message, 'error');
    }
  }
}

async function reload(focusCode = null) {
  grid = await api(`/api/dossiers/${dossierId}/review`);
  renderGrid(typeof focusCode === 'string' ? focusCode : null);
  document.getElementById('grid-title').scrollIntoView();
}

function deliverables() {
  return el('section', { class: 'card', 'aria-labelledby': 'deliverables-title' },
    el('h3', { id: 'deliverables-title', text: 'Livrables attendus' }),
    grid.deliverables.length === 0 ? el('p', { class: 'hint', text: 'Aucun livrable défini pour cette épreuve.' })
      : el('ul', { class: 'checklist' }, grid.deliverables.map((d) => {
        const [icon, label] = presence[d.presence] ?? ['?', d.presence];
        return el('li', {}, el('span', { 'aria-hidden': 'true', text: `${icon} ` }), el('strong', { text: `${label} : ` }), d.item,
          d.evidence.length ? quotes(d.evidence.slice(0, 2)) : null);
      })));
}

function finalisation() {
  const state = grid.grid;
  const bloc = grid.blocDecision;
  const section = el('section', { class: 'card', 'aria-labelledby': 'final-title', id: 'finalisation' },
    el('h3', { id: 'final-title', text: 'Décision de bloc et finalisation' }),
    el('p', {}, el('strong', { text: 'Décision calculée : ' }), bloc.computedLabel ?? 'pas encore calculable', '. ', bloc.explanation));
  const status = el('div', { class: 'final-status', role: 'status', 'aria-live': 'polite', hidden: true });

  if (!canDecide) {
    section.append(el('p', { text: state.state === 'final'
      ? `Grille finalisée le ${formatDate(state.finalisedAt)} : décision retenue « ${state.blocDecision === 'non-acquis' ? 'non acquis' : state.blocDecision} ».`
      : 'Grille pas encore finalisée par le jury.' }));
  } else if (state.state === 'final') {
    const reason = el('textarea', { id: 'reopen-reason' });
    section.append(
      el('div', { class: 'notice ok' }, el('p', { text: `Grille finalisée le ${formatDate(state.finalisedAt)} : décision retenue « ${state.blocDecision === 'non-acquis' ? 'non acquis' : state.blocDecision} ».` })),
      el('p', {}, el('a', { class: 'button', href: `/api/dossiers/${dossierId}/grid.docx`, download: '', text: 'Télécharger la grille (DOCX)' })),
      el('div', { class: 'field' }, el('label', { for: 'reopen-reason', text: 'Motif de la réouverture (obligatoire)' }), reason),
      el('div', { class: 'actions' }, el('button', { type: 'button', class: 'secondary', onclick: () => reopen(reason, status), text: 'Rouvrir la grille' })),
      status);
  } else {
    const undecided = bloc.undecided ?? [];
    const comment = el('textarea', { id: 'final-comment' });
    const other = bloc.computed === 'acquis' ? 'non-acquis' : 'acquis';
    const otherLabel = other === 'acquis' ? 'acquis' : 'non acquis';
    section.append(
      undecided.length ? el('p', { class: 'notice warn', text: `À décider avant de finaliser : ${undecided.join(', ')}.` }) : null,
      el('fieldset', { disabled: undecided.length > 0 },
        el('legend', { text: 'Décision du jury' }),
        el('div', { class: 'choice' }, el('label', {}, el('input', { type: 'radio', name: 'bloc', value: '', checked: true }), `Confirmer la décision calculée (${bloc.computedLabel ?? '—'})`)),
        el('div', { class: 'choice' }, el('label', {}, el('input', { type: 'radio', name: 'bloc', value: other }), `Retenir « ${otherLabel} » (motif obligatoire)`))),
      el('div', { class: 'field' }, el('label', { for: 'final-comment', text: 'Motif ou commentaire du jury' }), comment),
      el('div', { class: 'actions' }, el('button', { type: 'button', id: 'finalise', disabled: undecided.length > 0, onclick: () => finalise(section, comment, status), text: 'Finaliser la grille' })),
      status);
  }
  if (state.reopenings.length) {
    section.append(el('h4', { text: 'Réouvertures' }), el('ul', {}, state.reopenings.map((r) => el('li', { text: `${formatDate(r.reopenedAt)}, ${personName(r.reopenedByName)} : ${r.reason}` }))));
  }
  return section;
}

async function finalise(section, comment, status) {
  const choice = section.querySelector('input[name="bloc"]:checked')?.value || null;
  if (choice && !comment.value.trim()) {
    announce(status, 'Indiquez le motif pour retenir une autre décision que celle calculée.', 'error');
    comment.focus();
    return;
  }
  try {
    await api(`/api/dossiers/${dossierId}/finalise`, { method: 'POST', body: { blocDecision: choice, comment: comment.value, version: grid.grid.version } });
    grid = await api(`/api/dossiers/${dossierId}/review`);
    renderGrid();
    const fresh = document.querySelector('#finalisation .final-status');
    announce(fresh, 'Grille finalisée.', 'ok');
    document.getElementById('final-title').scrollIntoView();
    document.querySelector('#finalisation a.button')?.focus();
  } catch (error) {
    announce(status, error.message, 'error');
  }
}

async function reopen(reason, status) {
  if (!reason.value.trim()) {
    announce(status, 'Indiquez le motif de la réouverture.', 'error');
    reason.focus();
    return;
  }
  try {
    await api(`/api/dossiers/${dossierId}/reopen`, { method: 'POST', body: { reason: reason.value, version: grid.grid.version } });
    grid = await api(`/api/dossiers/${dossierId}/review`);
    renderGrid();
    announce(document.querySelector('#finalisation .final-status'), 'Grille rouverte : les décisions sont de nouveau modifiables.', 'ok');
  } catch (error) {
    announce(status, error.message, 'error');
  }
}

