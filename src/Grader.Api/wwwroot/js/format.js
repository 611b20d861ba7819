// French wording and formats shared by the pages.

const dateTime = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short' });
const percent = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

export const formatDate = (value) => (value ? dateTime.format(new Date(value)) : '');
export const formatPercent = (value) => percent.format(value).replace(' ', '\u202F');
export const formatSize = (bytes) =>
  bytes >= 1024 * 1024 ? `${decimal.format(bytes / (1024 * 1024))}\u00A0Mo`
    : bytes >= 1024 ? `${decimal.format(bytes / 1024)}\u00A0ko` : `${bytes}\u00A0octets`;

export const roleLabels = {
  admin: 'administrateur',
  pedagogy: 'équipe pédagogique',
  juror: 'membre du jury',
  candidate: 'candidat',
};

/** Dossier status: French label and a tone (the tone is never the only carrier: the label says it). */
export function dossierStatus(status) {
  return {
    Received: ['Reçu', 'warn'],
    Processing: ['En cours de traitement', 'warn'],
    PreAssessed: ['Pré-évalué, à relire', 'ok'],
    InReview: ['En relecture', 'warn'],
    Finalised: ['Grille finalisée', 'ok'],
    Failed: ['Échec du traitement', 'danger'],
  }[status] ?? [status, 'warn'];
}

export function processingText(p) {
  if (!p) return 'Traitement non démarré';
  const stages = { queued: 'en file d’attente', parsing: 'lecture du dossier', evaluating: 'évaluation des compétences', done: 'terminé' };
  if (p.state === 'Failed') return `Échec du traitement${p.failureReason ? ` : ${p.failureReason}` : ''}`;
  if (p.state === 'Succeeded') return 'Traitement terminé';
  const stage = stages[p.stage] ?? p.stage;
  return p.criteriaTotal > 0
    ? `Traitement : ${stage}, ${p.criteriaDone} compétence${p.criteriaDone > 1 ? 's' : ''} évaluée${p.criteriaDone > 1 ? 's' : ''} sur ${p.criteriaTotal}`
    : `Traitement : ${stage}`;
}

export const epreuveLabel = (id) => `Épreuve ${id.toUpperCase()}`;

/** Creates an element: el('p', { class: 'x', text: '…' }, child…). */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'text') node.textContent = value;
    else if (key === 'class') node.className = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat(Infinity)) {
    if (child !== undefined && child !== null && child !== false) node.append(child);
  }
  return node;
}

export function statusBadge(status) {
  const [label, tone] = dossierStatus(status);
  return el('span', { class: `status ${tone}`, text: label });
}
