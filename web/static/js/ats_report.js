// "Analyse de votre CV" on the posting page: POST /api/ats/analyze for the session's CV, shown as
// a score gauge, the score's breakdown, matched and missing skills, suggestions and both texts
// with the evidence highlighted (ats_highlight.js), and the score as a link beside the posting's
// title (#ats-summary); without a CV, an invitation to upload one.
// Every value is inserted as text. job.js calls init_ats_panel(job_id) once the posting is shown.

import { post_json } from './api.js';
import { PANE_IDS, on_skill_click, texts_block } from './ats_highlight.js';
import { education_level_label, format_years, language_text } from './cv_labels.js';
import { CV_CHANGED_EVENT, cv_status } from './cv_upload.js';
import { el, format_number, french_spacing, set_visible, show_alert } from './dom.js';

const CATEGORIES = [
  ['hard_skills', 'Compétences techniques'],
  ['tools', 'Outils'],
  ['soft_skills', 'Savoir-être'],
  ['experience', 'Expérience'],
  ['education', 'Formation'],
  ['languages', 'Langues'],
  ['title', 'Intitulé du poste'],
];
const BAND_TEXT = { success: 'Bonne compatibilité', warning: 'Compatibilité moyenne', danger: 'Compatibilité faible' };

const $ = (id) => document.getElementById(id);
const decimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
const list = (value) => (Array.isArray(value) ? value : []);

/** A score as the integer 0–100 shown to visitors. */
export function score_value(score) {
  return Math.max(0, Math.min(100, Math.round(Number(score) || 0)));
}

/** Bootstrap colour of a score: < 40 danger, 40–69 warning, ≥ 70 success. */
export function score_band(score) {
  const value = score_value(score);
  if (value >= 70) return 'success';
  return value >= 40 ? 'warning' : 'danger';
}

// ------------------------------------------------------------------ score and breakdown

function gauge(score) {
  const value = score_value(score);
  const band = score_band(value);
  const ring = el('div', {
    class: `ats-gauge is-${band}`,
    attrs: {
      id: 'ats-gauge', role: 'meter', 'aria-label': 'Score de compatibilité',
      'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': value, 'aria-valuetext': `${value} sur 100`,
    },
  }, [el('span', { class: 'ats-gauge-value' }, [el('span', {}, [
    el('span', { attrs: { id: 'ats-score' }, text: String(value) }),
    el('span', { class: 'ats-gauge-max', text: ' / 100' }),
  ])])]);
  ring.style.setProperty('--jm-score', String(value)); // CSSOM: allowed by the CSP
  return el('div', { class: 'd-flex flex-column align-items-center mb-3' }, [
    ring,
    el('p', { class: `fw-semibold mt-2 mb-0 text-${band}-emphasis`, text: BAND_TEXT[band] }),
  ]);
}

/** What the posting asks for beside what the CV shows: experience, education, languages. */
/** Years a posting asks for: 0 is France Travail's "débutant accepté". */
function asked_years(years) {
  return Number(years) > 0 ? format_years(years) : 'débutant accepté';
}

function facts_table(requirements = {}, cv = {}) {
  const asked_languages = list(requirements.languages).map(language_text).join(', ');
  const cv_languages = list(cv.languages).map(language_text).join(', ');
  const rows = [
    ['Expérience', requirements.years ? asked_years(requirements.years.value) : 'non précisée',
      Number(cv.experience_years) > 0 ? format_years(cv.experience_years) : 'non calculée'],
    ['Formation', requirements.education ? education_level_label(requirements.education.level) : 'non précisée',
      cv.education_level ? education_level_label(cv.education_level) : 'non repérée'],
    ['Langues', asked_languages || 'non précisées', cv_languages || 'non repérées'],
  ];
  return el('table', { class: 'table table-sm small ats-facts mb-2' }, [
    el('thead', {}, [el('tr', {}, [
      el('th', { attrs: { scope: 'col' } }, [el('span', { class: 'visually-hidden', text: 'Critère' })]),
      el('th', { attrs: { scope: 'col' }, text: "L'offre" }),
      el('th', { attrs: { scope: 'col' }, text: 'Votre CV' }),
    ])]),
    el('tbody', {}, rows.map(([label, asked, found]) => el('tr', {}, [
      el('th', { attrs: { scope: 'row' }, text: label }), el('td', { text: asked }), el('td', { text: found }),
    ]))),
  ]);
}

function breakdown_table(breakdown = {}) {
  const rows = CATEGORIES.map(([key, label]) => {
    const item = breakdown[key] ?? {};
    const assessed = item.assessed !== false;
    const points = `${decimal.format(Number(item.points) || 0)} / ${decimal.format(Number(item.max) || 0)}`;
    return el('tr', { class: assessed ? null : 'ats-unassessed', dataset: { category: key, assessed } }, [
      el('th', { attrs: { scope: 'row' }, text: label }),
      el('td', { class: 'text-end text-nowrap', text: assessed ? points : 'non évalué' }),
      el('td', { class: 'ats-explanation', text: french_spacing(item.explanation) }),
    ]);
  });
  return el('div', { class: 'table-responsive' }, [el('table', { class: 'table table-sm align-middle ats-breakdown mb-0' }, [
    el('caption', { class: 'caption-top', text: 'Détail du score (points obtenus / points possibles)' }),
    el('thead', {}, [el('tr', {}, [
      el('th', { attrs: { scope: 'col' }, text: 'Catégorie' }),
      el('th', { class: 'text-end', attrs: { scope: 'col' }, text: 'Points' }),
      el('th', { attrs: { scope: 'col' }, text: 'Explication' }),
    ])]),
    el('tbody', { attrs: { id: 'ats-breakdown' } }, rows),
  ])]);
}

// ------------------------------------------------------------------ skills and suggestions

function skill_badge(skill, key, missing) {
  const related = !missing && skill.match === 'related';
  const plus = skill.importance === 'nice_to_have';
  const via = related ? String(skill.via?.label ?? '') : '';
  let colour = related ? 'text-bg-primary' : 'text-bg-success';
  if (missing) colour = plus ? 'text-bg-light border' : 'text-bg-danger';
  let title = 'Trouvée telle quelle dans votre CV';
  if (related) title = `Compétence apparentée : votre CV mentionne « ${via} » (crédit partiel)`;
  if (missing) title = `Demandée par l'offre${plus ? ' (un plus)' : ''}, absente de votre CV`;
  const clickable = Boolean(skill.job_evidence || skill.cv_evidence);
  const attrs = clickable ? { type: 'button', title, 'aria-pressed': 'false', 'aria-controls': PANE_IDS } : { title };
  return el('li', {}, [el(clickable ? 'button' : 'span', {
    class: `badge ats-skill ${colour}`,
    attrs,
    dataset: { skill: key, match: missing ? 'missing' : (skill.match || 'exact'), importance: plus ? 'nice_to_have' : 'required' },
  }, [
    el('span', { class: 'ats-skill-label', text: skill.label || 'Compétence' }),
    via ? el('span', { class: 'ats-via', text: ` via ${via}` }) : null,
    plus ? el('span', { class: 'ats-plus', text: ' · un plus' }) : null,
  ])]);
}

function skills_block(id, title, skills, key_prefix, missing, empty_text) {
  return el('div', { class: 'col-12 col-lg-6' }, [
    el('h3', { class: 'h6', text: `${title} (${format_number(skills.length)})` }),
    skills.length
      ? el('ul', { class: 'badge-list list-unstyled mb-0', attrs: { id } },
        skills.map((skill, index) => skill_badge(skill, `${key_prefix}${index}`, missing)))
      : el('p', { class: 'text-body-secondary small mb-0', attrs: { id }, text: empty_text }),
  ]);
}

function suggestions_block(suggestions) {
  const items = list(suggestions).filter((text) => typeof text === 'string' && text);
  return el('section', { class: 'mt-4', attrs: { 'aria-labelledby': 'ats-suggestions-title' } }, [
    el('h3', { class: 'h6', attrs: { id: 'ats-suggestions-title' }, text: 'Suggestions pour adapter votre CV' }),
    items.length
      ? el('ul', { class: 'mb-0', attrs: { id: 'ats-suggestions' } }, items.map((text) => el('li', { text: french_spacing(text) })))
      : el('p', { class: 'text-body-secondary mb-0', attrs: { id: 'ats-suggestions' }, text: 'Aucune suggestion\u00a0: votre CV couvre déjà ce que l’offre demande.' }),
  ]);
}

// ------------------------------------------------------------------ panel

/** The score beside the posting's title, a link to the analysis further down. */
function render_summary(score) {
  const value = score_value(score);
  const band = score_band(value);
  $('ats-summary').replaceChildren(el('a', { class: 'ats-summary-link', attrs: { href: '#ats-title' } }, [
    el('span', { class: `badge match-score text-bg-${band}`, text: `${value} / 100` }),
    ` ${BAND_TEXT[band]} avec votre CV — voir l’analyse`,
  ]));
  set_visible($('ats-summary'), true);
}

function render_report(report) {
  const matched = list(report.matched_skills);
  // Required skills first; the sort is stable, so the server's order is kept within each group.
  const missing = [...list(report.missing_skills)].sort((a, b) =>
    Number(a.importance === 'nice_to_have') - Number(b.importance === 'nice_to_have'));
  const skills_found = Number(report.cv?.skills_found) || 0;
  const plural = skills_found > 1 ? 's' : '';
  $('ats-analysis').replaceChildren(el('div', { class: 'card shadow-sm' }, [el('div', { class: 'card-body p-3 p-sm-4' }, [
    el('h2', { class: 'h4 mb-1', attrs: { id: 'ats-title', tabindex: -1 }, text: 'Analyse de votre CV' }),
    el('p', { class: 'small text-body-secondary mb-3', text:
      `Votre CV comparé à cette offre\u00a0: ${format_number(skills_found)} compétence${plural} repérée${plural} dans votre CV.` }),
    el('div', { class: 'row g-4' }, [
      el('div', { class: 'col-12 col-lg-4' }, [gauge(report.score), facts_table(report.requirements, report.cv)]),
      el('div', { class: 'col-12 col-lg-8' }, [breakdown_table(report.breakdown)]),
    ]),
    el('div', { class: 'row g-4 mt-1' }, [
      skills_block('ats-matched', 'Compétences trouvées', matched, 'm', false, 'Aucune compétence de l’offre n’a été trouvée dans votre CV.'),
      skills_block('ats-missing', 'Compétences manquantes', missing, 'x', true, 'Aucune\u00a0: votre CV montre toutes les compétences repérées dans l’offre.'),
    ]),
    suggestions_block(report.suggestions),
    texts_block(report, matched, missing),
    report.engine_version
      ? el('p', { class: 'small text-body-secondary mt-3 mb-0', text: `Score calculé automatiquement (moteur ${report.engine_version}).` }) : null,
  ])]));
  render_summary(report.score);
  set_visible($('ats-analysis'), true);
  set_visible($('recommended-courses'), true);
}

let generation = 0;

function hide_report() {
  generation += 1;
  set_visible($('ats-loading'), false);
  $('ats-analysis').replaceChildren();
  set_visible($('ats-analysis'), false);
  set_visible($('ats-summary'), false);
  set_visible($('recommended-courses'), false);
}

function show_cta(visible) {
  set_visible($('ats-cta'), visible);
}

async function analyse(job_id) {
  hide_report();
  const current = generation;
  show_cta(false);
  set_visible($('ats-loading'), true);
  try {
    const report = await post_json('/api/ats/analyze', { job_id: Number(job_id) });
    if (current === generation) render_report(report);
  } catch (error) {
    if (current !== generation) return;
    if (error.status === 404) show_cta(true); // the session's CV is gone (expired or removed elsewhere)
    else show_alert($('ats-alert'), `L'analyse de votre CV n'a pas pu être faite : ${error.message}`);
  } finally {
    if (current === generation) set_visible($('ats-loading'), false);
  }
}

/** Show the analysis of posting `job_id` for the session's CV, or the upload invitation. */
export async function init_ats_panel(job_id) {
  $('ats-analysis').addEventListener('click', on_skill_click);
  document.addEventListener(CV_CHANGED_EVENT, (event) => {
    event.preventDefault(); // stay on the posting: its analysis follows the session's CV
    show_alert($('ats-alert'), event.detail.message, event.detail.uploaded ? 'success' : 'info');
    if (event.detail.uploaded) {
      // The button that opened the modal is gone with the invitation: give the focus to the page.
      $('cv-upload-modal').addEventListener('hidden.bs.modal', () => $('main').focus(), { once: true });
      analyse(job_id);
    } else {
      hide_report();
      show_cta(true);
    }
  });
  const status = await cv_status();
  if (status.uploaded) analyse(job_id);
  else show_cta(true);
}
