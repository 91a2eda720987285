// Headless Chromium for the browser tests (playwright-core from web/node_modules, system chromium)
// and helpers to catch console errors such as CSP violations.

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const chromium_path = '/usr/bin/chromium';
export const chromium_args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-quic', '--no-first-run', '--disable-sync'];

function load_playwright() {
  try {
    return require('../../web/node_modules/playwright-core');
  } catch (error) {
    throw new Error(`playwright-core is not installed: run \`npm install\` in web/ (${error.message})`);
  }
}

/**
 * Launch Chromium. chromium.launch gives every browser a fresh temporary profile
 * (user-data-dir) that it deletes on close; it refuses a --user-data-dir argument.
 */
export async function launch_browser() {
  if (!existsSync(chromium_path)) throw new Error(`${chromium_path} is missing: install the chromium package`);
  const { chromium } = load_playwright();
  return chromium.launch({ executablePath: chromium_path, args: chromium_args, headless: true, timeout: 30_000 });
}

/** Record console errors and uncaught page errors of `page`. */
export function watch_console(page) {
  const errors = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url } = message.location();
    errors.push(url ? `${message.text()} [${url}]` : message.text());
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return errors;
}

/**
 * Fail on any console error, except "Failed to load resource" lines for the HTTP statuses the
 * test provokes on purpose (e.g. 404 for an unknown posting, 401 for a wrong password) or for
 * `allowed_paths` (e.g. the /favicon.ico Chromium asks for when it shows a bare JSON answer).
 * CSP violations ("Refused to ...") are never allowed.
 */
export function assert_no_console_errors(errors, { allowed_statuses = [], allowed_paths = [] } = {}) {
  const unexpected = errors.filter((text) => {
    const match = /^Failed to load resource: the server responded with a status of (\d{3}).*?(?:\[(.+)\])?$/.exec(text);
    if (!match) return true;
    if (allowed_statuses.includes(Number(match[1]))) return false;
    return !(match[2] && allowed_paths.includes(new URL(match[2]).pathname));
  });
  assert.deepEqual(unexpected, [], `unexpected console errors:\n${unexpected.join('\n')}`);
}

/** New isolated context + page with console watching; French locale like real visitors. */
export async function open_page(browser) {
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const console_errors = watch_console(page);
  return { context, page, console_errors };
}
