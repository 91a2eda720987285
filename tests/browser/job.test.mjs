// Posting page (GET /job/<id>) and the 404 page for unknown ids and pages.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { assert_no_console_errors, open_page } from './browser.mjs';
import { fetch_json, skip, use_site } from './server.mjs';

const normalise = (text) => text.replace(/\s+/g, ' ').trim();

describe('posting page', { skip }, () => {
  const site = use_site();

  it('opening a posting from the results shows its title, details and description', async () => {
    const { context, page, console_errors } = await open_page(site.browser);
    const searched = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/search');
    await page.goto(`${site.server.base_url}/`);
    await searched;
    const first_link = page.locator('#results article h3 a').first();
    const card_title = await first_link.innerText();

    await first_link.click();
    await page.waitForURL(/\/job\/\d+$/);
    const id = Number(new URL(page.url()).pathname.split('/').pop());
    const { status, body } = await fetch_json(site.server.base_url, `/api/jobs/${id}`);
    assert.equal(status, 200);
    const job = body.job;

    await page.locator('#job').waitFor({ state: 'visible' });
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), card_title);
    assert.equal(card_title, job.title);
    assert.match(await page.title(), new RegExp(job.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));

    const description = normalise(await page.locator('#job-description').innerText());
    assert.ok(description.length > 0, 'description is shown');
    const first_words = normalise(job.description_text).split(' ').slice(0, 3).join(' ');
    assert.ok(description.includes(first_words), `description starts with "${first_words}"`);

    const skills = Array.isArray(job.skills) ? job.skills : [];
    assert.deepEqual(await page.locator('#job-skills li').allInnerTexts(), skills);

    const apply = page.locator('#job-apply');
    if (/^https?:\/\//i.test(job.job_url ?? '')) {
      assert.equal(await apply.isVisible(), true);
      assert.equal(await apply.getAttribute('href'), job.job_url);
      assert.equal(await apply.getAttribute('target'), '_blank');
      assert.deepEqual((await apply.getAttribute('rel')).split(' ').sort(), ['noopener', 'noreferrer']);
    } else {
      assert.equal(await apply.isVisible(), false);
    }

    const ats = page.locator('#ats-analysis');
    assert.equal(await ats.count(), 1);
    assert.equal(await ats.isHidden(), true);
    assert.equal(await ats.innerHTML(), '');

    assert_no_console_errors(console_errors);
    await context.close();
  });

  it('an unknown posting id answers the 404 page', async () => {
    const { context, page, console_errors } = await open_page(site.browser);
    const response = await page.goto(`${site.server.base_url}/job/987654321`);
    assert.equal(response.status(), 404);
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Page introuvable');
    assert.equal(await page.getByRole('link', { name: 'Retour à la recherche' }).getAttribute('href'), '/');
    assert_no_console_errors(console_errors, { allowed_statuses: [404] });
    await context.close();
  });

  it('an unknown page answers the 404 page', async () => {
    const { context, page, console_errors } = await open_page(site.browser);
    const response = await page.goto(`${site.server.base_url}/cette-page-n-existe-pas`);
    assert.equal(response.status(), 404);
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Page introuvable');
    assert_no_console_errors(console_errors, { allowed_statuses: [404] });
    await context.close();
  });
});
