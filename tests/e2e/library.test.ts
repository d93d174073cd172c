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

  it('lets a signed-in learner ask to be reminded of a live class, and keeps the wish', {
    timeout: 90_000,
  }, async () => {
    const platform = suite.platform();
    const browser = suite.browser();
    const site = suite.site('seongnam');
    const learner = await signUp(platform, { residenceCityId: 'seongnam', preferredLocale: 'VI' });
    const staff = await withRole(platform, 'CITY_STAFF', 'seongnam');
    const title = `주말 가족 코딩 생중계 ${randomUUID().slice(0, 4)}`;
    const scheduled = await platform.query<{ createLiveSession: { id: string } }>(
      'mutation ($input: CreateLiveSessionInput!) { createLiveSession(input: $input) { id } }',
      {
        input: {
          hostCityId: 'seongnam',
          titleKo: title,
          room: `seongnam-coding-${randomUUID().slice(0, 4)}`,
          startsAt: new Date(Date.now() + 2 * 3_600_000).toISOString(),
          endsAt: new Date(Date.now() + 3 * 3_600_000).toISOString(),
        },
      },
      staff.auth,
    );
    const sessionId = scheduled.body.data?.createLiveSession.id as string;
    const wish = async () =>
      (
        await platform.query<{ liveSessions: { id: string; remindMe: boolean | null }[] }>(
          '{ liveSessions(upcoming: true) { id remindMe } }',
          {},
          learner.auth,
        )
      ).body.data?.liveSessions.find((s) => s.id === sessionId)?.remindMe;

    // Anonymous visitors are asked to sign in: no box to tick.
    const anonymous = await newVisitor(browser);
    await anonymous.page.goto(site.at('/live'));
    const seen = anonymous.page.getByTestId('live-class').filter({ hasText: title });
    await seen.waitFor();
    expect(await seen.getByTestId('remind-me').count()).toBe(0);
    await anonymous.context.close();

    const { context, page } = await newVisitor(browser, { locale: 'vi-VN' });
    await signInVisitor(context, platform, learner);
    await page.goto(site.at('/live'));
    const live = page.getByTestId('live-class').filter({ hasText: title });
    await live.waitFor();
    const box = live.getByRole('checkbox', { name: 'Nhắc tôi 15 phút trước khi bắt đầu' });
    expect(await box.isChecked()).toBe(false);
    await box.check();
    await expect.poll(() => live.getByRole('status').last().textContent()).toMatch(/qua email 15 phút/);
    await expect.poll(wish).toBe(true);
    await settled(page);
    await expectAccessible(page, 'live classes with a reminder');
    await screenshot(page, 'live-reminder-seongnam-phone');

    // The wish is the server's: a reload shows it, and unticking withdraws it.
    await page.reload();
    await live.waitFor();
    await expect.poll(() => box.isChecked()).toBe(true);
    await box.uncheck();
    await expect.poll(wish).toBe(false);

    // The reminder's link opens the page at its class, however far down the list it is.
    const later = await platform.query<{ createLiveSession: { id: string } }>(
      'mutation ($input: CreateLiveSessionInput!) { createLiveSession(input: $input) { id } }',
      {
        input: {
          hostCityId: 'seongnam',
          titleKo: `먼 훗날의 생중계 ${randomUUID().slice(0, 4)}`,
          room: `seongnam-later-${randomUUID().slice(0, 4)}`,
          startsAt: new Date(Date.now() + 300 * 86_400_000).toISOString(),
          endsAt: new Date(Date.now() + 300 * 86_400_000 + 3_600_000).toISOString(),
        },
      },
      staff.auth,
    );
    const laterId = later.body.data?.createLiveSession.id as string;
    // Opened as from a mail: a new load (from /live itself it would only move to the hash).
    await page.goto(site.at('/'));
    await page.goto(site.at(`/live#live-${laterId}`));
    const card = page.locator(`#live-${laterId}`);
    await card.waitFor();
    await expect
      .poll(() => card.evaluate((heading) => heading.getBoundingClientRect().top))
      .toBeLessThan(640);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
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
