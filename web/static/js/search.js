// Search page (GET /): form ↔ URL query string ↔ /api/search + /api/facets.
// The URL is the single source of truth, so results are linkable and Back/Forward work; the
// filter form, cards and pagination are shared with "Offres pour mon CV" (filters.js).

import './nav.js';
import { get_json } from './api.js';
import { el, set_visible, show_alert } from './dom.js';
import {
  api_params, count_text, fill_form, job_card, read_state, render_facets, render_pagination, wire_filters,
} from './filters.js';

const PATH = '/';

const form = document.getElementById('search-form');
const results = document.getElementById('results');
const result_count = document.getElementById('result-count');
const alert_box = document.getElementById('search-alert');
const loading = document.getElementById('search-loading');
const pagination = document.getElementById('pagination');
const results_heading = document.getElementById('results-title');

// Answers of older requests are dropped: only the latest search may render.
let search_generation = 0;

function render_results(state, payload) {
  const jobs = Array.isArray(payload.jobs) ? payload.jobs : [];
  const stats = payload.stats ?? {};
  results.replaceChildren(...jobs.map((job) => job_card(job)));
  if (jobs.length === 0 && (Number(stats.total_jobs) || 0) > 0) {
    results.append(el('li', { class: 'text-body-secondary', text: 'Aucune offre sur cette page.' }));
  }
  result_count.textContent = count_text(state, stats);
  render_pagination(pagination, PATH, state, stats);
}

function set_loading(is_loading) {
  set_visible(loading, is_loading);
  results.setAttribute('aria-busy', is_loading ? 'true' : 'false');
}

async function load_facets(state, generation) {
  try {
    const payload = await get_json('/api/facets', api_params(state, { with_page: false }));
    if (generation === search_generation) render_facets(form, payload.facets ?? {}, state);
  } catch {
    // Facet counts are a convenience: the search request reports the same input errors.
  }
}

async function run_search(state) {
  const generation = ++search_generation;
  fill_form(form, state);
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

wire_filters({
  form, pagination, results_heading, path: PATH, run: run_search,
  reset_link: document.getElementById('reset-search'),
});

run_search(read_state(window.location.search));
