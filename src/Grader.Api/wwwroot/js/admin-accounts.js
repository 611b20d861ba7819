// « Comptes et rôles »: every account (GET /api/users), its roles (PUT /api/users/{id}/roles), disabling and
// re-enabling it (PUT /api/users/{id}/status), and creating one (POST /api/users). Passwords are never shown back.
import { allPages, api } from './api.js';
import { renderAdminNav } from './admin-nav.js';
import { showFormError, table } from './admin-common.js';
import { el, roleLabels } from './format.js';
import { announce, startPage } from './shell.js';

const me = await startPage(['admin']);
renderAdminNav();

const root = document.getElementById('accounts');
const listStatus = document.getElementById('list-status');
const filter = document.getElementById('filter');
const count = document.getElementById('filter-count');
const form = document.getElementById('create');
const createStatus = document.getElementById('create-status');
const roles = Object.keys(roleLabels);

let accounts = [];
await load();

async function load(focusId = null, focusSelector = null) {
  root.setAttribute('aria-busy', 'true');
  try {
    accounts = await allPages('/api/users');
    render();
    if (focusId) root.querySelector(`tr[data-user="${focusId}"] ${focusSelector ?? 'th'}`)?.focus();
  } catch (error) {
    announce(listStatus, error.message, 'error');
  } finally {
    root.removeAttribute('aria-busy');
  }
}

function render() {
  const wanted = filter.value.trim().toLocaleLowerCase('fr');
  const shown = accounts.filter((a) => !wanted || `${a.displayName} ${a.email}`.toLocaleLowerCase('fr').includes(wanted));
  count.textContent = `${shown.length} compte${shown.length > 1 ? 's' : ''} affiché${shown.length > 1 ? 's' : ''} sur ${accounts.length}.`;
  root.replaceChildren(table('accounts-table', 'Comptes du service', ['Compte', 'Rôles', 'État'], shown.map(row)));
}

function row(account) {
  const name = account.displayName || account.email;
  const self = account.id === me.id;
  const legendId = `roles-${account.id}`;
  return el('tr', { 'data-user': account.id },
    el('th', { scope: 'row', tabindex: '-1' }, el('strong', { text: name }), el('span', { class: 'hint block', text: account.email })),
    el('td', {},
      el('fieldset', { class: 'roles', 'aria-labelledby': legendId },
        el('legend', { id: legendId, class: 'visually-hidden', text: `Rôles de ${name}` }),
        el('div', { class: 'choice-list' }, roles.map((role) => el('label', {},
          el('input', { type: 'checkbox', name: 'role', value: role, checked: account.roles.includes(role) }), ` ${roleLabels[role]}`))),
        el('button', { type: 'button', class: 'secondary', 'data-action': 'roles', 'aria-label': `Enregistrer les rôles de ${name}`, text: 'Enregistrer les rôles', onclick: (e) => saveRoles(account, e.currentTarget) }))),
    el('td', {},
      el('span', { class: `status ${account.disabled ? 'danger' : 'ok'}`, text: account.disabled ? 'Désactivé' : 'Actif' }),
      self ? el('span', { class: 'hint block', text: 'Votre compte' }) : el('div', { class: 'actions' },
        el('button', {
          type: 'button', class: 'secondary', 'data-action': 'status',
          'aria-label': `${account.disabled ? 'Réactiver' : 'Désactiver'} le compte de ${name}`,
          text: account.disabled ? 'Réactiver' : 'Désactiver',
          onclick: () => setStatus(account, account.disabled),
        }))));
}

async function saveRoles(account, button) {
  const chosen = [...button.closest('fieldset').querySelectorAll('input[name="role"]:checked')].map((c) => c.value);
  const name = account.displayName || account.email;
  try {
    const updated = await api(`/api/users/${encodeURIComponent(account.id)}/roles`, { method: 'PUT', body: { roles: chosen } });
    announce(listStatus, `Rôles de ${name} : ${updated.roles.map((r) => roleLabels[r] ?? r).join(', ')}.`);
    await load(account.id, 'button[data-action="roles"]');
  } catch (error) {
    showFormError(listStatus, error, button);
  }
}

async function setStatus(account, enabled) {
  const name = account.displayName || account.email;
  if (!enabled && !confirm(`Désactiver le compte de ${name} ? Il ne pourra plus se connecter tant qu’il n’est pas réactivé.`)) return;
  try {
    await api(`/api/users/${encodeURIComponent(account.id)}/status`, { method: 'PUT', body: { enabled } });
    announce(listStatus, enabled ? `Le compte de ${name} est réactivé.` : `Le compte de ${name} est désactivé : il ne peut plus se connecter.`);
    await load(account.id, 'button[data-action="status"]');
  } catch (error) {
    showFormError(listStatus, error, null);
  }
}

filter.addEventListener('input', render);

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const f = form.elements;
  const button = form.querySelector('button[type="submit"]');
  button.disabled = true;
  try {
    const created = await api('/api/users', {
      method: 'POST',
      body: {
        email: f.email.value,
        displayName: f.displayName.value,
        password: f.password.value,
        roles: [...form.querySelectorAll('input[name="role"]:checked')].map((c) => c.value),
      },
    });
    form.reset();
    announce(createStatus, `Compte de ${created.displayName || created.email} créé (${created.roles.map((r) => roleLabels[r] ?? r).join(', ')}).`);
    filter.value = '';
    await load();
    f.email.focus();
  } catch (error) {
    f.password.value = '';
    showFormError(createStatus, error, f.email);
  }
  button.disabled = false;
});
