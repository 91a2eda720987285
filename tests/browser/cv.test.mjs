// CV upload from the navbar modal (cv_upload.js) and the "Mon CV" page (GET /mon-cv).

import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

import { assert_no_console_errors, open_page } from './browser.mjs';
import { skip, use_site } from './server.mjs';

const fixture_pdf = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'documents', 'harvey_dent_mle.pdf');
const fixture_txt = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'cv', 'cv_fr.txt');
const kMaxBytes = 10 * 1024 * 1024;

const answer_to = (page, pathname) => page.waitForResponse((response) => new URL(response.url()).pathname === pathname);

/** Opens the upload modal from the navbar button and waits until the file input has the focus. */
async function open_upload_modal(page) {
  const button = page.locator('#cv-nav-upload');
  await button.waitFor({ state: 'visible' });
  assert.equal(await button.innerText(), 'Déposer mon CV');
  await button.click();
  await page.locator('#cv-upload-modal').waitFor({ state: 'visible' });
  await page.waitForFunction(() => document.activeElement?.id === 'cv-file');
}

/** Drops `text` as a file named `name` on the modal's drop zone, as a drag and drop would. */
async function drop_text_file(page, name, text) {
  await page.locator('#cv-drop-zone').evaluate((zone, file) => {
    const data = new DataTransfer();
    data.items.add(new File([file.text], file.name, { type: 'text/plain' }));
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    if (!zone.classList.contains('is-dragover')) throw new Error('no highlight on dragover');
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, { name, text });
}

describe('CV upload and the "Mon CV" page', { skip }, () => {
  const site = use_site();

  it('uploads a PDF from the navbar, shows what was read on /mon-cv, then removes it', async () => {
    const { context, page, console_errors } = await open_page(site.browser);
    const base = site.server.base_url;
    await page.goto(`${base}/`);
    await open_upload_modal(page);

    const uploaded = answer_to(page, '/upload-cv');
    await page.locator('#cv-file').setInputFiles(fixture_pdf);
    assert.equal((await uploaded).status(), 200); // its body is gone with the navigation below
    await page.waitForURL(`${base}/mon-cv`);
    const status = await (await page.request.get(`${base}/check-cv`)).json();
    assert.deepEqual(status, { cv_uploaded: true, cv_filename: 'harvey_dent_mle.pdf' });
    const session_cookie = (await context.cookies()).find((cookie) => cookie.httpOnly);
    assert.ok(session_cookie, 'an HttpOnly session cookie is set');

    await page.locator('#cv-details').waitFor({ state: 'visible' });
    assert.equal(await page.locator('#cv-empty').isHidden(), true);
    assert.equal(await page.locator('#cv-file-title').innerText(), 'harvey_dent_mle.pdf');
    assert.match(await page.locator('#cv-file-meta').innerText(), /PDF/);
    assert.equal(await page.locator('#main-nav a.nav-link[href="/mon-cv"]').getAttribute('aria-current'), 'page');

    // The navbar now names the CV instead of offering the upload.
    assert.equal(await page.locator('#cv-nav-upload').isHidden(), true);
    assert.match(await page.locator('#cv-nav-toggle').innerText(), /^CV : harvey_dent_mle\.pdf/);

    const profile = await (await page.request.get(`${base}/api/cv/profile`)).json();
    const total_text = await page.locator('#cv-experience-total').innerText();
    const entry_count = await page.locator('#cv-experience li.cv-entry').count();
    assert.ok(/Expérience totale : \d/.test(total_text) || entry_count > 0, `experience shown: ${total_text}`);
    assert.equal(entry_count, profile.profile.experience.entries.length);
    const kinds = await page.locator('#cv-sections li').evaluateAll((items) => items.map((item) => item.dataset.kind));
    assert.ok(kinds.includes('experience'), `sections listed: ${kinds.join(', ')}`);
    assert.equal(await page.locator('#cv-skills-col').isHidden(), profile.profile.skills.length === 0);

    await page.getByRole('button', { name: 'Texte extrait' }).click();
    await page.locator('#cv-text').waitFor({ state: 'visible' });
    assert.equal(await page.locator('#cv-text-toggle').getAttribute('aria-expanded'), 'true');
    assert.match(await page.locator('#cv-text').innerText(), /Harvey Dent/i);

    // The CV belongs to the session: a reload shows it again.
    await page.reload();
    await page.locator('#cv-details').waitFor({ state: 'visible' });
    await page.locator('#cv-nav-menu').waitFor({ state: 'visible' });

    page.once('dialog', (dialog) => dialog.dismiss());
    await page.getByRole('button', { name: 'Supprimer mon CV' }).click();
    assert.equal((await (await page.request.get(`${base}/check-cv`)).json()).cv_uploaded, true, 'cancelled: still there');

    page.once('dialog', (dialog) => dialog.accept());
    const removed = answer_to(page, '/remove-cv');
    await page.getByRole('button', { name: 'Supprimer mon CV' }).click();
    assert.equal((await removed).status(), 200);
    await page.locator('#cv-empty').waitFor({ state: 'visible' });
    assert.equal(await page.locator('#cv-details').isHidden(), true);
    assert.match(await page.locator('#cv-page-alert').innerText(), /CV supprimé/);
    await page.locator('#cv-nav-upload').waitFor({ state: 'visible' });
    assert.equal(await page.locator('#cv-nav-upload').innerText(), 'Déposer mon CV');
    assert.equal(await page.locator('#cv-nav-menu').isHidden(), true);
    assert.deepEqual(await (await page.request.get(`${base}/check-cv`)).json(), { cv_uploaded: false, cv_filename: null });

    assert_no_console_errors(console_errors);
    await context.close();
  });

  it('closes the modal when the upload answers while it is still opening, and links to the ranking', async () => {
    const { context, page, console_errors } = await open_page(site.browser);
    await page.goto(`${site.server.base_url}/mon-cv`);
    await page.locator('#cv-empty').waitFor({ state: 'visible' });
    // No wait for the end of the modal's fade-in (shown.bs.modal): a small text CV is read before it.
    await page.locator('#cv-empty button').click();
    await page.locator('#cv-upload-modal').waitFor({ state: 'visible' });
    const uploaded = answer_to(page, '/upload-cv');
    await page.locator('#cv-file').setInputFiles(fixture_txt);
    assert.equal((await uploaded).status(), 200);
    await page.locator('#cv-upload-modal').waitFor({ state: 'hidden' });
    await page.locator('#cv-details').waitFor({ state: 'visible' });
    assert.equal(await page.locator('#cv-page-alert').innerText(), 'Votre CV «\u00a0cv_fr.txt\u00a0» a été déposé.');
    assert.equal(await page.getByRole('link', { name: 'Voir les offres pour mon CV' }).getAttribute('href'), '/offres-pour-mon-cv');

    assert_no_console_errors(console_errors);
    await context.close();
  });

  it('shows the server message in the modal when a dropped text file is too short', async () => {
    const { context, page, console_errors } = await open_page(site.browser);
    await page.goto(`${site.server.base_url}/mon-cv`);
    await page.locator('#cv-empty').waitFor({ state: 'visible' });
    await open_upload_modal(page);

    const refused = answer_to(page, '/upload-cv');
    await drop_text_file(page, 'court.txt', 'Bonjour, je cherche un emploi.');
    const response = await refused;
    assert.equal(response.status(), 422);
    const { error } = await response.json();
    const alert = page.locator('#cv-upload-alert [role="alert"]');
    await alert.waitFor({ state: 'visible' });
    assert.equal(await alert.innerText(), error.message);
    assert.equal(await page.locator('#cv-upload-modal').isVisible(), true, 'the modal stays open');
    assert.equal(new URL(page.url()).pathname, '/mon-cv');
    assert.equal(await page.locator('#cv-nav-upload').isVisible(), true);

    assert_no_console_errors(console_errors, { allowed_statuses: [422] });
    await context.close();
  });

  it('refuses an empty file and one over 10 MB without sending them', async () => {
    const { context, page, console_errors } = await open_page(site.browser);
    let sent = 0;
    page.on('request', (request) => { if (new URL(request.url()).pathname === '/upload-cv') sent += 1; });
    await page.goto(`${site.server.base_url}/stats`);
    await open_upload_modal(page);
    const alert = page.locator('#cv-upload-alert [role="alert"]');

    await page.locator('#cv-file').setInputFiles({ name: 'gros_cv.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(kMaxBytes + 1, 0x20) });
    await alert.waitFor({ state: 'visible' });
    assert.match(await alert.innerText(), /gros_cv\.pdf.*10 Mo/);

    await page.locator('#cv-file').setInputFiles({ name: 'vide.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
    await page.waitForFunction(() => /vide\.txt/.test(document.getElementById('cv-upload-alert').textContent));
    assert.match(await alert.innerText(), /est vide/);

    assert.equal(sent, 0, 'no request to /upload-cv');
    assert.equal(await page.locator('#cv-upload-progress').isHidden(), true);
    assert_no_console_errors(console_errors);
    await context.close();
  });
});
