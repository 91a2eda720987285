// CV analysis on the posting page (ats_report.js: POST /api/ats/analyze) and the postings ranked
// for the CV (GET /offres-pour-mon-cv, matches.js: GET /api/match).

import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

import { assert_no_console_errors, open_page } from './browser.mjs';
import { fetch_json, skip, use_site } from './server.mjs';

const fixture_pdf = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'documents', 'harvey_dent_mle.pdf');
// Words of the fixture CV (a machine learning engineer) that postings of the fixture feed use too.
const kCvKeywords = ['TensorFlow', 'machine learning', 'Python', 'SQL'];
const kCategories = ['Compétences techniques', 'Outils', 'Savoir-être', 'Expérience', 'Formation', 'Langues', 'Intitulé du poste'];

const answer_to = (page, pathname) => page.waitForResponse((response) => new URL(response.url()).pathname === pathname);

/** Postings of the fixture that name skills of the CV, most specific keyword first. */
async function candidate_ids(base) {
  const ids = [];
  for (const keyword of kCvKeywords) {
    const { body } = await fetch_json(base, `/api/search?keyword=${encodeURIComponent(keyword)}&per_page=10`);
    for (const job of body.jobs) if (!ids.includes(job.id)) ids.push(job.id);
  }
  assert.ok(ids.length > 0, `the fixture should hold postings about ${kCvKeywords.join(', ')}`);
  return ids;
}

/** Clicks `button` (which opens the upload modal), sends the fixture CV and waits for the answer. */
async function upload_cv_from(page, button) {
  await button.waitFor({ state: 'visible' });
  await button.click();
  await page.locator('#cv-upload-modal').waitFor({ state: 'visible' });
  await page.waitForFunction(() => document.activeElement?.id === 'cv-file');
  const uploaded = answer_to(page, '/upload-cv');
  await page.locator('#cv-file').setInputFiles(fixture_pdf);
  assert.equal((await uploaded).status(), 200);
  await page.locator('#cv-upload-modal').waitFor({ state: 'hidden' });
}

/** The analysis of `id` for the page's session, straight from the API. */
async function analysis_of(page, base, id) {
  const response = await page.request.post(`${base}/api/ats/analyze`, { data: { job_id: id } });
  assert.equal(response.status(), 200);
  return response.json();
}

const has_both_evidences = (skill) => skill.job_evidence && skill.cv_evidence;

describe('CV analysis and "Offres pour mon CV"', { skip }, () => {
  const site = use_site();

  it('the posting page invites to upload a CV, then scores it and highlights the evidence', async () => {
    const base = site.server.base_url;
    const ids = await candidate_ids(base);
    const { context, page, console_errors } = await open_page(site.browser);
    let analyses = 0;
    page.on('request', (request) => { if (new URL(request.url()).pathname === '/api/ats/analyze') analyses += 1; });

    // Without a CV: the invitation, and no analysis requested.
    await page.goto(`${base}/job/${ids[0]}`);
    await page.locator('#job').waitFor({ state: 'visible' });
    const cta = page.locator('#ats-cta');
    await cta.waitFor({ state: 'visible' });
    assert.match(await cta.innerText(), /Déposez votre CV pour voir votre score/);
    assert.equal(await page.locator('#ats-analysis').isHidden(), true);
    assert.equal(analyses, 0);

    // Uploading from the invitation keeps the visitor on the posting and analyses it.
    const analysed = answer_to(page, '/api/ats/analyze');
    await upload_cv_from(page, page.locator('#ats-cta-upload'));
    assert.equal((await analysed).status(), 200);
    assert.equal(new URL(page.url()).pathname, `/job/${ids[0]}`);
    await page.locator('#ats-analysis').waitFor({ state: 'visible' });
    assert.equal(await cta.isHidden(), true);

    // Pick a posting where a skill is found in both texts, and open it.
    let chosen = null;
    for (const id of ids.slice(0, 12)) {
      const report = await analysis_of(page, base, id);
      if (report.matched_skills.some(has_both_evidences)) {
        chosen = { id, report };
        break;
      }
    }
    assert.ok(chosen, 'a posting of the fixture shares a skill with the CV');
    const { report } = chosen;
    const reanalysed = answer_to(page, '/api/ats/analyze');
    await page.goto(`${base}/job/${chosen.id}`);
    await reanalysed;
    await page.locator('#ats-analysis').waitFor({ state: 'visible' });

    // Score gauge: a number 0–100 matching the API, coloured by band.
    const shown = Number(await page.locator('#ats-score').innerText());
    assert.ok(Number.isInteger(shown) && shown >= 0 && shown <= 100, `score shown: ${shown}`);
    assert.equal(shown, Math.round(report.score));
    assert.match(await page.locator('#ats-gauge').innerText(), /^\d{1,3} \/ 100$/);
    assert.equal(await page.locator('#ats-gauge').getAttribute('aria-valuenow'), String(shown));
    const band = shown >= 70 ? 'success' : shown >= 40 ? 'warning' : 'danger';
    assert.ok((await page.locator('#ats-gauge').getAttribute('class')).split(' ').includes(`is-${band}`));

    // Breakdown: the seven categories in order, the unassessed ones greyed.
    const rows = page.locator('#ats-breakdown tr');
    assert.equal(await rows.count(), 7);
    assert.deepEqual(await page.locator('#ats-breakdown th').allInnerTexts(), kCategories);
    const unassessed = await rows.evaluateAll((trs) => trs.map((tr) => tr.classList.contains('ats-unassessed')));
    const keys = ['hard_skills', 'tools', 'soft_skills', 'experience', 'education', 'languages', 'title'];
    assert.deepEqual(unassessed, keys.map((key) => report.breakdown[key].assessed === false));

    // Skills: one badge per skill, required missing skills first.
    assert.equal(await page.locator('#ats-matched .ats-skill').count(), report.matched_skills.length);
    assert.equal(await page.locator('#ats-missing .ats-skill').count(), report.missing_skills.length);
    const importances = await page.locator('#ats-missing .ats-skill').evaluateAll((badges) => badges.map((b) => b.dataset.importance));
    assert.deepEqual(importances, [...importances].sort((a, b) => Number(a === 'nice_to_have') - Number(b === 'nice_to_have')));
    assert.equal(await page.locator('#ats-suggestions li').count(), report.suggestions.length);

    // Both texts carry <mark> elements; a skill's marks spell its evidence (code-point offsets).
    const job_marks = page.locator('#ats-job-text mark');
    const cv_marks = page.locator('#ats-cv-text mark');
    assert.ok(await job_marks.count() >= 1, 'marks in the posting text');
    assert.ok(await cv_marks.count() >= 1, 'marks in the CV text');
    const index = report.matched_skills.findIndex(has_both_evidences);
    const skill = report.matched_skills[index];
    const key = `m${index}`;
    const marks_text = (pane) => page.locator(`${pane} mark`).evaluateAll(
      (marks, wanted) => marks.filter((mark) => mark.dataset.skills.split(' ').includes(wanted)).map((mark) => mark.textContent).join(''), key);
    assert.equal(await marks_text('#ats-job-text'), skill.job_evidence.text);
    assert.equal(await marks_text('#ats-cv-text'), skill.cv_evidence.text);

    // Clicking the badge highlights its passages and scrolls each pane to them.
    const badge = page.locator(`#ats-matched button.ats-skill[data-skill="${key}"]`);
    await badge.click();
    assert.equal(await badge.getAttribute('aria-pressed'), 'true');
    for (const pane of ['#ats-job-text', '#ats-cv-text']) {
      await page.waitForFunction(({ selector, wanted }) => {
        const box = document.querySelector(selector);
        const mark = [...box.querySelectorAll('mark.is-active')].find((m) => m.dataset.skills.split(' ').includes(wanted));
        if (!mark) return false;
        const outer = box.getBoundingClientRect();
        const inner = mark.getBoundingClientRect();
        return inner.top >= outer.top - 1 && inner.bottom <= outer.bottom + 1;
      }, { selector: pane, wanted: key });
    }
    // French spacing: no-break spaces inside « » (\s matches them).
    assert.match(await page.locator('#ats-reveal-status').innerText(), new RegExp(`«\\s${skill.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s»`));

    // Beside the posting's title, the score links down to the analysis.
    const summary = page.locator('#ats-summary a');
    assert.equal(await summary.getAttribute('href'), '#ats-title');
    assert.match(await summary.innerText(), new RegExp(`^${shown} / 100 .*voir l’analyse$`));

    // On a phone: nothing wider than the screen, and each category's explanation under its name.
    await page.setViewportSize({ width: 390, height: 800 });
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0);
    const cells = await page.locator('#ats-breakdown tr').first().locator('th, td').evaluateAll(
      (nodes) => nodes.map((node) => node.getBoundingClientRect()).map(({ left, right, top }) => ({ left, right, top })));
    assert.ok(cells[2].top > cells[0].top && cells[2].right <= 390, `explanation below the category: ${JSON.stringify(cells)}`);

    // A posting that takes beginners (France Travail's "Débutant accepté", 0 years) says so.
    let beginner = null;
    for (let id = 1; id <= 60 && !beginner; id += 1) {
      const response = await page.request.post(`${base}/api/ats/analyze`, { data: { job_id: id } });
      if (response.status() === 200 && (await response.json()).requirements.years?.value === 0) beginner = id;
    }
    assert.ok(beginner, 'the fixture holds a posting open to beginners');
    const beginner_analysed = answer_to(page, '/api/ats/analyze');
    await page.goto(`${base}/job/${beginner}`);
    await beginner_analysed;
    await page.locator('#ats-analysis').waitFor({ state: 'visible' });
    const experience_row = page.locator('.ats-facts tr', { hasText: 'Expérience' });
    assert.match(await experience_row.innerText(), /débutant accepté/);

    // The slot for the next feature is there, and says so.
    await page.locator('#recommended-courses').waitFor({ state: 'visible' });
    assert.match(await page.locator('#recommended-courses').innerText(), /Cours recommandés[\s\S]*bientôt disponible/);

    assert_no_console_errors(console_errors);
    await context.close();
  });

  it('"Offres pour mon CV" invites to upload, then ranks the postings and keeps the filters', async () => {
    const base = site.server.base_url;
    const { context, page, console_errors } = await open_page(site.browser);
    let rankings = 0;
    page.on('request', (request) => { if (new URL(request.url()).pathname === '/api/match') rankings += 1; });

    await page.goto(`${base}/offres-pour-mon-cv`);
    await page.locator('#match-empty').waitFor({ state: 'visible' });
    assert.equal(await page.locator('#match-search').isHidden(), true);
    assert.equal(await page.locator('#main-nav a.nav-link[href="/offres-pour-mon-cv"]').getAttribute('aria-current'), 'page');
    assert.equal(rankings, 0);

    const ranked = answer_to(page, '/api/match');
    await upload_cv_from(page, page.locator('#match-upload'));
    assert.equal((await ranked).status(), 200);
    assert.equal(new URL(page.url()).pathname, '/offres-pour-mon-cv');
    await page.waitForFunction(() => document.getElementById('results').getAttribute('aria-busy') === 'false'
      && document.querySelectorAll('#results article').length > 0);
    assert.equal(await page.locator('#match-empty').isHidden(), true);

    const expected = await (await page.request.get(`${base}/api/match`)).json();
    const cards = page.locator('#results article');
    assert.deepEqual(await cards.evaluateAll((items) => items.map((card) => Number(card.dataset.jobId))), expected.jobs.map((job) => job.id));
    const scores = async () => page.locator('#results .match-score').evaluateAll((badges) => badges.map((b) => Number(b.dataset.score)));
    const all_scores = await scores();
    assert.equal(all_scores.length, expected.jobs.length);
    for (let i = 1; i < all_scores.length; i += 1) assert.ok(all_scores[i] <= all_scores[i - 1], `scores non-increasing: ${all_scores}`);
    for (const text of await page.locator('#results .match-score').allInnerTexts()) assert.match(text, /\d{1,3} \/ 100$/);
    const first = expected.jobs[0];
    assert.equal(await cards.first().locator('h3 a').getAttribute('href'), `/job/${first.id}`);
    if (first.missing_skills.length > 0) {
      assert.equal(await cards.first().locator('.match-missing').innerText(), `manque : ${first.missing_skills.join(', ')}`);
    }

    // A contract filter keeps only those postings, still ranked, and goes into the URL.
    const facets = (await fetch_json(base, '/api/facets')).body.facets;
    const cdi = facets.job_type.find((entry) => entry.value === 'CDI');
    assert.ok(cdi && cdi.count > 0, 'the fixture should hold CDI postings');
    const filtered = answer_to(page, '/api/match');
    await page.getByLabel('Type de contrat', { exact: true }).selectOption('CDI');
    await filtered;
    await page.waitForFunction(() => document.getElementById('results').getAttribute('aria-busy') === 'false');
    assert.equal(new URL(page.url()).searchParams.get('job_type'), 'CDI');
    const contracts = await cards.evaluateAll((items) => items.map((card) => card.dataset.contrat));
    assert.ok(contracts.length > 0);
    assert.deepEqual([...new Set(contracts)], ['CDI']);
    const cdi_scores = await scores();
    for (let i = 1; i < cdi_scores.length; i += 1) assert.ok(cdi_scores[i] <= cdi_scores[i - 1], `scores non-increasing: ${cdi_scores}`);

    // From a ranked posting, "back" returns to the ranking with its filters.
    const ranking_url = new URL(page.url());
    await cards.first().locator('h3 a').click();
    await page.waitForURL(/\/job\/\d+$/);
    const back = page.locator('#back-link');
    assert.equal(await back.innerText(), '← Retour aux offres pour mon CV');
    assert.equal(await back.getAttribute('href'), `${ranking_url.pathname}${ranking_url.search}`);

    assert_no_console_errors(console_errors);
    await context.close();
  });
});
