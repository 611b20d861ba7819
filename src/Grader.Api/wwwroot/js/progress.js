// Live processing progress (server-sent events on /api/dossiers/{id}/processing/events), a few streams at a time:
// a browser keeps only six connections per site, and the page still needs some for its own calls.
import { el, processingText } from './format.js';

const MaxStreams = 3;
let open = 0;
const waiting = [];

/** A progress element (bar and text) that follows the dossier until its processing ends, then calls onDone(status). */
export function progressView(dossierId, initial, onDone) {
  const bar = el('progress', { max: 1, value: 0, 'aria-label': 'Avancement du traitement' });
  const text = el('span', { class: 'progress-text', role: 'status', 'aria-live': 'polite' });
  const view = el('div', { class: 'progress' }, bar, ' ', text);
  const show = (status) => {
    text.textContent = processingText(status);
    if (status?.criteriaTotal > 0) {
      bar.max = status.criteriaTotal;
      bar.value = status.criteriaDone;
    } else if (status?.state === 'Succeeded') {
      bar.value = bar.max;
    } else {
      bar.removeAttribute('value');
    }
  };
  show(initial);
  if (initial && (initial.state === 'Succeeded' || initial.state === 'Failed')) {
    bar.hidden = true;
    return view;
  }
  follow(dossierId, show, (status) => {
    bar.hidden = true;
    onDone?.(status);
  });
  return view;
}

function follow(dossierId, show, done) {
  const start = () => {
    open++;
    const source = new EventSource(`/api/dossiers/${dossierId}/processing/events`);
    const finish = (status) => {
      source.close();
      open--;
      waiting.shift()?.();
      done(status);
    };
    source.addEventListener('progress', (event) => {
      const status = JSON.parse(event.data);
      show(status);
      if (status.state === 'Succeeded' || status.state === 'Failed') finish(status);
    });
    source.addEventListener('error', () => {
      // The stream ended or the service went away: EventSource retries by itself; closed streams stay closed.
      if (source.readyState === EventSource.CLOSED) finish(null);
    });
  };
  if (open < MaxStreams) start();
  else waiting.push(start);
}
