// Dashboard (GET /stats): KPI cards and five Chart.js 4 charts from /api/stats, and the skills
// the postings ask for most from /api/stats/skills (all sources or one, chosen in a select).
// Chart.js is the UMD build loaded by a classic <script> (window.Chart): the ESM build needs an
// import map for '@kurkle/color', and an import map is an inline script, which the CSP forbids.

import './nav.js';
import { get_json } from './api.js';
import { el, format_date, format_number, set_visible, show_alert } from './dom.js';
import { source_label } from './labels.js';

const alert_box = document.getElementById('stats-alert');
const loading = document.getElementById('stats-loading');

const PALETTE = ['#0d6efd', '#20c997', '#fd7e14', '#6f42c1', '#dc3545', '#198754',
  '#ffc107', '#0dcaf0', '#d63384', '#6c757d', '#6610f2', '#adb5bd'];
const MAX_LABEL_CHARS = 32;
const NARROW_CHART_PX = 480; // below: shorter axis labels, legends under the chart

function truncate(label, max = MAX_LABEL_CHARS) {
  const text = String(label ?? '');
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

const is_narrow = (chart) => chart.width < NARROW_CHART_PX;

function entries(list) {
  return (Array.isArray(list) ? list : []).map((item) => ({ label: String(item.label ?? ''), count: Number(item.count) || 0 }));
}

/** Canvas fallback content: the same numbers as a list, for assistive technologies. */
function describe(canvas, labels, values) {
  canvas.replaceChildren(el('ul', {}, labels.map((label, index) => el('li', { text: `${label} : ${format_number(values[index])}` }))));
}

function configure_defaults(Chart) {
  Chart.defaults.locale = 'fr-FR';
  Chart.defaults.font.family = window.getComputedStyle(document.body).fontFamily;
  Chart.defaults.maintainAspectRatio = false;
  if (window.matchMedia('(prefers-reduced-motion: reduce)').matches) Chart.defaults.animation = false;
}

function bar_options({ horizontal = false, value_title = '' } = {}) {
  const value_axis = {
    beginAtZero: true,
    ticks: { precision: 0, maxTicksLimit: horizontal && window.innerWidth < 576 ? 5 : 11 },
    title: { display: Boolean(value_title), text: value_title },
  };
  const label_axis = {
    ticks: {
      autoSkip: false,
      // On phones, long labels are cut shorter so that the bars keep most of the width.
      callback(value) { return truncate(this.getLabelForValue(value), is_narrow(this.chart) ? 18 : MAX_LABEL_CHARS); },
    },
  };
  return {
    indexAxis: horizontal ? 'y' : 'x',
    plugins: { legend: { display: false } },
    scales: horizontal ? { x: value_axis, y: label_axis } : { x: label_axis, y: value_axis },
  };
}

function draw(Chart, id, type, labels, values, options, dataset_extra = {}) {
  const canvas = document.getElementById(id);
  describe(canvas, labels, values);
  return new Chart(canvas, {
    type,
    data: { labels, datasets: [{ label: "Nombre d'offres", data: values, ...dataset_extra }] },
    options,
  });
}

function render(Chart, stats) {
  document.getElementById('kpi-jobs').textContent = format_number(stats.total_jobs);
  document.getElementById('kpi-companies').textContent = format_number(stats.total_companies);
  document.getElementById('kpi-sources').textContent = format_number(stats.total_sources);

  const sources = entries(stats.by_source);
  draw(Chart, 'chart-sources', 'doughnut', sources.map((s) => source_label(s.label)), sources.map((s) => s.count),
    {
      plugins: { legend: { position: document.getElementById('chart-sources').parentElement.clientWidth < NARROW_CHART_PX ? 'bottom' : 'right' } },
      onResize(chart) { chart.options.plugins.legend.position = is_narrow(chart) ? 'bottom' : 'right'; },
    },
    { backgroundColor: sources.map((_, i) => PALETTE[i % PALETTE.length]) });

  const companies = entries(stats.top_companies);
  draw(Chart, 'chart-companies', 'bar', companies.map((c) => c.label || 'Non précisé'), companies.map((c) => c.count),
    bar_options({ horizontal: true }), { backgroundColor: PALETTE[0] });

  const locations = entries(stats.top_locations);
  draw(Chart, 'chart-locations', 'bar', locations.map((l) => l.label || 'Non précisé'), locations.map((l) => l.count),
    bar_options({ horizontal: true }), { backgroundColor: PALETTE[1] });

  const contracts = entries(stats.by_contract);
  draw(Chart, 'chart-contracts', 'bar', contracts.map((c) => c.label || 'Non précisé'), contracts.map((c) => c.count),
    bar_options(), { backgroundColor: contracts.map((_, i) => PALETTE[i % PALETTE.length]) });

  const weeks = (Array.isArray(stats.per_week) ? stats.per_week : []).map((w) => ({ week: String(w.week ?? ''), count: Number(w.count) || 0 }));
  draw(Chart, 'chart-weeks', 'line', weeks.map((w) => `Sem. du ${format_date(w.week, { short: true }) || w.week}`), weeks.map((w) => w.count),
    { plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
    { borderColor: PALETTE[0], backgroundColor: 'rgba(13, 110, 253, 0.15)', fill: true, tension: 0.25, pointRadius: 3 });
}

// ------------------------------------------------------------------ most demanded skills

// Colours: the .skills-swatch-* legend of stats.html (app.css) uses the same.
const SKILL_KINDS = {
  hard: ['Compétence technique', PALETTE[0]],
  knowledge: ['Connaissance', PALETTE[3]],
  tool: ['Outil', PALETTE[2]],
  soft: ['Savoir-être', PALETTE[1]],
  language: ['Langue', PALETTE[7]],
};

function skill_entries(list) {
  return (Array.isArray(list) ? list : []).map((item) => ({
    label: String(item.label ?? ''), kind: String(item.kind ?? ''), count: Number(item.count) || 0,
  }));
}

function skills_note(payload, source, items) {
  if (items.length === 0) return 'Aucune compétence repérée dans ces offres.';
  const analysed = `${format_number(payload.postings_analysed)} offres analysées`;
  return source ? `Les ${items.length} plus citées par les offres ${source_label(source)} (${analysed} au total).`
    : `Les ${items.length} plus citées, toutes sources confondues, sur ${analysed}.`;
}

function fill_source_select(select, by_source) {
  const sources = Object.keys(by_source)
    .filter((source) => Array.isArray(by_source[source]) && by_source[source].length > 0)
    .sort((a, b) => source_label(a).localeCompare(source_label(b), 'fr'));
  select.replaceChildren(
    el('option', { attrs: { value: '' }, text: 'Toutes les sources' }),
    ...sources.map((source) => el('option', { attrs: { value: source }, text: source_label(source) })));
  select.value = '';
  select.disabled = false;
}

async function load_skills(Chart) {
  const select = document.getElementById('skills-source');
  let payload;
  try {
    payload = await get_json('/api/stats/skills');
  } catch (error) {
    show_alert(document.getElementById('skills-alert'), error.message);
    return;
  }
  const by_source = payload.by_source && typeof payload.by_source === 'object' ? payload.by_source : {};
  const items_of = (source) => skill_entries(source ? by_source[source] : payload.top_skills);
  let items = items_of('');
  const options = bar_options({ horizontal: true, value_title: "Nombre d'offres qui la demandent" });
  options.plugins.tooltip = { callbacks: { afterLabel: (context) => SKILL_KINDS[items[context.dataIndex]?.kind]?.[0] ?? '' } };
  const colours = () => items.map((item) => SKILL_KINDS[item.kind]?.[1] ?? PALETTE[9]);
  const chart = draw(Chart, 'chart-skills', 'bar', items.map((item) => item.label), items.map((item) => item.count),
    options, { backgroundColor: colours() });
  document.getElementById('skills-note').textContent = skills_note(payload, '', items);
  fill_source_select(select, by_source);

  select.addEventListener('change', () => {
    items = items_of(select.value);
    const labels = items.map((item) => item.label);
    const values = items.map((item) => item.count);
    chart.data.labels = labels;
    chart.data.datasets[0].data = values;
    chart.data.datasets[0].backgroundColor = colours();
    chart.update();
    describe(chart.canvas, labels, values);
    document.getElementById('skills-note').textContent = skills_note(payload, select.value, items);
  });
}

async function load_stats() {
  const Chart = window.Chart;
  if (typeof Chart !== 'function') {
    show_alert(alert_box, "La bibliothèque de graphiques n'a pas pu être chargée. Rechargez la page.");
    return;
  }
  configure_defaults(Chart);
  set_visible(loading, true);
  const skills = load_skills(Chart);
  try {
    const payload = await get_json('/api/stats');
    render(Chart, payload.stats ?? {});
  } catch (error) {
    show_alert(alert_box, error.message);
  } finally {
    set_visible(loading, false);
  }
  await skills;
}

load_stats();
