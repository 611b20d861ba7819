// What every signed-in page shares: who is signed in (header with name and role), sign-out, access by role.
import { api, ApiError } from './api.js';
import { el, roleLabels } from './format.js';

/** The home of an account: its first space, by role. */
export function homeOf(user) {
  // An administrator's first task is the set-up (sessions, juries, accounts); an administrator who also sits on a jury
  // has « Mes dossiers » one click away.
  if (user.roles.includes('admin')) return '/admin/';
  if (user.roles.includes('juror')) return '/jury/';
  if (user.roles.includes('pedagogy')) return '/pedagogie/';
  if (user.roles.includes('candidate')) return '/candidat/';
  return '/accueil.html';
}

/**
 * Loads the account; sends to the sign-in page when signed out; renders the header.
 * allowed: roles that may use the page (null: any signed-in account).
 */
export async function startPage(allowed = null) {
  let user;
  try {
    user = await api('/api/auth/me');
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      location.replace(`/?retour=${encodeURIComponent(location.pathname + location.search)}`);
      return new Promise(() => {});
    }
    throw error;
  }
  renderHeader(user);
  if (allowed && !user.roles.some((role) => allowed.includes(role))) {
    showPageError('Accès refusé', 'Cette page n’est pas destinée à votre compte.', homeOf(user));
    return new Promise(() => {});
  }
  return user;
}

function renderHeader(user) {
  const nav = document.getElementById('nav');
  if (nav) {
    const links = [];
    if (user.roles.includes('juror') || user.roles.includes('admin')) links.push(['/jury/', 'Mes dossiers']);
    if (user.roles.includes('pedagogy') || user.roles.includes('admin')) {
      links.push(['/pedagogie/', 'Accord IA / jury']);
      links.push(['/pedagogie/referentiel.html', 'Référentiel']);
    }
    if (user.roles.includes('admin')) links.push(['/admin/', 'Administration']);
    if (user.roles.includes('candidate')) links.push(['/candidat/', 'Mon espace candidat']);
    nav.replaceChildren(el('ul', {}, links.map(([href, text]) =>
      el('li', {}, el('a', { href, text, 'aria-current': isCurrent(href) ? 'page' : null })))));
  }
  const account = document.getElementById('account');
  const roles = user.roles.map((role) => roleLabels[role] ?? role).join(', ');
  account.replaceChildren(
    el('span', {}, el('span', { class: 'visually-hidden', text: 'Connecté en tant que ' }), el('strong', { text: user.displayName || user.email })),
    el('span', { class: 'role', text: `(${roles})` }),
    el('button', { type: 'button', onclick: signOut, text: 'Se déconnecter' }));
}

// The administration's pages share one entry: any /admin/ page marks « Administration » as current.
function isCurrent(href) {
  return location.pathname === href || (href === '/admin/' && location.pathname.startsWith('/admin/'));
}

async function signOut() {
  try {
    await api('/api/auth/logout', { method: 'POST' });
  } finally {
    location.assign('/?deconnecte=1');
  }
}

/** Replaces the page's content by a titled French message (not found, access refused, error). */
export function showPageError(title, detail, back = null) {
  const main = document.querySelector('main');
  document.title = `${title} — Grader`;
  main.classList.remove('wide');
  main.replaceChildren(
    el('h1', { text: title }),
    el('div', { class: 'notice error', role: 'alert' }, el('p', { text: detail })),
    ...(back ? [el('p', {}, el('a', { href: back, text: 'Revenir à mon espace' }))] : []));
  main.focus();
}

/** A 404 from the API means: not found or not yours — the same French page either way, nothing of the data. */
export function handleLoadError(error, title, subject, back) {
  if (error instanceof ApiError && (error.status === 404 || error.status === 403)) {
    showPageError(title, `${subject} est introuvable ou ne vous est pas accessible. Vérifiez le lien ou revenez à votre espace.`, back);
  } else {
    showPageError('Erreur', error.message || 'Une erreur inattendue est survenue ; réessayez.', back);
  }
}

/** Announces a message to screen readers and shows it in the given live region. */
export function announce(region, message, tone = 'ok') {
  // The region keeps its own classes (pages find it by them); only the tone changes.
  region.classList.remove('ok', 'warn', 'error', 'danger');
  region.classList.add('notice', tone);
  region.hidden = false;
  region.replaceChildren(el('p', { text: message }));
}
