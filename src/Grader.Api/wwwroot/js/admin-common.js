// What the administration's pages share: French labels of session settings, dates entered as days, form errors.
import { ApiError } from './api.js';
import { el } from './format.js';
import { announce } from './shell.js';

export const modeLabels = { Certifying: 'Certifiante', Formative: 'Formative' };
export const policyLabels = { AfterReview: 'Après relecture par le jury', Immediate: 'Immédiate (session formative seulement)' };

const day = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long' });

/** A date shown as a French day (« 30 juin 2027 »), or the given text when there is none. */
export const formatDay = (value, none = 'non fixée') => (value ? day.format(new Date(value)) : none);

/** The value of an <input type="date"> for an ISO date, in the browser's time zone. */
export function toDateInput(value) {
  if (!value) return '';
  const d = new Date(value);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A session closes at the end of the chosen day (local time); empty means no closing date yet. */
export function fromDateInput(value) {
  return value ? new Date(`${value}T23:59:59`).toISOString() : null;
}

export const plural = (n, one, many) => `${n}\u00A0${n > 1 ? many : one}`;

/** Shows an API refusal in the form's live region and puts the focus back on the form's first field. */
export function showFormError(region, error, focusTarget) {
  const message = error instanceof ApiError ? error.message : (error?.message || 'Une erreur inattendue est survenue ; réessayez.');
  announce(region, message, 'error');
  focusTarget?.focus();
}

/** A table in a region that scrolls on its own at high zoom, with a caption naming it. */
export function table(id, caption, headers, rows) {
  return el('div', { class: 'table-scroll', role: 'region', tabindex: '0', 'aria-labelledby': `${id}-caption` },
    el('table', { id },
      el('caption', { id: `${id}-caption`, text: caption }),
      el('thead', {}, el('tr', {}, headers.map((h) => el('th', { scope: 'col', text: h })))),
      el('tbody', {}, rows)));
}
