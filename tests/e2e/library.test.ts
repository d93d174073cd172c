/// <reference lib="dom" />
// The online library on a phone: find a content, play it, and see the progress the server saved
// while it played; follow a learning path; join a live class.
import { randomUUID } from 'node:crypto';
import { inTenant, rowsOf } from '@baeumteo/server';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { signUp, withRole } from '../src/accounts.ts';
import {
  e2eSuite,
  expectAccessible,
  newVisitor,
  screenshot,
  settled,
  signInVisitor,
  text,
} from './harness.ts';
import { writeSilence } from './media.ts';

// A one-minute recording on the site's own origin (written before the site server reads its files).
const tag = randomUUID().slice(0, 6);
const mediaPath = writeSilence(inject('siteBuilds').seongnam, `lesson-${tag}`, 60);
const suite = e2eSuite(['seongnam']);
let content: { id: string; title: string };

beforeAll(async () => {
  const title = `소리 명상 ${tag}`;
  const [row] = rowsOf<{ id: string }>(
    await inTenant(suite.platform().services.content.database.db, '*', (tx) =>
      tx.execute(sql`insert into content.contents (title_ko, title_en, description_ko, kind, provider, city_id,
          duration_minutes, level, category, languages, url)
        values (${title}, ${`Sound meditation ${tag}`}, '호흡에 집중하는 1분 명상입니다.', 'VIDEO', '성남시', 'seongnam',
          1, 'BEGINNER', 'CULTURE_ARTS', '{KO,EN}', ${suite.site('seongnam').at(mediaPath)}) returning id`),
    ),
  );
  content = { id: row?.id ?? '', title };
});

describe('the online library', () => {
  it('plays a content and saves progress while it plays', { timeout: 90_000 }, async () => {
    const platform = suite.platform();
    const browser = suite.browser();
    const site = suite.site('seongnam');
    const learner = await signUp(platform, { residenceCityId: 'seongnam' });
    const { context, page } = await newVisitor(browser);
    await signInVisitor(context, platform, learner);
    await page.goto(site.at('/library'));
    await page.getByTestId('content-search').fill(content.title);
    await page.getByTestId('content-search').press('Enter');
    await expect.poll(() => page.getByTestId('content-card').count()).toBe(1);
    await settled(page);
    await screenshot(page, 'library-seongnam-phone');
    await expectAccessible(page, 'library search');
    await page.getByTestId('content-card').first().click();
    await expect.poll(() => page.getByTestId('content-title').textContent()).toBe(content.title);

    const video = page.locator('[data-testid="player"] video, video[data-testid="player"]').first();
    await video.waitFor();
    await video.evaluate((element: HTMLVideoElement) => element.play());
    await page.waitForTimeout(4_000);
    await video.evaluate((element: HTMLVideoElement) => element.pause());
    // The pause reports the position; the page shows what the server saved.
    await expect
      .poll(
        async () =>
          Number(
            /(\d+(?:\.\d+)?)\s*%/.exec(
              (await page.getByTestId('progress-percent').textContent()) ?? '',
            )?.[1] ?? 0,
          ),
        {
          timeout: 15_000,
        },
      )
      .toBeGreaterThan(0);
    const saved = await platform.query<{ content: { myProgress: { positionSeconds: number } | null } }>(
      'query ($id: ID!) { content(id: $id) { myProgress { positionSeconds } } }',
      { id: content.id },
      learner.auth,
    );
    expect(saved.body.data?.content.myProgress?.positionSeconds).toBeGreaterThanOrEqual(2);
    await screenshot(page, 'content-seongnam-phone');
    await expectAccessible(page, 'content page while playing');
    await context.close();
  });

  it('lists learning paths with their steps, and upcoming live classes one can join', {
    timeout: 90_000,
  }, async () => {
    const platform = suite.platform();
    const browser = suite.browser();
    const site = suite.site('seongnam');
    const learner = await signUp(platform, { residenceCityId: 'seongnam' });
    const { context, page } = await newVisitor(browser);
    await signInVisitor(context, platform, learner);
    await page.goto(site.at('/paths'));
    await page.getByTestId('learning-path').first().waitFor();
    expect(await page.getByTestId('path-progress').first().textContent()).toMatch(/0\s*\/\s*\d+/);
    await settled(page);
    await expectAccessible(page, 'learning paths');

    // A class starting in five minutes is open for joining (from 15 minutes before).
    const staff = await withRole(platform, 'CITY_STAFF', 'seongnam');
    const tag = randomUUID().slice(0, 4);
    const title = `저녁 인문학 생중계 ${tag}`;
    const scheduled = await platform.query(
      'mutation ($input: CreateLiveSessionInput!) { createLiveSession(input: $input) { id } }',
      {
        input: {
          hostCityId: 'seongnam',
          titleKo: title,
          room: `seongnam-evening-${tag}`,
          startsAt: new Date(Date.now() + 5 * 60_000).toISOString(),
          endsAt: new Date(Date.now() + 65 * 60_000).toISOString(),
        },
      },
      staff.auth,
    );
    expect(scheduled.body.errors, JSON.stringify(scheduled.body.errors)).toBeUndefined();
    await page.goto(site.at('/live'));
    const live = page.getByTestId('live-class').filter({ hasText: title });
    await live.waitFor();
    await settled(page);
    await expectAccessible(page, 'live classes');
    await live.getByTestId('join-live').click();
    await expect.poll(() => live.getByTestId('join-url').getAttribute('href')).toMatch(/^https:\/\//);
    await screenshot(page, 'live-seongnam-phone');
    await context.close();
  });

  it('shows more of a long list without losing what is shown', { timeout: 60_000 }, async () => {
    const browser = suite.browser();
    const site = suite.site('seongnam');
    const { context, page } = await newVisitor(browser);
    await page.goto(site.at('/library'));
    const cards = page.getByTestId('content-card');
    await cards.first().waitFor();
    const first = await cards.count();
    const firstTitle = await cards.first().textContent();
    await page.getByRole('button', { name: text('library', 'ko', 'library.showMore'), exact: true }).click();
    await expect.poll(() => cards.count()).toBeGreaterThan(first);
    expect(await cards.first().textContent()).toBe(firstTitle);
    await context.close();
  });
});
