// Whose site a message comes from and where its links lead: the city's name (in the reader's
// language) and brand colour, and its site's address for the course a message is about.
import { citySites } from '@baeumteo/catalog';
import type { Locale } from '@baeumteo/contracts';
import type { notifications } from '../db/schema.ts';
import type { MessageLinks, SiteLook } from '../messages/render.ts';

const provinceColor = '#0B4EA2';

export function siteLookOf(cityId: string, locale: Locale): SiteLook {
  const site = citySites[cityId] ?? citySites.gyeonggi;
  if (!site) return { name: 'Baeumteo', color: provinceColor };
  return { name: locale === 'KO' ? site.siteName : site.siteNameEn, color: site.primaryColor };
}

export interface SiteLinks {
  of(notification: typeof notifications.$inferSelect, now: Date): MessageLinks;
}

/**
 * Links from a city site's address, `{city}` replaced by the tenant's id (NOTIFY_SITE_URL, e.g.
 * https://{city}.baeumteo.kr; default http://localhost:5173).
 */
export function siteLinks(template = 'http://localhost:5173'): SiteLinks {
  const siteOf = (cityId: string) =>
    template.replaceAll('{city}', encodeURIComponent(cityId)).replace(/\/+$/, '');
  return {
    of(notification) {
      const { facts } = notification;
      const site = siteOf(notification.cityId);
      if ('course' in facts) return { open: `${site}/courses/${facts.course.id}` };
      switch (facts.kind) {
        case 'CERTIFICATE_ISSUED':
          return { open: facts.verificationUrl };
        case 'LIVE_STARTING':
          return { open: facts.joinUrl };
        case 'VERIFY_EMAIL':
          return { open: `${site}/account/verify-email?token=${facts.token}` };
        case 'PASSWORD_RESET':
          return { open: `${site}/account/reset-password?token=${facts.token}` };
        case 'EMAIL_CHANGED':
          return {};
      }
    },
  };
}
