// The rules the server applies to signals (SignalRules.cs) and guidelines (GuidelinesValidator.cs), checked in the
// browser before saving so that the pedagogue sees every problem at once, next to its field.

export const SIGNAL_MAX_LENGTH = 80;
export const SIGNAL_MAX_COUNT = 40;
export const GUIDELINES_MAX_LENGTH = 1500;
export const EXCERPT_MAX_LENGTH = 600;
export const ANCHORS_MAX = 4;

/** Lower case without accents: « Étude de marché » and « etude de MARCHE » are the same signal. */
export const fold = (text) => text.normalize('NFD').replace(/\p{Mn}/gu, '').toLowerCase().normalize('NFC');

/** Problems of a signals list: { field: 'signals' | 'signals[i]', message }, in French, as the server words them. */
export function checkSignals(values) {
  const problems = [];
  const trimmed = values.map((v) => (v ?? '').trim());
  if (trimmed.length > SIGNAL_MAX_COUNT) {
    problems.push({ field: 'signals', message: `${trimmed.length} signaux : ${SIGNAL_MAX_COUNT} au plus par compétence.` });
  }
  const seen = new Map();
  trimmed.forEach((text, i) => {
    const field = `signals[${i}]`;
    if (text.length === 0) {
      problems.push({ field, message: `Signal ${i + 1} : le texte est vide ; écrivez-le ou retirez la ligne.` });
      return;
    }
    if (text.length > SIGNAL_MAX_LENGTH) {
      problems.push({ field, message: `Signal ${i + 1} : ${text.length} caractères, ${SIGNAL_MAX_LENGTH} au plus.` });
    }
    if (/\p{Cc}/u.test(text)) {
      problems.push({ field, message: `Signal ${i + 1} : il contient un caractère de contrôle (tabulation, retour à la ligne…) ; un signal tient sur une ligne.` });
    }
    const key = fold(text);
    if (seen.has(key)) {
      problems.push({ field, message: `Signal ${i + 1} : « ${text} » répète le signal ${seen.get(key) + 1} (majuscules et accents ne comptent pas).` });
    } else {
      seen.set(key, i);
    }
  });
  return { signals: trimmed, problems };
}

/**
 * Problems of one compétence's guidance: { field: 'guidelines' | 'anchors' | 'anchors[j].level' | 'anchors[j].excerpt', message }.
 * levels: the values of the rubric's scale.
 */
export function checkGuidance({ guidelines, anchors }, levels) {
  const problems = [];
  const text = guidelines.trim();
  if (text.length > GUIDELINES_MAX_LENGTH) {
    problems.push({ field: 'guidelines', message: `Consignes trop longues : ${text.length} caractères, ${GUIDELINES_MAX_LENGTH} au plus.` });
  }
  if (anchors.length > ANCHORS_MAX) {
    problems.push({ field: 'anchors', message: `${anchors.length} exemples d’ancrage : ${ANCHORS_MAX} au plus par compétence.` });
  }
  anchors.forEach((anchor, j) => {
    if (anchor.level === null || anchor.level === undefined || Number.isNaN(anchor.level)) {
      problems.push({ field: `anchors[${j}].level`, message: `Exemple ${j + 1} : choisissez le niveau qu’il illustre.` });
    } else if (!levels.includes(anchor.level)) {
      problems.push({ field: `anchors[${j}].level`, message: `Exemple ${j + 1} : niveau ${anchor.level} hors de l’échelle (niveaux possibles : ${levels.join(', ')}).` });
    }
    const length = anchor.excerpt.trim().length;
    if (length === 0) {
      problems.push({ field: `anchors[${j}].excerpt`, message: `Exemple ${j + 1} : l’extrait est vide.` });
    } else if (length > EXCERPT_MAX_LENGTH) {
      problems.push({ field: `anchors[${j}].excerpt`, message: `Exemple ${j + 1} : extrait trop long, ${length} caractères, ${EXCERPT_MAX_LENGTH} au plus.` });
    }
  });
  return problems;
}
