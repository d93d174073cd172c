// A course staff's message to its applicants (rules/courseMessages.ts): by its city's staff,
// at most a few a day per course, each recipient recorded in the access log.
import { GraphQLError } from 'graphql';
import type { Context } from '../context.ts';
import type { CourseMessageRow } from '../db/schema.ts';
import { checkCourseMessage } from '../rules/courseMessages.ts';
import { managedCourse } from './courses.ts';

export async function sendCourseNotice(
  ctx: Context,
  courseId: string,
  text: string,
): Promise<CourseMessageRow> {
  const course = await managedCourse(ctx, courseId);
  const message = checkCourseMessage(text);
  const outcome = await ctx.repo.courseMessages.send(course, ctx.caller!.id, message);
  if ('limited' in outcome) {
    const seconds = Math.max(1, Math.ceil(outcome.retryAfterMs / 1000));
    throw new GraphQLError(`This course has sent its messages for today. Try again in ${seconds} seconds.`, {
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: seconds },
    });
  }
  await ctx.logAccess('MESSAGE_APPLICANTS', course, outcome.learnerIds);
  return outcome.sent;
}
