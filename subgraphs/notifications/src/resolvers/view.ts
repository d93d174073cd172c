// A notification as the centre shows it: rendered in the learner's language (the one they chose
// for their messages, else their account's), once per notification and request.
import type { Context } from '../context.ts';
import type { NotificationRow } from '../db/schema.ts';
import { renderMessage } from '../messages/render.ts';
import { siteLookOf } from '../rules/sites.ts';

export interface CentreView {
  title: string;
  body: string;
  link: string | null;
}

const views = new WeakMap<NotificationRow, Promise<CentreView>>();

export function centreView(n: NotificationRow, ctx: Context): Promise<CentreView> {
  let view = views.get(n);
  if (!view) {
    view = ctx.readerOf(n.learnerId).then((reader) => {
      const links = ctx.links.of(n, new Date());
      const message = renderMessage(n.facts, reader, siteLookOf(n.cityId, reader.locale), links);
      return { title: message.heading, body: message.lines.join('\n'), link: links.open ?? null };
    });
    views.set(n, view);
  }
  return view;
}
