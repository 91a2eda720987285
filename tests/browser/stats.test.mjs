// Dashboard (GET /stats): KPI cards, the five Chart.js canvases of /api/stats and the most
// demanded skills of /api/stats/skills with its source selector.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { assert_no_console_errors, open_page } from './browser.mjs';
import { fetch_json, skip, use_site } from './server.mjs';

const kChartIds = ['chart-sources', 'chart-companies', 'chart-locations', 'chart-contracts', 'chart-weeks', 'chart-skills'];

describe('stats page', { skip }, () => {
  const site = use_site();

  it('shows the totals and draws every chart', async () => {
    const { stats } = (await fetch_json(site.server.base_url, '/api/stats')).body;
    const { context, page, console_errors } = await open_page(site.browser);
    await page.goto(`${site.server.base_url}/stats`);

    await page.waitForFunction(() => document.getElementById('kpi-jobs').textContent !== '–');
    const digits = async (id) => Number((await page.locator(`#${id}`).innerText()).replace(/\D/g, ''));
    assert.equal(await digits('kpi-jobs'), stats.total_jobs);
    assert.equal(await digits('kpi-companies'), stats.total_companies);
    assert.equal(await digits('kpi-sources'), stats.total_sources);

    for (const id of kChartIds) {
      const canvas = page.locator(`canvas#${id}`);
      assert.ok((await canvas.getAttribute('aria-label'))?.length > 0, `${id} has an aria-label`);
      // Polls until Chart.js (animated or not) has painted something on the canvas.
      await page.waitForFunction((canvas_id) => {
        const element = document.getElementById(canvas_id);
        if (!element || element.width === 0 || element.height === 0) return false;
        const pixels = element.getContext('2d').getImageData(0, 0, element.width, element.height).data;
        let painted = 0;
        for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) painted += 1;
        return painted > 100;
      }, id, { timeout: 10_000 });
      assert.ok(await canvas.evaluate((element) => element.width > 0), `${id} has a width`);
    }

    assert_no_console_errors(console_errors);
    await context.close();
  });

  it('the skills chart follows the source selector', async () => {
    const skills = (await fetch_json(site.server.base_url, '/api/stats/skills')).body;
    assert.equal(skills.success, true);
    assert.ok(skills.top_skills.length > 0 && skills.top_skills.length <= 20, 'top 20 skills');
    const sources = Object.keys(skills.by_source).filter((source) => skills.by_source[source].length > 0);
    assert.ok(sources.length > 0, 'skills per source');

    const { context, page, console_errors } = await open_page(site.browser);
    await page.goto(`${site.server.base_url}/stats`);
    const select = page.getByLabel('Source', { exact: true });
    await page.waitForFunction(() => !document.getElementById('skills-source').disabled);
    assert.equal(await page.locator('#skills-source option').count(), 1 + sources.length);
    // The canvas fallback lists what is drawn: "label : count" per bar.
    const listed = () => page.locator('#chart-skills li').allTextContents();
    assert.deepEqual(await listed(), skills.top_skills.map((skill) => `${skill.label} : ${skill.count}`));

    const source = sources[0];
    await select.selectOption(source);
    const wanted = skills.by_source[source].map((skill) => `${skill.label} : ${skill.count}`);
    await page.waitForFunction((expected) => [...document.querySelectorAll('#chart-skills li')].map((li) => li.textContent).join('\n') === expected, wanted.join('\n'));
    assert.match(await page.locator('#skills-note').innerText(), /offres analysées/);

    assert_no_console_errors(console_errors);
    await context.close();
  });
});
