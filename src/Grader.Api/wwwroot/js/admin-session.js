// One session for the administration (admin/session.html?id=…): its settings (PUT /api/sessions/{id}, and the bloc
// rule PUT /api/sessions/{id}/bloc-rule), its juries and their members, its enrolled candidates with their export.
import { allPages, api, queryId } from './api.js';
import { renderAdminNav } from './admin-nav.js';
import { fromDateInput, showFormError, table, toDateInput } from './admin-common.js';
import { el } from './format.js';
import { announce, handleLoadError, showPageError, startPage } from './shell.js';

await startPage(['admin']);
renderAdminNav();

const sessionId = queryId('id');
const settings = document.getElementById('settings');
const settingsStatus = document.getElementById('settings-status');
const juriesRoot = document.getElementById('juries');
const juryStatus = document.getElementById('jury-status');
const candidatesRoot = document.getElementById('candidates');
const enrol = document.getElementById('enrol');
const enrolStatus = document.getElementById('enrol-status');
const juryRoles = { President: 'président', Member: 'membre' };

let session;
let accounts = [];

async function fillSettings(s) {
  document.getElementById('title').textContent = `Session « ${s.name} »`;
  document.title = `${s.name} — Administration — Grader`;
  const f = settings.elements;
  f.name.value = s.name;
  f.mode.value = s.mode;
  f.policy.value = s.releasePolicy;
  f.blind.checked = s.blindFirstReview;
  f.closes.value = toDateInput(s.closesAt);
  f.retention.value = s.retentionDays;
  f.share.value = Math.round(s.acquiredShareRequired * 100);
  document.getElementById('provider').textContent = `Fournisseur de modèle : ${s.provider} (réglé sur la page « Fournisseurs de modèle »).`;
  const rubrics = await api('/api/rubrics');
  f.rubric.replaceChildren(...rubrics.map((r) => el('option', { value: r.id, text: `${r.title} — version ${r.id === s.rubricId ? s.rubricVersion : r.version}` })));
  f.rubric.value = s.rubricId;
  // A newer version published since the session was created: offered, never applied on its own.
  const inForce = rubrics.find((r) => r.id === s.rubricId)?.version;
  const behind = inForce && inForce !== s.rubricVersion;
  document.getElementById('move-version-field').hidden = !behind;
  f.moveVersion.checked = false;
  if (behind) document.getElementById('move-version-label').textContent = `Passer de la version ${s.rubricVersion} à la version en vigueur, ${inForce}`;
  await renderEpreuves(s.rubricId, s.epreuves);
  settings.removeAttribute('aria-busy');
}

async function renderEpreuves(rubricId, checked) {
  const rubric = await api(`/api/rubrics/${encodeURIComponent(rubricId)}`);
  const seen = new Map();
  for (const bloc of rubric.blocs) for (const e of bloc.epreuves) if (!seen.has(e.id)) seen.set(e.id, e);
  document.getElementById('epreuve-choices').replaceChildren(...[...seen.values()].map((e) =>
    el('label', {}, el('input', { type: 'checkbox', name: 'epreuve', value: e.id, checked: checked.includes(e.id) }), ` ${e.sourceCode ?? e.id.toUpperCase()} — ${e.title}`)));
}

settings.elements.rubric.addEventListener('change', () =>
  renderEpreuves(settings.elements.rubric.value, []).catch((error) => announce(settingsStatus, error.message, 'error')));

settings.addEventListener('submit', async (event) => {
  event.preventDefault();
  const f = settings.elements;
  const button = settings.querySelector('button[type="submit"]');
  button.disabled = true;
  try {
    const share = Number(f.share.value) / 100;
    let updated = await api(`/api/sessions/${sessionId}`, {
      method: 'PUT',
      body: {
        name: f.name.value,
        rubricId: f.rubric.value,
        epreuves: [...settings.querySelectorAll('input[name="epreuve"]:checked')].map((c) => c.value),
        mode: f.mode.value,
        releasePolicy: f.policy.value,
        blindFirstReview: f.blind.checked,
        closesAt: fromDateInput(f.closes.value),
        retentionDays: Number(f.retention.value),
        moveToCurrentRubricVersion: f.moveVersion.checked,
      },
    });
    if (Math.abs(share - session.acquiredShareRequired) > 1e-9) {
      const rule = await api(`/api/sessions/${sessionId}/bloc-rule`, { method: 'PUT', body: { acquiredShareRequired: share } });
      updated = { ...updated, acquiredShareRequired: rule.acquiredShareRequired };
    }
    session = updated;
    await fillSettings(session);
    announce(settingsStatus, 'Réglages enregistrés.');
  } catch (error) {
    showFormError(settingsStatus, error, f.name);
  } finally {
    button.disabled = false;
  }
});

const nameOf = (userId) => {
  const account = accounts.find((a) => a.id === userId);
  return account ? `${account.displayName || account.email} (${account.email})` : userId;
};

async function loadJuries(focusJury = null) {
  juriesRoot.setAttribute('aria-busy', 'true');
  const juries = await api(`/api/sessions/${sessionId}/juries`);
  const jurors = accounts.filter((a) => a.roles.includes('juror') && !a.disabled);
  juriesRoot.replaceChildren(...(juries.length === 0
    ? [el('p', { text: 'Aucun jury pour l’instant.' })]
    : juries.map((jury) => juryCard(jury, jurors))));
  juriesRoot.removeAttribute('aria-busy');
  if (focusJury) juriesRoot.querySelector(`[data-jury="${focusJury}"] h3`)?.focus();
}

function juryCard(jury, jurors) {
  const headingId = `jury-${jury.id}`;
  const free = jurors.filter((j) => !jury.members.some((m) => m.userId === j.id));
  const select = el('select', { id: `add-${jury.id}`, name: 'userId' },
    el('option', { value: '', text: free.length ? 'Choisissez un membre du jury' : 'Aucun compte « membre du jury » disponible' }),
    free.map((j) => el('option', { value: j.id, text: `${j.displayName || j.email} (${j.email})` })));
  const role = el('select', { id: `role-${jury.id}`, name: 'role' },
    el('option', { value: 'Member', text: 'membre' }), el('option', { value: 'President', text: 'président' }));
  const form = el('form', { class: 'inline-form', novalidate: true, onsubmit: (event) => addMember(event, jury, select, role) },
    el('div', { class: 'field' }, el('label', { for: select.id, text: `Ajouter au ${jury.name}` }), select),
    el('div', { class: 'field' }, el('label', { for: role.id, text: 'Rôle dans le jury' }), role),
    el('button', { type: 'submit', text: 'Ajouter' }));
  return el('section', { class: 'jury', 'data-jury': jury.id, 'aria-labelledby': headingId },
    el('h3', { id: headingId, tabindex: '-1', text: jury.name }),
    jury.members.length === 0
      ? el('p', { text: 'Aucun membre.' })
      : el('ul', { class: 'members' }, jury.members.map((m) => el('li', { 'data-user': m.userId },
        el('span', { text: `${nameOf(m.userId)}, ${juryRoles[m.role] ?? m.role}` }),
        ' ',
        el('button', { type: 'button', class: 'secondary', 'aria-label': `Retirer ${nameOf(m.userId)} du ${jury.name}`, text: 'Retirer', onclick: () => removeMember(jury, m) })))),
    form);
}

async function addMember(event, jury, select, role) {
  event.preventDefault();
  if (!select.value) {
    announce(juryStatus, 'Choisissez le compte à ajouter au jury.', 'error');
    select.focus();
    return;
  }
  try {
    await api(`/api/sessions/${sessionId}/juries/${jury.id}/members`, { method: 'POST', body: { userId: select.value, role: role.value } });
    announce(juryStatus, `${nameOf(select.value)} siège désormais dans le ${jury.name}.`);
    await loadJuries(jury.id);
  } catch (error) {
    showFormError(juryStatus, error, select);
  }
}

async function removeMember(jury, member) {
  if (!confirm(`Retirer ${nameOf(member.userId)} du ${jury.name} ? Ses décisions déjà enregistrées restent.`)) return;
  try {
    await api(`/api/sessions/${sessionId}/juries/${jury.id}/members/${encodeURIComponent(member.userId)}`, { method: 'DELETE' });
    announce(juryStatus, `${nameOf(member.userId)} ne siège plus dans le ${jury.name}.`);
    await loadJuries(jury.id);
  } catch (error) {
    showFormError(juryStatus, error, null);
  }
}

document.getElementById('new-jury').addEventListener('submit', async (event) => {
  event.preventDefault();
  const input = document.getElementById('jury-name');
  try {
    const jury = await api(`/api/sessions/${sessionId}/juries`, { method: 'POST', body: { name: input.value } });
    announce(juryStatus, `Jury « ${jury.name} » créé : ajoutez-lui ses membres.`);
    input.value = '';
    await loadJuries(jury.id);
  } catch (error) {
    showFormError(juryStatus, error, input);
  }
});

async function loadCandidates() {
  candidatesRoot.setAttribute('aria-busy', 'true');
  const candidates = await allPages(`/api/sessions/${sessionId}/candidates`);
  candidatesRoot.replaceChildren(candidates.length === 0
    ? el('p', { text: 'Aucun candidat inscrit pour l’instant.' })
    : table('candidates-table', `Candidats inscrits (${candidates.length})`,
      ['Identifiant pseudonyme', 'Nom', 'Adresse électronique', 'Numéro de candidat', 'Compte', 'Données'],
      candidates.map((c) => el('tr', { 'data-candidate': c.id },
        el('th', { scope: 'row', text: c.pseudonymousId }),
        el('td', { text: c.fullName ?? '—' }),
        el('td', { text: c.email ?? '—' }),
        el('td', { text: c.externalId ?? '—' }),
        el('td', { text: c.hasAccount ? 'oui' : 'non' }),
        el('td', {}, el('a', { href: `/api/candidates/${c.id}/export`, download: '', text: `Exporter les données de ${c.fullName ?? c.pseudonymousId} (ZIP)` }))))));
  candidatesRoot.removeAttribute('aria-busy');
}

const withAccount = enrol.elements.withAccount;
withAccount.addEventListener('change', () => {
  document.getElementById('password-field').hidden = !withAccount.checked;
});

enrol.addEventListener('submit', async (event) => {
  event.preventDefault();
  const f = enrol.elements;
  if (!f.fullName.value.trim()) {
    announce(enrolStatus, 'Le nom complet du candidat est obligatoire.', 'error');
    f.fullName.focus();
    return;
  }
  const body = {
    fullName: f.fullName.value,
    email: f.email.value || null,
    externalId: f.externalId.value || null,
    account: withAccount.checked ? { password: f.password.value } : null,
  };
  const button = enrol.querySelector('button[type="submit"]');
  button.disabled = true;
  try {
    const candidate = await api(`/api/sessions/${sessionId}/candidates`, { method: 'POST', body });
    if (withAccount.checked) accounts = await allPages('/api/users');
    enrol.reset();
    document.getElementById('password-field').hidden = true;
    announce(enrolStatus, `${candidate.fullName} est inscrit à la session (identifiant ${candidate.pseudonymousId})${candidate.hasAccount ? ', avec son compte candidat' : ''}.`);
    await loadCandidates();
    f.fullName.focus();
  } catch (error) {
    showFormError(enrolStatus, error, f.fullName);
  } finally {
    button.disabled = false;
  }
});


// Enrolling a candidate already known (GET /api/candidates?q=…): no second record, no second account.
const known = document.getElementById('known');
const knownResults = document.getElementById('known-results');
const knownStatus = document.getElementById('known-status');

known.addEventListener('submit', async (event) => {
  event.preventDefault();
  const q = known.elements.q.value.trim();
  if (!q) {
    announce(knownStatus, 'Écrivez au moins une partie du nom, de l’adresse ou du numéro du candidat.', 'error');
    known.elements.q.focus();
    return;
  }
  try {
    const found = await api(`/api/candidates?q=${encodeURIComponent(q)}&pageSize=20`);
    const enrolled = new Set((await allPages(`/api/sessions/${sessionId}/candidates`)).map((c) => c.id));
    knownStatus.hidden = true;
    knownResults.replaceChildren(found.items.length === 0
      ? el('p', { text: `Aucun candidat ne correspond à « ${q} ».` })
      : table('known-table', `Candidats trouvés (${found.total > found.items.length ? `${found.items.length} premiers sur ${found.total}` : found.total})`,
        ['Nom', 'Adresse électronique', 'Numéro', 'Identifiant pseudonyme', 'Inscriptions', 'Action'],
        found.items.map((c) => el('tr', { 'data-known': c.id },
          el('th', { scope: 'row', text: c.fullName ?? '—' }),
          el('td', { text: c.email ?? '—' }),
          el('td', { text: c.externalId ?? '—' }),
          el('td', { text: c.pseudonymousId }),
          el('td', { text: String(c.enrolments) }),
          el('td', {}, enrolled.has(c.id)
            ? el('span', { text: 'Déjà inscrit à cette session' })
            : el('button', { type: 'button', class: 'secondary', onclick: () => enrolKnown(c), text: `Inscrire ${c.fullName ?? c.pseudonymousId}` }))))));
    knownResults.querySelector('.table-scroll')?.focus();
  } catch (error) {
    showFormError(knownStatus, error, known.elements.q);
  }
});

async function enrolKnown(candidate) {
  try {
    await api(`/api/sessions/${sessionId}/candidates`, { method: 'POST', body: { candidateId: candidate.id } });
    knownResults.replaceChildren();
    known.reset();
    announce(knownStatus, `${candidate.fullName ?? candidate.pseudonymousId} est inscrit à la session.`);
    await loadCandidates();
    known.elements.q.focus();
  } catch (error) {
    showFormError(knownStatus, error, known.elements.q);
  }
}

// Loaded last: every declaration above (helpers, handlers) is initialised before the first render uses it.
if (!sessionId) {
  showPageError('Session introuvable', 'L’adresse ne désigne aucune session : ouvrez-la depuis la liste des sessions.', '/admin/');
} else {
  try {
    [session, accounts] = await Promise.all([api(`/api/sessions/${sessionId}`), allPages('/api/users')]);
    await fillSettings(session);
    await Promise.all([loadJuries(), loadCandidates()]);
  } catch (error) {
    handleLoadError(error, 'Session introuvable', 'Cette session', '/admin/');
  }
}
