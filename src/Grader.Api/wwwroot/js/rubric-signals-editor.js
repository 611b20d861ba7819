// The « Modifier les signaux » editor of one compétence: one row per signal (add, remove), the server's rules checked in
// the browser first, the server's per-signal errors shown next to their row; saving publishes the next minor version of
// the référentiel (PUT /api/rubrics/{id}/competences/{code}/signals).
import { api, ApiError } from './api.js';
import { el } from './format.js';
import { checkSignals, SIGNAL_MAX_COUNT, SIGNAL_MAX_LENGTH } from './rubric-rules.js';

let counter = 0;

/**
 * Replaces the content of slot by the editor. context: { rubricId, version(), onPublished(result), onCancel(), onStale(detail) }.
 */
export function openSignalsEditor(slot, competence, context) {
  const uid = `signals-${competence.id}-${++counter}`;
  const rows = el('ol', { class: 'signal-rows' });
  const listError = el('p', { id: `${uid}-list-error`, class: 'field-error', hidden: true });
  const alert = el('div', { role: 'alert', class: 'form-alert' });
  const addButton = el('button', { type: 'button', class: 'secondary', text: 'Ajouter un signal' });
  const form = el('form', { class: 'editor', novalidate: true, 'aria-labelledby': `${uid}-title` },
    el('h3', { id: `${uid}-title`, text: `Modifier les signaux de ${competence.sourceCode}` }),
    el('p', { class: 'hint', id: `${uid}-hint`, text: `Un signal par ligne : des mots ou des preuves typiques qui aident à repérer la compétence dans un dossier. ${SIGNAL_MAX_LENGTH} caractères au plus chacun, ${SIGNAL_MAX_COUNT} signaux au plus, sans doublon (majuscules et accents ne comptent pas). L’enregistrement publie une nouvelle version du référentiel.` }),
    alert,
    listError,
    rows,
    el('div', { class: 'actions' },
      addButton,
      el('button', { type: 'submit', text: 'Publier les signaux' }),
      el('button', { type: 'button', class: 'secondary', text: 'Annuler', onclick: () => context.onCancel() })));

  const renumber = () => {
    [...rows.children].forEach((row, i) => {
      row.querySelector('label').textContent = `Signal ${i + 1}`;
      row.querySelector('button').setAttribute('aria-label', `Retirer le signal ${i + 1}`);
      row.dataset.index = String(i);
    });
    addButton.disabled = rows.children.length >= SIGNAL_MAX_COUNT;
  };

  const addRow = (value = '', focus = false) => {
    const id = `${uid}-${rows.children.length}-${++counter}`;
    const input = el('input', { type: 'text', id, name: 'signal', autocomplete: 'off', spellcheck: 'true' });
    input.value = value;
    const row = el('li', { class: 'signal-row' },
      el('label', { for: id }),
      el('div', { class: 'row-controls' },
        input,
        el('button', {
          type: 'button', class: 'secondary', text: 'Retirer',
          onclick: () => {
            const next = row.nextElementSibling ?? row.previousElementSibling;
            row.remove();
            renumber();
            (next?.querySelector('input') ?? addButton).focus();
          },
        })),
      el('p', { class: 'field-error', id: `${id}-error`, hidden: true }));
    rows.append(row);
    renumber();
    if (focus) input.focus();
  };

  competence.signals.forEach((s) => addRow(s));
  addButton.addEventListener('click', () => addRow('', true));

  const clearErrors = () => {
    alert.replaceChildren();
    alert.className = 'form-alert';
    for (const error of form.querySelectorAll('.field-error')) {
      error.hidden = true;
      error.textContent = '';
    }
    for (const input of form.querySelectorAll('input')) {
      input.removeAttribute('aria-invalid');
      input.removeAttribute('aria-describedby');
    }
  };

  const showErrors = (summary, byField) => {
    let first = null;
    for (const [field, messages] of Object.entries(byField)) {
      const match = /^signals\[(\d+)\]$/.exec(field);
      const row = match ? rows.children[Number(match[1])] : null;
      const target = row ? row.querySelector('.field-error') : listError;
      target.textContent = messages.join(' ');
      target.hidden = false;
      if (row) {
        const input = row.querySelector('input');
        input.setAttribute('aria-invalid', 'true');
        input.setAttribute('aria-describedby', target.id);
        first ??= input;
      }
    }
    alert.className = 'form-alert notice error';
    alert.replaceChildren(el('p', { text: summary }));
    (first ?? rows.querySelector('input') ?? addButton).focus();
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors();
    const values = [...rows.querySelectorAll('input')].map((i) => i.value);
    const { signals, problems } = checkSignals(values);
    if (problems.length) {
      const byField = {};
      for (const p of problems) (byField[p.field] ??= []).push(p.message);
      showErrors(`${problems.length} erreur${problems.length > 1 ? 's' : ''} à corriger avant de publier : rien n’a été enregistré.`, byField);
      return;
    }
    const submit = form.querySelector('button[type="submit"]');
    submit.disabled = true;
    form.setAttribute('aria-busy', 'true');
    try {
      const result = await api(`/api/rubrics/${encodeURIComponent(context.rubricId)}/competences/${encodeURIComponent(competence.id)}/signals`,
        { method: 'PUT', body: { baseVersion: context.version(), signals } });
      context.onPublished(result);
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        alert.className = 'form-alert notice error';
        alert.replaceChildren(el('p', { text: error.message }),
          el('p', {}, el('button', { type: 'button', text: 'Recharger le référentiel', onclick: () => context.onStale() }),
            ' (vos modifications non publiées seront perdues : notez-les d’abord si besoin).'));
        alert.querySelector('button').focus();
      } else if (error instanceof ApiError && error.status === 400) {
        showErrors(error.message, error.problem.errors ?? {});
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
  (rows.querySelector('input') ?? addButton).focus();
}
