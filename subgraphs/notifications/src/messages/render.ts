// A notification as one reader receives it: subject, text and HTML parts in their language, with
// the city's name and colour, and the KakaoTalk template it fills. Pure: the dispatcher renders
// at send time, so a message always speaks the language the learner chose last.
import type { Locale, NoticeKind } from '@baeumteo/contracts';
import type { MessageFacts } from './facts.ts';
import { type LocaleTexts, type Text, texts } from './texts.ts';

/** The city whose site sends the message. */
export interface SiteLook {
  /** The site's name in this reader's language. */
  name: string;
  /** Brand colour, dark enough for white text. */
  color: string;
}

export interface MessageLinks {
  /** Where the message's subject can be seen: the course page, the certificate's verification. */
  open?: string | undefined;
  /** Stops this kind of message without signing in (every email carries it). */
  unsubscribe?: string | undefined;
}

export interface RenderedMessage {
  kind: NoticeKind;
  locale: Locale;
  /** The sender's name: the city site's. */
  siteName: string;
  unsubscribe?: string | undefined;
  /** The subject without the site's name, and the body's lines: what the notification centre shows. */
  heading: string;
  lines: string[];
  subject: string;
  text: string;
  html: string;
  /** The KakaoTalk template this message fills (its code) and the filled content. */
  template: { code: string; content: string };
}

const bcp47: Record<Locale, string> = { KO: 'ko-KR', EN: 'en-GB', ZH: 'zh-CN', VI: 'vi-VN' };

export function renderMessage(
  facts: MessageFacts,
  reader: { name: string; locale: Locale },
  site: SiteLook,
  links: MessageLinks,
): RenderedMessage {
  const words = texts[reader.locale];
  const body = textOf(facts, words, reader.locale);
  const startsOn =
    'course' in facts && facts.course.startsOn
      ? words.startsOn(dayIn(reader.locale, facts.course.startsOn))
      : null;
  const lines = [...body.lines, ...(startsOn ? [startsOn] : [])];
  const subject = `[${site.name}] ${body.subject}`;
  const text = [
    words.greeting(reader.name),
    '',
    ...lines,
    ...(links.open ? ['', `${words.open}: ${links.open}`] : []),
    '',
    '--',
    words.why(site.name),
    ...(links.unsubscribe ? [`${words.unsubscribe}: ${links.unsubscribe}`] : []),
  ].join('\n');
  return {
    kind: facts.kind,
    locale: reader.locale,
    siteName: site.name,
    unsubscribe: links.unsubscribe,
    heading: body.subject,
    lines,
    subject,
    text,
    html: htmlOf(reader, site, words, body.subject, lines, links),
    template: {
      code: `BAEUMTEO_${facts.kind}_${reader.locale}`,
      content: [words.greeting(reader.name), ...lines, ...(links.open ? [links.open] : [])].join('\n'),
    },
  };
}

function textOf(facts: MessageFacts, words: LocaleTexts, locale: Locale): Text {
  const course = 'course' in facts ? titleIn(locale, facts.course) : '';
  const title = 'title' in facts ? titleIn(locale, facts) : '';
  const wording = {
    course,
    title,
    day: (d: string) => dayIn(locale, d),
    time: (t: string) => timeIn(locale, t),
  };
  // Each kind's text takes that kind's facts: the union is narrowed by the kind it was stored with.
  const text = words.kinds[facts.kind] as (f: MessageFacts, w: typeof wording) => Text;
  return text(facts, wording);
}

/** Korean readers see the Korean title; others the English one where the course has it. */
function titleIn(locale: Locale, course: { title: string; titleEn?: string | null | undefined }) {
  return locale === 'KO' ? course.title : (course.titleEn ?? course.title);
}

function dayIn(locale: Locale, isoDate: string): string {
  return new Intl.DateTimeFormat(bcp47[locale], { dateStyle: 'full', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

function timeIn(locale: Locale, instant: string): string {
  return new Intl.DateTimeFormat(bcp47[locale], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Seoul',
  }).format(new Date(instant));
}

function htmlOf(
  reader: { name: string; locale: Locale },
  site: SiteLook,
  words: LocaleTexts,
  heading: string,
  lines: string[],
  links: MessageLinks,
): string {
  const color = /^#[0-9a-f]{6}$/i.test(site.color) ? site.color : '#0B4EA2';
  const paragraphs = lines.map((line) => `<p style="margin:0 0 12px">${escapeHtml(line)}</p>`).join('');
  const button = links.open
    ? `<p style="margin:20px 0"><a href="${escapeHtml(links.open)}" style="background:${color};color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none;display:inline-block">${escapeHtml(words.open)}</a></p>`
    : '';
  const unsubscribe = links.unsubscribe
    ? ` <a href="${escapeHtml(links.unsubscribe)}" style="color:#555">${escapeHtml(words.unsubscribe)}</a>`
    : '';
  return [
    `<!doctype html><html lang="${bcp47[reader.locale]}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">`,
    `<title>${escapeHtml(heading)}</title></head>`,
    '<body style="margin:0;background:#f4f4f4;font-family:sans-serif;color:#222">',
    '<div style="max-width:560px;margin:0 auto;background:#fff">',
    `<div style="background:${color};color:#fff;padding:16px 20px;font-size:18px;font-weight:bold">${escapeHtml(site.name)}</div>`,
    `<div style="padding:20px"><h1 style="font-size:18px;margin:0 0 16px">${escapeHtml(heading)}</h1>`,
    `<p style="margin:0 0 12px">${escapeHtml(words.greeting(reader.name))}</p>${paragraphs}${button}</div>`,
    `<div style="padding:12px 20px;font-size:12px;color:#555;border-top:1px solid #ddd">${escapeHtml(words.why(site.name))}${unsubscribe}</div>`,
    '</div></body></html>',
  ].join('');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
