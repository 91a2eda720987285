// "Offres pour mon CV" (GET /offres-pour-mon-cv): the postings matching the search filters, ranked
// for the session's CV by /api/match, with the same form, URL state and pagination as the search
// page (filters.js); without a CV, an invitation to upload one.

import './nav.js';
import { get_json } from './api.js';
import { score_band, score_value } from './ats_report.js';
import { CV_CHANGED_EVENT, cv_status } from './cv_upload.js';
import { el, format_number, set_visible, show_alert } from './dom.js';
import {
  api_params, count_text, fill_form, job_card, read_state, render_facets, render_pagination, wire_filters,
} from './filters.js';

const PATH = '/offres-pour-mon-cv';

const $ = (id) => document.getElementById(id);
const form = $('search-form');
const results = $('results');
const result_count = $('result-count');
const alert_box = $('search-alert');
const loading = $('search-loading');
const pagination = $('pagination');
const results_heading = $('results-title');
const empty_state = $('match-empty');
const search_area = $('match-search');

// Answers of older requests are dropped: only the latest ranking may render.
let generation = 0;

function match_summary(job) {
  const value = score_value(job.score);
  const matched = Number(job.matched_skills) || 0;
  const missing = (Array.isArray(job.missing_skills) ? job.missing_skills : [])
    .filter((label) => typeof label === 'string' && label);
  return el('p', { class: 'match-summary d-flex flex-wrap align-items-center gap-2 mb-2' }, [
    el('span', {
      class: `badge match-score text-bg-${score_band(value)}`,
      attrs: { title: 'Score de compatibilité avec votre CV' },
      dataset: { score: Number(job.score) || 0 },
    }, [el('span', { class: 'visually-hidden', text: 'Score : ' }), `${value} / 100`]),
    el('span', { class: 'small match-matched', text: `${format_number(matched)} compétence${matched > 1 ? 's' : ''} en commun` }),
    missing.length ? el('span', { class: 'small text-danger-emphasis match-missing', text: `manque : ${missing.join(', ')}` }) : null,
  ]);
}

function render_results(state, payload) {
  const jobs = Array.isArray(payload.jobs) ? payload.jobs : [];
  const stats = payload.stats ?? {};
  results.replaceChildren(...jobs.map((job) => job_card(job, [match_summary(job)])));
  if (jobs.length === 0 && (Number(stats.total_jobs) || 0) > 0) {
    results.append(el('li', { class: 'text-body-secondary', text: 'Aucune offre sur cette page.' }));
  }
  result_count.textContent = count_text(state, stats);
  render_pagination(pagination, PATH, state, stats);
}

function show_empty() {
  generation += 1;
  set_visible(loading, false);
  results.replaceChildren();
  set_visible(search_area, false);
  set_visible(empty_state, true);
}

function set_loading(is_loading) {
  set_visible(loading, is_loading);
  results.setAttribute('aria-busy', is_loading ? 'true' : 'false');
}

async function load_facets(state, current) {
  try {
    const payload = await get_json('/api/facets', api_params(state, { with_page: false }));
    if (current === generation) render_facets(form, payload.facets ?? {}, state);
  } catch {
    // Facet counts are a convenience: the ranking request reports the same input errors.
  }
}

async function run_match(state) {
  const current = ++generation;
  set_visible(empty_state, false);
  set_visible(search_area, true);
  fill_form(form, state);
  show_alert(alert_box, '');
  set_loading(true);
  const facets = load_facets(state, current);
  try {
    const payload = await get_json('/api/match', api_params(state));
    if (current !== generation) return;
    render_results(state, payload);
  } catch (error) {
    if (current !== generation) return;
    results.replaceChildren();
    result_count.textContent = '';
    set_visible(pagination, false);
    if (error.status === 404) show_empty(); // no CV in the session (expired or removed elsewhere)
    else show_alert(alert_box, error.message);
  } finally {
    if (current === generation) set_loading(false);
  }
  await facets;
}

/** Rank for the CV when the session has one, else invite to upload one. */
async function start() {
  const status = await cv_status();
  if (status.uploaded) await run_match(read_state(window.location.search));
  else show_empty();
}

document.addEventListener(CV_CHANGED_EVENT, (event) => {
  event.preventDefault(); // stay here: the ranking follows the session's CV
  show_alert($('match-alert'), event.detail.message, event.detail.uploaded ? 'success' : 'info');
  if (event.detail.uploaded) {
    // The button that opened the modal may be gone (empty state): give the focus to the page.
    $('cv-upload-modal').addEventListener('hidden.bs.modal', () => $('main').focus(), { once: true });
    run_match(read_state(window.location.search));
  } else {
    show_empty();
  }
});

wire_filters({ form, pagination, results_heading, path: PATH, run: run_match, reset_link: $('reset-search') });
window.addEventListener('pageshow', (event) => { if (event.persisted) start(); });

start();
