// Marks the current entry of the shared navbar (the navbar HTML is identical on every page) and
// loads the navbar's CV control (cv_upload.js): every page imports this module.

import './cv_upload.js';

// A posting belongs to the search section (highlighted) but is not the search page itself.
function section_of(pathname) {
  if (pathname === '/' || pathname.startsWith('/job/')) return '/';
  if (pathname === '/mon-cv') return '/mon-cv';
  if (pathname === '/offres-pour-mon-cv') return '/offres-pour-mon-cv';
  if (pathname === '/stats' || pathname.startsWith('/stats/')) return '/stats';
  if (pathname === '/admin' || pathname.startsWith('/admin/')) return '/admin/';
  return null;
}

export function mark_current_nav_link() {
  const current = section_of(window.location.pathname);
  for (const link of document.querySelectorAll('#main-nav .nav-link')) {
    const is_current = link.getAttribute('href') === current;
    link.classList.toggle('active', is_current);
    if (is_current && window.location.pathname === link.pathname) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

mark_current_nav_link();
