// The guidelines editor of one compétence: the hidden correction guidelines and up to four anchor examples (level of the
// scale, excerpt, note). The API takes the whole set (PUT /api/rubrics/{id}/guidelines): the set in force is sent back
// with this compétence's entry changed, added or removed, from the version it was read at (409 when another was published).
import { api, ApiError } from './api.js';
import { el } from './format.js';
import { ANCHORS_MAX, checkGuidance, EXCERPT_MAX_LENGTH, GUIDELINES_MAX_LENGTH } from './rubric-rules.js';

let counter = 0;

/** The request's entry for a guidance of the set in force (GET /api/rubrics/{id}/guidelines). */
const toRequest = (g) => ({
  competence: g.competenceId,
  guidelines: g.guidelines ?? '',
  anchors: g.anchors.map((a) => ({ level: a.level, excerpt: a.excerpt, note: a.note ?? '' })),
});

/**
 * Replaces the content of slot by the editor. context: { rubricId, scale, guidelines() (the set in force, or null),
 * onPublished(set), onCancel(), onStale() }.
 */
export function openGuidelinesEditor(slot, competence, context) {
  const uid = `guidance-${competence.id}-${++counter}`;
  const set = context.guidelines();
  const current = set?.competences.find((g) => g.competenceId === competence.id);
  const alert = el('div', { role: 'alert', class: 'form-alert' });
  const text = el('textarea', { id: `${uid}-text`, rows: '5', 'aria-describedby': `${uid}-text-hint` });
  text.value = current?.guidelines ?? '';
  const textError = el('p', { class: 'field-error', id: `${uid}-text-error`, hidden: true });
  const anchorsError = el('p', { class: 'field-error', id: `${uid}-anchors-error`, hidden: true });
  const anchors = el('ol', { class: 'anchor-rows' });
  const addButton = el('button', { type: 'button', class: 'secondary', text: 'Ajouter un exemple d’ancrage' });
  const levels = context.scale.levels;

  const renumber = () => {
    [...anchors.children].forEach((row, j) => {
      row.querySelector('legend').textContent = `Exemple d’ancrage ${j + 1}`;
      row.querySelector('button.remove').setAttribute('aria-label', `Retirer l’exemple d’ancrage ${j + 1}`);
    });
    addButton.disabled = anchors.children.length >= ANCHORS_MAX;
  };

  const field = (id, label, control, hint) => el('div', { class: 'field' },
    el('label', { for: id, text: label }), hint ? el('p', { class: 'hint', id: `${id}-hint`, text: hint }) : null, control,
    el('p', { class: 'field-error', id: `${id}-error`, hidden: true }));

  const addAnchor = (anchor = null, focus = false) => {
    const id = `${uid}-a${++counter}`;
    const level = el('select', { id: `${id}-level`, name: 'level' },
      el('option', { value: '', text: 'Choisissez un niveau' }),
      levels.map((l) => el('option', { value: String(l.value), text: `${l.value} — ${l.label}` })));
    level.value = anchor ? String(anchor.level) : '';
    const excerpt = el('textarea', { id: `${id}-excerpt`, name: 'excerpt', rows: '3', 'aria-describedby': `${id}-excerpt-hint` });
    excerpt.value = anchor?.excerpt ?? '';
    const note = el('input', { type: 'text', id: `${id}-note`, name: 'note', autocomplete: 'off' });
    note.value = anchor?.note ?? '';
    const row = el('li', { class: 'anchor-row' }, el('fieldset', {},
      el('legend'),
      field(`${id}-level`, 'Niveau illustré', level),
      field(`${id}-excerpt`, 'Extrait', excerpt, `Écrit ou choisi par l’équipe, jamais tiré d’un dossier de la session : ${EXCERPT_MAX_LENGTH} caractères au plus.`),
      field(`${id}-note`, 'Note (facultative) : pourquoi ce niveau', note),
      el('button', {
        type: 'button', class: 'secondary remove', text: 'Retirer l’exemple',
        onclick: () => {
          row.remove();
          renumber();
          addButton.focus();
        },
      })));
    anchors.append(row);
    renumber();
    if (focus) level.focus();
  };

  (current?.anchors ?? []).forEach((a) => addAnchor(a));
  addButton.addEventListener('click', () => addAnchor(null, true));

  const form = el('form', { class: 'editor', novalidate: true, 'aria-labelledby': `${uid}-title` },
    el('h3', { id: `${uid}-title`, text: `Modifier les consignes de ${competence.sourceCode}` }),
    el('p', { class: 'hint', text: `La publication crée la version suivante des consignes de tout le référentiel${set?.version ? ` (version en vigueur : ${set.version})` : ''}. Consignes et exemples ne sont jamais montrés aux candidats.` }),
    alert,
    el('div', { class: 'field' },
      el('label', { for: `${uid}-text`, text: 'Consignes de correction' }),
      el('p', { class: 'hint', id: `${uid}-text-hint`, text: `${GUIDELINES_MAX_LENGTH} caractères au plus. Laissez vide, sans exemple, pour retirer les consignes de cette compétence.` }),
      text, textError),
    el('h4', { text: 'Exemples d’ancrage' }),
    anchorsError,
    anchors,
    el('div', { class: 'actions' },
      addButton,
      el('button', { type: 'submit', text: 'Publier les consignes' }),
      el('button', { type: 'button', class: 'secondary', text: 'Annuler', onclick: () => context.onCancel() })));

  const values = () => ({
    guidelines: text.value,
    anchors: [...anchors.children].map((row) => {
      const level = row.querySelector('select').value;
      return { level: level === '' ? null : Number(level), excerpt: row.querySelector('textarea').value, note: row.querySelector('input').value };
    }),
  });

  const controlOf = (fieldName) => {
    if (fieldName === 'guidelines') return [text, textError];
    if (fieldName === 'anchors') return [null, anchorsError];
    const match = /^anchors\[(\d+)\]\.(level|excerpt)$/.exec(fieldName);
    const row = match ? anchors.children[Number(match[1])] : null;
    if (!row) return [null, anchorsError];
    const control = row.querySelector(match[2] === 'level' ? 'select' : 'textarea');
    return [control, row.querySelector(`#${control.id}-error`)];
  };

  const clearErrors = () => {
    alert.replaceChildren();
    alert.className = 'form-alert';
    for (const error of form.querySelectorAll('.field-error')) {
      error.hidden = true;
      error.textContent = '';
    }
    for (const control of form.querySelectorAll('[aria-invalid]')) {
      control.removeAttribute('aria-invalid');
      control.setAttribute('aria-describedby', control.getAttribute('aria-describedby')?.split(' ').filter((d) => !d.endsWith('-error')).join(' ') ?? '');
    }
  };

  const showErrors = (summary, problems) => {
    let first = null;
    for (const { field: name, message } of problems) {
      const [control, error] = controlOf(name);
      error.textContent = error.hidden ? message : `${error.textContent} ${message}`;
      error.hidden = false;
      if (control) {
        control.setAttribute('aria-invalid', 'true');
        control.setAttribute('aria-describedby', `${control.getAttribute('aria-describedby') ?? ''} ${error.id}`.trim());
        first ??= control;
      }
    }
    alert.className = 'form-alert notice error';
    alert.replaceChildren(el('p', { text: summary }));
    (first ?? text).focus();
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors();
    const edited = values();
    const problems = checkGuidance(edited, levels.map((l) => l.value));
    if (problems.length) {
      showErrors(`${problems.length} erreur${problems.length > 1 ? 's' : ''} à corriger avant de publier : rien n’a été enregistré.`, problems);
      return;
    }

    // The whole set: the others as they are, this compétence's entry replaced (or dropped when emptied), in its place.
    const entry = {
      competence: competence.id,
      guidelines: edited.guidelines.trim(),
      anchors: edited.anchors.map((a) => ({ level: a.level, excerpt: a.excerpt.trim(), note: a.note.trim() })),
    };
    const keep = entry.guidelines.length > 0 || entry.anchors.length > 0;
    const others = (set?.competences ?? []).map(toRequest);
    const index = others.findIndex((g) => g.competence === competence.id);
    if (index >= 0) others.splice(index, 1, ...(keep ? [entry] : []));
    else if (keep) others.push(entry);
    const position = others.findIndex((g) => g.competence === competence.id);

    const submit = form.querySelector('button[type="submit"]');
    submit.disabled = true;
    form.setAttribute('aria-busy', 'true');
    try {
      const published = await api(`/api/rubrics/${encodeURIComponent(context.rubricId)}/guidelines`,
        { method: 'PUT', body: { baseVersion: set?.version ?? null, competences: others } });
      context.onPublished(published);
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        alert.className = 'form-alert notice error';
        alert.replaceChildren(el('p', { text: error.message }),
          el('p', {}, el('button', { type: 'button', text: 'Recharger les consignes', onclick: () => context.onStale() }),
            ' (vos modifications non publiées seront perdues : notez-les d’abord si besoin).'));
        alert.querySelector('button').focus();
      } else if (error instanceof ApiError && error.status === 400) {
        showErrors(error.message, serverProblems(error.problem.errors ?? [], position));
      } else {
        alert.className = 'form-alert notice error';
        alert.replaceChildren(el('p', { text: error.message || 'La publication a échoué ; réessayez.' }));
      }
    } finally {
      submit.disabled = false;
      form.removeAttribute('aria-busy');
    }
  });

  slot.replaceChildren(form);
  text.focus();
}

// The server names where each problem is: « competences[2].anchors[1] : niveau 7 hors de l’échelle… ». Those of the
// edited entry go next to their field; the others (an entry someone else left invalid) go to the summary.
function serverProblems(errors, position) {
  return errors.map((line) => {
    const match = /^competences\[(\d+)\](?:\.anchors\[(\d+)\])? : (.*)$/s.exec(line);
    if (!match || Number(match[1]) !== position) return { field: 'anchors', message: line };
    if (match[2] === undefined) return { field: 'guidelines', message: match[3] };
    return { field: `anchors[${match[2]}].${/extrait/i.test(match[3]) ? 'excerpt' : 'level'}`, message: match[3] };
  });
}
