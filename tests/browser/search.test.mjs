// Search page (GET /): keyword search, filters, pagination, URL state, API errors.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { assert_no_console_errors, open_page } from './browser.mjs';
import { fetch_json, skip, use_site } from './server.mjs';

/** Runs `action` and waits until the search it triggers has been rendered. */
async function search_and_wait(page, action) {
  const answered = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/search');
  await action();
  await answered;
  await page.waitForFunction(() => document.getElementById('results').getAttribute('aria-busy') === 'false');
}

async function rendered_ids(page) {
  return page.locator('#results article').evaluateAll((cards) => cards.map((card) => Number(card.dataset.jobId)));
}

/** The number at the start of "12 offres trouvées — page 1 sur 3" (French digit grouping removed). */
async function displayed_total(page) {
  const text = await page.locator('#result-count').innerText();
  const match = /^([\d\s\u00a0\u202f]+) offres? trouvées?/.exec(text);
  assert.ok(match, `unexpected result count text: ${JSON.stringify(text)}`);
  return Number(match[1].replace(/\D/g, ''));
}

describe('search page', { skip }, () => {
  const site = use_site();

  it('a keyword search shows the matching postings, their count and a linkable URL', async () => {
    let keyword = '';
    let expected;
    for (const candidate of ['Python', 'data']) {
      expected = (await fetch_json(site.server.base_url, `/api/search?keyword=${candidate}`)).body;
      if (expected.stats.total_jobs > 0) {
        keyword = candidate;
        break;
      }
    }
    assert.ok(keyword, 'the fixture should contain postings about Python or data');

    const { context, page, console_errors } = await open_page(site.browser);
    await search_and_wait(page, () => page.goto(`${site.server.base_url}/`));
    await page.getByLabel('Mots-clés').fill(keyword);
    await search_and_wait(page, () => page.getByRole('button', { name: 'Rechercher' }).click());

    assert.equal(new URL(page.url()).searchParams.get('keyword'), keyword);
    assert.equal(await displayed_total(page), expected.stats.total_jobs);
    assert.deepEqual(await rendered_ids(page), expected.jobs.map((job) => job.id));
    assert.equal(await page.locator('#results article h3 a').first().innerText(), expected.jobs[0].title);

    // The same URL opened afresh restores the search.
    await search_and_wait(page, () => page.goto(page.url()));
    assert.equal(await page.getByLabel('Mots-clés').inputValue(), keyword);
    assert.deepEqual(await rendered_ids(page), expected.jobs.map((job) => job.id));

    assert_no_console_errors(console_errors);
    await context.close();
  });

  it('choosing a source narrows the results to that source and puts it in the URL', async () => {
    const all = (await fetch_json(site.server.base_url, '/api/search')).body;
    const facets = (await fetch_json(site.server.base_url, '/api/facets')).body.facets;
    const narrower = facets.source.find((entry) => entry.count > 0 && entry.count < all.stats.total_jobs);
    assert.ok(narrower, 'the fixture should hold postings from several sources');

    const { context, page, console_errors } = await open_page(site.browser);
    await search_and_wait(page, () => page.goto(`${site.server.base_url}/`));
    await page.waitForFunction((value) => [...document.getElementById('source').options].some((o) => o.value === value), narrower.value);
    const option_text = await page.locator(`#source option[value="${narrower.value}"]`).innerText();
    assert.match(option_text, new RegExp(`\\(${narrower.count}\\)$`), 'facet count shown beside the source');

    await search_and_wait(page, () => page.getByLabel('Source').selectOption(narrower.value));

    assert.equal(new URL(page.url()).searchParams.get('source'), narrower.value);
    assert.equal(await displayed_total(page), narrower.count);
    const sources = await page.locator('#results article').evaluateAll((cards) => cards.map((card) => card.dataset.source));
    assert.ok(sources.length > 0);
    assert.deepEqual([...new Set(sources)], [narrower.value]);

    assert_no_console_errors(console_errors);
    await context.close();
  });

  it('pagination moves to page 2 and the Back button returns to page 1', async () => {
    const page1 = (await fetch_json(site.server.base_url, '/api/search')).body;
    const page2 = (await fetch_json(site.server.base_url, '/api/search?page=2')).body;
    assert.ok(page1.stats.total_pages >= 2, 'the fixture should fill at least two pages');

    const { context, page, console_errors } = await open_page(site.browser);
    await search_and_wait(page, () => page.goto(`${site.server.base_url}/`));
    assert.deepEqual(await rendered_ids(page), page1.jobs.map((job) => job.id));

    await search_and_wait(page, () => page.locator('#pagination a[aria-label="Page 2"]').click());
    assert.equal(new URL(page.url()).searchParams.get('page'), '2');
    assert.equal(await page.locator('#pagination .page-item.active').innerText(), '2');
    assert.deepEqual(await rendered_ids(page), page2.jobs.map((job) => job.id));
    assert.notDeepEqual(page2.jobs.map((job) => job.id), page1.jobs.map((job) => job.id));

    await search_and_wait(page, () => page.goBack());
    assert.equal(new URL(page.url()).searchParams.get('page'), null);
    assert.deepEqual(await rendered_ids(page), page1.jobs.map((job) => job.id));

    assert_no_console_errors(console_errors);
    await context.close();
  });

  it('an empty period says so and suggests all dates', async () => {
    const empty = (await fetch_json(site.server.base_url, '/api/search?date_range=1day')).body;
    assert.equal(empty.stats.total_jobs, 0, 'the fixture has no posting from the last day');

    const { context, page, console_errors } = await open_page(site.browser);
    await search_and_wait(page, () => page.goto(`${site.server.base_url}/`));
    await search_and_wait(page, () => page.getByLabel('Date de publication').selectOption('1day'));

    assert.equal(await page.locator('#results article').count(), 0);
    assert.match(await page.locator('#result-count').innerText(), /Toutes les dates/);

    assert_no_console_errors(console_errors);
    await context.close();
  });

  it('an input the API rejects shows its error message', async () => {
    const too_long = 'a'.repeat(201);
    const rejected = await fetch_json(site.server.base_url, `/api/search?keyword=${too_long}`);
    assert.equal(rejected.status, 400);

    const { context, page, console_errors } = await open_page(site.browser);
    await search_and_wait(page, () => page.goto(`${site.server.base_url}/?keyword=${too_long}`));
    const alert = page.locator('#search-alert [role="alert"]');
    assert.equal(await alert.innerText(), rejected.body.error.message);
    assert.equal(await page.locator('#results article').count(), 0);

    assert_no_console_errors(console_errors, { allowed_statuses: [400] });
    await context.close();
  });
});
