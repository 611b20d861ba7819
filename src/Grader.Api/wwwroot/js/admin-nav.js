// The administration's own menu, shared by every /admin/ page (rendered into <nav id="admin-nav">).
import { el } from './format.js';

const pages = [
  ['/admin/', 'Sessions et jurys'],
  ['/admin/comptes.html', 'Comptes et rôles'],
  ['/admin/fournisseurs.html', 'Fournisseurs de modèle'],
  ['/admin/conservation.html', 'Conservation des données'],
];

export function renderAdminNav() {
  const nav = document.getElementById('admin-nav');
  if (!nav) return;
  const here = location.pathname.endsWith('/index.html') ? location.pathname.slice(0, -'index.html'.length) : location.pathname;
  nav.replaceChildren(el('ul', {}, pages.map(([href, text]) =>
    el('li', {}, el('a', { href, text, 'aria-current': here === href ? 'page' : null })))));
}
