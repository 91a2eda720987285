// Starts the real `jobmatch` binary for the browser tests: imports a small fixture into a
// temporary database, serves it on 127.0.0.1 with an OS-chosen port, and cleans up afterwards.
//
// JOBMATCH_BIN       path to the jobmatch binary (tests are skipped when unset or missing)
// JOBMATCH_TEST_JOBS JSONL fixture to import (default tests/fixtures/jobs_small.jsonl)

import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { promisify } from 'node:util';

import { launch_browser } from './browser.mjs';

const run_file = promisify(execFile);
const repo_root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export const jobmatch_bin = process.env.JOBMATCH_BIN ?? '';
export const fixture_path = process.env.JOBMATCH_TEST_JOBS || path.join(repo_root, 'tests', 'fixtures', 'jobs_small.jsonl');
export const admin_password = 'browser-test-Pa55word';

const kStartTimeoutMs = 20_000;
const kStopTimeoutMs = 5_000;
const kListeningPattern = /listening on http:\/\/127\.0\.0\.1:(\d+)/;

function find_skip_reason() {
  if (!jobmatch_bin) return 'JOBMATCH_BIN is not set: build the server and run with JOBMATCH_BIN=build/src/app/jobmatch';
  if (!existsSync(jobmatch_bin)) return `JOBMATCH_BIN=${jobmatch_bin} does not exist: build the server first`;
  return false;
}

/** `false` when the browser tests can run, else the reason to skip them (for node:test's skip option). */
export const skip = find_skip_reason();

/** Keeps the last bytes of a stream so a failing start can say what the server printed. */
function tail_collector(limit = 8_000) {
  let text = '';
  return {
    add(chunk) { text = (text + chunk).slice(-limit); },
    get text() { return text; },
  };
}

function wait_for_exit(child, timeout_ms) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeout_ms);
    child.once('exit', () => { clearTimeout(timer); resolve(true); });
  });
}

function wait_until_listening(child, output) {
  return new Promise((resolve, reject) => {
    let pending = '';
    const fail = (why) => {
      clearTimeout(timer);
      reject(new Error(`${why}\n--- server output ---\n${output.text}`));
    };
    const timer = setTimeout(() => fail(`jobmatch serve did not print "listening on http://127.0.0.1:<port>" within ${kStartTimeoutMs} ms`), kStartTimeoutMs);
    child.stdout.on('data', (chunk) => {
      pending += chunk;
      const match = kListeningPattern.exec(pending);
      if (match) {
        clearTimeout(timer);
        pending = '';
        resolve(Number(match[1]));
      } else {
        pending = pending.slice(-1_000);
      }
    });
    child.once('exit', (code, signal) => fail(`jobmatch serve exited early (code ${code}, signal ${signal})`));
    child.once('error', (error) => fail(`cannot start ${jobmatch_bin}: ${error.message}`));
  });
}

/**
 * Imports the fixture and starts `jobmatch serve`. `admin_password: null` starts it with the
 * admin area disabled. Resolves to { base_url, admin_password, stop() }.
 */
export async function start_server({ admin_password: password = admin_password } = {}) {
  if (skip) throw new Error(skip);
  if (!existsSync(fixture_path)) throw new Error(`fixture ${fixture_path} is missing (set JOBMATCH_TEST_JOBS)`);

  const work_dir = await mkdtemp(path.join(tmpdir(), 'jobmatch-browser-'));
  const db_path = path.join(work_dir, 'test.db');
  const env = { ...process.env };
  delete env.JOBMATCH_ADMIN_PASSWORD;
  if (password !== null) env.JOBMATCH_ADMIN_PASSWORD = password;

  try {
    await run_file(jobmatch_bin, ['import', 'jobs', fixture_path, '--db', db_path], { env, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    await rm(work_dir, { recursive: true, force: true });
    throw new Error(`jobmatch import jobs failed: ${error.message}\n${error.stderr ?? ''}`);
  }

  // Uploaded CVs go to the temporary folder too, never to <root>/var/uploads.
  const uploads_dir = path.join(work_dir, 'uploads');
  const serve_args = ['serve', '--host', '127.0.0.1', '--port', '0', '--db', db_path, '--uploads-dir', uploads_dir];
  const child = spawn(jobmatch_bin, serve_args, {
    env, stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = tail_collector();
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  // Keep draining both pipes for the whole run: a full pipe would block the server's logging.
  child.stdout.on('data', (chunk) => output.add(chunk));
  child.stderr.on('data', (chunk) => output.add(chunk));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      process.kill(child.pid, 'SIGTERM');
      if (!(await wait_for_exit(child, kStopTimeoutMs))) {
        process.kill(child.pid, 'SIGKILL');
        await wait_for_exit(child, kStopTimeoutMs);
      }
    }
    await rm(work_dir, { recursive: true, force: true });
  };

  let port;
  try {
    port = await wait_until_listening(child, output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { base_url: `http://127.0.0.1:${port}`, admin_password: password, stop, output };
}

/** GET a JSON API path on the test server from Node (to compare the page with the API). */
export async function fetch_json(base_url, api_path) {
  const response = await fetch(new URL(api_path, base_url));
  return { status: response.status, body: await response.json() };
}

/**
 * Starts a jobmatch server and a browser before the tests of the enclosing describe() and stops
 * both after them; `site.server` and `site.browser` are set once the before() hook has run.
 */
export function use_site(server_options) {
  const site = { server: null, browser: null };
  before(async () => {
    site.server = await start_server(server_options);
    site.browser = await launch_browser();
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.stop();
  });
  return site;
}
