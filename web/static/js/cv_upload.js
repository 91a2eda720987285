// The CV control of the shared navbar and its upload modal (header partial), on every page.
// Upload: POST /upload-cv (multipart, field cv_file) with XMLHttpRequest for upload progress.
// Every change of the session's CV is announced with a cancelable `jobmatch:cv-changed` event on
// `document` ({ uploaded, filename, message }); after an upload the visitor is taken to /mon-cv
// unless a listener calls preventDefault() (the "Mon CV" page re-renders in place instead).

import { ApiError, get_json, post_json } from './api.js';
import { set_visible, show_alert } from './dom.js';

export const CV_CHANGED_EVENT = 'jobmatch:cv-changed';
export const MAX_CV_BYTES = 10 * 1024 * 1024; // the server's --max-upload-mb default (MiB)

const $ = (id) => document.getElementById(id);
const nav = {
  upload: $('cv-nav-upload'),
  menu: $('cv-nav-menu'),
  filename: $('cv-nav-filename'),
  toggle: $('cv-nav-toggle'),
  remove: $('cv-nav-remove'),
  alert: $('cv-nav-alert'),
};
const modal = {
  root: $('cv-upload-modal'),
  title: $('cv-upload-title'),
  replace_note: $('cv-upload-replace-note'),
  zone: $('cv-drop-zone'),
  input: $('cv-file'),
  progress: $('cv-upload-progress'),
  progressbar: $('cv-upload-progressbar'),
  bar: $('cv-upload-bar'),
  spinner: $('cv-upload-spinner'),
  status: $('cv-upload-status'),
  alert: $('cv-upload-alert'),
  cancel: $('cv-upload-cancel'),
};

let current = { uploaded: false, filename: null };
let status_promise = null;
let pending_xhr = null;
let announced_step = -1;
let modal_shown = false; // between Bootstrap's shown.bs.modal and hide.bs.modal

// ------------------------------------------------------------------ session state and navbar

function render_nav() {
  if (!nav.upload) return;
  set_visible(nav.upload, !current.uploaded);
  set_visible(nav.menu, current.uploaded);
  nav.filename.textContent = current.filename ?? '';
  nav.toggle.title = current.uploaded ? `CV : ${current.filename}` : '';
}

function set_current(uploaded, filename, message = '') {
  current = { uploaded, filename: uploaded ? filename || 'CV' : null };
  status_promise = Promise.resolve({ ...current });
  render_nav();
  const event = new CustomEvent(CV_CHANGED_EVENT, { cancelable: true, detail: { ...current, message } });
  return document.dispatchEvent(event);
}

async function fetch_status() {
  try {
    const answer = await get_json('/check-cv');
    current = { uploaded: answer.cv_uploaded === true, filename: answer.cv_filename ?? null };
  } catch {
    current = { uploaded: false, filename: null }; // the navbar then offers the upload
  }
  render_nav();
  return { ...current };
}

function refresh_status() {
  status_promise = fetch_status();
  return status_promise;
}

/** The session's CV as last known: resolves to { uploaded, filename } (asks /check-cv once). */
export function cv_status() {
  status_promise ??= fetch_status();
  return status_promise;
}

/**
 * Asks for confirmation, then POST /remove-cv. Resolves to { removed, message, handled }: the
 * server's message (success or error), and whether a listener of the event took care of it.
 */
export async function remove_cv() {
  if (!window.confirm('Supprimer votre CV ? Le fichier et les informations extraites seront effacés.')) {
    return { removed: false, message: '', handled: false };
  }
  try {
    const answer = await post_json('/remove-cv');
    const message = answer.message || 'CV supprimé avec succès';
    return { removed: true, message, handled: !set_current(false, null, message) };
  } catch (error) {
    const handled = error.status === 404 && !set_current(false, null, error.message);
    return { removed: false, message: error.message, handled };
  }
}

// ------------------------------------------------------------------ modal states

function show_progress(fraction) {
  const percent = Math.max(0, Math.min(100, Math.round(fraction * 100)));
  modal.bar.style.width = `${percent}%`; // CSSOM, allowed by the CSP (no style attribute)
  modal.progressbar.setAttribute('aria-valuenow', String(percent));
  const step = Math.floor(percent / 25); // announce 0, 25, 50, 75, 100 % only
  if (step !== announced_step) {
    announced_step = step;
    modal.status.textContent = `Envoi du CV… ${percent} %`;
  }
}

function set_busy(busy) {
  modal.input.disabled = busy;
  modal.cancel.textContent = busy ? 'Annuler' : 'Fermer';
  modal.zone.classList.toggle('is-busy', busy);
  modal.zone.setAttribute('aria-disabled', busy ? 'true' : 'false');
}

function reset_modal() {
  show_alert(modal.alert, '');
  modal.status.textContent = '';
  set_visible(modal.spinner, false);
  set_visible(modal.progress, false);
  modal.bar.classList.remove('progress-bar-striped', 'progress-bar-animated');
  announced_step = -1;
  show_progress(0);
  set_busy(false);
  modal.input.value = '';
  modal.title.textContent = current.uploaded ? 'Remplacer mon CV' : 'Déposer mon CV';
  modal.replace_note.textContent = current.uploaded
    ? `Le nouveau fichier remplacera « ${current.filename} ».` : '';
  set_visible(modal.replace_note, current.uploaded);
}

function show_error(message) {
  set_busy(false);
  set_visible(modal.spinner, false);
  set_visible(modal.progress, false);
  modal.status.textContent = '';
  modal.input.value = '';
  show_alert(modal.alert, message);
  modal.input.focus();
}

function show_analysing() {
  show_progress(1);
  modal.bar.classList.add('progress-bar-striped', 'progress-bar-animated');
  set_visible(modal.spinner, true);
  modal.status.textContent = 'Analyse du CV… (la lecture d\'un scan peut prendre jusqu\'à une minute)';
}

// ------------------------------------------------------------------ upload

/** A French message when `file` must not be sent, else ''. */
export function check_cv_file(file) {
  if (file.size === 0) return `Le fichier « ${file.name} » est vide : choisissez un autre fichier.`;
  if (file.size > MAX_CV_BYTES) {
    const megabytes = (file.size / (1024 * 1024)).toLocaleString('fr-FR', { maximumFractionDigits: 1 });
    return `Le fichier « ${file.name} » pèse ${megabytes} Mo : la taille maximale est de 10 Mo.`;
  }
  return '';
}

function parse_json(text) {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function upload_error(status, payload) {
  const message = payload?.error?.message;
  if (typeof message === 'string' && message) return new ApiError(message, { status, code: payload.error.code });
  if (status === 413) return new ApiError('Ce fichier dépasse la taille maximale de 10 Mo.', { status });
  return new ApiError(`Le serveur a répondu par une erreur (HTTP ${status}). Réessayez plus tard.`, { status });
}

function send_cv(file) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    pending_xhr = xhr;
    xhr.open('POST', '/upload-cv');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) show_progress(event.loaded / event.total);
    });
    xhr.upload.addEventListener('load', show_analysing);
    xhr.addEventListener('load', () => {
      const payload = parse_json(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300 && payload?.success === true) resolve(payload);
      else reject(upload_error(xhr.status, payload));
    });
    xhr.addEventListener('error', () => reject(new ApiError(
      'Le serveur est injoignable. Vérifiez votre connexion puis réessayez.', { code: 'network' })));
    xhr.addEventListener('abort', () => reject(new ApiError('Envoi annulé.', { code: 'aborted' })));
    xhr.addEventListener('loadend', () => { if (pending_xhr === xhr) pending_xhr = null; });
    const form = new FormData();
    form.append('cv_file', file, file.name);
    xhr.send(form);
  });
}

/** Close the modal, also when the answer came while it was still opening (Bootstrap ignores hide() then). */
function close_modal() {
  const instance = window.bootstrap?.Modal.getOrCreateInstance(modal.root);
  if (!instance) return;
  if (modal_shown) instance.hide();
  else if (modal.root.classList.contains('show')) { // still fading in
    modal.root.addEventListener('shown.bs.modal', () => instance.hide(), { once: true });
  }
}

function on_uploaded(answer) {
  close_modal();
  // Our own wording: the server's fixed message says "uploadé".
  const message = answer.filename ? `Votre CV «\u00a0${answer.filename}\u00a0» a été déposé.` : 'Votre CV a été déposé.';
  const stay = !set_current(true, answer.filename, message);
  if (!stay) window.location.assign('/mon-cv');
}

async function upload(files) {
  if (pending_xhr) return;
  show_alert(modal.alert, '');
  if (files.length !== 1) {
    show_error(files.length ? 'Déposez un seul fichier à la fois.' : 'Aucun fichier reçu : réessayez.');
    return;
  }
  const refused = check_cv_file(files[0]);
  if (refused) {
    show_error(refused);
    return;
  }
  set_busy(true);
  set_visible(modal.progress, true);
  show_progress(0);
  try {
    on_uploaded(await send_cv(files[0]));
  } catch (error) {
    if (error.code !== 'aborted') show_error(error.message);
    else refresh_status(); // the server may have stored the CV before the abort reached it
  }
}

// ------------------------------------------------------------------ wiring

function wire_drop_zone() {
  const over = (event) => {
    event.preventDefault();
    if (!pending_xhr) modal.zone.classList.add('is-dragover');
  };
  const leave = () => modal.zone.classList.remove('is-dragover');
  modal.zone.addEventListener('dragenter', over);
  modal.zone.addEventListener('dragover', over);
  modal.zone.addEventListener('dragleave', leave);
  modal.zone.addEventListener('drop', (event) => {
    event.preventDefault();
    leave();
    if (!pending_xhr) upload([...(event.dataTransfer?.files ?? [])]);
  });
  // A file dropped beside the zone must not make the browser open it in place of the page.
  for (const type of ['dragover', 'drop']) modal.root.addEventListener(type, (event) => event.preventDefault());
  modal.input.addEventListener('change', () => upload([...modal.input.files]));
}

function wire_modal() {
  modal.root.addEventListener('show.bs.modal', reset_modal);
  modal.root.addEventListener('shown.bs.modal', () => { modal_shown = true; modal.input.focus(); });
  modal.root.addEventListener('hide.bs.modal', () => { modal_shown = false; });
  modal.root.addEventListener('hidden.bs.modal', () => pending_xhr?.abort());
  wire_drop_zone();
}

function wire_nav() {
  nav.remove.addEventListener('click', async () => {
    const { removed, message, handled } = await remove_cv();
    show_alert(nav.alert, handled ? '' : message, removed ? 'success' : 'danger');
  });
}

if (modal.root && nav.upload) {
  wire_modal();
  wire_nav();
  cv_status();
  // A page restored from the back/forward cache may show a CV removed or replaced since.
  window.addEventListener('pageshow', (event) => { if (event.persisted) refresh_status(); });
}
