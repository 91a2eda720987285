// Search filters shared by the search page (search.js) and "Offres pour mon CV" (matches.js):
// form ↔ URL query string state, facet counts in the selects, result count, pagination, the
// posting card, and the wiring (submit, selects, reset, pagination, Back/Forward).
// The URL is the single source of truth, so results are linkable and Back/Forward work.

import { el, clear, format_number, set_visible, time_element } from './dom.js';
import { JOB_TYPES, WORKING_TIMES, count_offers, source_label } from './labels.js';

export const FILTER_KEYS = ['keyword', 'location', 'company', 'job_type', 'contract_type', 'source', 'date_range'];
export const DEFAULT_DATE_RANGE = 'all';
const PAGE_WINDOW = 2; // pages shown on each side of the current one

/** Search state read from a query string; invalid pages fall back to 1, the API validates the rest. */
export function read_state(search) {
  const params = new URLSearchParams(search);
  const state = {};
  for (const key of FILTER_KEYS) state[key] = (params.get(key) ?? '').trim();
  const page = Number(params.get('page') ?? '1');
  state.page = Number.isInteger(page) && page >= 1 ? page : 1;
  return state;
}

/** API parameters for a state (empty values and the default date range are left out). */
export function api_params(state, { with_page = true } = {}) {
  const params = {};
  for (const key of FILTER_KEYS) {
    if (!state[key]) continue;
    if (key === 'date_range' && state[key] === DEFAULT_DATE_RANGE) continue;
    params[key] = state[key];
  }
  if (with_page && state.page > 1) params.page = state.page;
  return params;
}

/** The page address for a state: `path` followed by its query string. */
export function page_url(path, state) {
  const query = new URLSearchParams(api_params(state)).toString();
  return query ? `${path}?${query}` : path;
}

function ensure_option(select, value) {
  if (!value) return;
  if (![...select.options].some((option) => option.value === value)) {
    select.append(el('option', { attrs: { value }, text: select.id === 'source' ? source_label(value) : value }));
  }
}

/** Put a state's values in the form's controls. */
export function fill_form(form, state) {
  for (const key of FILTER_KEYS) {
    const control = form.elements.namedItem(key);
    const value = key === 'date_range' && !state[key] ? DEFAULT_DATE_RANGE : state[key];
    if (control instanceof HTMLSelectElement) ensure_option(control, value);
    control.value = value;
  }
}

/** The state the form's controls describe (back to page 1). */
export function form_state(form) {
  const state = {};
  for (const key of FILTER_KEYS) state[key] = String(form.elements.namedItem(key).value ?? '').trim();
  state.page = 1;
  return state;
}

// ------------------------------------------------------------------ facets

function counts_by_value(list) {
  const counts = new Map();
  for (const entry of Array.isArray(list) ? list : []) counts.set(String(entry.value), Number(entry.count) || 0);
  return counts;
}

function option_text(label, counts, value) {
  return counts.has(value) ? `${label} (${format_number(counts.get(value))})` : label;
}

function update_fixed_select(select, values, counts) {
  for (const option of select.options) {
    if (!option.value) continue;
    if (values.includes(option.value)) option.textContent = option_text(option.value, counts, option.value);
  }
}

function rebuild_source_select(select, counts, selected) {
  const entries = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const options = [el('option', { attrs: { value: '' }, text: 'Toutes les sources' })];
  for (const [value] of entries) {
    options.push(el('option', { attrs: { value }, text: option_text(source_label(value), counts, value) }));
  }
  select.replaceChildren(...options);
  ensure_option(select, selected);
  select.value = selected;
}

/** Show the /api/facets counts beside the options of the form's selects. */
export function render_facets(form, facets, state) {
  update_fixed_select(form.elements.namedItem('job_type'), JOB_TYPES, counts_by_value(facets.job_type));
  update_fixed_select(form.elements.namedItem('contract_type'), WORKING_TIMES, counts_by_value(facets.contract_type));
  rebuild_source_select(form.elements.namedItem('source'), counts_by_value(facets.source), state.source);
}

// ------------------------------------------------------------------ results

function badge(text, classes) {
  return el('span', { class: `badge ${classes}`, text });
}

/**
 * A posting card (<li><article class="job-card">) of /api/search or /api/match; `extra` nodes go
 * between the badges and the snippet.
 */
export function job_card(job, extra = []) {
  const meta = el('p', { class: 'job-meta card-subtitle text-body-secondary mb-2' }, [
    job.company ? el('span', { class: 'job-company', text: job.company }) : null,
    job.location ? el('span', { class: 'job-location', text: job.location }) : null,
    time_element(job.date, { short: true }),
  ]);
  const badges = el('div', { class: 'badge-list mb-2' }, [
    job.contrat ? badge(job.contrat, 'text-bg-primary') : null,
    job.job_type ? badge(job.job_type, 'text-bg-secondary') : null,
    badge(source_label(job.source), 'text-bg-light border job-source'),
    job.remote ? badge(job.remote, 'text-bg-info') : null,
  ]);
  const title_link = el('a', { attrs: { href: `/job/${encodeURIComponent(job.id)}` }, text: job.title || 'Offre sans titre' });
  return el('li', {}, [
    el('article', { class: 'card job-card shadow-sm mb-3', dataset: { jobId: job.id, source: job.source ?? '', contrat: job.contrat ?? '' } }, [
      el('div', { class: 'card-body' }, [
        el('h3', { class: 'h5 card-title mb-1' }, [title_link]),
        meta,
        badges,
        ...extra,
        job.salary ? el('p', { class: 'small mb-1', text: `Salaire : ${job.salary}` }) : null,
        job.snippet ? el('p', { class: 'card-text small job-snippet mb-0', text: job.snippet }) : null,
      ]),
    ]),
  ]);
}

/** What to try when nothing matches: the period first (the demo postings are from 2021–2025). */
function no_result_text(state) {
  if (state.date_range && state.date_range !== DEFAULT_DATE_RANGE) {
    return 'Aucune offre publiée sur cette période ne correspond\u00a0: essayez «\u00a0Toutes les dates\u00a0».';
  }
  const filtered = FILTER_KEYS.some((key) => key !== 'keyword' && key !== 'date_range' && state[key]);
  return filtered
    ? 'Aucune offre ne correspond à votre recherche\u00a0: retirez un filtre ou essayez d\'autres mots.'
    : 'Aucune offre ne correspond à votre recherche\u00a0: vérifiez l\'orthographe ou essayez des mots-clés plus généraux.';
}

/** "12 offres trouvées — page 1 sur 3", or what to try when there is none. */
export function count_text(state, stats) {
  const total = Number(stats.total_jobs) || 0;
  if (total === 0) return no_result_text(state);
  const found = `${count_offers(total, format_number(total))} ${total > 1 ? 'trouvées' : 'trouvée'}`;
  const pages = Number(stats.total_pages) || 1;
  return pages > 1 ? `${found} — page ${format_number(stats.current_page)} sur ${format_number(pages)}` : found;
}

/** Page numbers to show: first, last and a window around the current page, with null for gaps. */
function page_numbers(current, total) {
  const pages = [];
  const from = Math.max(1, current - PAGE_WINDOW);
  const to = Math.min(total, current + PAGE_WINDOW);
  if (from > 1) pages.push(1);
  if (from > 2) pages.push(null);
  for (let page = from; page <= to; page += 1) pages.push(page);
  if (to < total - 1) pages.push(null);
  if (to < total) pages.push(total);
  return pages;
}

function page_item(path, state, page, text, { label, current = false, disabled = false } = {}) {
  if (current || disabled) {
    return el('li', { class: `page-item${current ? ' active' : ' disabled'}`, attrs: current ? { 'aria-current': 'page' } : {} }, [
      el('span', { class: 'page-link', text, attrs: { 'aria-label': label } }),
    ]);
  }
  const link = el('a', {
    class: 'page-link',
    text,
    attrs: { href: page_url(path, { ...state, page }), 'aria-label': label },
    dataset: { page },
  });
  return el('li', { class: 'page-item' }, [link]);
}

/** Fill the <nav> `pagination` (links to `path`), hidden when everything fits on one page. */
export function render_pagination(pagination, path, state, stats) {
  const list = pagination.querySelector('ul');
  const total = Number(stats.total_pages) || 0;
  const current = state.page;
  clear(list);
  if (total <= 1 && current <= 1) {
    set_visible(pagination, false);
    return;
  }
  list.append(page_item(path, state, current - 1, 'Précédent', { label: 'Page précédente', disabled: current <= 1 }));
  for (const page of page_numbers(current, Math.max(total, current))) {
    if (page === null) {
      list.append(el('li', { class: 'page-item disabled' }, [el('span', { class: 'page-link', text: '…', attrs: { 'aria-hidden': 'true' } })]));
    } else {
      list.append(page_item(path, state, page, format_number(page), { label: `Page ${page}`, current: page === current }));
    }
  }
  list.append(page_item(path, state, current + 1, 'Suivant', { label: 'Page suivante', disabled: current >= total }));
  set_visible(pagination, true);
}

// ------------------------------------------------------------------ wiring

/**
 * Wire a filter form to the URL of `path`: submit and select changes, the reset link, the
 * pagination links and Back/Forward call `run(state)` (which renders; it may return a promise).
 * Returns `navigate(state, { focus })`, which pushes the state's URL then runs it.
 */
export function wire_filters({ form, reset_link, pagination, path, run, results_heading }) {
  const navigate = (state, { focus_results = false } = {}) => {
    const url = page_url(path, state);
    if (url !== `${window.location.pathname}${window.location.search}`) window.history.pushState(null, '', url);
    Promise.resolve(run(state)).then(() => {
      if (focus_results) results_heading?.focus();
    });
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate(form_state(form));
  });

  // Choosing a filter applies it at once; text fields wait for the submit.
  for (const select of form.querySelectorAll('select')) {
    select.addEventListener('change', () => navigate(form_state(form)));
  }

  reset_link.addEventListener('click', (event) => {
    event.preventDefault();
    form.reset();
    navigate(read_state(''));
  });

  pagination.addEventListener('click', (event) => {
    const link = event.target.closest('a[data-page]');
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate({ ...read_state(window.location.search), page: Number(link.dataset.page) }, { focus_results: true });
  });

  window.addEventListener('popstate', () => {
    run(read_state(window.location.search));
  });

  return navigate;
}
