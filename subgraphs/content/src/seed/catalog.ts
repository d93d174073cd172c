// Seeds the shared content library and the learning paths. Idempotent: rows that exist are kept.

import { generateCatalog } from '@baeumteo/catalog';
import { cities } from '@baeumteo/contracts';
import { chunks, inTenant, seedDay } from '@baeumteo/server';
import { contents, featuredContents, learningPathSteps, learningPaths, liveSessions } from '../db/schema.ts';
import type { ContentDb } from '../repo/contents.ts';

export async function seedCatalog(db: ContentDb, now = new Date()) {
  const catalog = generateCatalog({ now: seedDay(now) });
  const steps = catalog.learningPaths.flatMap((path) =>
    path.contentIds.map((contentId, position) => ({ pathId: path.id, position, contentId })),
  );
  const featured = featuredOf(catalog.contents);
  const live = liveSessionsFrom(now);
  await inTenant(db, '*', async (tx) => {
    for (const batch of chunks(catalog.contents))
      await tx.insert(contents).values(batch).onConflictDoNothing();
    const paths = catalog.learningPaths.map(({ contentIds: _steps, ...path }, position) => ({
      ...path,
      position,
    }));
    await tx.insert(learningPaths).values(paths).onConflictDoNothing();
    for (const batch of chunks(steps)) await tx.insert(learningPathSteps).values(batch).onConflictDoNothing();
    for (const batch of chunks(featured))
      await tx.insert(featuredContents).values(batch).onConflictDoNothing();
    if ((await tx.select({ id: liveSessions.id }).from(liveSessions).limit(1)).length === 0) {
      await tx.insert(liveSessions).values(live);
    }
  });
  return {
    contents: catalog.contents.length,
    'learning paths': catalog.learningPaths.length,
    'featured contents': featured.length,
    'live classes': live.length,
  };
}

type SeedContent = ReturnType<typeof generateCatalog>['contents'][number];

/** Each city features its own YouTube channel first, then the province's and K-MOOC's, six in all. */
function featuredOf(library: SeedContent[]) {
  const shared = library.filter((c) => c.provider === 'GSEEK' || c.provider === 'K-MOOC');
  return cities.flatMap((city, i) => {
    const own = library.filter((c) => c.cityId === city.id && c.kind === 'YOUTUBE').slice(0, 3);
    const picks = [...own];
    for (let k = 0; picks.length < 6 && k < shared.length; k++) {
      const candidate = shared[(i * 7 + k * 13) % shared.length] as SeedContent;
      if (!picks.includes(candidate)) picks.push(candidate);
    }
    return picks.map((c, position) => ({ cityId: city.id, position, contentId: c.id }));
  });
}

/** A season of live classes: one a week from several cities, the first tomorrow evening. */
function liveSessionsFrom(now: Date) {
  const topics = [
    ['suwon', '수원 화성 이야기 라이브 특강', 'Live lecture: the story of Hwaseong Fortress'],
    ['siheung', '시흥 갯골 생태 라이브 탐방', 'Live tour: Siheung tidal creek ecology'],
    ['ansan', '외국인 주민을 위한 생활 한국어 라이브', 'Live everyday Korean for foreign residents'],
    ['yongin', 'AI 활용 글쓰기 라이브 워크숍', 'Live workshop: writing with AI'],
    ['gapyeong', '어르신 스마트폰 활용 라이브 교실', 'Live class: smartphones for seniors'],
    ['goyang', '책 쓰기 입문 라이브 세미나', 'Live seminar: writing your first book'],
  ] as const;
  const day = 86_400_000;
  const first = new Date(seedDay(now).getTime() + day + 19 * 3_600_000); // 19:00 in Korea
  return topics.map(([hostCityId, titleKo, titleEn], week) => {
    const startsAt = new Date(first.getTime() + week * 7 * day);
    return {
      hostCityId,
      titleKo,
      titleEn,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 90 * 60_000),
      capacity: week % 2 === 0 ? 500 : 300,
      room: `${hostCityId}-live-${week + 1}`,
    };
  });
}
