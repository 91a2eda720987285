// Static checks of web/pages and web/static/js that need neither the server nor a browser:
// CSP-compatible markup, labelled controls, one shared navbar/footer, HTML insertion only for
// description_html.

import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const web_dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'web');
const pages_dir = path.join(web_dir, 'pages');
const js_dir = path.join(web_dir, 'static', 'js');
const kPages = ['index.html', 'job.html', 'stats.html', 'admin.html', 'mon-cv.html', 'matches.html', '404.html'];

const read_raw = (name) => readFileSync(path.join(pages_dir, name), 'utf8');
const read_partial = (name) => readFileSync(path.join(pages_dir, 'partials', `${name}.html`), 'utf8');
// The page as the server sends it: each `<!--#include NAME -->` line replaced by
// partials/NAME.html (src/web/page_set.cpp; indentation does not matter here).
const read_page = (name) =>
  read_raw(name).replace(/^[ \t]*<!--#include ([a-z_-]+) -->$/gm, (_, partial) => read_partial(partial));
const block = (html, tag) => {
  const match = new RegExp(`<${tag}[\\s>][\\s\\S]*?</${tag}>`).exec(html);
  return match ? match[0] : null;
};

describe('static pages', () => {
  for (const name of kPages) {
    it(`${name} is French and CSP-compatible (no inline script, handler or style)`, () => {
      const html = read_page(name);
      assert.match(html, /<html lang="fr">/);
      for (const tag of html.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? []) {
        assert.match(tag, /^<script[^>]*\ssrc="\/(static|vendor)\/[^"]+"[^>]*><\/script>$/, `inline script in ${name}: ${tag}`);
      }
      assert.doesNotMatch(html, /<style\b/i);
      assert.doesNotMatch(html, /\sstyle\s*=/i);
      assert.doesNotMatch(html, /\son[a-z]+\s*=/i);
      assert.doesNotMatch(html, /javascript:/i);
    });

    it(`${name} labels every form control`, () => {
      const html = read_page(name);
      for (const control of html.match(/<(input|select|textarea)\b[^>]*>/g) ?? []) {
        const id = /\sid="([^"]+)"/.exec(control)?.[1];
        const labelled = /\saria-label(ledby)?="/.test(control) || (id && html.includes(`<label for="${id}"`));
        assert.ok(labelled, `unlabelled control in ${name}: ${control}`);
      }
    });

    it(`${name} loads only scripts and styles that exist`, () => {
      const html = read_page(name);
      for (const [, url] of html.matchAll(/\s(?:src|href)="(\/static\/[^"]+)"/g)) {
        assert.ok(existsSync(path.join(web_dir, url)), `${name} refers to missing ${url}`);
      }
    });
  }

  it('every page takes its navbar and footer from the shared partials', () => {
    for (const name of kPages) {
      const raw = read_raw(name);
      for (const partial of ['header', 'footer']) {
        assert.equal(raw.split(`<!--#include ${partial} -->`).length, 2, `${name} includes ${partial} once`);
      }
      assert.equal(block(raw, 'header'), null, `${name} writes its own <header>`);
      assert.equal(block(raw, 'footer'), null, `${name} writes its own <footer>`);
    }
    const header = block(read_partial('header'), 'header');
    for (const label of ['Recherche', 'Statistiques', 'Admin']) assert.ok(header.includes(`>${label}</a>`));
    assert.ok(block(read_partial('footer'), 'footer').includes(
      'Offres : données publiques de démonstration (France Travail, LinkedIn, Indeed, ...) — voir data/demo/SOURCE.md'));
  });

  it('stats canvases have the expected ids and aria-labels', () => {
    const html = read_page('stats.html');
    for (const id of ['chart-sources', 'chart-companies', 'chart-locations', 'chart-contracts', 'chart-weeks', 'chart-skills']) {
      assert.match(html, new RegExp(`<canvas id="${id}" role="img" aria-label="[^"]+"></canvas>`));
    }
  });

  it('scripts insert HTML only for the sanitised description_html', () => {
    const uses = [];
    for (const file of readdirSync(js_dir).filter((name) => name.endsWith('.js'))) {
      const source = readFileSync(path.join(js_dir, file), 'utf8');
      for (const line of source.split('\n')) {
        if (/innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function/.test(line) && !line.trim().startsWith('//')) {
          uses.push(`${file}: ${line.trim()}`);
        }
      }
    }
    assert.deepEqual(uses, ['job.js: description.innerHTML = job.description_html;']);
  });
});
