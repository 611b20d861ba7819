// Filters the compétences of the tree by code (« C.2.2.4 », « c2.2 », « 2.2.4 », « c-2-2-4 ») or by words of their text,
// opening the blocs and activities that hold a match, and says how many match in a live region.
import { fold } from './rubric-rules.js';

const codeKey = (text) => fold(text).replace(/[^0-9a-z]/g, '');

/** Returns the number of compétences shown; an empty query shows them all and leaves the tree as the user left it. */
export function filterCompetences(root, query) {
  const words = fold(query.trim());
  const code = codeKey(query);
  const digits = code.replace(/[^0-9]/g, '');
  let shown = 0;
  for (const node of root.querySelectorAll('.competence-node')) {
    const summary = node.querySelector('summary');
    const sourceCode = summary.querySelector('.code').textContent;
    const keys = [codeKey(sourceCode), codeKey(node.dataset.competence), codeKey(sourceCode).replace(/[^0-9]/g, '')];
    const match = words.length === 0
      || (code.length > 0 && keys.some((k) => k.startsWith(code)))
      || (digits.length > 1 && digits === code && keys[2].startsWith(digits))
      || fold(summary.textContent).includes(words);
    node.closest('li').hidden = !match;
    if (match) shown++;
  }
  for (const activity of root.querySelectorAll('.activity')) {
    const any = [...activity.querySelectorAll('.competence-node')].some((n) => !n.closest('li').hidden);
    activity.hidden = !any;
    if (words.length && any) activity.open = true;
  }
  for (const bloc of root.querySelectorAll('.bloc')) {
    const any = [...bloc.querySelectorAll('.activity')].some((a) => !a.hidden);
    bloc.hidden = !any;
    if (words.length && any) bloc.open = true;
  }
  return shown;
}
