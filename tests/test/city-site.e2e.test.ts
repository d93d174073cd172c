// The city site in a real browser: Siheung's build lists Siheung's open courses, in Siheung's
// name and color with its featured online contents, on a phone-sized screen, and verifies
// certificates at /verify/<number>?code=<code>; a resident signs in at /me to see their certificates.
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rowsOf } from '@baeumteo/server';
import { sql } from 'drizzle-orm';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../src/accounts.ts';
import { buildCitySite, launchChromium, serveStatic } from '../src/browser.ts';
import { ingestAsOwners } from '../src/events.ts';
import { type Platform, startPlatform } from '../src/platform.ts';

let platform: Platform;
let site: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;

beforeAll(async () => {
  platform = await startPlatform();
  const outDir = join(mkdtempSync(join(tmpdir(), 'baeumteo-web-')), 'siheung');
  await buildCitySite('siheung', platform.gatewayUrl, outDir);
  site = await serveStatic(outDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await platform?.stop();
});

describe('city site', () => {
  it("shows the city's open courses in its name and color", async () => {
    const api = await platform.query<{
      city: { site: { siteName: string; primaryColor: string } };
      courses: { totalCount: number; edges: { node: { title: string } }[] };
    }>(`{ city(id: "siheung") { site { siteName primaryColor } }
          courses(filter: { cityId: "siheung", openForApplication: true }, first: 100) { totalCount edges { node { title } } } }`);
    const { city, courses } = api.body.data!;
    expect(courses.totalCount).toBeGreaterThan(0);

    const page = await browser.newPage({ viewport: { width: 360, height: 780 }, locale: 'ko-KR' });
    await page.goto(site.url);
    await page.getByTestId('course-card').first().waitFor({ timeout: 20_000 });

    await expect.poll(() => page.getByTestId('site-name').textContent()).toContain(city.site.siteName);
    const color = await page.evaluate<string>(
      "getComputedStyle(document.documentElement).getPropertyValue('--city-primary').trim().toLowerCase()",
    );
    expect(color).toBe(city.site.primaryColor.toLowerCase());

    const titles = await page.getByTestId('course-card').locator('h2, h3').allTextContents();
    expect(titles.length).toBe(Math.min(24, courses.totalCount));
    const openTitles = new Set(courses.edges.map((e) => e.node.title));
    for (const title of titles) expect(openTitles.has(title.trim()), title).toBe(true);
    expect(await page.getAttribute('html', 'lang')).toMatch(/^ko/);
    // The contents the city features, in its order, linking to their channel.
    const featured = await platform.query<{ city: { featuredContents: { title: string; url: string }[] } }>(
      '{ city(id: "siheung") { featuredContents { title url } } }',
    );
    const expected = featured.body.data?.city.featuredContents ?? [];
    expect(expected.length).toBeGreaterThan(0);
    const cards = page.getByTestId('featured-content');
    expect((await cards.locator('a').allTextContents()).map((t) => t.trim())).toEqual(
      expected.map((c) => c.title),
    );
    expect(await cards.first().locator('a').getAttribute('href')).toBe(expected[0]?.url);
    await page.screenshot({ path: join(tmpdir(), 'baeumteo-siheung.png'), fullPage: false });
    await page.close();
  });

  it('switches to English when the visitor asks: city name and course titles', async () => {
    const api = await platform.query<{ courses: { edges: { node: { title: string } }[] } }>(
      `{ courses(filter: { cityId: "siheung", openForApplication: true }, first: 100) { edges { node { title(locale: EN) } } } }`,
    );
    const englishTitles = new Set(api.body.data!.courses.edges.map((e) => e.node.title));
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'ko-KR' });
    await page.goto(site.url);
    await page.getByTestId('course-card').first().waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toMatch(/^en/);
    await expect.poll(() => page.locator('.site-header__city').textContent()).toBe('Siheung');
    await expect
      .poll(async () =>
        (await page.getByTestId('course-card').locator('h2, h3').allTextContents()).map((t) => t.trim()),
      )
      .toSatisfy((titles: string[]) => titles.length > 0 && titles.every((t) => englishTitles.has(t)));
    await page.close();
  });

  it('verifies a certificate on the page its QR code opens, and says why another is not valid', async () => {
    const learnerId = randomUUID();
    const events = [
      { id: randomUUID(), type: 'PROFILE', learnerId, name: '송하늘', occurredAt: new Date().toISOString() },
      {
        id: randomUUID(),
        verb: 'COMPLETED',
        learnerId,
        cityId: 'siheung',
        residenceCityId: 'siheung',
        courseId: randomUUID(),
        courseTitle: '갯골 생태 해설',
        hours: 8,
        category: 'CIVIC_PARTICIPATION',
        occurredAt: new Date().toISOString(),
      },
    ];
    expect(await ingestAsOwners(platform, events)).toMatchObject({ certified: 1 });
    // The QR code's address carries the certificate's verification code.
    const [issued] = rowsOf<{ number: string; code: string }>(
      await platform.services.history.database.db.execute(
        sql`select number, verification_code as code from history.certificates where learner_id = ${learnerId}`,
      ),
    );

    const page = await browser.newPage({ viewport: { width: 360, height: 780 }, locale: 'ko-KR' });
    // A bare number shows only a masked name.
    await page.goto(new URL(`/verify/${issued?.number}`, site.url).toString());
    await page.getByTestId('verification-masked-holder').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('verification-masked-holder').textContent()).toBe('송*늘');
    expect(await page.getByTestId('verification').textContent()).not.toContain('갯골 생태 해설');
    await page.goto(new URL(`/verify/${issued?.number}?code=${issued?.code}`, site.url).toString());
    const verification = page.getByTestId('verification');
    await verification.waitFor({ timeout: 20_000 });
    expect(await verification.getAttribute('data-valid')).toBe('true');
    expect(await page.getByTestId('verification-holder').textContent()).toBe('송하늘');
    expect(await verification.textContent()).toContain('갯골 생태 해설');

    await page.getByLabel('다른 수료증 번호 확인').fill('GG-2026-41390-999999');
    await page.getByRole('button', { name: '확인', exact: true }).click();
    await expect.poll(() => page.getByTestId('verification').getAttribute('data-valid')).toBe('false');
    expect(await page.getByTestId('verification-reason').textContent()).toMatch(/No certificate/);
    await page.close();
  });

  it('lets a resident sign in, see their hours and certificates, and download a certificate PDF', async () => {
    const learner = await signUp(platform, { residenceCityId: 'siheung', displayName: '하늘빛' });
    const at = new Date().toISOString();
    const ingested = await ingestAsOwners(platform, [
      { id: randomUUID(), type: 'PROFILE', learnerId: learner.id, name: '하늘빛', occurredAt: at },
      {
        id: randomUUID(),
        verb: 'COMPLETED',
        learnerId: learner.id,
        cityId: 'siheung',
        residenceCityId: 'siheung',
        courseId: randomUUID(),
        courseTitle: '시흥 바다 이야기',
        hours: 12,
        category: 'HUMANITIES',
        occurredAt: at,
      },
    ]);
    expect(ingested).toMatchObject({ certified: 1 });

    const page = await browser.newPage({ viewport: { width: 360, height: 780 }, locale: 'ko-KR' });
    await page.goto(new URL('/me', site.url).toString());
    await page.getByLabel('이메일').fill(learner.email);
    await page.getByLabel('비밀번호').fill(learner.password);
    await page.getByRole('button', { name: '로그인' }).click();
    const card = page.getByTestId('certificate');
    await card.waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('total-hours').textContent()).toContain('12');
    expect(await card.textContent()).toContain('시흥 바다 이야기');
    const number = (await page.getByTestId('certificate-number').textContent())?.trim() ?? '';
    expect(number).toMatch(/^GG-\d{4}-41390-\d{6}$/);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('button', { name: 'PDF 내려받기' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${number}.pdf`);
    const chunks: Buffer[] = [];
    for await (const chunk of (await download.createReadStream()) as AsyncIterable<Buffer>)
      chunks.push(chunk);
    expect(Buffer.concat(chunks).subarray(0, 5).toString()).toBe('%PDF-');

    // Signing out forgets the token and ends the session on the server: the page asks to sign in
    // again, and the token the page held no longer works anywhere.
    const held = String(await page.evaluate("sessionStorage.getItem('baeumteo.token')"));
    await page.getByRole('button', { name: '로그아웃' }).click();
    await page.getByTestId('sign-in').waitFor();
    expect(await page.evaluate("sessionStorage.getItem('baeumteo.token')")).toBeNull();
    const after = await platform.query('{ me { id } }', {}, { authorization: `Bearer ${held}` });
    expect(after.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await page.close();
  });
});
