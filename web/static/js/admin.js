// Admin page (GET /admin/): login form when logged out, overview + delete + logout when logged in.
// State-changing calls carry the CSRF token from the session/login answer in X-CSRF-Token.

import './nav.js';
import { get_json, post_json } from './api.js';
import { el, format_number, set_visible, show_alert } from './dom.js';
import { source_label } from './labels.js';

const alert_box = document.getElementById('admin-alert');
const loading = document.getElementById('admin-loading');
const login_section = document.getElementById('login-section');
const admin_section = document.getElementById('admin-section');
const login_form = document.getElementById('login-form');
const password_input = document.getElementById('password');
const delete_form = document.getElementById('delete-form');
const delete_input = document.getElementById('delete-id');
const logout_button = document.getElementById('logout-button');

let csrf_token = '';

function set_busy(form_or_button, busy) {
  const buttons = form_or_button instanceof HTMLFormElement
    ? form_or_button.querySelectorAll('button')
    : [form_or_button];
  for (const button of buttons) button.disabled = busy;
}

/** Admin disabled (403 on every admin endpoint): only the server's explanation is shown. */
function show_disabled(message) {
  set_visible(login_section, false);
  set_visible(admin_section, false);
  show_alert(alert_box, message, 'warning');
}

function show_login(message = '', kind = 'danger') {
  csrf_token = '';
  set_visible(admin_section, false);
  set_visible(login_section, true);
  show_alert(alert_box, message, kind);
  password_input.value = '';
}

function render_overview(overview) {
  document.getElementById('overview-total').textContent = format_number(overview.total_jobs);
  document.getElementById('overview-database').textContent = String(overview.database ?? '–');
  document.getElementById('overview-schema').textContent = String(overview.schema_version ?? '–');
  const rows = (Array.isArray(overview.by_source) ? overview.by_source : []).map((item) => {
    const source = item.label ?? item.value ?? item.source ?? '';
    return el('tr', {}, [
      el('td', { text: source_label(source) }),
      el('td', { class: 'text-end', text: format_number(item.count) }),
    ]);
  });
  document.getElementById('overview-sources').replaceChildren(...rows);
}

/** Handles the errors every admin call can meet; returns true when it took care of `error`. */
function handle_common_error(error) {
  if (error.status === 403 && error.code === 'forbidden' && !csrf_token) {
    show_disabled(error.message);
    return true;
  }
  if (error.status === 401) {
    show_login('Votre session a expiré. Reconnectez-vous.', 'warning');
    return true;
  }
  return false;
}

async function show_admin(token) {
  csrf_token = token;
  const payload = await get_json('/api/admin/overview');
  render_overview(payload.overview ?? {});
  set_visible(login_section, false);
  set_visible(admin_section, true);
}

async function start() {
  set_visible(loading, true);
  try {
    const session = await get_json('/api/admin/session');
    if (session.authenticated && session.csrf_token) await show_admin(session.csrf_token);
    else show_login();
  } catch (error) {
    if (!handle_common_error(error)) show_alert(alert_box, error.message);
  } finally {
    set_visible(loading, false);
  }
}

login_form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const password = password_input.value;
  if (!password) {
    show_alert(alert_box, 'Saisissez le mot de passe administrateur.');
    password_input.focus();
    return;
  }
  set_busy(login_form, true);
  try {
    const answer = await post_json('/api/admin/login', { password });
    show_alert(alert_box, '');
    password_input.value = '';
    await show_admin(answer.csrf_token ?? '');
  } catch (error) {
    if (error.status === 403 && error.code === 'forbidden') show_disabled(error.message);
    else show_alert(alert_box, error.message);
    password_input.select();
  } finally {
    set_busy(login_form, false);
  }
});

delete_form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const id = delete_input.value.trim();
  if (!/^\d+$/.test(id) || Number(id) < 1) {
    show_alert(alert_box, "Saisissez l'identifiant numérique de l'offre (par exemple 42).");
    delete_input.focus();
    return;
  }
  if (!window.confirm(`Supprimer définitivement l'offre n° ${id} ?`)) return;
  set_busy(delete_form, true);
  try {
    await post_json(`/api/admin/jobs/${encodeURIComponent(id)}/delete`, undefined, { csrf_token });
    show_alert(alert_box, `L'offre n° ${id} a été supprimée.`, 'success');
    delete_input.value = '';
    const payload = await get_json('/api/admin/overview');
    render_overview(payload.overview ?? {});
  } catch (error) {
    if (!handle_common_error(error)) show_alert(alert_box, error.message);
  } finally {
    set_busy(delete_form, false);
  }
});

logout_button.addEventListener('click', async () => {
  set_busy(logout_button, true);
  try {
    await post_json('/api/admin/logout', undefined, { csrf_token });
    show_login('Vous êtes déconnecté.', 'info');
    password_input.focus();
  } catch (error) {
    if (!handle_common_error(error)) show_alert(alert_box, error.message);
  } finally {
    set_busy(logout_button, false);
  }
});

start();
