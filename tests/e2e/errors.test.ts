/// <reference lib="dom" />
// What goes wrong, as a resident meets it: an ended session asks to sign in again and comes back;
// a lost connection says so in the visitor's language and keeps the form; an unknown address is
// a not-found page.
import { describe, expect, it } from 'vitest';
import { signUp } from '../src/accounts.ts';
import { e2eSuite, expectAccessible, newVisitor, screenshot, settled, text } from './harness.ts';

const suite = e2eSuite(['seongnam']);

describe('when things go wrong', () => {
  it('asks to sign in again when the session has ended, and returns to the same page', async () => {
    const platform = suite.platform();
    const browser = suite.browser();
    const site = suite.site('seongnam');
    const learner = await signUp(platform, { residenceCityId: 'seongnam' });
    const { context, page } = await newVisitor(browser);
    // A session the API no longer accepts (its tokens were ended elsewhere).
    const ended = {
      token: 'ended.token.value',
      refreshToken: 'ended-refresh-token',
      expiresAt: new Date(Date.now() + 10 * 60_000).toISOString(),
      sessionExpiresAt: new Date(Date.now() + 86_400_000).toISOString(),
    };
    await context.addInitScript((stored) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('baeumteo.session', stored);
        sessionStorage.setItem('seeded', '1');
      }
    }, JSON.stringify(ended));
    await page.goto(site.at('/me'));
    await page.waitForURL(/\/signin\?next=%2Fme/);
    await page.getByTestId('signin-submit').waitFor();
    await page.getByTestId('session-expired').waitFor();
    expect(await page.getByTestId('session-expired').textContent()).toContain(
      text('common', 'ko', 'errors.sessionExpired'),
    );
    await page.getByLabel(text('account', 'ko', 'fields.email'), { exact: true }).fill(learner.email);
    await page.getByLabel(text('account', 'ko', 'fields.password'), { exact: true }).fill(learner.password);
    await page.getByTestId('signin-submit').click();
    await page.waitForURL(/\/me$/);
    await page.getByTestId('my-learning').waitFor();
    await context.close();
  });

  it('says the connection failed in the current language and keeps what was typed', async () => {
    const _platform = suite.platform();
    const browser = suite.browser();
    const site = suite.site('seongnam');
    const { context, page } = await newVisitor(browser, { locale: 'en-US' });
    await page.goto(site.at('/signup'));
    await page.getByTestId('signup-submit').waitFor();
    await page.getByLabel(text('account', 'en', 'fields.email'), { exact: true }).fill('offline@example.kr');
    await page.getByLabel(text('account', 'en', 'fields.displayName'), { exact: true }).fill('Minh Anh');
    await page
      .getByLabel(text('account', 'en', 'fields.password'), { exact: true })
      .fill('a long enough password');
    await page.route('**/graphql', (route) => route.abort('internetdisconnected'));
    await page.getByTestId('signup-submit').click();
    const alert = page.getByRole('alert').filter({ hasText: text('common', 'en', 'errors.network') });
    await alert.waitFor();
    expect(await page.getByLabel(text('account', 'en', 'fields.email'), { exact: true }).inputValue()).toBe(
      'offline@example.kr',
    );
    expect(
      await page.getByLabel(text('account', 'en', 'fields.displayName'), { exact: true }).inputValue(),
    ).toBe('Minh Anh');
    await screenshot(page, 'signup-seongnam-offline-phone');
    await expectAccessible(page, 'sign-up with a network error');
    await context.close();
  });

  it('shows a not-found page for an unknown address, in the skin, with a way back', async () => {
    const _platform = suite.platform();
    const browser = suite.browser();
    const site = suite.site('seongnam');
    const { context, page } = await newVisitor(browser);
    const response = await page.goto(site.at('/no/such/page'));
    expect(response?.status()).toBe(200);
    await page.getByTestId('not-found').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      text('common', 'ko', 'notFound.title'),
    );
    expect(await page.getByTestId('site-name').textContent()).toContain('성남');
    await page
      .getByRole('main')
      .getByRole('link', { name: text('common', 'ko', 'notFound.home') })
      .click();
    await page.getByTestId('course-card').first().waitFor();
    // A missing script is a real 404, never the page.
    const asset = await page.request.get(site.at('/assets/missing-chunk.js'));
    expect(asset.status()).toBe(404);
    await context.close();
  });

  it('serves every page under a strict Content-Security-Policy', async () => {
    const _platform = suite.platform();
    const browser = suite.browser();
    const site = suite.site('seongnam');
    const { context, page } = await newVisitor(browser);
    const response = await page.goto(site.url);
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response?.headers()['x-content-type-options']).toBe('nosniff');
    await page.getByTestId('course-card').first().waitFor();
    await settled(page);
    await context.close();
  });
});
