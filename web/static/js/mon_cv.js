// "Mon CV" page (GET /mon-cv): the session's CV and what the server read from it
// (GET /api/cv/profile), or an invitation to upload one. Every value is inserted as text.

import './nav.js';
import { get_json } from './api.js';
import { CV_CHANGED_EVENT, cv_status, remove_cv } from './cv_upload.js';
import { el, format_number, is_http_url, set_visible, show_alert } from './dom.js';
import {
  count_pages, document_type_label, education_level_label, format_month, format_moment, format_years,
  language_level_label, section_kind_label,
} from './cv_labels.js';

const $ = (id) => document.getElementById(id);
const alert_box = $('cv-page-alert');
const loading = $('cv-loading');
const empty_state = $('cv-empty');
const details = $('cv-details');

let load_generation = 0;

const list = (value) => (Array.isArray(value) ? value : []);
const text_of = (value) => (typeof value === 'string' ? value.trim() : '');

function empty_item(text) {
  return el('li', { class: 'text-body-secondary', text });
}

function fill_list(id, items, empty_text) {
  $(id).replaceChildren(...(items.length ? items : [empty_item(empty_text)]));
}

// ------------------------------------------------------------------ file card

function render_file(cv) {
  $('cv-file-title').textContent = cv.filename || 'CV';
  const uploaded = format_moment(cv.uploaded_at);
  $('cv-file-meta').replaceChildren(...[
    el('span', { text: document_type_label(cv.document_type) }),
    Number(cv.pages) > 0 ? el('span', { text: count_pages(cv.pages) }) : null,
    uploaded ? el('span', {}, ['déposé le ', el('time', { attrs: { datetime: cv.uploaded_at }, text: uploaded })]) : null,
  ].filter(Boolean));
}

function render_notices(cv) {
  const notices = [];
  if (cv.used_ocr) {
    notices.push(el('div', { class: 'alert alert-info mb-2', attrs: { role: 'status' },
      text: 'Ce CV est un scan ou une image : son texte a été lu par reconnaissance de caractères (OCR) et peut contenir des erreurs de lecture.' }));
  }
  const warnings = list(cv.warnings).map(text_of).filter(Boolean);
  if (warnings.length) {
    notices.push(el('div', { class: 'alert alert-warning mb-0' }, [
      el('p', { class: 'fw-semibold mb-1', text: 'Points d’attention lors de la lecture du fichier :' }),
      el('ul', { class: 'mb-0' }, warnings.map((text) => el('li', { text }))),
    ]));
  }
  $('cv-notices').replaceChildren(...notices);
  set_visible($('cv-notices'), notices.length > 0);
}

// ------------------------------------------------------------------ profile cards

function contact_value(values, render = (value) => value) {
  const items = list(values).map(text_of).filter(Boolean);
  if (items.length === 0) return null;
  return el('ul', { class: 'list-unstyled mb-0' }, items.map((value) => el('li', {}, [render(value)])));
}

function link_or_text(value) {
  return is_http_url(value)
    ? el('a', { attrs: { href: value, rel: 'noopener noreferrer', target: '_blank' }, text: value })
    : value;
}

function render_contact(contact = {}) {
  const rows = [
    ['Nom', text_of(contact.name) || null],
    ['E-mail', contact_value(contact.emails)],
    ['Téléphone', contact_value(contact.phones)],
    ['Liens', contact_value(contact.links, link_or_text)],
    ['Lieu', text_of(contact.location) || null],
  ].filter(([, value]) => value);
  const cells = rows.flatMap(([term, value]) => [
    el('dt', { class: 'col-sm-4', text: term }),
    el('dd', { class: 'col-sm-8 cv-break' }, [value]),
  ]);
  $('cv-contact').replaceChildren(...(cells.length ? cells
    : [el('dd', { class: 'col-12 text-body-secondary mb-0', text: 'Aucune coordonnée repérée dans votre CV.' })]));
}

function period_text(entry) {
  const start = format_month(entry.start);
  const end = entry.current || !entry.end ? "aujourd'hui" : format_month(entry.end);
  const span = start ? `${start} – ${end}` : end;
  return Number(entry.years) > 0 ? `${span} (${format_years(entry.years)})` : span;
}

function render_experience(experience = {}) {
  const entries = list(experience.entries);
  const total = Number(experience.total_years) || 0;
  $('cv-experience-total').textContent = total > 0
    ? `Expérience totale : ${format_years(total)}`
    : 'Aucune durée d’expérience n’a pu être calculée.';
  fill_list('cv-experience', entries.map((entry) => el('li', { class: 'cv-entry' }, [
    el('span', { class: 'd-block fw-semibold cv-break', text: text_of(entry.title) || 'Poste sans intitulé' }),
    el('span', { class: 'd-block small text-body-secondary', text: period_text(entry) }),
  ])), 'Aucune période datée (par exemple « 2019 – 2023 ») n’a été repérée.');
}

function render_education(education = {}) {
  const highest = text_of(education.highest_level);
  $('cv-education-highest').textContent = highest
    ? `Niveau le plus élevé : ${education_level_label(highest)}` : 'Aucun niveau de diplôme repéré.';
  fill_list('cv-education', list(education.entries).map((entry) => el('li', { class: 'cv-entry' }, [
    el('span', { class: 'd-block fw-semibold cv-break', text: text_of(entry.label) || education_level_label(entry.level) }),
    el('span', { class: 'd-block small text-body-secondary', text: [
      entry.level ? education_level_label(entry.level) : '', Number(entry.year) > 0 ? String(entry.year) : '',
    ].filter(Boolean).join(' · ') }),
  ])), 'Aucun diplôme repéré.');
}

function badge(text, classes) {
  return el('span', { class: `badge ${classes}`, text });
}

function render_languages(languages) {
  fill_list('cv-languages', list(languages).map((language) => el('li', { class: 'cv-entry d-flex flex-wrap align-items-center gap-2' }, [
    el('span', { class: 'fw-semibold cv-capitalize', text: text_of(language.name) || text_of(language.code) || 'Langue' }),
    language.cefr ? badge(language.cefr, 'text-bg-primary') : null,
    language_level_label(language.level) ? badge(language_level_label(language.level), 'text-bg-light border') : null,
  ])), 'Aucune langue repérée.');
}

function render_certifications(certifications) {
  fill_list('cv-certifications', list(certifications).map((item) => el('li', { class: 'cv-entry' }, [
    el('span', { class: 'fw-semibold cv-break', text: text_of(item.name) || 'Certification' }),
    Number(item.year) > 0 ? el('span', { class: 'small text-body-secondary', text: ` · ${item.year}` }) : null,
  ])), 'Aucune certification repérée.');
}

function render_sections(sections) {
  fill_list('cv-sections', list(sections).map((section) => el('li', {
    class: 'cv-entry d-flex flex-wrap align-items-center gap-2', dataset: { kind: section.kind ?? 'other' },
  }, [
    badge(section_kind_label(section.kind), 'text-bg-secondary'),
    el('span', { class: 'cv-break', text: text_of(section.heading) }),
  ])), 'Aucun titre de section repéré : le CV a été lu comme un seul bloc de texte.');
}

function render_skills(skills) {
  const names = list(skills).map((skill) => text_of(typeof skill === 'string' ? skill : skill?.name)).filter(Boolean);
  $('cv-skills').replaceChildren(...names.map((name) => el('li', {}, [badge(name, 'text-bg-success')])));
  set_visible($('cv-skills-col'), names.length > 0);
}

function render_text(text) {
  const value = typeof text === 'string' ? text : '';
  $('cv-text').textContent = value;
  $('cv-text-size').textContent = `(${format_number([...value].length)} caractères)`;
}

function render_cv(cv) {
  const profile = cv.profile ?? {};
  render_file(cv);
  render_notices(cv);
  render_contact(profile.contact);
  render_experience(profile.experience);
  render_education(profile.education);
  render_languages(profile.languages);
  render_certifications(profile.certifications);
  render_sections(profile.sections);
  render_skills(profile.skills);
  render_text(cv.text);
  set_visible(empty_state, false);
  set_visible(details, true);
}

function show_empty() {
  set_visible(details, false);
  set_visible(empty_state, true);
}

// ------------------------------------------------------------------ loading and actions

async function load_cv() {
  const generation = ++load_generation;
  set_visible(loading, true);
  try {
    const status = await cv_status();
    const cv = status.uploaded ? await get_json('/api/cv/profile') : null;
    if (generation !== load_generation) return;
    if (cv) render_cv(cv);
    else show_empty();
  } catch (error) {
    if (generation !== load_generation) return;
    if (error.status === 404) show_empty();
    else show_alert(alert_box, error.message);
  } finally {
    if (generation === load_generation) set_visible(loading, false);
  }
}

document.addEventListener(CV_CHANGED_EVENT, (event) => {
  event.preventDefault(); // stay here: this page shows the new state itself
  show_alert(alert_box, event.detail.message, event.detail.uploaded ? 'success' : 'info');
  if (event.detail.uploaded) {
    // The button that opened the modal may be gone (empty state): give the focus to the page.
    $('cv-upload-modal').addEventListener('hidden.bs.modal', () => $('main').focus(), { once: true });
    load_cv();
  } else {
    load_generation += 1;
    set_visible(loading, false);
    show_empty();
  }
});

$('cv-remove').addEventListener('click', async () => {
  const { removed, message, handled } = await remove_cv();
  if (!removed && !handled && message) show_alert(alert_box, message);
  if (removed) $('main').focus();
});

window.addEventListener('pageshow', (event) => { if (event.persisted) load_cv(); });

load_cv();
