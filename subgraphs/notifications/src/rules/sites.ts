// Whose site a message comes from and where its links lead: the city's name (in the reader's
// language) and brand colour, and its site's address for the course a message is about.
import { citySites } from '@baeumteo/catalog';
import type { Locale } from '@baeumteo/contracts';
import type { notifications } from '../db/schema.ts';
import type { MessageLinks, SiteLook } from '../messages/render.ts';
import { isAccountKind } from './preferences.ts';

const provinceColor = '#0B4EA2';

export function siteLookOf(cityId: string, locale: Locale): SiteLook {
  const site = citySites[cityId] ?? citySites.gyeonggi;
  if (!site) return { name: 'Baeumteo', color: provinceColor };
  return { name: locale === 'KO' ? site.siteName : site.siteNameEn, color: site.primaryColor };
}

export interface SiteLinks {
  /**
   * The notification's links; with the learner's unsubscribe token (an email's), also the page
   * that stops this kind of email without signing in. An account message's link stops every
   * learning email, not account messages: those answer what the learner is doing, and turning
   * them off would lock them out of their account.
   */
  of(notification: typeof notifications.$inferSelect, now: Date, unsubscribeToken?: string): MessageLinks;
}

/**
 * Links from a city site's address, `{city}` replaced by the tenant's id (NOTIFY_SITE_URL, e.g.
 * https://{city}.baeumteo.kr; default http://localhost:5173).
 */
export function siteLinks(template = 'http://localhost:5173'): SiteLinks {
  const siteOf = (cityId: string) =>
    template.replaceAll('{city}', encodeURIComponent(cityId)).replace(/\/+$/, '');
  return {
    of(notification, _now, unsubscribeToken) {
      const site = siteOf(notification.cityId);
      const open = openLink(notification, site);
      if (!unsubscribeToken) return open;
      // An account message cannot be turned off: its link stops the learning emails instead.
      const query = new URLSearchParams(
        isAccountKind(notification.kind)
          ? { token: unsubscribeToken }
          : { token: unsubscribeToken, kind: notification.kind },
      );
      return { ...open, unsubscribe: `${site}/unsubscribe?${query}` };
    },
  };
}

function openLink(notification: typeof notifications.$inferSelect, site: string): MessageLinks {
  const { facts } = notification;
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
}
