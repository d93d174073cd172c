// Applications, lottery, approval, attendance and completion (DESIGN.md, academic management).
import { randomBytes } from 'node:crypto';
import { badInput, checkIdempotencyKey, conflict, notFound, unauthenticated } from '@baeumteo/server';
import type { Context } from '../context.ts';
import type { CourseRow, EnrollmentRow } from '../db/schema.ts';
import { countApplication } from '../metrics.ts';
import { AlreadyAppliedError } from '../repo/applications.ts';
import { draftCitiesVisibleTo, managesCity, takesAttendance } from '../rules/access.ts';
import type { Refusal } from '../rules/applying.ts';
import { finishableStatuses, judge, judgeOnline } from '../rules/completion.ts';
import { totalHours } from '../rules/hours.ts';
import { draw } from '../rules/lottery.ts';
import { isCancellable, placeInOrder, seatsLeft } from '../rules/seats.ts';
import { managedCourse } from './courses.ts';

export async function applyToCourse(
  ctx: Context,
  courseId: string,
  idempotencyKey: string | null | undefined,
) {
  if (!ctx.caller) throw unauthenticated();
  const learner = { id: ctx.caller.id, residenceCityId: ctx.caller.residenceCityId };
  const key = checkIdempotencyKey(idempotencyKey);
  if (key) {
    const earlier = await ctx.repo.enrollments.byIdempotencyKey(learner.id, key);
    if (earlier) {
      if (earlier.courseId !== courseId) throw conflict('This idempotency key was used for another course.');
      return earlier;
    }
  }
  try {
    const applied = await ctx.repo.enrollments.apply(courseId, {
      learner,
      idempotencyKey: key,
      draftCities: draftCitiesVisibleTo(ctx.caller),
    });
    switch (applied.outcome) {
      case 'NOT_FOUND':
        throw notFound('No course has this id.');
      case 'REFUSED':
        throw refusalError(applied.refusal, applied.course);
      case 'HELD':
        return applied.enrollment;
      case 'APPLIED':
        countApplication(applied.enrollment);
        // The answer's course shows the seat just taken (as its batch left the course).
        ctx.loaders.courseById.clear(courseId).prime(courseId, applied.course);
        return applied.enrollment;
    }
  } catch (error) {
    if (!(error instanceof AlreadyAppliedError)) throw error;
    // A concurrent retry with the same key won the race: answer with what it stored.
    const stored = key ? await ctx.repo.enrollments.byIdempotencyKey(learner.id, key) : null;
    if (!stored) throw error;
    if (stored.courseId !== courseId) throw conflict('This idempotency key was used for another course.');
    return stored;
  }
}

function refusalError(refusal: Refusal, course: CourseRow) {
  switch (refusal) {
    case 'NOT_OPEN_NOW':
      return conflict('Applications are not open now.');
    case 'NOT_TAKING_APPLICATIONS':
      return conflict(`This course does not take applications (${course.status}).`);
    case 'NOT_ELIGIBLE':
      return badInput(
        course.eligibility === 'CITY_RESIDENTS'
          ? "Only residents of the course's city may apply."
          : 'Only residents of Gyeonggi Province may apply.',
        'courseId',
      );
  }
}

/** An enrollment the caller may act on: their own, or one of a city they manage. */
async function reachableEnrollment(ctx: Context, id: string, staffOnly: boolean): Promise<EnrollmentRow> {
  if (!ctx.caller) throw unauthenticated();
  const enrollment = await ctx.loaders.enrollmentById.load(id);
  const mine = enrollment?.learnerId === ctx.caller.id && !staffOnly;
  if (!enrollment || !(mine || managesCity(ctx.caller, enrollment.cityId)))
    throw notFound('No enrollment has this id.');
  return enrollment;
}

export async function cancelEnrollment(ctx: Context, id: string) {
  const enrollment = await reachableEnrollment(ctx, id, false);
  if (!isCancellable(enrollment.status)) {
    throw conflict(`A ${enrollment.status} enrollment cannot be cancelled.`);
  }
  const cancelled = await ctx.repo.enrollments.cancel(enrollment);
  ctx.loaders.courseById.clear(enrollment.courseId);
  await ctx.logAccess('CANCEL_ENROLLMENT', { id: enrollment.courseId, cityId: enrollment.cityId }, [
    enrollment.learnerId,
  ]);
  return cancelled;
}

export async function drawLottery(ctx: Context, courseId: string) {
  const course = await managedCourse(ctx, courseId);
  if (course.selection !== 'LOTTERY') throw conflict('Only a LOTTERY course is drawn.');
  if (course.lotteryDrawnAt) throw conflict('The lottery of this course was drawn already.');
  if (!['OPEN', 'CLOSED'].includes(course.status) || new Date() < course.applicationClosesAt) {
    throw conflict('The lottery is drawn after applications close.');
  }
  const seed = randomBytes(16).toString('hex');
  // The applicants and the seats left are those the draw finds under the course lock.
  let drawn: string[] = [];
  const outcome = await ctx.repo.enrollments.drawLottery(course, seed, (locked, applicants) => {
    drawn = applicants.map((a) => a.learnerId);
    return placeInOrder(
      draw(applicants, seed, locked.cityId, locked.eligibility !== 'CITY_RESIDENTS'),
      seatsLeft(locked),
    );
  });
  if (outcome === 'DRAWN_ALREADY') throw conflict('The lottery of this course was drawn already.');
  if (outcome === 'NOT_DRAWABLE') throw conflict('The lottery is drawn after applications close.');
  await ctx.logAccess('DRAW_LOTTERY', course, drawn);
  ctx.loaders.courseById.clear(course.id);
  return (await ctx.loaders.courseById.load(course.id)) as CourseRow;
}

export async function decideEnrollment(ctx: Context, id: string, approve: boolean) {
  const enrollment = await reachableEnrollment(ctx, id, true);
  const course = (await ctx.loaders.courseById.load(enrollment.courseId)) as CourseRow;
  if (course.selection !== 'APPROVAL')
    throw conflict('Only applicants of an APPROVAL course are decided by staff.');
  const outcome = await ctx.repo.enrollments.decide(enrollment, approve);
  if (outcome === 'FULL') throw conflict('The course is full: no seat is left to approve.');
  if (outcome === 'NOT_PENDING')
    throw conflict(`This application was decided already (${enrollment.status}).`);
  await ctx.logAccess(approve ? 'APPROVE_ENROLLMENT' : 'REJECT_ENROLLMENT', course, [enrollment.learnerId]);
  // The answer's course shows the seat the decision took.
  ctx.loaders.courseById.clear(course.id);
  ctx.loaders.enrollmentById.clear(id);
  return (await ctx.loaders.enrollmentById.load(id)) as EnrollmentRow;
}

export async function recordAttendance(
  ctx: Context,
  sessionId: string,
  entries: { learnerId: string; present: boolean }[],
  fieldOf: (index: number) => string,
) {
  if (!ctx.caller) throw unauthenticated();
  const session = await ctx.loaders.sessionById.load(sessionId);
  const course = session && (await ctx.loaders.courseById.load(session.courseId));
  if (!session || !course || !takesAttendance(ctx.caller, course)) throw notFound('No session has this id.');
  if (session.startsAt > new Date())
    throw badInput('Attendance is taken once the session has started.', 'sessionId');
  if (entries.length === 0 || entries.length > 1000) throw badInput('Give 1 to 1,000 entries.', fieldOf(0));
  const enrolled = await ctx.repo.enrollments.ofCourseAndLearners(
    course.id,
    entries.map((e) => e.learnerId),
  );
  const sheet = entries.map((entry, i) => {
    const enrollment = enrolled.find((e) => e.learnerId === entry.learnerId && e.status === 'ENROLLED');
    if (!enrollment) throw badInput('This learner is not enrolled in the course.', fieldOf(i));
    return { enrollment, present: entry.present };
  });
  await ctx.repo.enrollments.recordAttendance(course, session.id, sheet, ctx.caller.id);
  await ctx.logAccess(
    'RECORD_ATTENDANCE',
    course,
    sheet.map((s) => s.enrollment.learnerId),
  );
  return sheet.map((s) => s.enrollment);
}

export async function finishCourse(ctx: Context, id: string) {
  const course = await managedCourse(ctx, id);
  if (!finishableStatuses.some((status) => status === course.status)) {
    throw conflict(`A ${course.status} course cannot be finished.`);
  }
  const now = new Date();
  if (now < course.applicationClosesAt) throw conflict('A course is finished after applications close.');
  const sessions = await ctx.loaders.sessionsByCourse.load(course.id);
  const held = sessions.filter((s) => s.startsAt <= now).length;
  const enrolled = (await ctx.repo.enrollments.ofCourseAndStatus(course.id, 'ENROLLED')) as EnrollmentRow[];
  let verdicts: { enrollment: EnrollmentRow; status: 'COMPLETED' | 'NOT_COMPLETED' }[];
  if (course.format === 'ONLINE' && course.contentIds.length > 0) {
    // Online courses complete through their contents, which the content library tracks.
    const required = new Set(course.contentIds);
    const finished = await ctx.content.finished(
      enrolled.map((e) => e.learnerId),
      course.contentIds,
    );
    verdicts = enrolled.map((enrollment) => ({
      enrollment,
      status: judgeOnline(
        finished.filter((f) => f.learnerId === enrollment.learnerId && required.has(f.contentId)).length,
        required.size,
      ),
    }));
  } else {
    const attended = await ctx.repo.enrollments.attendedCounts(enrolled.map((e) => e.id));
    verdicts = enrolled.map((enrollment) => ({
      enrollment,
      status: judge(attended.find((a) => a.key === enrollment.id)?.n ?? 0, held, course.minAttendanceRate),
    }));
  }
  const outcome = await ctx.repo.enrollments.finish(course, verdicts, totalHours(sessions), now);
  if (outcome === 'NOT_FINISHABLE') throw conflict('This course was finished or cancelled already.');
  if (outcome === 'ENROLLMENTS_CHANGED') {
    throw conflict('Learners enrolled or left while the course was being finished; finish it again.');
  }
  await ctx.logAccess(
    'FINISH_COURSE',
    course,
    verdicts.map((v) => v.enrollment.learnerId),
  );
  ctx.loaders.courseById.clear(course.id);
  return (await ctx.loaders.courseById.load(course.id)) as CourseRow;
}
