// Posting page (GET /job/<id>): fetches /api/jobs/<id> and renders it, then the analysis of the
// session's CV against it (ats_report.js).
// Only `description_html` (sanitised by the server) is inserted as HTML; every other field is text.

import './nav.js';
import { get_json } from './api.js';
import { init_ats_panel } from './ats_report.js';
import { el, is_http_url, set_visible, show_alert, time_element } from './dom.js';
import { source_label } from './labels.js';

const container = document.getElementById('job');
const alert_box = document.getElementById('job-alert');
const loading = document.getElementById('job-loading');

function job_id_from_path(pathname) {
  const match = /^\/job\/([^/]+)\/?$/.exec(pathname);
  return match ? decodeURIComponent(match[1]) : '';
}

function badge(text, classes) {
  return el('span', { class: `badge ${classes}`, text });
}

function fact(term, value) {
  if (!value) return [];
  return [el('dt', { class: 'col-sm-3', text: term }), el('dd', { class: 'col-sm-9', text: value })];
}

function render_job(job) {
  document.title = `${job.title || 'Offre'} — JobMatch`;
  document.getElementById('job-title').textContent = job.title || 'Offre sans titre';

  const published = time_element(job.date);
  document.getElementById('job-meta').replaceChildren(...[
    job.company ? el('span', { class: 'job-company', text: job.company }) : null,
    job.location ? el('span', { class: 'job-location', text: job.location }) : null,
    published ? el('span', {}, ['Publiée le ', published]) : null,
  ].filter(Boolean));

  document.getElementById('job-badges').replaceChildren(...[
    job.contrat ? badge(job.contrat, 'text-bg-primary') : null,
    job.job_type ? badge(job.job_type, 'text-bg-secondary') : null,
    job.remote ? badge(job.remote, 'text-bg-info') : null,
    badge(source_label(job.source), 'text-bg-light border'),
  ].filter(Boolean));

  document.getElementById('job-facts').replaceChildren(
    ...fact('Salaire', job.salary),
    ...fact('Expérience', job.experience),
    ...fact('Contrat (source)', job.contract_raw && job.contract_raw !== job.contrat ? job.contract_raw : ''),
    ...fact('Source', source_label(job.source)),
    ...fact('Référence', job.source_id),
  );

  const skills = Array.isArray(job.skills) ? job.skills.filter((skill) => typeof skill === 'string' && skill) : [];
  document.getElementById('job-skills').replaceChildren(
    ...skills.map((skill) => el('li', {}, [badge(skill, 'text-bg-success')])));
  set_visible(document.getElementById('job-skills-section'), skills.length > 0);

  const apply = document.getElementById('job-apply');
  const can_apply = is_http_url(job.job_url);
  if (can_apply) apply.href = job.job_url;
  set_visible(document.getElementById('job-apply-wrap'), can_apply);

  const description = document.getElementById('job-description');
  if (job.description_html) {
    // description_html is sanitised server-side (docs/api.md); it is the only HTML we insert.
    description.innerHTML = job.description_html;
  } else {
    description.textContent = job.description_text || job.description || 'Aucune description fournie.';
  }

  set_visible(container, true);
}

/** Point "back" at the search or the ranking the visitor came from, when on this site. */
function link_back_to_search() {
  try {
    const referrer = new URL(document.referrer);
    if (referrer.origin !== window.location.origin) return;
    const back = document.getElementById('back-link');
    if (referrer.pathname === '/') back.href = `/${referrer.search}`;
    if (referrer.pathname === '/offres-pour-mon-cv') {
      back.href = `${referrer.pathname}${referrer.search}`;
      back.textContent = '← Retour aux offres pour mon CV';
    }
  } catch {
    // No referrer: keep the plain link to the search page.
  }
}

async function load_job() {
  link_back_to_search();
  const id = job_id_from_path(window.location.pathname);
  if (!/^\d+$/.test(id)) {
    show_alert(alert_box, "Cette adresse ne correspond à aucune offre.");
    return;
  }
  set_visible(loading, true);
  try {
    const payload = await get_json(`/api/jobs/${encodeURIComponent(id)}`);
    render_job(payload.job ?? {});
  } catch (error) {
    const message = error.status === 404
      ? "Cette offre n'existe pas ou a été retirée."
      : error.message;
    show_alert(alert_box, message);
    return;
  } finally {
    set_visible(loading, false);
  }
  init_ats_panel(id);
}

load_job();
