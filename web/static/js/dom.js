// Small DOM helpers. Data is always inserted as text (textContent / attributes), never as HTML.

/**
 * Create an element. `options`: class (string), text (string), attrs (object of attributes),
 * dataset (object). `children` are nodes or strings (strings become text nodes).
 */
export function el(tag, options = {}, children = []) {
  const node = document.createElement(tag);
  if (options.class) node.className = options.class;
  if (options.text !== undefined && options.text !== null) node.textContent = String(options.text);
  for (const [name, value] of Object.entries(options.attrs ?? {})) {
    if (value === false || value === null || value === undefined) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [name, value] of Object.entries(options.dataset ?? {})) {
    node.dataset[name] = String(value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

/**
 * French typography for texts shown as is: a no-break space after « and before », :, ;, ? and !
 * so that a line never starts with one of them ("« Python »" stays on one line).
 */
export function french_spacing(text) {
  return String(text ?? '').replace(/« /g, '«\u00a0').replace(/ ([»:;?!])/g, '\u00a0$1');
}

/** Remove every child of `node`. */
export function clear(node) {
  node.replaceChildren();
}

/** Show or hide `node` with the `hidden` attribute (Bootstrap makes [hidden] win over d-* classes). */
export function set_visible(node, visible) {
  node.hidden = !visible;
}

/** Fill `container` with one Bootstrap alert, or empty it when `message` is empty. */
export function show_alert(container, message, kind = 'danger') {
  clear(container);
  if (!message) {
    container.hidden = true;
    return;
  }
  container.append(el('div', { class: `alert alert-${kind} mb-3`, attrs: { role: kind === 'danger' ? 'alert' : 'status' }, text: message }));
  container.hidden = false;
}

const date_format = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const short_date_format = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

function parse_iso_date(iso) {
  if (typeof iso !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(iso)) return null;
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "2025-02-20" → "20 février 2025" ("" when the date is missing or malformed). */
export function format_date(iso, { short = false } = {}) {
  const date = parse_iso_date(iso);
  if (!date) return '';
  return (short ? short_date_format : date_format).format(date);
}

/** A <time> element for an ISO date, or null when there is no usable date. */
export function time_element(iso, options) {
  const text = format_date(iso, options);
  if (!text) return null;
  return el('time', { attrs: { datetime: iso.slice(0, 10) }, text });
}

const number_format = new Intl.NumberFormat('fr-FR');

/** 11217 → "11 217". */
export function format_number(value) {
  return number_format.format(Number(value) || 0);
}

/** True when `url` is an absolute http(s) URL, the only kind we turn into links. */
export function is_http_url(url) {
  if (typeof url !== 'string' || !url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}
