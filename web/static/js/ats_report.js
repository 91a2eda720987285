// "Analyse de votre CV" on the posting page: POST /api/ats/analyze for the session's CV, shown as
// a score gauge, the score's breakdown, matched and missing skills, suggestions and both texts
// with the evidence highlighted (ats_highlight.js); without a CV, an invitation to upload one.
// Every value is inserted as text. job.js calls init_ats_panel(job_id) once the posting is shown.

import { post_json } from './api.js';
import { highlighted_text, reveal_skill } from './ats_highlight.js';
import { education_level_label, format_years } from './cv_labels.js';
import { CV_CHANGED_EVENT, cv_status } from './cv_upload.js';
import { el, format_number, set_visible, show_alert } from './dom.js';

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
const PANE_IDS = 'ats-job-text ats-cv-text';

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

function language_text(language) {
  const name = language?.name || language?.code || 'langue';
  return language?.cefr ? `${name} (${language.cefr})` : name;
}

/** What the posting asks for beside what the CV shows: experience, education, languages. */
function facts_table(requirements = {}, cv = {}) {
  const asked_languages = list(requirements.languages).map(language_text).join(', ');
  const cv_languages = list(cv.languages).map(language_text).join(', ');
  const rows = [
    ['Expérience', requirements.years ? format_years(requirements.years.value) : 'non précisée',
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
      el('td', { text: item.explanation ?? '' }),
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
      ? el('ul', { class: 'mb-0', attrs: { id: 'ats-suggestions' } }, items.map((text) => el('li', { text })))
      : el('p', { class: 'text-body-secondary mb-0', attrs: { id: 'ats-suggestions' }, text: 'Aucune suggestion : votre CV couvre déjà ce que l’offre demande.' }),
  ]);
}

// ------------------------------------------------------------------ highlighted texts

function evidence_spans(skills, prefix, field, kind_of, title_of) {
  return skills.flatMap((skill, index) => (skill[field]
    ? [{ ...skill[field], key: `${prefix}${index}`, kind: kind_of(skill), title: title_of(skill) }] : []));
}

function requirement_spans(requirements = {}) {
  const spans = [];
  if (requirements.years?.evidence) {
    spans.push({ ...requirements.years.evidence, kind: 'requirement', title: `Exigence : ${format_years(requirements.years.value)} d'expérience` });
  }
  if (requirements.education?.evidence) {
    spans.push({ ...requirements.education.evidence, kind: 'requirement', title: `Exigence : ${education_level_label(requirements.education.level)}` });
  }
  for (const language of list(requirements.languages)) {
    if (language.evidence) spans.push({ ...language.evidence, kind: 'requirement', title: `Exigence : ${language_text(language)}` });
  }
  return spans;
}

function pane(id, label, text, spans) {
  return el('div', { class: 'ats-text', attrs: { id, tabindex: 0, role: 'region', 'aria-label': label } }, [highlighted_text(text, spans)]);
}

function legend_item(kind, text) {
  return el('span', { class: 'me-3 text-nowrap' }, [el('mark', { class: `ats-mark ats-mark-${kind}`, text }), ' ']);
}

function texts_block(report, matched, missing) {
  const kind_of = (skill) => (skill.match === 'related' ? 'related' : 'exact');
  const job_spans = [
    ...evidence_spans(matched, 'm', 'job_evidence', kind_of, (skill) => skill.label),
    ...evidence_spans(missing, 'x', 'job_evidence', () => 'missing', (skill) => `${skill.label} : absente de votre CV`),
    ...requirement_spans(report.requirements),
  ];
  const cv_spans = evidence_spans(matched, 'm', 'cv_evidence', kind_of, (skill) => skill.label);
  return el('section', { class: 'mt-4', attrs: { id: 'ats-texts', 'aria-labelledby': 'ats-texts-title' } }, [
    el('h3', { class: 'h6', attrs: { id: 'ats-texts-title' }, text: 'Où l’analyse a trouvé ces éléments' }),
    el('p', { class: 'small mb-2' }, [
      'Cliquez sur une compétence pour voir ses passages. ',
      legend_item('exact', 'trouvée'), legend_item('related', 'apparentée'),
      legend_item('missing', 'manquante'), legend_item('requirement', 'exigence'),
    ]),
    el('p', { class: 'small text-body-secondary mb-2', attrs: { id: 'ats-reveal-status', 'aria-live': 'polite' } }),
    el('div', { class: 'row g-3' }, [
      el('div', { class: 'col-12 col-lg-6' }, [
        el('h4', { class: 'h6 text-body-secondary', text: "Dans l'offre" }),
        pane('ats-job-text', "Texte de l'offre, passages surlignés", report.job_text, job_spans),
      ]),
      el('div', { class: 'col-12 col-lg-6' }, [
        el('h4', { class: 'h6 text-body-secondary', text: 'Dans votre CV' }),
        pane('ats-cv-text', 'Texte de votre CV, passages surlignés', report.cv_text, cv_spans),
      ]),
    ]),
  ]);
}

function on_skill_click(event) {
  const button = event.target.closest('button.ats-skill');
  if (!button) return;
  for (const other of document.querySelectorAll('button.ats-skill[aria-pressed="true"]')) other.setAttribute('aria-pressed', 'false');
  button.setAttribute('aria-pressed', 'true');
  const [in_job, in_cv] = reveal_skill(button.dataset.skill, [$('ats-job-text'), $('ats-cv-text')], { container: $('ats-texts') });
  const label = button.querySelector('.ats-skill-label')?.textContent ?? '';
  const passages = (count) => `${count} passage${count > 1 ? 's' : ''}`;
  $('ats-reveal-status').textContent = `« ${label} » : ${passages(in_job)} dans l'offre, ${passages(in_cv)} dans votre CV.`;
}

// ------------------------------------------------------------------ panel

function render_report(report) {
  const matched = list(report.matched_skills);
  // Required skills first; the sort is stable, so the server's order is kept within each group.
  const missing = [...list(report.missing_skills)].sort((a, b) =>
    Number(a.importance === 'nice_to_have') - Number(b.importance === 'nice_to_have'));
  const skills_found = Number(report.cv?.skills_found) || 0;
  $('ats-analysis').replaceChildren(el('div', { class: 'card shadow-sm' }, [el('div', { class: 'card-body p-4' }, [
    el('h2', { class: 'h4 mb-1', attrs: { id: 'ats-title', tabindex: -1 }, text: 'Analyse de votre CV' }),
    el('p', { class: 'small text-body-secondary mb-3', text:
      `Votre CV comparé à cette offre : ${format_number(skills_found)} compétence${skills_found > 1 ? 's' : ''} repérée${skills_found > 1 ? 's' : ''} dans votre CV. Moteur ${report.engine_version ?? ''}.` }),
    el('div', { class: 'row g-4' }, [
      el('div', { class: 'col-12 col-lg-4' }, [gauge(report.score), facts_table(report.requirements, report.cv)]),
      el('div', { class: 'col-12 col-lg-8' }, [breakdown_table(report.breakdown)]),
    ]),
    el('div', { class: 'row g-4 mt-1' }, [
      skills_block('ats-matched', 'Compétences trouvées', matched, 'm', false, 'Aucune compétence de l’offre n’a été trouvée dans votre CV.'),
      skills_block('ats-missing', 'Compétences manquantes', missing, 'x', true, 'Aucune : votre CV montre toutes les compétences repérées dans l’offre.'),
    ]),
    suggestions_block(report.suggestions),
    texts_block(report, matched, missing),
  ])]));
  set_visible($('ats-analysis'), true);
  set_visible($('recommended-courses'), true);
}

let generation = 0;

function hide_report() {
  generation += 1;
  set_visible($('ats-loading'), false);
  $('ats-analysis').replaceChildren();
  set_visible($('ats-analysis'), false);
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
