// The administrators' provider settings (GET /api/admin/providers): one form per language-model provider to store its
// endpoint, model and API key (PUT), and a connection test (POST …/test). The key is write-only: its field is always
// empty, the page only says whether one is stored.
import { api, ApiError } from './api.js';
import { renderAdminNav } from './admin-nav.js';
import { el, formatDate } from './format.js';
import { announce, startPage } from './shell.js';

await startPage(['admin']);
renderAdminNav();

const root = document.getElementById('providers');
const status = document.getElementById('status');
const mode = document.getElementById('mode');

const sourceLabels = { configuration: 'configuration du service', administration: 'administration' };
const endpointHints = {
  'azure-openai': 'L’adresse de la ressource Azure OpenAI, par exemple https://mon-service.openai.azure.com/.',
  openai: 'Laissez vide pour l’adresse d’OpenAI (https://api.openai.com/v1).',
  'openai-compatible': 'L’adresse du serveur, terminée par /v1, par exemple http://localhost:11434/v1 (http seulement pour un serveur local).',
};

await load();

async function load(focusProvider = null) {
  root.setAttribute('aria-busy', 'true');
  try {
    const list = await api('/api/admin/providers');
    renderMode(list);
    root.replaceChildren(...list.providers.map((p) => card(p, list)));
    if (focusProvider) document.getElementById(`${focusProvider}-title`)?.focus();
  } catch (error) {
    root.replaceChildren();
    announce(status, error.message, 'error');
  } finally {
    root.removeAttribute('aria-busy');
  }
}

function renderMode(list) {
  mode.hidden = list.languageModelUsed;
  mode.className = 'notice warn';
  mode.replaceChildren(list.languageModelUsed ? '' : el('p', {},
    el('strong', { text: 'Évaluation hors ligne. ' }),
    'Le fournisseur par défaut du service est « offline » : les dossiers sont actuellement évalués sans modèle de langage (pré-évaluations heuristiques, signalées comme telles). ',
    'Les réglages ci-dessous servent aux sessions qui nomment un fournisseur ; le fournisseur par défaut se choisit dans la configuration du service (Grader:Llm:Provider).'));
}

function origin(source) {
  return source ? `Origine : ${sourceLabels[source] ?? source}.` : 'Non renseigné.';
}

function keyHint(p) {
  if (p.apiKeySource === 'administration') return 'Une clé est enregistrée ; laissez vide pour la conserver.';
  if (p.apiKeySource === 'configuration') return 'Une clé vient de la configuration du service ; saisissez-en une pour la remplacer ici.';
  return 'Aucune clé enregistrée.';
}

function card(p) {
  const id = (name) => `${p.provider}-${name}`;
  const endpoint = el('input', { type: 'text', id: id('endpoint'), name: 'endpoint', inputmode: 'url', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': `${id('endpoint-hint')} ${id('endpoint-error')}` });
  endpoint.value = p.endpoint ?? '';
  const model = el('input', { type: 'text', id: id('model'), name: 'model', autocomplete: 'off', spellcheck: 'false', required: true, 'aria-describedby': `${id('model-hint')} ${id('model-error')}` });
  model.value = p.model ?? '';
  // Never filled in, not even with a placeholder made of the key's characters.
  const key = el('input', { type: 'password', id: id('apiKey'), name: 'apiKey', autocomplete: 'new-password', spellcheck: 'false', 'aria-describedby': `${id('apiKey-hint')} ${id('apiKey-error')}` });
  const remove = p.apiKeySource === 'administration'
    ? el('div', { class: 'field choice' }, el('label', {}, el('input', { type: 'checkbox', id: id('removeApiKey'), name: 'removeApiKey' }), 'Supprimer la clé enregistrée'))
    : null;
  const saveStatus = el('div', { id: id('save-status'), role: 'status', 'aria-live': 'polite', hidden: true });
  const testStatus = el('div', { id: id('test-status'), role: 'status', 'aria-live': 'polite', hidden: true });
  const saveButton = el('button', { type: 'submit', text: 'Enregistrer' });
  const testButton = el('button', { type: 'button', class: 'secondary', text: 'Tester la connexion' });

  const updated = p.updatedAt
    ? `Réglages enregistrés le ${formatDate(p.updatedAt)}${p.updatedBy ? ` par ${p.updatedBy}` : ''}.`
    : 'Aucun réglage enregistré dans l’administration.';
  const form = el('form', { class: 'card', 'aria-labelledby': id('title'), 'data-provider': p.provider, novalidate: true },
    el('h2', { id: id('title'), tabindex: '-1', text: p.label }),
    el('p', { class: 'hint' }, p.isDefault ? el('strong', { text: 'Fournisseur par défaut du service. ' }) : '', updated),
    field(id('endpoint'), 'Adresse du service', endpoint, `${endpointHints[p.provider] ?? ''} ${origin(p.endpointSource)}`),
    field(id('model'), p.provider === 'azure-openai' ? 'Nom du déploiement' : 'Modèle', model, origin(p.modelSource)),
    field(id('apiKey'), 'Clé d’API', key, keyHint(p)),
    remove,
    el('div', { class: 'actions' }, saveButton, testButton),
    saveStatus,
    testStatus);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const body = { endpoint: endpoint.value.trim(), model: model.value.trim() };
    if (key.value !== '') body.apiKey = key.value;
    if (form.elements.removeApiKey?.checked) body.removeApiKey = true;
    saveButton.disabled = true;
    try {
      await api(`/api/admin/providers/${encodeURIComponent(p.provider)}`, { method: 'PUT', body });
      key.value = '';
      await load(p.provider);
      const fresh = document.getElementById(id('save-status'));
      if (fresh) announce(fresh, `Réglages de « ${p.label} » enregistrés.`, 'ok');
    } catch (error) {
      key.value = '';
      showErrors(form, error);
      announce(saveStatus, error.message, 'error');
    } finally {
      saveButton.disabled = false;
    }
  });

  testButton.addEventListener('click', async () => {
    testButton.disabled = true;
    announce(testStatus, 'Test en cours…', 'ok');
    try {
      const result = await api(`/api/admin/providers/${encodeURIComponent(p.provider)}/test`, { method: 'POST' });
      announce(testStatus, result.message, result.success ? 'ok' : 'error');
    } catch (error) {
      announce(testStatus, error.message, 'error');
    } finally {
      testButton.disabled = false;
    }
  });
  return form;
}

function field(inputId, label, input, hint) {
  return el('div', { class: 'field' },
    el('label', { for: inputId, text: label }),
    el('p', { class: 'hint', id: `${inputId}-hint`, text: hint }),
    input,
    el('p', { class: 'hint field-error', id: `${inputId}-error`, hidden: true }));
}

function clearErrors(form) {
  for (const input of form.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
  for (const message of form.querySelectorAll('.field-error')) {
    message.hidden = true;
    message.textContent = '';
  }
}

// A 400's per-field messages go under their fields (announced through aria-describedby); the first one gets the focus.
function showErrors(form, error) {
  const errors = error instanceof ApiError ? error.problem.errors ?? {} : {};
  let first = null;
  for (const [name, messages] of Object.entries(errors)) {
    const input = form.elements[name];
    const message = input && document.getElementById(`${input.id}-error`);
    if (!message) continue;
    input.setAttribute('aria-invalid', 'true');
    message.textContent = `Erreur : ${messages.join(' ')}`;
    message.hidden = false;
    first ??= input;
  }
  first?.focus();
}
