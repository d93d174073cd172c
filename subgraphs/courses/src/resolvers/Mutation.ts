import type { MutationResolvers } from '../generated/graphql.ts';
import { sendCourseNotice } from '../operations/courseMessages.ts';
import { cancelCourse, createCourse, publishCourse, updateCourse } from '../operations/courses.ts';
import {
  applyToCourse,
  cancelEnrollment,
  decideEnrollment,
  drawLottery,
  finishCourse,
  recordAttendance,
} from '../operations/enrollments.ts';
import { rescheduleCourse } from '../operations/reschedule.ts';
import { createVenue, updateVenue } from '../operations/venues.ts';

export const Mutation: MutationResolvers = {
  applyToCourse: (_, a, ctx) => applyToCourse(ctx, a.courseId, a.idempotencyKey),
  cancelEnrollment: (_, a, ctx) => cancelEnrollment(ctx, a.enrollmentId),
  createCourse: (_, a, ctx) => createCourse(ctx, a.input, a.idempotencyKey),
  updateCourse: (_, a, ctx) => updateCourse(ctx, a.id, a.input),
  publishCourse: (_, a, ctx) => publishCourse(ctx, a.id),
  cancelCourse: (_, a, ctx) => cancelCourse(ctx, a.id),
  rescheduleCourse: (_, a, ctx) => rescheduleCourse(ctx, a.id, a.input),
  sendCourseNotice: (_, a, ctx) => sendCourseNotice(ctx, a.courseId, a.message),
  createVenue: (_, a, ctx) => createVenue(ctx, a.input, a.idempotencyKey),
  updateVenue: (_, a, ctx) => updateVenue(ctx, a.id, a.input),
  drawLottery: (_, a, ctx) => drawLottery(ctx, a.courseId),
  decideEnrollment: (_, a, ctx) => decideEnrollment(ctx, a.enrollmentId, a.approve),
  recordAttendance: async (_, a, ctx) => {
    const entry = { learnerId: a.learnerId, present: a.present };
    // One entry in, its enrollment out: recordAttendance refuses a learner who is not enrolled.
    const [enrollment] = await recordAttendance(ctx, a.sessionId, [entry], () => 'learnerId');
    return enrollment!;
  },
  recordSessionAttendance: (_, a, ctx) =>
    recordAttendance(ctx, a.sessionId, a.entries, (i) => `entries[${i}].learnerId`),
  finishCourse: (_, a, ctx) => finishCourse(ctx, a.id),
};
