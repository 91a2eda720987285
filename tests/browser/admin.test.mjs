// Admin page (GET /admin/): login, overview, deletion, logout, disabled admin.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { assert_no_console_errors, open_page } from './browser.mjs';
import { fetch_json, skip, use_site } from './server.mjs';

async function log_in(page, password) {
  await page.getByLabel('Mot de passe').fill(password);
  const answered = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/admin/login');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  return answered;
}

describe('admin page', { skip }, () => {
  const site = use_site();

  it('refuses a wrong password, shows the overview after login and the form again after logout', async () => {
    const { context, page, console_errors } = await open_page(site.browser);
    await page.goto(`${site.server.base_url}/admin/`);
    await page.locator('#login-form').waitFor({ state: 'visible' });
    assert.equal(await page.locator('#admin-section').isHidden(), true);

    const refused = await log_in(page, `${site.server.admin_password}-wrong`);
    assert.equal(refused.status(), 401);
    const error = page.locator('#admin-alert [role="alert"]');
    await error.waitFor({ state: 'visible' });
    assert.equal(await error.innerText(), (await refused.json()).error.message);
    assert.equal(await page.locator('#admin-section').isHidden(), true);

    await log_in(page, site.server.admin_password);
    await page.locator('#admin-section').waitFor({ state: 'visible' });
    assert.equal(await page.locator('#login-section').isHidden(), true);
    const total = (await fetch_json(site.server.base_url, '/api/search')).body.stats.total_jobs;
    assert.equal(Number((await page.locator('#overview-total').innerText()).replace(/\D/g, '')), total);
    assert.ok(await page.locator('#overview-sources tr').count() > 0, 'postings per source listed');

    const logged_out = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/admin/logout');
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    assert.equal((await logged_out).status(), 200);
    await page.locator('#login-form').waitFor({ state: 'visible' });
    assert.equal(await page.locator('#admin-section').isHidden(), true);
    const session = await (await page.request.get(`${site.server.base_url}/api/admin/session`)).json();
    assert.equal(session.authenticated, false);

    assert_no_console_errors(console_errors, { allowed_statuses: [401] });
    await context.close();
  });

  it('deletes a posting only after confirmation', async () => {
    const victim = (await fetch_json(site.server.base_url, '/api/search?per_page=1')).body.jobs[0];
    const { context, page, console_errors } = await open_page(site.browser);
    await page.goto(`${site.server.base_url}/admin/`);
    await page.locator('#login-form').waitFor({ state: 'visible' });
    await log_in(page, site.server.admin_password);
    await page.locator('#admin-section').waitFor({ state: 'visible' });
    const total_before = Number((await page.locator('#overview-total').innerText()).replace(/\D/g, ''));

    await page.getByLabel("Identifiant de l'offre").fill(String(victim.id));
    page.once('dialog', (dialog) => dialog.dismiss());
    await page.getByRole('button', { name: 'Supprimer' }).click();
    assert.equal((await fetch_json(site.server.base_url, `/api/jobs/${victim.id}`)).status, 200, 'cancelled: still there');

    page.once('dialog', (dialog) => dialog.accept());
    const deleted = page.waitForResponse((response) => new URL(response.url()).pathname === `/api/admin/jobs/${victim.id}/delete`);
    await page.getByRole('button', { name: 'Supprimer' }).click();
    assert.equal((await deleted).status(), 200);
    await page.locator('#admin-alert .alert-success').waitFor({ state: 'visible' });
    assert.equal((await fetch_json(site.server.base_url, `/api/jobs/${victim.id}`)).status, 404);
    await page.waitForFunction((expected) => document.getElementById('overview-total').textContent.replace(/\D/g, '') === String(expected), total_before - 1);

    assert_no_console_errors(console_errors);
    await context.close();
  });
});

describe('admin page with the admin area disabled', { skip }, () => {
  const site = use_site({ admin_password: null });

  it('shows the server message saying how to enable it', async () => {
    const refused = await fetch_json(site.server.base_url, '/api/admin/session');
    assert.equal(refused.status, 403);
    const { message } = refused.body.error;
    assert.ok(message.length > 0);

    const { context, page, console_errors } = await open_page(site.browser);
    const response = await page.goto(`${site.server.base_url}/admin/`);
    // The server may answer the page itself with 403, or serve it and let the API refuse.
    const bare_answer = response.status() === 403;
    if (bare_answer) {
      // The page's script may still be fetching the message it shows: wait for it.
      await page.waitForFunction((text) => document.body.innerText.includes(text), message);
      assert.ok((await page.locator('body').innerText()).includes(message));
    } else {
      const warning = page.locator('#admin-alert .alert');
      await warning.waitFor({ state: 'visible' });
      assert.equal(await warning.innerText(), message);
      assert.equal(await page.locator('#login-section').isHidden(), true);
    }
    assert_no_console_errors(console_errors, { allowed_statuses: [403], allowed_paths: bare_answer ? ['/favicon.ico'] : [] });
    await context.close();
  });
});
