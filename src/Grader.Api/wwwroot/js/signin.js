// Sign-in with the cookie (POST /api/auth/login?useCookies=true), then the account's space.
import { api, ApiError } from './api.js';
import { homeOf } from './shell.js';
import { el } from './format.js';

const form = document.getElementById('signin');
const message = document.getElementById('message');

function show(text, tone) {
  message.hidden = false;
  message.className = `notice ${tone}`;
  message.replaceChildren(el('p', { text }));
}

// Only a path of this site, never another origin.
function returnPath() {
  const value = new URLSearchParams(location.search).get('retour');
  return value && value.startsWith('/') && !value.startsWith('//') ? value : null;
}

if (new URLSearchParams(location.search).has('deconnecte')) show('Vous êtes déconnecté.', 'ok');

try {
  const user = await api('/api/auth/me');
  location.replace(returnPath() ?? homeOf(user));
} catch {
  // Not signed in: the form stays.
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const email = form.email.value.trim();
  const password = form.password.value;
  if (!email || !password) {
    show('Saisissez votre adresse électronique et votre mot de passe.', 'error');
    (email ? form.password : form.email).focus();
    return;
  }
  const button = form.querySelector('button');
  button.disabled = true;
  try {
    await api('/api/auth/login?useCookies=true', { method: 'POST', body: { email, password } });
    const user = await api('/api/auth/me');
    location.assign(returnPath() ?? homeOf(user));
  } catch (error) {
    show(error instanceof ApiError && error.problem?.detail ? error.problem.detail : 'Connexion impossible ; réessayez.', 'error');
    form.password.value = '';
    form.password.focus();
  } finally {
    button.disabled = false;
  }
});
