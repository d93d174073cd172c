// A certificate on a phone: the holder sees it in My learning, downloads its PDF and follows its
// verification link (the QR code's address); a stranger with the bare number sees only a masked name.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signUp } from '../src/accounts.ts';
import { ingestAsOwners } from '../src/events.ts';
import { e2eSuite, expectAccessible, newVisitor, screenshot, settled, signInVisitor } from './harness.ts';

const suite = e2eSuite(['siheung']);

describe('certificates', () => {
  it('are downloaded by their holder and verified at the address their QR code opens', {
    timeout: 90_000,
  }, async () => {
    const platform = suite.platform();
    const browser = suite.browser();
    const site = suite.site('siheung');
    const learner = await signUp(platform, { residenceCityId: 'siheung', displayName: '송하늘' });
    const at = new Date().toISOString();
    const courseTitle = `갯골 생태 해설 ${randomUUID().slice(0, 4)}`;
    expect(
      await ingestAsOwners(platform, [
        { id: randomUUID(), type: 'PROFILE', learnerId: learner.id, name: '송하늘', occurredAt: at },
        {
          id: randomUUID(),
          verb: 'COMPLETED',
          learnerId: learner.id,
          cityId: 'siheung',
          residenceCityId: 'siheung',
          courseId: randomUUID(),
          courseTitle,
          hours: 12,
          category: 'CIVIC_PARTICIPATION',
          occurredAt: at,
        },
      ]),
    ).toMatchObject({ certified: 1 });

    const { context, page } = await newVisitor(browser);
    await signInVisitor(context, platform, learner);
    await page.goto(site.at('/me'));
    const card = page.getByTestId('certificate-card').filter({ hasText: courseTitle });
    await card.waitFor();
    expect(await page.getByTestId('total-hours').textContent()).toContain('12');
    await settled(page);
    await screenshot(page, 'certificates-siheung-my-learning-phone');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card.getByTestId('download-pdf').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^GG-\d{4}-41390-\d{6}\.pdf$/);
    const pdf = await download.createReadStream();
    const head = await new Promise<string>((resolve) =>
      pdf.once('data', (chunk) => resolve(String(chunk).slice(0, 5))),
    );
    expect(head).toBe('%PDF-');

    const href = (await card.getByTestId('verify-link').getAttribute('href')) ?? '';
    const address = new URL(href, site.url);
    expect(address.pathname).toMatch(/^\/verify\/GG-/);
    expect(address.searchParams.get('code')).toBeTruthy();
    await context.close();

    // Anyone with the QR code's address: the whole certificate, in the city's skin.
    const stranger = await newVisitor(browser);
    await stranger.page.goto(address.toString());
    const result = stranger.page.getByTestId('verification-result');
    await expect.poll(() => result.getAttribute('data-valid')).toBe('true');
    expect(await stranger.page.getByTestId('holder-name').textContent()).toContain('송하늘');
    expect(await result.textContent()).toContain(courseTitle);
    await settled(stranger.page);
    await screenshot(stranger.page, 'verify-siheung-phone');
    await expectAccessible(stranger.page, 'verification with code');
    // The bare number: valid, with a masked name only.
    await stranger.page.goto(site.at(address.pathname));
    await expect.poll(() => result.getAttribute('data-valid')).toBe('true');
    const bare = (await result.textContent()) ?? '';
    expect(bare).toContain('송*늘');
    expect(bare).not.toContain('송하늘');
    expect(bare).not.toContain(courseTitle);
    // A number never issued.
    await stranger.page.goto(site.at('/verify/GG-2026-41390-999999'));
    await expect.poll(() => result.getAttribute('data-valid')).toBe('false');
    await stranger.context.close();
  });
});
