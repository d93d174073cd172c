import type { Context } from '../context.ts';
import {
  cancelCourse,
  createCourse,
  createVenue,
  publishCourse,
  updateCourse,
} from '../operations/courses.ts';
import {
  applyToCourse,
  cancelEnrollment,
  decideEnrollment,
  drawLottery,
  finishCourse,
  recordAttendance,
} from '../operations/enrollments.ts';

// biome-ignore lint/suspicious/noExplicitAny: inputs are validated by the schema and the rules
type Input = any;

export const Mutation = {
  applyToCourse: (_: unknown, a: { courseId: string; idempotencyKey?: string | null }, ctx: Context) =>
    applyToCourse(ctx, a.courseId, a.idempotencyKey),
  cancelEnrollment: (_: unknown, a: { enrollmentId: string }, ctx: Context) =>
    cancelEnrollment(ctx, a.enrollmentId),
  createCourse: (_: unknown, a: { input: Input }, ctx: Context) => createCourse(ctx, a.input),
  updateCourse: (_: unknown, a: { id: string; input: Input }, ctx: Context) =>
    updateCourse(ctx, a.id, a.input),
  publishCourse: (_: unknown, a: { id: string }, ctx: Context) => publishCourse(ctx, a.id),
  cancelCourse: (_: unknown, a: { id: string }, ctx: Context) => cancelCourse(ctx, a.id),
  createVenue: (_: unknown, a: { input: Input }, ctx: Context) => createVenue(ctx, a.input),
  drawLottery: (_: unknown, a: { courseId: string }, ctx: Context) => drawLottery(ctx, a.courseId),
  decideEnrollment: (_: unknown, a: { enrollmentId: string; approve: boolean }, ctx: Context) =>
    decideEnrollment(ctx, a.enrollmentId, a.approve),
  recordAttendance: async (
    _: unknown,
    a: { sessionId: string; learnerId: string; present: boolean },
    ctx: Context,
  ) =>
    (
      await recordAttendance(
        ctx,
        a.sessionId,
        [{ learnerId: a.learnerId, present: a.present }],
        () => 'learnerId',
      )
    )[0],
  recordSessionAttendance: (
    _: unknown,
    a: { sessionId: string; entries: { learnerId: string; present: boolean }[] },
    ctx: Context,
  ) => recordAttendance(ctx, a.sessionId, a.entries, (i) => `entries[${i}].learnerId`),
  finishCourse: (_: unknown, a: { id: string }, ctx: Context) => finishCourse(ctx, a.id),
};
