// The pedagogical team's agreement page: choose a session (GET /api/sessions), then its agreement between the AI's
// proposals and the jury's final levels (GET /api/sessions/{id}/agreement): per compétence, per juror, disagreements.
import { allPages, api, queryId } from './api.js';
import { el } from './format.js';
import { announce, startPage } from './shell.js';

await startPage(['pedagogy', 'admin']);

const form = document.getElementById('choice');
const select = document.getElementById('session');
const status = document.getElementById('status');
const root = document.getElementById('agreement');

const percent = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 });
const twoDecimals = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const oneDecimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
const NONE = '—';

// French typography: a narrow no-break space before « % ».
const pct = (v) => (v === null || v === undefined ? NONE : percent.format(v).replace(/\s%/, '\u202F%'));
// No « -0,00 », and the true minus sign (U+2212) before a negative figure.
const dec = (v) => (v === null || v === undefined ? NONE : twoDecimals.format(Math.abs(v) < 0.005 ? 0 : v).replace('-', '\u2212'));
const kappa = (m) => {
  if (m.kappa === null || m.kappa === undefined) return NONE;
  const ci = m.kappaInterval;
  return ci ? `${dec(m.kappa)} (IC ${percent.format(ci.level).replace(/\s%/, '\u00A0%')} : ${dec(ci.lower)} à ${dec(ci.upper)})` : dec(m.kappa);
};
const mae = (v) => (v === null || v === undefined ? NONE : `${oneDecimal.format(v)}\u00A0niveau${v > 1 ? 'x' : ''}`);

try {
  const sessions = await allPages('/api/sessions');
  select.replaceChildren(
    el('option', { value: '', text: sessions.length ? 'Choisissez une session' : 'Aucune session' }),
    ...sessions.map((s) => el('option', { value: s.id, text: s.name })));
  select.disabled = sessions.length === 0;
  form.querySelector('button').disabled = sessions.length === 0;
  const wanted = queryId('session');
  if (wanted && sessions.some((s) => s.id === wanted)) {
    select.value = wanted;
    await show(wanted, false);
  }
} catch (error) {
  announce(status, error.message, 'error');
} finally {
  form.removeAttribute('aria-busy');
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  if (!select.value) {
    announce(status, 'Choisissez une session dans la liste.', 'error');
    select.focus();
    return;
  }
  history.replaceState(null, '', `?session=${select.value}`);
  await show(select.value, true);
});

async function show(sessionId, focus) {
  root.setAttribute('aria-busy', 'true');
  root.replaceChildren(el('p', { text: 'Chargement…' }));
  status.hidden = true;
  try {
    const agreement = await api(`/api/sessions/${sessionId}/agreement`);
    root.replaceChildren(...render(agreement));
    document.title = `Accord IA / jury — ${agreement.sessionName} — Grader`;
    if (focus) root.querySelector('h2')?.focus();
  } catch (error) {
    root.replaceChildren();
    announce(status, error.message, 'error');
  } finally {
    root.removeAttribute('aria-busy');
  }
}

function render(a) {
  const plural = (n, word) => `${n}\u00A0${word}${n > 1 ? 's' : ''}`;
  const summary = el('section', { 'aria-labelledby': 'summary-title', class: 'card' },
    el('h2', { id: 'summary-title', tabindex: '-1', text: `Session « ${a.sessionName} »` }),
    el('p', {}, `${plural(a.finalisedDossiers, 'dossier')} à la grille finalisée, ${plural(a.decisions, 'décision')} comparée${a.decisions > 1 ? 's' : ''}`,
      a.excluded ? `, ${a.excluded} écartée${a.excluded > 1 ? 's' : ''} (sans niveau de l’IA ou du jury)` : '', '.'),
    a.decisions > 0
      ? el('p', {}, el('strong', { text: 'Ensemble : ' }),
        `accord exact ${pct(a.overall.exactAgreement)}, accord adjacent ${pct(a.overall.adjacentAgreement)}, κ pondéré ${kappa(a.overall)}, écart moyen ${mae(a.overall.meanAbsoluteError)}.`)
      : el('p', { class: 'notice', text: 'Aucune grille finalisée dans cette session : pas encore de chiffres d’accord.' }),
    el('p', {}, el('a', { href: `/api/sessions/${a.sessionId}/agreement.csv`, download: '', text: 'Télécharger les chiffres et les désaccords (CSV pour Excel)' })));
  if (a.decisions === 0) return [summary];

  return [
    summary,
    el('section', { 'aria-labelledby': 'criteria-title', class: 'card' },
      el('h2', { id: 'criteria-title', text: 'Par compétence' }),
      metricsTable('criteria', 'Accord entre l’IA et le jury par compétence', 'Compétence',
        a.criteria.map((c) => ({ key: c.competence, head: [el('strong', { text: c.competence }), c.text ? el('span', { class: 'hint block', text: c.text }) : null], m: c.metrics }))),
      legend(),
      chart(a.criteria)),
    el('section', { 'aria-labelledby': 'jurors-title', class: 'card' },
      el('h2', { id: 'jurors-title', text: 'Par juré' }),
      metricsTable('jurors', 'Accord entre l’IA et chaque juré', 'Juré',
        a.jurors.map((j) => ({ key: j.jurorId, head: j.jurorName || j.jurorId, m: j.metrics })))),
    disagreements(a.disagreements),
  ];
}

function metricsTable(id, caption, firstColumn, rows) {
  const headers = [firstColumn, 'Paires (n)', 'Accord exact', 'Accord adjacent (±\u00A01)', 'κ pondéré (intervalle de confiance)', 'Écart moyen', 'Différence standardisée (SMD)'];
  return el('div', { class: 'table-scroll', role: 'region', tabindex: '0', 'aria-labelledby': `${id}-caption` },
    el('table', { id: `${id}-table` },
      el('caption', { id: `${id}-caption`, text: caption }),
      el('thead', {}, el('tr', {}, headers.map((h) => el('th', { scope: 'col', text: h })))),
      el('tbody', {}, rows.map((r) => el('tr', { 'data-key': r.key },
        el('th', { scope: 'row' }, r.head),
        el('td', { text: String(r.m.pairs) }),
        el('td', { text: pct(r.m.exactAgreement) }),
        el('td', { text: pct(r.m.adjacentAgreement) }),
        el('td', { text: kappa(r.m) }),
        el('td', { text: mae(r.m.meanAbsoluteError) }),
        el('td', { text: dec(r.m.standardisedMeanDifference) }))))));
}

function legend() {
  return el('p', { class: 'hint' },
    '« — » : non calculable (trop peu de paires ou aucune variation des niveaux). ',
    'SMD positive : le jury note plus haut que l’IA ; négative : plus bas.');
}

/** Bars drawn in SVG; each says its label and value in text, and the table above stays the source. */
function chart(criteria) {
  const svg = 'http://www.w3.org/2000/svg';
  const bar = (value, kind) => {
    const graphic = document.createElementNS(svg, 'svg');
    graphic.setAttribute('viewBox', '0 0 100 10');
    graphic.setAttribute('preserveAspectRatio', 'none');
    graphic.setAttribute('aria-hidden', 'true');
    graphic.setAttribute('focusable', 'false');
    graphic.setAttribute('class', `bar ${kind}`);
    const track = document.createElementNS(svg, 'rect');
    track.setAttribute('class', 'track');
    track.setAttribute('width', '100');
    track.setAttribute('height', '10');
    const fill = document.createElementNS(svg, 'rect');
    fill.setAttribute('class', 'fill');
    fill.setAttribute('width', String(Math.round((value ?? 0) * 100)));
    fill.setAttribute('height', '10');
    graphic.append(track, fill);
    return graphic;
  };
  return el('figure', { class: 'chart', 'aria-labelledby': 'chart-caption' },
    el('figcaption', { id: 'chart-caption', text: 'Accord exact et adjacent par compétence (mêmes chiffres que le tableau)' }),
    el('ul', {}, criteria.map((c) => el('li', {},
      el('span', { class: 'chart-label', text: c.competence }),
      el('span', { class: 'chart-row' }, el('span', { class: 'chart-kind', text: 'exact' }), bar(c.metrics.exactAgreement, 'exact'), el('span', { class: 'chart-value', text: pct(c.metrics.exactAgreement) })),
      el('span', { class: 'chart-row' }, el('span', { class: 'chart-kind', text: 'adjacent' }), bar(c.metrics.adjacentAgreement, 'adjacent'), el('span', { class: 'chart-value', text: pct(c.metrics.adjacentAgreement) }))))));
}

function disagreements(list) {
  const section = el('section', { 'aria-labelledby': 'disagreements-title', class: 'card' },
    el('h2', { id: 'disagreements-title', text: `Désaccords (${list.length})` }));
  if (list.length === 0) {
    section.append(el('p', { text: 'Le jury a retenu le niveau proposé par l’IA pour chaque compétence comparée.' }));
    return section;
  }
  section.append(el('div', { class: 'table-scroll', role: 'region', tabindex: '0', 'aria-labelledby': 'disagreements-caption' },
    el('table', { id: 'disagreements-table' },
      el('caption', { id: 'disagreements-caption', text: 'Compétences où le niveau du jury diffère de celui de l’IA' }),
      el('thead', {}, el('tr', {}, ['Candidat', 'Compétence', 'Niveau IA', 'Niveau jury', 'Juré', 'Commentaire du jury', 'Relecture'].map((h) => el('th', { scope: 'col', text: h })))),
      el('tbody', {}, list.map((d) => el('tr', { 'data-dossier': d.dossierId, 'data-competence': d.competence },
        el('th', { scope: 'row', text: d.candidateId }),
        el('td', { text: d.competence }),
        el('td', { text: String(d.aiLevel) }),
        el('td', {}, String(d.juryLevel), d.blindLevel !== null && d.blindLevel !== undefined ? el('span', { class: 'hint block', text: `à l’aveugle : ${d.blindLevel}` }) : null),
        el('td', { text: d.jurorName || d.jurorId }),
        el('td', { text: d.comment || NONE }),
        el('td', {}, el('a', { href: `/jury/revue.html?dossier=${d.dossierId}`, text: `Relire le dossier de ${d.candidateId}` }))))))));
  return section;
}
