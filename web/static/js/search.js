// Search page (GET /): form ↔ URL query string ↔ /api/search + /api/facets.
// The URL is the single source of truth, so results are linkable and Back/Forward work.

import './nav.js';
import { get_json } from './api.js';
import { el, clear, format_number, set_visible, show_alert, time_element } from './dom.js';
import { JOB_TYPES, WORKING_TIMES, count_offers, source_label } from './labels.js';

const FILTER_KEYS = ['keyword', 'location', 'company', 'job_type', 'contract_type', 'source', 'date_range'];
const DEFAULT_DATE_RANGE = 'all';
const PAGE_WINDOW = 2; // pages shown on each side of the current one

const form = document.getElementById('search-form');
const results = document.getElementById('results');
const result_count = document.getElementById('result-count');
const alert_box = document.getElementById('search-alert');
const loading = document.getElementById('search-loading');
const pagination = document.getElementById('pagination');
const results_heading = document.getElementById('results-title');

// Answers of older requests are dropped: only the latest search may render.
let search_generation = 0;

/** Search state read from a query string; invalid pages fall back to 1, the API validates the rest. */
function read_state(search) {
  const params = new URLSearchParams(search);
  const state = {};
  for (const key of FILTER_KEYS) state[key] = (params.get(key) ?? '').trim();
  const page = Number(params.get('page') ?? '1');
  state.page = Number.isInteger(page) && page >= 1 ? page : 1;
  return state;
}

/** API parameters for a state (empty values and the default date range are left out). */
function api_params(state, { with_page = true } = {}) {
  const params = {};
  for (const key of FILTER_KEYS) {
    if (!state[key]) continue;
    if (key === 'date_range' && state[key] === DEFAULT_DATE_RANGE) continue;
    params[key] = state[key];
  }
  if (with_page && state.page > 1) params.page = state.page;
  return params;
}

function query_string(state) {
  const query = new URLSearchParams(api_params(state)).toString();
  return query ? `?${query}` : '';
}

function ensure_option(select, value) {
  if (!value) return;
  if (![...select.options].some((option) => option.value === value)) {
    select.append(el('option', { attrs: { value }, text: select.id === 'source' ? source_label(value) : value }));
  }
}

function fill_form(state) {
  for (const key of FILTER_KEYS) {
    const control = form.elements.namedItem(key);
    const value = key === 'date_range' && !state[key] ? DEFAULT_DATE_RANGE : state[key];
    if (control instanceof HTMLSelectElement) ensure_option(control, value);
    control.value = value;
  }
}

function form_state() {
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

function rebuild_source_select(counts, selected) {
  const select = form.elements.namedItem('source');
  const entries = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const options = [el('option', { attrs: { value: '' }, text: 'Toutes les sources' })];
  for (const [value] of entries) {
    options.push(el('option', { attrs: { value }, text: option_text(source_label(value), counts, value) }));
  }
  select.replaceChildren(...options);
  ensure_option(select, selected);
  select.value = selected;
}

function render_facets(facets, state) {
  update_fixed_select(form.elements.namedItem('job_type'), JOB_TYPES, counts_by_value(facets.job_type));
  update_fixed_select(form.elements.namedItem('contract_type'), WORKING_TIMES, counts_by_value(facets.contract_type));
  rebuild_source_select(counts_by_value(facets.source), state.source);
}

// ------------------------------------------------------------------ results

function badge(text, classes) {
  return el('span', { class: `badge ${classes}`, text });
}

function render_job_card(job) {
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
    el('article', { class: 'card job-card shadow-sm mb-3', dataset: { jobId: job.id, source: job.source ?? '' } }, [
      el('div', { class: 'card-body' }, [
        el('h3', { class: 'h5 card-title mb-1' }, [title_link]),
        meta,
        badges,
        job.salary ? el('p', { class: 'small mb-1', text: `Salaire : ${job.salary}` }) : null,
        job.snippet ? el('p', { class: 'card-text small job-snippet mb-0', text: job.snippet }) : null,
      ]),
    ]),
  ]);
}

/** What to try when nothing matches: the period first (the demo postings are from 2021–2025). */
function no_result_text(state) {
  if (state.date_range && state.date_range !== DEFAULT_DATE_RANGE) {
    return 'Aucune offre publiée sur cette période ne correspond : essayez « Toutes les dates ».';
  }
  const filtered = FILTER_KEYS.some((key) => key !== 'keyword' && key !== 'date_range' && state[key]);
  return filtered
    ? 'Aucune offre ne correspond à votre recherche : retirez un filtre ou essayez d\'autres mots.'
    : 'Aucune offre ne correspond à votre recherche.';
}

function count_text(state, stats) {
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

function page_item(state, page, text, { label, current = false, disabled = false } = {}) {
  if (current || disabled) {
    return el('li', { class: `page-item${current ? ' active' : ' disabled'}`, attrs: current ? { 'aria-current': 'page' } : {} }, [
      el('span', { class: 'page-link', text, attrs: { 'aria-label': label } }),
    ]);
  }
  const link = el('a', {
    class: 'page-link',
    text,
    attrs: { href: `/${query_string({ ...state, page })}`, 'aria-label': label },
    dataset: { page },
  });
  return el('li', { class: 'page-item' }, [link]);
}

function render_pagination(state, stats) {
  const list = pagination.querySelector('ul');
  const total = Number(stats.total_pages) || 0;
  const current = state.page;
  clear(list);
  if (total <= 1 && current <= 1) {
    set_visible(pagination, false);
    return;
  }
  list.append(page_item(state, current - 1, 'Précédent', { label: 'Page précédente', disabled: current <= 1 }));
  for (const page of page_numbers(current, Math.max(total, current))) {
    if (page === null) {
      list.append(el('li', { class: 'page-item disabled' }, [el('span', { class: 'page-link', text: '…', attrs: { 'aria-hidden': 'true' } })]));
    } else {
      list.append(page_item(state, page, format_number(page), { label: `Page ${page}`, current: page === current }));
    }
  }
  list.append(page_item(state, current + 1, 'Suivant', { label: 'Page suivante', disabled: current >= total }));
  set_visible(pagination, true);
}

function render_results(state, payload) {
  const jobs = Array.isArray(payload.jobs) ? payload.jobs : [];
  const stats = payload.stats ?? {};
  results.replaceChildren(...jobs.map(render_job_card));
  if (jobs.length === 0 && (Number(stats.total_jobs) || 0) > 0) {
    results.append(el('li', { class: 'text-body-secondary', text: 'Aucune offre sur cette page.' }));
  }
  result_count.textContent = count_text(state, stats);
  render_pagination(state, stats);
}

function set_loading(is_loading) {
  set_visible(loading, is_loading);
  results.setAttribute('aria-busy', is_loading ? 'true' : 'false');
}

async function load_facets(state, generation) {
  try {
    const payload = await get_json('/api/facets', api_params(state, { with_page: false }));
    if (generation === search_generation) render_facets(payload.facets ?? {}, state);
  } catch {
    // Facet counts are a convenience: the search request reports the same input errors.
  }
}

async function run_search(state) {
  const generation = ++search_generation;
  fill_form(state);
  show_alert(alert_box, '');
  set_loading(true);
  const facets = load_facets(state, generation);
  try {
    const payload = await get_json('/api/search', api_params(state));
    if (generation !== search_generation) return;
    render_results(state, payload);
  } catch (error) {
    if (generation !== search_generation) return;
    results.replaceChildren();
    result_count.textContent = '';
    set_visible(pagination, false);
    show_alert(alert_box, error.message);
  } finally {
    if (generation === search_generation) set_loading(false);
  }
  await facets;
}

function navigate(state, { focus_results = false } = {}) {
  const url = `/${query_string(state)}`;
  if (url !== `${window.location.pathname}${window.location.search}`) window.history.pushState(null, '', url);
  run_search(state).then(() => {
    if (focus_results) results_heading.focus();
  });
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  navigate(form_state());
});

// Choosing a filter applies it at once; text fields wait for the submit.
for (const select of form.querySelectorAll('select')) {
  select.addEventListener('change', () => navigate(form_state()));
}

document.getElementById('reset-search').addEventListener('click', (event) => {
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
  run_search(read_state(window.location.search));
});

run_search(read_state(window.location.search));
