// Evidence highlighting of the ATS report (ats_report.js): the posting and CV texts with <mark>
// elements around the passages the engine relied on, built from DOM nodes (never HTML), their
// colour legend, and the "show me" action of a skill badge (scroll each text pane to its first
// passage and flash every passage).
// Evidence offsets are code-point offsets (docs/api.md): texts are split with Array.from.

import { education_level_label, format_years, language_text } from './cv_labels.js';
import { el } from './dom.js';

export const PANE_IDS = 'ats-job-text ats-cv-text';
const $ = (id) => document.getElementById(id);
const list = (value) => (Array.isArray(value) ? value : []);

/** A usable span of a text of `length` code points, clamped to it, or null. */
function clamp_span(span, length) {
  const start = Number(span?.start);
  const end = Number(span?.end);
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start >= length || end <= start) return null;
  return { ...span, start, end: Math.min(end, length) };
}

/**
 * `text` as a DocumentFragment where each of `spans` ({ start, end, key, kind, title }) is
 * wrapped in <mark class="ats-mark ats-mark-KIND" data-skills="KEY ...">. Overlapping spans are
 * cut at their boundaries: a piece covered by several spans carries all their keys and takes
 * the kind and title of the first span listed.
 */
export function highlighted_text(text, spans) {
  const chars = Array.from(typeof text === 'string' ? text : '');
  const usable = spans.map((span) => clamp_span(span, chars.length)).filter(Boolean);
  const cuts = new Set([0, chars.length]);
  for (const span of usable) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const fragment = document.createDocumentFragment();
  for (let index = 0; index + 1 < points.length; index += 1) {
    const from = points[index];
    const to = points[index + 1];
    const piece = chars.slice(from, to).join('');
    const covering = usable.filter((span) => span.start <= from && span.end >= to);
    if (covering.length === 0) {
      fragment.append(document.createTextNode(piece));
      continue;
    }
    const [first] = covering;
    fragment.append(el('mark', {
      class: `ats-mark ats-mark-${first.kind}`,
      text: piece,
      attrs: { title: first.title || null },
      dataset: { skills: [...new Set(covering.map((span) => span.key).filter(Boolean))].join(' ') },
    }));
  }
  return fragment;
}

function prefers_reduced_motion() {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Scroll `pane` (a scrollable box with position: relative) so that `mark` sits in its upper third. */
function scroll_pane_to(pane, mark) {
  const top = Math.max(0, mark.offsetTop - Math.round(pane.clientHeight / 3));
  pane.scrollTo({ top, behavior: prefers_reduced_motion() ? 'auto' : 'smooth' });
}

function restart_flash(mark) {
  mark.classList.remove('is-flashing');
  void mark.offsetWidth; // restart the CSS animation
  mark.classList.add('is-flashing');
}

/**
 * Show the passages of skill `key` in `panes`: marks them active (and flashing), scrolls each
 * pane to its first one and the panes into view. Returns the number of passages per pane.
 */
export function reveal_skill(key, panes, { container } = {}) {
  const counts = [];
  for (const pane of panes) {
    for (const mark of pane.querySelectorAll('mark.is-active')) mark.classList.remove('is-active', 'is-flashing');
    const marks = [...pane.querySelectorAll('mark[data-skills]')]
      .filter((mark) => mark.dataset.skills.split(' ').includes(key));
    for (const mark of marks) {
      mark.classList.add('is-active');
      restart_flash(mark);
    }
    if (marks.length > 0) scroll_pane_to(pane, marks[0]);
    counts.push(marks.length);
  }
  container?.scrollIntoView({ block: 'nearest', behavior: prefers_reduced_motion() ? 'auto' : 'smooth' });
  return counts;
}

// ------------------------------------------------------------------ the texts block

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

/** The colour legend of the marks, as a list that wraps on narrow screens. */
function legend() {
  const item = (kind, text) => el('li', {}, [el('mark', { class: `ats-mark ats-mark-${kind}`, text })]);
  return el('ul', { class: 'ats-legend list-unstyled small mb-2', attrs: { 'aria-label': 'Légende du surlignage' } }, [
    el('li', { class: 'text-body-secondary', text: 'Surlignage\u00a0:' }),
    item('exact', 'compétence trouvée'), item('related', 'apparentée'),
    item('missing', 'manquante'), item('requirement', 'exigence de l’offre'),
  ]);
}

/** "Où l'analyse a trouvé ces éléments": both texts, their evidence highlighted. */
export function texts_block(report, matched, missing) {
  const kind_of = (skill) => (skill.match === 'related' ? 'related' : 'exact');
  const job_spans = [
    ...evidence_spans(matched, 'm', 'job_evidence', kind_of, (skill) => skill.label),
    ...evidence_spans(missing, 'x', 'job_evidence', () => 'missing', (skill) => `${skill.label} : absente de votre CV`),
    ...requirement_spans(report.requirements),
  ];
  const cv_spans = evidence_spans(matched, 'm', 'cv_evidence', kind_of, (skill) => skill.label);
  const clickable = [...matched, ...missing].some((skill) => skill.job_evidence || skill.cv_evidence);
  return el('section', { class: 'mt-4', attrs: { id: 'ats-texts', 'aria-labelledby': 'ats-texts-title' } }, [
    el('h3', { class: 'h6', attrs: { id: 'ats-texts-title' }, text: 'Où l’analyse a trouvé ces éléments' }),
    clickable ? el('p', { class: 'small mb-1', text: 'Cliquez sur une compétence ci-dessus pour surligner ses passages dans les deux textes.' }) : null,
    legend(),
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

/** Click handler of the analysis: a skill badge reveals its passages and says how many. */
export function on_skill_click(event) {
  const button = event.target.closest('button.ats-skill');
  if (!button) return;
  for (const other of document.querySelectorAll('button.ats-skill[aria-pressed="true"]')) other.setAttribute('aria-pressed', 'false');
  button.setAttribute('aria-pressed', 'true');
  const [in_job, in_cv] = reveal_skill(button.dataset.skill, [$('ats-job-text'), $('ats-cv-text')], { container: $('ats-texts') });
  const label = button.querySelector('.ats-skill-label')?.textContent ?? '';
  const passages = (count) => `${count} passage${count > 1 ? 's' : ''}`;
  $('ats-reveal-status').textContent = `«\u00a0${label}\u00a0» : ${passages(in_job)} dans l'offre, ${passages(in_cv)} dans votre CV.`;
}
