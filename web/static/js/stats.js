// Dashboard (GET /stats): KPI cards and five Chart.js 4 charts from /api/stats.
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

function truncate(label) {
  const text = String(label ?? '');
  return text.length > MAX_LABEL_CHARS ? `${text.slice(0, MAX_LABEL_CHARS - 1)}…` : text;
}

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

function bar_options({ horizontal = false } = {}) {
  const value_axis = { beginAtZero: true, ticks: { precision: 0 } };
  const label_axis = {
    ticks: {
      autoSkip: false,
      callback(value) { return truncate(this.getLabelForValue(value)); },
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
    { plugins: { legend: { position: 'right' } } },
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

async function load_stats() {
  const Chart = window.Chart;
  if (typeof Chart !== 'function') {
    show_alert(alert_box, "La bibliothèque de graphiques n'a pas pu être chargée. Rechargez la page.");
    return;
  }
  configure_defaults(Chart);
  set_visible(loading, true);
  try {
    const payload = await get_json('/api/stats');
    render(Chart, payload.stats ?? {});
  } catch (error) {
    show_alert(alert_box, error.message);
  } finally {
    set_visible(loading, false);
  }
}

load_stats();
