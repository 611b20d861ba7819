// The référentiel as a keyboard-usable tree of native <details>: blocs → activities → compétences (mode, critères with
// their items, signals, guidelines) and each bloc's épreuves → deliverables. Sections a pedagogue may edit are left as
// empty containers filled by the page (rubric-browser.js), so that an editor can replace them in place.
import { el } from './format.js';

export const modeLabels = {
  written: 'à l’écrit (dossier)',
  oral: 'à l’oral (soutenance)',
  both: 'à l’écrit et à l’oral',
};

/** The scale of the rubric, as a table: the levels, and from which one a compétence is « acquise ». */
export function scaleSection(scale) {
  const acquired = scale.levels.find((l) => l.value === scale.acquiredFrom);
  return el('section', { class: 'card', 'aria-labelledby': 'scale-title' },
    el('h2', { id: 'scale-title', text: 'Échelle de notation' }),
    el('table', {},
      el('caption', { text: `Une compétence est acquise à partir du niveau ${scale.acquiredFrom}${acquired ? ` (« ${acquired.label} »)` : ''}.` }),
      el('thead', {}, el('tr', {}, ['Niveau', 'Libellé', 'Description'].map((h) => el('th', { scope: 'col', text: h })))),
      el('tbody', {}, scale.levels.map((l) => el('tr', {},
        el('th', { scope: 'row', text: String(l.value) }),
        el('td', { text: l.label }),
        el('td', { text: l.description ?? '' }))))));
}

/** Every bloc as a <details>; onCompetence(competence, signalsSlot, guidanceSlot) fills the editable parts. */
export function blocsSection(rubric, onCompetence) {
  const codes = new Map(rubric.blocs.flatMap((b) => b.activities.flatMap((a) => a.competences.map((c) => [c.id, c.sourceCode]))));
  return el('section', { 'aria-labelledby': 'blocs-title' },
    el('h2', { id: 'blocs-title', text: 'Blocs, compétences et épreuves' }),
    rubric.blocs.map((bloc) => blocNode(bloc, onCompetence, (id) => codes.get(id) ?? id)));
}

function blocNode(bloc, onCompetence, codeOf) {
  return el('details', { class: 'tree bloc', 'data-bloc': bloc.id },
    el('summary', {}, el('span', { class: 'code', text: bloc.sourceLabel }), ` ${bloc.title}`,
      bloc.optional ? el('span', { class: 'tag', text: 'optionnel' }) : null),
    el('div', { class: 'tree-body' },
      bloc.activities.map((activity) => activityNode(activity, onCompetence)),
      bloc.epreuves.length
        ? el('div', { class: 'epreuves' },
          el('h3', { text: `Épreuves du ${bloc.sourceLabel.replace(/^Bloc/, 'bloc')}` }),
          bloc.epreuves.map((e) => epreuveNode(e, codeOf)))
        : null));
}

function activityNode(activity, onCompetence) {
  return el('details', { class: 'tree activity', 'data-activity': activity.id },
    el('summary', {}, el('span', { class: 'code', text: activity.sourceCode }), ` ${activity.title}`),
    el('ul', { class: 'tree-body competences' }, activity.competences.map((c) => el('li', {}, competenceNode(c, onCompetence)))));
}

function competenceNode(competence, onCompetence) {
  const signalsSlot = el('div', { class: 'slot signals-slot' });
  const guidanceSlot = el('div', { class: 'slot guidance-slot' });
  const node = el('details', { class: 'tree competence-node', id: `competence-${competence.id}`, 'data-competence': competence.id },
    el('summary', {}, el('span', { class: 'code', text: competence.sourceCode }), ` ${competence.text}`),
    el('div', { class: 'tree-body' },
      el('p', {}, el('strong', { text: 'Mode d’évaluation : ' }), modeLabels[competence.assessable] ?? competence.assessable,
        competence.assessmentReason ? el('span', { class: 'hint block', text: competence.assessmentReason }) : null),
      el('h3', { text: 'Critères d’évaluation' }),
      criteriaList(competence.criteria),
      signalsSlot,
      guidanceSlot));
  onCompetence(competence, signalsSlot, guidanceSlot);
  return node;
}

function criteriaList(criteria) {
  return el('ul', { class: 'criteria' }, criteria.map((c) => el('li', { 'data-criterion': c.id },
    c.text, c.items.length ? criteriaList(c.items) : null)));
}

function epreuveNode(epreuve, codeOf) {
  return el('details', { class: 'tree epreuve', 'data-epreuve': epreuve.id },
    el('summary', {}, el('span', { class: 'code', text: epreuve.sourceCode }), ` ${epreuve.kind} — ${epreuve.title}`),
    el('div', { class: 'tree-body' },
      el('p', { class: 'prose', text: epreuve.modality }),
      el('h4', { text: 'Livrables' }),
      epreuve.deliverablesIntro ? el('p', { text: epreuve.deliverablesIntro }) : null,
      deliverablesList(epreuve.deliverables),
      el('p', {}, el('strong', { text: 'Oral : ' }), epreuve.oralDefence ? 'soutenance orale obligatoire' : 'pas de soutenance orale',
        epreuve.oralText ? el('span', { class: 'hint block', text: epreuve.oralText }) : null),
      el('p', {}, el('strong', { text: 'Compétences évaluées : ' }), epreuve.competences.map((id, i) => [
        i ? ', ' : '', el('a', { href: `#competence-${id}`, 'data-goto': id, text: codeOf(id) }),
      ]))));
}

function deliverablesList(items) {
  return el('ul', { class: 'deliverables' }, items.map((d) => el('li', { 'data-deliverable': d.id },
    d.text, d.items.length ? deliverablesList(d.items) : null)));
}
