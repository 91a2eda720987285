// Evidence highlighting of the ATS report (ats_report.js): a text with <mark> elements around
// the passages the engine relied on, built from DOM nodes (never HTML), and the "show me" action
// of a skill badge (scroll each text pane to its first passage and flash every passage).
// Evidence offsets are code-point offsets (docs/api.md): texts are split with Array.from.

import { el } from './dom.js';

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
