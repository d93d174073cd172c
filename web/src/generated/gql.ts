/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query CitySite($cityId: ID!) {\n    city(id: $cityId) {\n      id\n      site {\n        siteName\n        primaryColor\n      }\n    }\n  }\n": typeof types.CitySiteDocument,
    "\n  query RequireRoleMe {\n    me {\n      id\n      roles {\n        role\n        city {\n          id\n        }\n      }\n    }\n  }\n": typeof types.RequireRoleMeDocument,
    "\n  query CitySelectCities($locale: Locale!) {\n    cities {\n      id\n      name(locale: $locale)\n      kind\n    }\n  }\n": typeof types.CitySelectCitiesDocument,
    "\n  fragment AccountSession_payload on AuthPayload {\n    token\n    refreshToken\n    expiresAt\n    sessionExpiresAt\n    learner {\n      id\n    }\n  }\n": typeof types.AccountSession_PayloadFragmentDoc,
    "\n  query ContentAdminCities($locale: Locale!) {\n    cities {\n      id\n      name(locale: $locale)\n      kind\n    }\n  }\n": typeof types.ContentAdminCitiesDocument,
    "\n  fragment AdminContentRow_content on Content {\n    id\n    title(locale: $locale)\n    kind\n    provider\n    level\n    category\n    durationMinutes\n  }\n": typeof types.AdminContentRow_ContentFragmentDoc,
    "\n  mutation ContentAdminRetire($id: ID!) {\n    retireContent(id: $id) {\n      id\n      retiredAt\n    }\n  }\n": typeof types.ContentAdminRetireDocument,
    "\n  query ContentAdminPageContents($filter: ContentFilter, $first: Int, $after: String, $locale: Locale) {\n    contents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...AdminContentRow_content\n        }\n      }\n    }\n  }\n": typeof types.ContentAdminPageContentsDocument,
    "\n  query ContentAdminEditContent($id: ID!) {\n    content(id: $id) {\n      id\n      titleKo: title(locale: KO)\n      titleEn: title(locale: EN)\n      titleZh: title(locale: ZH)\n      titleVi: title(locale: VI)\n      descriptionKo: description(locale: KO)\n      descriptionEn: description(locale: EN)\n      descriptionZh: description(locale: ZH)\n      descriptionVi: description(locale: VI)\n      kind\n      provider\n      url\n      level\n      category\n      durationMinutes\n      languages\n      retiredAt\n      city {\n        id\n      }\n    }\n  }\n": typeof types.ContentAdminEditContentDocument,
    "\n  mutation ContentAdminCreate($input: ContentInput!, $idempotencyKey: String, $locale: Locale) {\n    createContent(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      title(locale: $locale)\n    }\n  }\n": typeof types.ContentAdminCreateDocument,
    "\n  mutation ContentAdminUpdate($id: ID!, $input: ContentInput!, $locale: Locale) {\n    updateContent(id: $id, input: $input) {\n      id\n      title(locale: $locale)\n      retiredAt\n    }\n  }\n": typeof types.ContentAdminUpdateDocument,
    "\n  fragment CategoryStats_stats on ProvinceStats {\n    categories {\n      category\n      completions\n      notCompleted\n      completionRate\n      learningHours\n    }\n  }\n": typeof types.CategoryStats_StatsFragmentDoc,
    "\n  fragment MonthlyTrend_stats on ProvinceStats {\n    months {\n      month\n      activeLearners\n      enrollments\n      completions\n      learningHours\n    }\n  }\n": typeof types.MonthlyTrend_StatsFragmentDoc,
    "\n  fragment CityRows_stats on ProvinceStats {\n    cities {\n      city {\n        id\n        name(locale: $locale)\n      }\n      activeLearners\n      participationRate\n      enrollments\n      completions\n      completionRate\n      learningHours\n    }\n  }\n": typeof types.CityRows_StatsFragmentDoc,
    "\n  fragment CourseCard_course on Course {\n    id\n    title(locale: $locale)\n    category\n    format\n    status\n    startsAt\n    endsAt\n    applicationOpensAt\n    applicationClosesAt\n    capacity\n    seatsLeft\n    venue {\n      id\n      name\n      dong\n    }\n  }\n": typeof types.CourseCard_CourseFragmentDoc,
    "\n  fragment CourseEnrollment_enrollment on Enrollment {\n    id\n    status\n    waitlistPosition\n    appliedAt\n    attendanceRate\n  }\n": typeof types.CourseEnrollment_EnrollmentFragmentDoc,
    "\n  fragment CourseSeats_course on Course {\n    id\n    seatsTaken\n    seatsLeft\n    waitlistCount\n    myEnrollment {\n      ...CourseEnrollment_enrollment\n    }\n  }\n": typeof types.CourseSeats_CourseFragmentDoc,
    "\n  mutation CourseApply($courseId: ID!, $idempotencyKey: String) {\n    applyToCourse(courseId: $courseId, idempotencyKey: $idempotencyKey) {\n      ...CourseEnrollment_enrollment\n      course {\n        ...CourseSeats_course\n      }\n    }\n  }\n": typeof types.CourseApplyDocument,
    "\n  mutation CourseCancelEnrollment($enrollmentId: ID!) {\n    cancelEnrollment(enrollmentId: $enrollmentId) {\n      ...CourseEnrollment_enrollment\n      course {\n        ...CourseSeats_course\n      }\n    }\n  }\n": typeof types.CourseCancelEnrollmentDocument,
    "\n  fragment LibraryContentCard_content on Content {\n    id\n    title(locale: $locale)\n    kind\n    level\n    category\n    provider\n    durationMinutes\n    languages\n    myProgress {\n      percent\n      completedAt\n    }\n  }\n": typeof types.LibraryContentCard_ContentFragmentDoc,
    "\n  fragment LearningPathCard_path on LearningPath {\n    id\n    title(locale: $locale)\n    level\n    finishedSteps\n    steps {\n      id\n      title(locale: $locale)\n      kind\n      durationMinutes\n      myProgress {\n        completedAt\n      }\n    }\n  }\n": typeof types.LearningPathCard_PathFragmentDoc,
    "\n  fragment LiveClassCard_session on LiveSession {\n    id\n    title(locale: $locale)\n    startsAt\n    endsAt\n    opensAt\n    capacity\n    attendeeCount\n    hostCity {\n      id\n      name(locale: $locale)\n    }\n    ...LiveReminderToggle_session\n  }\n": typeof types.LiveClassCard_SessionFragmentDoc,
    "\n  mutation LiveClassCardJoin($id: ID!, $locale: Locale) {\n    joinLiveSession(id: $id) {\n      joinUrl\n      session {\n        ...LiveClassCard_session\n      }\n    }\n  }\n": typeof types.LiveClassCardJoinDocument,
    "\n  fragment LiveReminderToggle_session on LiveSession {\n    id\n    startsAt\n    remindMe\n  }\n": typeof types.LiveReminderToggle_SessionFragmentDoc,
    "\n  mutation LiveReminderToggleRemind($sessionId: ID!, $remind: Boolean!) {\n    remindMeOfLiveSession(sessionId: $sessionId, remind: $remind) {\n      id\n      remindMe\n    }\n  }\n": typeof types.LiveReminderToggleRemindDocument,
    "\n  mutation ContentPageRecordProgress($contentId: ID!, $positionSeconds: Int!) {\n    recordContentProgress(contentId: $contentId, positionSeconds: $positionSeconds) {\n      percent\n      positionSeconds\n      completedAt\n    }\n  }\n": typeof types.ContentPageRecordProgressDocument,
    "\n  mutation PeopleGrantRole($learnerId: ID!, $role: Role!, $cityId: ID, $locale: Locale) {\n    grantRole(learnerId: $learnerId, role: $role, cityId: $cityId) {\n      id\n      ...PersonRoles_learner\n    }\n  }\n": typeof types.PeopleGrantRoleDocument,
    "\n  fragment PersonCertificates_learner on Learner {\n    id\n    certificates {\n      id\n      number\n      courseTitle\n      issuedAt\n      revokedAt\n      revocationReason\n      city {\n        id\n        name(locale: $locale)\n      }\n    }\n  }\n": typeof types.PersonCertificates_LearnerFragmentDoc,
    "\n  fragment PersonDetails_learner on Learner {\n    id\n    displayName\n    email\n    residence {\n      id\n      name(locale: $locale)\n    }\n    ...PersonRoles_learner\n    ...PersonCertificates_learner\n  }\n": typeof types.PersonDetails_LearnerFragmentDoc,
    "\n  query PeopleFindByEmail($email: String!, $locale: Locale) {\n    learnerByEmail(email: $email) {\n      id\n      ...PersonDetails_learner\n    }\n  }\n": typeof types.PeopleFindByEmailDocument,
    "\n  fragment PersonRoles_learner on Learner {\n    id\n    roles {\n      role\n      city {\n        id\n        name(locale: $locale)\n      }\n    }\n  }\n": typeof types.PersonRoles_LearnerFragmentDoc,
    "\n  mutation PeopleRevokeRole($learnerId: ID!, $role: Role!, $cityId: ID, $locale: Locale) {\n    revokeRole(learnerId: $learnerId, role: $role, cityId: $cityId) {\n      id\n      ...PersonRoles_learner\n    }\n  }\n": typeof types.PeopleRevokeRoleDocument,
    "\n  mutation PeopleRevokeCertificate($number: String!, $reason: String!) {\n    revokeCertificate(number: $number, reason: $reason) {\n      id\n      number\n      revokedAt\n      revocationReason\n    }\n  }\n": typeof types.PeopleRevokeCertificateDocument,
    "\n  query AttendanceRosterPage($courseId: ID!, $after: String) {\n    course(id: $courseId) {\n      id\n      enrollments(status: ENROLLED, first: 100, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            learner {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AttendanceRosterPageDocument,
    "\n  mutation SaveSessionAttendance($sessionId: ID!, $entries: [AttendanceInput!]!) {\n    recordSessionAttendance(sessionId: $sessionId, entries: $entries) {\n      id\n      attendanceRate\n      learner {\n        id\n      }\n    }\n  }\n": typeof types.SaveSessionAttendanceDocument,
    "\n  query StaffLiveSessions($locale: Locale) {\n    liveSessions(upcoming: true) {\n      id\n      title(locale: $locale)\n      startsAt\n      endsAt\n      capacity\n      attendeeCount\n      hostCity {\n        id\n      }\n    }\n  }\n": typeof types.StaffLiveSessionsDocument,
    "\n  query StaffFeaturedSearch($search: String!, $first: Int, $locale: Locale) {\n    contents(filter: { search: $search }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title(locale: $locale)\n          kind\n          provider\n          durationMinutes\n        }\n      }\n    }\n  }\n": typeof types.StaffFeaturedSearchDocument,
    "\n  mutation StaffFeatureContents($cityId: ID!, $contentIds: [ID!]!) {\n    featureContents(cityId: $cityId, contentIds: $contentIds) {\n      id\n    }\n  }\n": typeof types.StaffFeatureContentsDocument,
    "\n  mutation StaffVenueCreate($input: CreateVenueInput!, $idempotencyKey: String) {\n    createVenue(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      name\n      kind\n      address\n      dong\n    }\n  }\n": typeof types.StaffVenueCreateDocument,
    "\n  mutation StaffVenueUpdate($id: ID!, $input: UpdateVenueInput!) {\n    updateVenue(id: $id, input: $input) {\n      id\n      name\n      kind\n      address\n      dong\n    }\n  }\n": typeof types.StaffVenueUpdateDocument,
    "\n  mutation StaffScheduleLiveClass($input: CreateLiveSessionInput!, $idempotencyKey: String, $locale: Locale) {\n    createLiveSession(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      title(locale: $locale)\n      startsAt\n    }\n  }\n": typeof types.StaffScheduleLiveClassDocument,
    "\n  query StaffCityInstructors($cityId: ID!) {\n    city(id: $cityId) {\n      id\n      instructors {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.StaffCityInstructorsDocument,
    "\n  query StaffCourseContentSearch($filter: ContentFilter, $first: Int, $locale: Locale) {\n    contents(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title(locale: $locale)\n          provider\n          durationMinutes\n        }\n      }\n    }\n  }\n": typeof types.StaffCourseContentSearchDocument,
    "\n  fragment StaffCourseRow_course on Course {\n    id\n    title(locale: $locale)\n    status\n    category\n    format\n    capacity\n    seatsTaken\n    waitlistCount\n    applicationOpensAt\n    applicationClosesAt\n    startsAt\n    endsAt\n    venue {\n      id\n      name\n      dong\n    }\n  }\n": typeof types.StaffCourseRow_CourseFragmentDoc,
    "\n  mutation StaffCourseCreate($input: CreateCourseInput!, $idempotencyKey: String) {\n    createCourse(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      status\n    }\n  }\n": typeof types.StaffCourseCreateDocument,
    "\n  mutation StaffCourseUpdate($id: ID!, $input: UpdateCourseInput!) {\n    updateCourse(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.StaffCourseUpdateDocument,
    "\n  query StaffTermDrawnApplicants($id: ID!, $after: String) {\n    course(id: $id) {\n      id\n      enrollments(first: 100, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            status\n            learner {\n              id\n              residence {\n                id\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.StaffTermDrawnApplicantsDocument,
    "\n  query TermMessages($id: ID!) {\n    course(id: $id) {\n      id\n      notificationReach {\n        learners\n        channels {\n          channel\n          reached\n          pending\n          failed\n          skipped\n        }\n      }\n      staffMessages {\n        id\n        message\n        sentAt\n        recipients\n      }\n    }\n  }\n": typeof types.TermMessagesDocument,
    "\n  mutation TermMessagesSend($courseId: ID!, $message: String!) {\n    sendCourseNotice(courseId: $courseId, message: $message) {\n      id\n      recipients\n    }\n  }\n": typeof types.TermMessagesSendDocument,
    "\n  fragment StaffTerm_course on Course {\n    id\n    title(locale: $locale)\n    city {\n      id\n      name(locale: $locale)\n    }\n    status\n    selection\n    eligibility\n    format\n    capacity\n    seatsTaken\n    seatsLeft\n    waitlistCount\n    applicationOpensAt\n    applicationClosesAt\n    startsAt\n    endsAt\n    minAttendanceRate\n    lotterySeed\n    contentIds\n    venue {\n      id\n      name\n    }\n    sessions {\n      id\n      startsAt\n      endsAt\n      format\n    }\n  }\n": typeof types.StaffTerm_CourseFragmentDoc,
    "\n  fragment StaffTermApplicant_enrollment on Enrollment {\n    id\n    status\n    waitlistPosition\n    appliedAt\n    attendanceRate\n    learner {\n      id\n      displayName\n      email\n      emailVerified\n      residence {\n        id\n        name(locale: $locale)\n      }\n    }\n  }\n": typeof types.StaffTermApplicant_EnrollmentFragmentDoc,
    "\n  mutation StaffTermDecide($id: ID!, $approve: Boolean!, $locale: Locale) {\n    decideEnrollment(enrollmentId: $id, approve: $approve) {\n      id\n      ...StaffTermApplicant_enrollment\n      course {\n        id\n        seatsTaken\n        seatsLeft\n        waitlistCount\n      }\n    }\n  }\n": typeof types.StaffTermDecideDocument,
    "\n  query StaffTermEnrollments($id: ID!, $status: EnrollmentStatus, $first: Int, $after: String, $locale: Locale) {\n    course(id: $id) {\n      id\n      enrollments(status: $status, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            ...StaffTermApplicant_enrollment\n          }\n        }\n      }\n    }\n  }\n": typeof types.StaffTermEnrollmentsDocument,
    "\n  mutation StaffTermPublish($id: ID!, $locale: Locale) {\n    publishCourse(id: $id) {\n      id\n      ...StaffTerm_course\n    }\n  }\n": typeof types.StaffTermPublishDocument,
    "\n  mutation StaffTermCancel($id: ID!, $locale: Locale) {\n    cancelCourse(id: $id) {\n      id\n      ...StaffTerm_course\n    }\n  }\n": typeof types.StaffTermCancelDocument,
    "\n  mutation StaffTermDraw($id: ID!, $locale: Locale) {\n    drawLottery(courseId: $id) {\n      id\n      ...StaffTerm_course\n    }\n  }\n": typeof types.StaffTermDrawDocument,
    "\n  mutation StaffTermFinish($id: ID!, $locale: Locale) {\n    finishCourse(id: $id) {\n      id\n      ...StaffTerm_course\n    }\n  }\n": typeof types.StaffTermFinishDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) {\n      token\n      refreshToken\n      expiresAt\n      sessionExpiresAt\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation ChangePasswordPageChange($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      ...AccountSession_payload\n    }\n  }\n": typeof types.ChangePasswordPageChangeDocument,
    "\n  mutation ForgotPasswordPageRequest($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.ForgotPasswordPageRequestDocument,
    "\n  mutation ResetPasswordPageReset($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": typeof types.ResetPasswordPageResetDocument,
    "\n  mutation SignInPageSignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      ...AccountSession_payload\n    }\n  }\n": typeof types.SignInPageSignInDocument,
    "\n  mutation SignUpPageSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...AccountSession_payload\n    }\n  }\n": typeof types.SignUpPageSignUpDocument,
    "\n  mutation VerifyEmailPageVerify($token: String!) {\n    verifyEmail(token: $token)\n  }\n": typeof types.VerifyEmailPageVerifyDocument,
    "\n  query ProvinceDashboard($from: DateTime!, $to: DateTime!, $locale: Locale) {\n    provinceStats(from: $from, to: $to) {\n      from\n      to\n      participationGap\n      csvPath\n      ...CityRows_stats\n      ...MonthlyTrend_stats\n      ...CategoryStats_stats\n    }\n  }\n": typeof types.ProvinceDashboardDocument,
    "\n  query CourseDetail($id: ID!, $locale: Locale) {\n    course(id: $id) {\n      id\n      title(locale: $locale)\n      description(locale: $locale)\n      category\n      format\n      status\n      city {\n        id\n        name(locale: $locale)\n      }\n      ...CourseFacts_course\n      ...CourseSessions_course\n      ...MyEnrollment_course\n      myEnrollment {\n        ...CourseEnrollment_enrollment\n      }\n    }\n  }\n": typeof types.CourseDetailDocument,
    "\n  fragment CourseFacts_course on Course {\n    id\n    format\n    selection\n    eligibility\n    capacity\n    seatsLeft\n    waitlistCount\n    applicationOpensAt\n    applicationClosesAt\n    totalHours\n    minAttendanceRate\n    lotterySeed\n    city {\n      id\n      name(locale: $locale)\n    }\n    venue {\n      id\n      name\n      address\n      dong\n    }\n  }\n": typeof types.CourseFacts_CourseFragmentDoc,
    "\n  query CourseFiltersVenues($cityId: ID!) {\n    city(id: $cityId) {\n      id\n      venues {\n        id\n        name\n        dong\n      }\n    }\n  }\n": typeof types.CourseFiltersVenuesDocument,
    "\n  query CourseResults($filter: CourseFilter!, $first: Int!, $after: String, $locale: Locale) {\n    courses(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...CourseCard_course\n        }\n      }\n    }\n  }\n": typeof types.CourseResultsDocument,
    "\n  fragment CourseSessions_course on Course {\n    id\n    sessions {\n      id\n      startsAt\n      endsAt\n      format\n    }\n  }\n": typeof types.CourseSessions_CourseFragmentDoc,
    "\n  fragment EnrollmentNextSteps_course on Course {\n    id\n    selection\n    format\n    applicationClosesAt\n    minAttendanceRate\n    sessions {\n      id\n      startsAt\n    }\n    venue {\n      id\n      name\n    }\n  }\n": typeof types.EnrollmentNextSteps_CourseFragmentDoc,
    "\n  fragment MyEnrollment_course on Course {\n    id\n    status\n    selection\n    eligibility\n    applicationOpensAt\n    applicationClosesAt\n    city {\n      id\n      name(locale: $locale)\n    }\n    myEnrollment {\n      ...CourseEnrollment_enrollment\n    }\n    ...EnrollmentNextSteps_course\n  }\n": typeof types.MyEnrollment_CourseFragmentDoc,
    "\n  query HomeFeatured($cityId: ID!, $locale: Locale) {\n    city(id: $cityId) {\n      id\n      featuredContents {\n        id\n        title(locale: $locale)\n        kind\n        provider\n        durationMinutes\n      }\n    }\n  }\n": typeof types.HomeFeaturedDocument,
    "\n  query HomeLiveClasses($locale: Locale) {\n    liveSessions(upcoming: true) {\n      id\n      title(locale: $locale)\n      startsAt\n      endsAt\n      hostCity {\n        id\n        name(locale: $locale)\n      }\n    }\n  }\n": typeof types.HomeLiveClassesDocument,
    "\n  query HomeOpenCourses($cityId: ID!, $locale: Locale) {\n    courses(filter: { cityId: $cityId, openForApplication: true }, first: 6) {\n      totalCount\n      edges {\n        node {\n          id\n          ...CourseCard_course\n        }\n      }\n    }\n  }\n": typeof types.HomeOpenCoursesDocument,
    "\n  query ContentPageContent($id: ID!, $locale: Locale) {\n    content(id: $id) {\n      id\n      title(locale: $locale)\n      description(locale: $locale)\n      kind\n      level\n      category\n      provider\n      durationMinutes\n      languages\n      url\n      myProgress {\n        percent\n        positionSeconds\n        completedAt\n      }\n    }\n  }\n": typeof types.ContentPageContentDocument,
    "\n  query LearningPathsPagePaths($level: ContentLevel, $locale: Locale) {\n    learningPaths(level: $level) {\n      id\n      level\n      ...LearningPathCard_path\n    }\n  }\n": typeof types.LearningPathsPagePathsDocument,
    "\n  query LibraryPageContents($filter: ContentFilter, $first: Int, $after: String, $locale: Locale) {\n    contents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          provider\n          ...LibraryContentCard_content\n        }\n      }\n    }\n  }\n": typeof types.LibraryPageContentsDocument,
    "\n  query LiveClassesPageSessions($locale: Locale) {\n    liveSessions(upcoming: true) {\n      id\n      ...LiveClassCard_session\n    }\n  }\n": typeof types.LiveClassesPageSessionsDocument,
    "\n  fragment AccountEmail_learner on Learner {\n    id\n    email\n    emailVerified\n  }\n": typeof types.AccountEmail_LearnerFragmentDoc,
    "\n  mutation AccountEmailRequestChange($newEmail: String!, $password: String!) {\n    requestEmailChange(newEmail: $newEmail, password: $password)\n  }\n": typeof types.AccountEmailRequestChangeDocument,
    "\n  mutation AccountEmailResend {\n    resendVerificationEmail\n  }\n": typeof types.AccountEmailResendDocument,
    "\n  mutation AccountSessionsEverywhere {\n    signOutEverywhere\n  }\n": typeof types.AccountSessionsEverywhereDocument,
    "\n  fragment CertificateCard_certificate on Certificate {\n    id\n    number\n    courseTitle\n    courseTitleEn\n    category\n    hours\n    issuedAt\n    revokedAt\n    revocationReason\n    verificationCode\n    pdfPath\n    city {\n      id\n      name(locale: $locale)\n    }\n  }\n": typeof types.CertificateCard_CertificateFragmentDoc,
    "\n  mutation DeleteAccountDelete($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n": typeof types.DeleteAccountDeleteDocument,
    "\n  fragment MoveCity_learner on Learner {\n    id\n    residence {\n      id\n      name(locale: $locale)\n    }\n  }\n": typeof types.MoveCity_LearnerFragmentDoc,
    "\n  mutation MoveCityMove($cityId: ID!, $locale: Locale!) {\n    moveResidence(cityId: $cityId) {\n      id\n      ...MoveCity_learner\n      ...MyGreeting_learner\n    }\n  }\n": typeof types.MoveCityMoveDocument,
    "\n  fragment MyCertificates_learner on Learner {\n    id\n    certificates {\n      id\n      ...CertificateCard_certificate\n    }\n  }\n": typeof types.MyCertificates_LearnerFragmentDoc,
    "\n  mutation MyDataExport {\n    exportMyData {\n      exportedAt\n      accessLog {\n        at\n        action\n        actorId\n        actorRole\n        ip\n      }\n      learner {\n        id\n        displayName\n        email\n        preferredLocale\n        birthYear\n        residence {\n          id\n        }\n        residenceHistory {\n          city {\n            id\n          }\n          from\n          to\n        }\n        roles {\n          role\n          city {\n            id\n          }\n        }\n        enrollments {\n          id\n          status\n          waitlistPosition\n          appliedAt\n          attendanceRate\n          course {\n            id\n            title\n          }\n        }\n        contentProgress(first: 100) {\n          totalCount\n          edges {\n            node {\n              positionSeconds\n              percent\n              completedAt\n              content {\n                id\n                title\n              }\n            }\n          }\n        }\n        certificates {\n          number\n          holderName\n          courseTitle\n          courseTitleEn\n          category\n          hours\n          issuedAt\n          revokedAt\n          revocationReason\n          verificationUrl\n          credential\n          city {\n            id\n          }\n        }\n        transcript {\n          totalHours\n          hoursByCategory {\n            category\n            hours\n          }\n        }\n        coursesAccessLog {\n          at\n          action\n          actorId\n          actorRole\n          ip\n        }\n        historyAccessLog {\n          at\n          action\n          actorId\n          actorRole\n          ip\n        }\n      }\n    }\n  }\n": typeof types.MyDataExportDocument,
    "\n  query MyDataExportRecords($after: String) {\n    me {\n      id\n      transcript {\n        records(first: 50, after: $after) {\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            node {\n              id\n              verb\n              occurredAt\n              hours\n              city {\n                id\n              }\n              course {\n                id\n              }\n              content {\n                id\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyDataExportRecordsDocument,
    "\n  fragment MyEnrollments_learner on Learner {\n    id\n    enrollments {\n      id\n      status\n      waitlistPosition\n      attendanceRate\n      appliedAt\n      course {\n        id\n        title(locale: $locale)\n        startsAt\n        endsAt\n        city {\n          id\n          name(locale: $locale)\n        }\n      }\n    }\n  }\n": typeof types.MyEnrollments_LearnerFragmentDoc,
    "\n  fragment MyGreeting_learner on Learner {\n    id\n    displayName\n    residence {\n      id\n      name(locale: $locale)\n    }\n  }\n": typeof types.MyGreeting_LearnerFragmentDoc,
    "\n  query MyLearningPage($locale: Locale!) {\n    me {\n      id\n      ...MyGreeting_learner\n      ...MyEnrollments_learner\n      ...MyTranscript_learner\n      ...MyCertificates_learner\n      ...MoveCity_learner\n      ...MyWorkLinks_learner\n      ...AccountEmail_learner\n    }\n  }\n": typeof types.MyLearningPageDocument,
    "\n  query MyRecords($locale: Locale!, $first: Int!, $after: String) {\n    me {\n      id\n      transcript {\n        records(first: $first, after: $after) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            cursor\n            node {\n              id\n              verb\n              occurredAt\n              hours\n              city {\n                id\n                name(locale: $locale)\n              }\n              course {\n                id\n                title(locale: $locale)\n              }\n              content {\n                id\n                title(locale: $locale)\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyRecordsDocument,
    "\n  fragment MyTranscript_learner on Learner {\n    id\n    transcript {\n      totalHours\n      hoursByCategory {\n        category\n        hours\n      }\n    }\n  }\n": typeof types.MyTranscript_LearnerFragmentDoc,
    "\n  fragment MyWorkLinks_learner on Learner {\n    roles {\n      role\n      city {\n        id\n      }\n    }\n  }\n": typeof types.MyWorkLinks_LearnerFragmentDoc,
    "\n  query NotificationSettingsPage {\n    me {\n      id\n      notificationPhone\n      notificationPreferences {\n        language\n        kinds {\n          kind\n          channels\n          timeCritical\n        }\n      }\n    }\n  }\n": typeof types.NotificationSettingsPageDocument,
    "\n  query NotificationsPage {\n    me {\n      id\n      unreadNotificationCount\n      notifications(first: 50) {\n        id\n        kind\n        title\n        body\n        link\n        createdAt\n        readAt\n      }\n    }\n  }\n": typeof types.NotificationsPageDocument,
    "\n  mutation NotificationsPageMarkRead {\n    markNotificationsRead\n  }\n": typeof types.NotificationsPageMarkReadDocument,
    "\n  mutation PhoneFormSet($number: String!, $consent: Boolean!) {\n    setNotificationPhone(number: $number, consent: $consent)\n  }\n": typeof types.PhoneFormSetDocument,
    "\n  mutation PhoneFormRemove {\n    removeNotificationPhone\n  }\n": typeof types.PhoneFormRemoveDocument,
    "\n  mutation PreferencesFormSave($input: NotificationPreferencesInput!) {\n    setNotificationPreferences(input: $input) {\n      language\n      kinds {\n        kind\n        channels\n        timeCritical\n      }\n    }\n  }\n": typeof types.PreferencesFormSaveDocument,
    "\n  query NotificationBell {\n    me {\n      id\n      unreadNotificationCount\n    }\n  }\n": typeof types.NotificationBellDocument,
    "\n  mutation UnsubscribePageUnsubscribe($token: String!, $kind: NotificationKind) {\n    unsubscribe(token: $token, kind: $kind)\n  }\n": typeof types.UnsubscribePageUnsubscribeDocument,
    "\n  query AttendanceCourse($id: ID!, $locale: Locale) {\n    course(id: $id) {\n      id\n      title(locale: $locale)\n      sessions {\n        id\n        startsAt\n        endsAt\n        format\n      }\n    }\n  }\n": typeof types.AttendanceCourseDocument,
    "\n  query StaffCourseEditorCourse($id: ID!, $locale: Locale) {\n    course(id: $id) {\n      id\n      status\n      city {\n        id\n      }\n      title(locale: $locale)\n      titleKo: title(locale: KO)\n      titleEn: title(locale: EN)\n      descriptionKo: description(locale: KO)\n      descriptionEn: description(locale: EN)\n      category\n      format\n      venue {\n        id\n      }\n      capacity\n      selection\n      eligibility\n      applicationOpensAt\n      applicationClosesAt\n      minAttendanceRate\n      sessions {\n        id\n        startsAt\n        endsAt\n      }\n      contentIds\n      contents {\n        id\n        title(locale: $locale)\n      }\n      instructorIds\n    }\n  }\n": typeof types.StaffCourseEditorCourseDocument,
    "\n  query StaffCourseEditorVenues($cityId: ID!) {\n    city(id: $cityId) {\n      id\n      venues {\n        id\n        name\n        dong\n      }\n    }\n  }\n": typeof types.StaffCourseEditorVenuesDocument,
    "\n  query StaffTermCourse($id: ID!, $locale: Locale) {\n    course(id: $id) {\n      id\n      ...StaffTerm_course\n    }\n  }\n": typeof types.StaffTermCourseDocument,
    "\n  query StaffTermMe {\n    me {\n      id\n      roles {\n        role\n        city {\n          id\n        }\n      }\n    }\n  }\n": typeof types.StaffTermMeDocument,
    "\n  query StaffFeatured($cityId: ID!, $locale: Locale) {\n    city(id: $cityId) {\n      id\n      name(locale: $locale)\n      featuredContents {\n        id\n        title(locale: $locale)\n        kind\n        provider\n        durationMinutes\n      }\n    }\n  }\n": typeof types.StaffFeaturedDocument,
    "\n  query StaffCoursesList($cityId: ID!, $filter: CourseFilter, $first: Int, $after: String, $locale: Locale) {\n    city(id: $cityId) {\n      id\n      name(locale: $locale)\n    }\n    courses(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...StaffCourseRow_course\n        }\n      }\n    }\n  }\n": typeof types.StaffCoursesListDocument,
    "\n  query StaffUndelivered($cityId: ID!) {\n    deadNotifications(cityId: $cityId, first: 100) {\n      id\n      kind\n      channel\n      attempts\n      lastError\n      diedAt\n    }\n  }\n": typeof types.StaffUndeliveredDocument,
    "\n  mutation StaffUndeliveredRequeue($cityId: ID!, $ids: [ID!]!) {\n    requeueDeadNotifications(cityId: $cityId, ids: $ids)\n  }\n": typeof types.StaffUndeliveredRequeueDocument,
    "\n  query StaffVenues($cityId: ID!, $locale: Locale) {\n    city(id: $cityId) {\n      id\n      name(locale: $locale)\n      venues {\n        id\n        name\n        kind\n        address\n        dong\n      }\n    }\n  }\n": typeof types.StaffVenuesDocument,
    "\n  fragment VerificationResult_verification on CertificateVerification {\n    valid\n    reason\n    maskedHolderName\n    certificate {\n      id\n      number\n      holderName\n      courseTitle\n      courseTitleEn\n      category\n      hours\n      issuedAt\n      revokedAt\n      city {\n        id\n        name(locale: $locale)\n      }\n    }\n  }\n": typeof types.VerificationResult_VerificationFragmentDoc,
    "\n  query VerifyCertificatePage($number: String!, $code: String, $locale: Locale!) {\n    verifyCertificate(number: $number, code: $code) {\n      ...VerificationResult_verification\n    }\n  }\n": typeof types.VerifyCertificatePageDocument,
};
const documents: Documents = {
    "\n  query CitySite($cityId: ID!) {\n    city(id: $cityId) {\n      id\n      site {\n        siteName\n        primaryColor\n      }\n    }\n  }\n": types.CitySiteDocument,
    "\n  query RequireRoleMe {\n    me {\n      id\n      roles {\n        role\n        city {\n          id\n        }\n      }\n    }\n  }\n": types.RequireRoleMeDocument,
    "\n  query CitySelectCities($locale: Locale!) {\n    cities {\n      id\n      name(locale: $locale)\n      kind\n    }\n  }\n": types.CitySelectCitiesDocument,
    "\n  fragment AccountSession_payload on AuthPayload {\n    token\n    refreshToken\n    expiresAt\n    sessionExpiresAt\n    learner {\n      id\n    }\n  }\n": types.AccountSession_PayloadFragmentDoc,
    "\n  query ContentAdminCities($locale: Locale!) {\n    cities {\n      id\n      name(locale: $locale)\n      kind\n    }\n  }\n": types.ContentAdminCitiesDocument,
    "\n  fragment AdminContentRow_content on Content {\n    id\n    title(locale: $locale)\n    kind\n    provider\n    level\n    category\n    durationMinutes\n  }\n": types.AdminContentRow_ContentFragmentDoc,
    "\n  mutation ContentAdminRetire($id: ID!) {\n    retireContent(id: $id) {\n      id\n      retiredAt\n    }\n  }\n": types.ContentAdminRetireDocument,
    "\n  query ContentAdminPageContents($filter: ContentFilter, $first: Int, $after: String, $locale: Locale) {\n    contents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...AdminContentRow_content\n        }\n      }\n    }\n  }\n": types.ContentAdminPageContentsDocument,
    "\n  query ContentAdminEditContent($id: ID!) {\n    content(id: $id) {\n      id\n      titleKo: title(locale: KO)\n      titleEn: title(locale: EN)\n      titleZh: title(locale: ZH)\n      titleVi: title(locale: VI)\n      descriptionKo: description(locale: KO)\n      descriptionEn: description(locale: EN)\n      descriptionZh: description(locale: ZH)\n      descriptionVi: description(locale: VI)\n      kind\n      provider\n      url\n      level\n      category\n      durationMinutes\n      languages\n      retiredAt\n      city {\n        id\n      }\n    }\n  }\n": types.ContentAdminEditContentDocument,
    "\n  mutation ContentAdminCreate($input: ContentInput!, $idempotencyKey: String, $locale: Locale) {\n    createContent(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      title(locale: $locale)\n    }\n  }\n": types.ContentAdminCreateDocument,
    "\n  mutation ContentAdminUpdate($id: ID!, $input: ContentInput!, $locale: Locale) {\n    updateContent(id: $id, input: $input) {\n      id\n      title(locale: $locale)\n      retiredAt\n    }\n  }\n": types.ContentAdminUpdateDocument,
    "\n  fragment CategoryStats_stats on ProvinceStats {\n    categories {\n      category\n      completions\n      notCompleted\n      completionRate\n      learningHours\n    }\n  }\n": types.CategoryStats_StatsFragmentDoc,
    "\n  fragment MonthlyTrend_stats on ProvinceStats {\n    months {\n      month\n      activeLearners\n      enrollments\n      completions\n      learningHours\n    }\n  }\n": types.MonthlyTrend_StatsFragmentDoc,
    "\n  fragment CityRows_stats on ProvinceStats {\n    cities {\n      city {\n        id\n        name(locale: $locale)\n      }\n      activeLearners\n      participationRate\n      enrollments\n      completions\n      completionRate\n      learningHours\n    }\n  }\n": types.CityRows_StatsFragmentDoc,
    "\n  fragment CourseCard_course on Course {\n    id\n    title(locale: $locale)\n    category\n    format\n    status\n    startsAt\n    endsAt\n    applicationOpensAt\n    applicationClosesAt\n    capacity\n    seatsLeft\n    venue {\n      id\n      name\n      dong\n    }\n  }\n": types.CourseCard_CourseFragmentDoc,
    "\n  fragment CourseEnrollment_enrollment on Enrollment {\n    id\n    status\n    waitlistPosition\n    appliedAt\n    attendanceRate\n  }\n": types.CourseEnrollment_EnrollmentFragmentDoc,
    "\n  fragment CourseSeats_course on Course {\n    id\n    seatsTaken\n    seatsLeft\n    waitlistCount\n    myEnrollment {\n      ...CourseEnrollment_enrollment\n    }\n  }\n": types.CourseSeats_CourseFragmentDoc,
    "\n  mutation CourseApply($courseId: ID!, $idempotencyKey: String) {\n    applyToCourse(courseId: $courseId, idempotencyKey: $idempotencyKey) {\n      ...CourseEnrollment_enrollment\n      course {\n        ...CourseSeats_course\n      }\n    }\n  }\n": types.CourseApplyDocument,
    "\n  mutation CourseCancelEnrollment($enrollmentId: ID!) {\n    cancelEnrollment(enrollmentId: $enrollmentId) {\n      ...CourseEnrollment_enrollment\n      course {\n        ...CourseSeats_course\n      }\n    }\n  }\n": types.CourseCancelEnrollmentDocument,
    "\n  fragment LibraryContentCard_content on Content {\n    id\n    title(locale: $locale)\n    kind\n    level\n    category\n    provider\n    durationMinutes\n    languages\n    myProgress {\n      percent\n      completedAt\n    }\n  }\n": types.LibraryContentCard_ContentFragmentDoc,
    "\n  fragment LearningPathCard_path on LearningPath {\n    id\n    title(locale: $locale)\n    level\n    finishedSteps\n    steps {\n      id\n      title(locale: $locale)\n      kind\n      durationMinutes\n      myProgress {\n        completedAt\n      }\n    }\n  }\n": types.LearningPathCard_PathFragmentDoc,
    "\n  fragment LiveClassCard_session on LiveSession {\n    id\n    title(locale: $locale)\n    startsAt\n    endsAt\n    opensAt\n    capacity\n    attendeeCount\n    hostCity {\n      id\n      name(locale: $locale)\n    }\n    ...LiveReminderToggle_session\n  }\n": types.LiveClassCard_SessionFragmentDoc,
    "\n  mutation LiveClassCardJoin($id: ID!, $locale: Locale) {\n    joinLiveSession(id: $id) {\n      joinUrl\n      session {\n        ...LiveClassCard_session\n      }\n    }\n  }\n": types.LiveClassCardJoinDocument,
    "\n  fragment LiveReminderToggle_session on LiveSession {\n    id\n    startsAt\n    remindMe\n  }\n": types.LiveReminderToggle_SessionFragmentDoc,
    "\n  mutation LiveReminderToggleRemind($sessionId: ID!, $remind: Boolean!) {\n    remindMeOfLiveSession(sessionId: $sessionId, remind: $remind) {\n      id\n      remindMe\n    }\n  }\n": types.LiveReminderToggleRemindDocument,
    "\n  mutation ContentPageRecordProgress($contentId: ID!, $positionSeconds: Int!) {\n    recordContentProgress(contentId: $contentId, positionSeconds: $positionSeconds) {\n      percent\n      positionSeconds\n      completedAt\n    }\n  }\n": types.ContentPageRecordProgressDocument,
    "\n  mutation PeopleGrantRole($learnerId: ID!, $role: Role!, $cityId: ID, $locale: Locale) {\n    grantRole(learnerId: $learnerId, role: $role, cityId: $cityId) {\n      id\n      ...PersonRoles_learner\n    }\n  }\n": types.PeopleGrantRoleDocument,
    "\n  fragment PersonCertificates_learner on Learner {\n    id\n    certificates {\n      id\n      number\n      courseTitle\n      issuedAt\n      revokedAt\n      revocationReason\n      city {\n        id\n        name(locale: $locale)\n      }\n    }\n  }\n": types.PersonCertificates_LearnerFragmentDoc,
    "\n  fragment PersonDetails_learner on Learner {\n    id\n    displayName\n    email\n    residence {\n      id\n      name(locale: $locale)\n    }\n    ...PersonRoles_learner\n    ...PersonCertificates_learner\n  }\n": types.PersonDetails_LearnerFragmentDoc,
    "\n  query PeopleFindByEmail($email: String!, $locale: Locale) {\n    learnerByEmail(email: $email) {\n      id\n      ...PersonDetails_learner\n    }\n  }\n": types.PeopleFindByEmailDocument,
    "\n  fragment PersonRoles_learner on Learner {\n    id\n    roles {\n      role\n      city {\n        id\n        name(locale: $locale)\n      }\n    }\n  }\n": types.PersonRoles_LearnerFragmentDoc,
    "\n  mutation PeopleRevokeRole($learnerId: ID!, $role: Role!, $cityId: ID, $locale: Locale) {\n    revokeRole(learnerId: $learnerId, role: $role, cityId: $cityId) {\n      id\n      ...PersonRoles_learner\n    }\n  }\n": types.PeopleRevokeRoleDocument,
    "\n  mutation PeopleRevokeCertificate($number: String!, $reason: String!) {\n    revokeCertificate(number: $number, reason: $reason) {\n      id\n      number\n      revokedAt\n      revocationReason\n    }\n  }\n": types.PeopleRevokeCertificateDocument,
    "\n  query AttendanceRosterPage($courseId: ID!, $after: String) {\n    course(id: $courseId) {\n      id\n      enrollments(status: ENROLLED, first: 100, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            learner {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n": types.AttendanceRosterPageDocument,
    "\n  mutation SaveSessionAttendance($sessionId: ID!, $entries: [AttendanceInput!]!) {\n    recordSessionAttendance(sessionId: $sessionId, entries: $entries) {\n      id\n      attendanceRate\n      learner {\n        id\n      }\n    }\n  }\n": types.SaveSessionAttendanceDocument,
    "\n  query StaffLiveSessions($locale: Locale) {\n    liveSessions(upcoming: true) {\n      id\n      title(locale: $locale)\n      startsAt\n      endsAt\n      capacity\n      attendeeCount\n      hostCity {\n        id\n      }\n    }\n  }\n": types.StaffLiveSessionsDocument,
    "\n  query StaffFeaturedSearch($search: String!, $first: Int, $locale: Locale) {\n    contents(filter: { search: $search }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title(locale: $locale)\n          kind\n          provider\n          durationMinutes\n        }\n      }\n    }\n  }\n": types.StaffFeaturedSearchDocument,
    "\n  mutation StaffFeatureContents($cityId: ID!, $contentIds: [ID!]!) {\n    featureContents(cityId: $cityId, contentIds: $contentIds) {\n      id\n    }\n  }\n": types.StaffFeatureContentsDocument,
    "\n  mutation StaffVenueCreate($input: CreateVenueInput!, $idempotencyKey: String) {\n    createVenue(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      name\n      kind\n      address\n      dong\n    }\n  }\n": types.StaffVenueCreateDocument,
    "\n  mutation StaffVenueUpdate($id: ID!, $input: UpdateVenueInput!) {\n    updateVenue(id: $id, input: $input) {\n      id\n      name\n      kind\n      address\n      dong\n    }\n  }\n": types.StaffVenueUpdateDocument,
    "\n  mutation StaffScheduleLiveClass($input: CreateLiveSessionInput!, $idempotencyKey: String, $locale: Locale) {\n    createLiveSession(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      title(locale: $locale)\n      startsAt\n    }\n  }\n": types.StaffScheduleLiveClassDocument,
    "\n  query StaffCityInstructors($cityId: ID!) {\n    city(id: $cityId) {\n      id\n      instructors {\n        id\n        displayName\n      }\n    }\n  }\n": types.StaffCityInstructorsDocument,
    "\n  query StaffCourseContentSearch($filter: ContentFilter, $first: Int, $locale: Locale) {\n    contents(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title(locale: $locale)\n          provider\n          durationMinutes\n        }\n      }\n    }\n  }\n": types.StaffCourseContentSearchDocument,
    "\n  fragment StaffCourseRow_course on Course {\n    id\n    title(locale: $locale)\n    status\n    category\n    format\n    capacity\n    seatsTaken\n    waitlistCount\n    applicationOpensAt\n    applicationClosesAt\n    startsAt\n    endsAt\n    venue {\n      id\n      name\n      dong\n    }\n  }\n": types.StaffCourseRow_CourseFragmentDoc,
    "\n  mutation StaffCourseCreate($input: CreateCourseInput!, $idempotencyKey: String) {\n    createCourse(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      status\n    }\n  }\n": types.StaffCourseCreateDocument,
    "\n  mutation StaffCourseUpdate($id: ID!, $input: UpdateCourseInput!) {\n    updateCourse(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": types.StaffCourseUpdateDocument,
    "\n  query StaffTermDrawnApplicants($id: ID!, $after: String) {\n    course(id: $id) {\n      id\n      enrollments(first: 100, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            status\n            learner {\n              id\n              residence {\n                id\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.StaffTermDrawnApplicantsDocument,
    "\n  query TermMessages($id: ID!) {\n    course(id: $id) {\n      id\n      notificationReach {\n        learners\n        channels {\n          channel\n          reached\n          pending\n          failed\n          skipped\n        }\n      }\n      staffMessages {\n        id\n        message\n        sentAt\n        recipients\n      }\n    }\n  }\n": types.TermMessagesDocument,
    "\n  mutation TermMessagesSend($courseId: ID!, $message: String!) {\n    sendCourseNotice(courseId: $courseId, message: $message) {\n      id\n      recipients\n    }\n  }\n": types.TermMessagesSendDocument,
    "\n  fragment StaffTerm_course on Course {\n    id\n    title(locale: $locale)\n    city {\n      id\n      name(locale: $locale)\n    }\n    status\n    selection\n    eligibility\n    format\n    capacity\n    seatsTaken\n    seatsLeft\n    waitlistCount\n    applicationOpensAt\n    applicationClosesAt\n    startsAt\n    endsAt\n    minAttendanceRate\n    lotterySeed\n    contentIds\n    venue {\n      id\n      name\n    }\n    sessions {\n      id\n      startsAt\n      endsAt\n      format\n    }\n  }\n": types.StaffTerm_CourseFragmentDoc,
    "\n  fragment StaffTermApplicant_enrollment on Enrollment {\n    id\n    status\n    waitlistPosition\n    appliedAt\n    attendanceRate\n    learner {\n      id\n      displayName\n      email\n      emailVerified\n      residence {\n        id\n        name(locale: $locale)\n      }\n    }\n  }\n": types.StaffTermApplicant_EnrollmentFragmentDoc,
    "\n  mutation StaffTermDecide($id: ID!, $approve: Boolean!, $locale: Locale) {\n    decideEnrollment(enrollmentId: $id, approve: $approve) {\n      id\n      ...StaffTermApplicant_enrollment\n      course {\n        id\n        seatsTaken\n        seatsLeft\n        waitlistCount\n      }\n    }\n  }\n": types.StaffTermDecideDocument,
    "\n  query StaffTermEnrollments($id: ID!, $status: EnrollmentStatus, $first: Int, $after: String, $locale: Locale) {\n    course(id: $id) {\n      id\n      enrollments(status: $status, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            ...StaffTermApplicant_enrollment\n          }\n        }\n      }\n    }\n  }\n": types.StaffTermEnrollmentsDocument,
    "\n  mutation StaffTermPublish($id: ID!, $locale: Locale) {\n    publishCourse(id: $id) {\n      id\n      ...StaffTerm_course\n    }\n  }\n": types.StaffTermPublishDocument,
    "\n  mutation StaffTermCancel($id: ID!, $locale: Locale) {\n    cancelCourse(id: $id) {\n      id\n      ...StaffTerm_course\n    }\n  }\n": types.StaffTermCancelDocument,
    "\n  mutation StaffTermDraw($id: ID!, $locale: Locale) {\n    drawLottery(courseId: $id) {\n      id\n      ...StaffTerm_course\n    }\n  }\n": types.StaffTermDrawDocument,
    "\n  mutation StaffTermFinish($id: ID!, $locale: Locale) {\n    finishCourse(id: $id) {\n      id\n      ...StaffTerm_course\n    }\n  }\n": types.StaffTermFinishDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) {\n      token\n      refreshToken\n      expiresAt\n      sessionExpiresAt\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation ChangePasswordPageChange($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      ...AccountSession_payload\n    }\n  }\n": types.ChangePasswordPageChangeDocument,
    "\n  mutation ForgotPasswordPageRequest($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.ForgotPasswordPageRequestDocument,
    "\n  mutation ResetPasswordPageReset($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": types.ResetPasswordPageResetDocument,
    "\n  mutation SignInPageSignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      ...AccountSession_payload\n    }\n  }\n": types.SignInPageSignInDocument,
    "\n  mutation SignUpPageSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...AccountSession_payload\n    }\n  }\n": types.SignUpPageSignUpDocument,
    "\n  mutation VerifyEmailPageVerify($token: String!) {\n    verifyEmail(token: $token)\n  }\n": types.VerifyEmailPageVerifyDocument,
    "\n  query ProvinceDashboard($from: DateTime!, $to: DateTime!, $locale: Locale) {\n    provinceStats(from: $from, to: $to) {\n      from\n      to\n      participationGap\n      csvPath\n      ...CityRows_stats\n      ...MonthlyTrend_stats\n      ...CategoryStats_stats\n    }\n  }\n": types.ProvinceDashboardDocument,
    "\n  query CourseDetail($id: ID!, $locale: Locale) {\n    course(id: $id) {\n      id\n      title(locale: $locale)\n      description(locale: $locale)\n      category\n      format\n      status\n      city {\n        id\n        name(locale: $locale)\n      }\n      ...CourseFacts_course\n      ...CourseSessions_course\n      ...MyEnrollment_course\n      myEnrollment {\n        ...CourseEnrollment_enrollment\n      }\n    }\n  }\n": types.CourseDetailDocument,
    "\n  fragment CourseFacts_course on Course {\n    id\n    format\n    selection\n    eligibility\n    capacity\n    seatsLeft\n    waitlistCount\n    applicationOpensAt\n    applicationClosesAt\n    totalHours\n    minAttendanceRate\n    lotterySeed\n    city {\n      id\n      name(locale: $locale)\n    }\n    venue {\n      id\n      name\n      address\n      dong\n    }\n  }\n": types.CourseFacts_CourseFragmentDoc,
    "\n  query CourseFiltersVenues($cityId: ID!) {\n    city(id: $cityId) {\n      id\n      venues {\n        id\n        name\n        dong\n      }\n    }\n  }\n": types.CourseFiltersVenuesDocument,
    "\n  query CourseResults($filter: CourseFilter!, $first: Int!, $after: String, $locale: Locale) {\n    courses(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...CourseCard_course\n        }\n      }\n    }\n  }\n": types.CourseResultsDocument,
    "\n  fragment CourseSessions_course on Course {\n    id\n    sessions {\n      id\n      startsAt\n      endsAt\n      format\n    }\n  }\n": types.CourseSessions_CourseFragmentDoc,
    "\n  fragment EnrollmentNextSteps_course on Course {\n    id\n    selection\n    format\n    applicationClosesAt\n    minAttendanceRate\n    sessions {\n      id\n      startsAt\n    }\n    venue {\n      id\n      name\n    }\n  }\n": types.EnrollmentNextSteps_CourseFragmentDoc,
    "\n  fragment MyEnrollment_course on Course {\n    id\n    status\n    selection\n    eligibility\n    applicationOpensAt\n    applicationClosesAt\n    city {\n      id\n      name(locale: $locale)\n    }\n    myEnrollment {\n      ...CourseEnrollment_enrollment\n    }\n    ...EnrollmentNextSteps_course\n  }\n": types.MyEnrollment_CourseFragmentDoc,
    "\n  query HomeFeatured($cityId: ID!, $locale: Locale) {\n    city(id: $cityId) {\n      id\n      featuredContents {\n        id\n        title(locale: $locale)\n        kind\n        provider\n        durationMinutes\n      }\n    }\n  }\n": types.HomeFeaturedDocument,
    "\n  query HomeLiveClasses($locale: Locale) {\n    liveSessions(upcoming: true) {\n      id\n      title(locale: $locale)\n      startsAt\n      endsAt\n      hostCity {\n        id\n        name(locale: $locale)\n      }\n    }\n  }\n": types.HomeLiveClassesDocument,
    "\n  query HomeOpenCourses($cityId: ID!, $locale: Locale) {\n    courses(filter: { cityId: $cityId, openForApplication: true }, first: 6) {\n      totalCount\n      edges {\n        node {\n          id\n          ...CourseCard_course\n        }\n      }\n    }\n  }\n": types.HomeOpenCoursesDocument,
    "\n  query ContentPageContent($id: ID!, $locale: Locale) {\n    content(id: $id) {\n      id\n      title(locale: $locale)\n      description(locale: $locale)\n      kind\n      level\n      category\n      provider\n      durationMinutes\n      languages\n      url\n      myProgress {\n        percent\n        positionSeconds\n        completedAt\n      }\n    }\n  }\n": types.ContentPageContentDocument,
    "\n  query LearningPathsPagePaths($level: ContentLevel, $locale: Locale) {\n    learningPaths(level: $level) {\n      id\n      level\n      ...LearningPathCard_path\n    }\n  }\n": types.LearningPathsPagePathsDocument,
    "\n  query LibraryPageContents($filter: ContentFilter, $first: Int, $after: String, $locale: Locale) {\n    contents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          provider\n          ...LibraryContentCard_content\n        }\n      }\n    }\n  }\n": types.LibraryPageContentsDocument,
    "\n  query LiveClassesPageSessions($locale: Locale) {\n    liveSessions(upcoming: true) {\n      id\n      ...LiveClassCard_session\n    }\n  }\n": types.LiveClassesPageSessionsDocument,
    "\n  fragment AccountEmail_learner on Learner {\n    id\n    email\n    emailVerified\n  }\n": types.AccountEmail_LearnerFragmentDoc,
    "\n  mutation AccountEmailRequestChange($newEmail: String!, $password: String!) {\n    requestEmailChange(newEmail: $newEmail, password: $password)\n  }\n": types.AccountEmailRequestChangeDocument,
    "\n  mutation AccountEmailResend {\n    resendVerificationEmail\n  }\n": types.AccountEmailResendDocument,
    "\n  mutation AccountSessionsEverywhere {\n    signOutEverywhere\n  }\n": types.AccountSessionsEverywhereDocument,
    "\n  fragment CertificateCard_certificate on Certificate {\n    id\n    number\n    courseTitle\n    courseTitleEn\n    category\n    hours\n    issuedAt\n    revokedAt\n    revocationReason\n    verificationCode\n    pdfPath\n    city {\n      id\n      name(locale: $locale)\n    }\n  }\n": types.CertificateCard_CertificateFragmentDoc,
    "\n  mutation DeleteAccountDelete($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n": types.DeleteAccountDeleteDocument,
    "\n  fragment MoveCity_learner on Learner {\n    id\n    residence {\n      id\n      name(locale: $locale)\n    }\n  }\n": types.MoveCity_LearnerFragmentDoc,
    "\n  mutation MoveCityMove($cityId: ID!, $locale: Locale!) {\n    moveResidence(cityId: $cityId) {\n      id\n      ...MoveCity_learner\n      ...MyGreeting_learner\n    }\n  }\n": types.MoveCityMoveDocument,
    "\n  fragment MyCertificates_learner on Learner {\n    id\n    certificates {\n      id\n      ...CertificateCard_certificate\n    }\n  }\n": types.MyCertificates_LearnerFragmentDoc,
    "\n  mutation MyDataExport {\n    exportMyData {\n      exportedAt\n      accessLog {\n        at\n        action\n        actorId\n        actorRole\n        ip\n      }\n      learner {\n        id\n        displayName\n        email\n        preferredLocale\n        birthYear\n        residence {\n          id\n        }\n        residenceHistory {\n          city {\n            id\n          }\n          from\n          to\n        }\n        roles {\n          role\n          city {\n            id\n          }\n        }\n        enrollments {\n          id\n          status\n          waitlistPosition\n          appliedAt\n          attendanceRate\n          course {\n            id\n            title\n          }\n        }\n        contentProgress(first: 100) {\n          totalCount\n          edges {\n            node {\n              positionSeconds\n              percent\n              completedAt\n              content {\n                id\n                title\n              }\n            }\n          }\n        }\n        certificates {\n          number\n          holderName\n          courseTitle\n          courseTitleEn\n          category\n          hours\n          issuedAt\n          revokedAt\n          revocationReason\n          verificationUrl\n          credential\n          city {\n            id\n          }\n        }\n        transcript {\n          totalHours\n          hoursByCategory {\n            category\n            hours\n          }\n        }\n        coursesAccessLog {\n          at\n          action\n          actorId\n          actorRole\n          ip\n        }\n        historyAccessLog {\n          at\n          action\n          actorId\n          actorRole\n          ip\n        }\n      }\n    }\n  }\n": types.MyDataExportDocument,
    "\n  query MyDataExportRecords($after: String) {\n    me {\n      id\n      transcript {\n        records(first: 50, after: $after) {\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            node {\n              id\n              verb\n              occurredAt\n              hours\n              city {\n                id\n              }\n              course {\n                id\n              }\n              content {\n                id\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MyDataExportRecordsDocument,
    "\n  fragment MyEnrollments_learner on Learner {\n    id\n    enrollments {\n      id\n      status\n      waitlistPosition\n      attendanceRate\n      appliedAt\n      course {\n        id\n        title(locale: $locale)\n        startsAt\n        endsAt\n        city {\n          id\n          name(locale: $locale)\n        }\n      }\n    }\n  }\n": types.MyEnrollments_LearnerFragmentDoc,
    "\n  fragment MyGreeting_learner on Learner {\n    id\n    displayName\n    residence {\n      id\n      name(locale: $locale)\n    }\n  }\n": types.MyGreeting_LearnerFragmentDoc,
    "\n  query MyLearningPage($locale: Locale!) {\n    me {\n      id\n      ...MyGreeting_learner\n      ...MyEnrollments_learner\n      ...MyTranscript_learner\n      ...MyCertificates_learner\n      ...MoveCity_learner\n      ...MyWorkLinks_learner\n      ...AccountEmail_learner\n    }\n  }\n": types.MyLearningPageDocument,
    "\n  query MyRecords($locale: Locale!, $first: Int!, $after: String) {\n    me {\n      id\n      transcript {\n        records(first: $first, after: $after) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            cursor\n            node {\n              id\n              verb\n              occurredAt\n              hours\n              city {\n                id\n                name(locale: $locale)\n              }\n              course {\n                id\n                title(locale: $locale)\n              }\n              content {\n                id\n                title(locale: $locale)\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MyRecordsDocument,
    "\n  fragment MyTranscript_learner on Learner {\n    id\n    transcript {\n      totalHours\n      hoursByCategory {\n        category\n        hours\n      }\n    }\n  }\n": types.MyTranscript_LearnerFragmentDoc,
    "\n  fragment MyWorkLinks_learner on Learner {\n    roles {\n      role\n      city {\n        id\n      }\n    }\n  }\n": types.MyWorkLinks_LearnerFragmentDoc,
    "\n  query NotificationSettingsPage {\n    me {\n      id\n      notificationPhone\n      notificationPreferences {\n        language\n        kinds {\n          kind\n          channels\n          timeCritical\n        }\n      }\n    }\n  }\n": types.NotificationSettingsPageDocument,
    "\n  query NotificationsPage {\n    me {\n      id\n      unreadNotificationCount\n      notifications(first: 50) {\n        id\n        kind\n        title\n        body\n        link\n        createdAt\n        readAt\n      }\n    }\n  }\n": types.NotificationsPageDocument,
    "\n  mutation NotificationsPageMarkRead {\n    markNotificationsRead\n  }\n": types.NotificationsPageMarkReadDocument,
    "\n  mutation PhoneFormSet($number: String!, $consent: Boolean!) {\n    setNotificationPhone(number: $number, consent: $consent)\n  }\n": types.PhoneFormSetDocument,
    "\n  mutation PhoneFormRemove {\n    removeNotificationPhone\n  }\n": types.PhoneFormRemoveDocument,
    "\n  mutation PreferencesFormSave($input: NotificationPreferencesInput!) {\n    setNotificationPreferences(input: $input) {\n      language\n      kinds {\n        kind\n        channels\n        timeCritical\n      }\n    }\n  }\n": types.PreferencesFormSaveDocument,
    "\n  query NotificationBell {\n    me {\n      id\n      unreadNotificationCount\n    }\n  }\n": types.NotificationBellDocument,
    "\n  mutation UnsubscribePageUnsubscribe($token: String!, $kind: NotificationKind) {\n    unsubscribe(token: $token, kind: $kind)\n  }\n": types.UnsubscribePageUnsubscribeDocument,
    "\n  query AttendanceCourse($id: ID!, $locale: Locale) {\n    course(id: $id) {\n      id\n      title(locale: $locale)\n      sessions {\n        id\n        startsAt\n        endsAt\n        format\n      }\n    }\n  }\n": types.AttendanceCourseDocument,
    "\n  query StaffCourseEditorCourse($id: ID!, $locale: Locale) {\n    course(id: $id) {\n      id\n      status\n      city {\n        id\n      }\n      title(locale: $locale)\n      titleKo: title(locale: KO)\n      titleEn: title(locale: EN)\n      descriptionKo: description(locale: KO)\n      descriptionEn: description(locale: EN)\n      category\n      format\n      venue {\n        id\n      }\n      capacity\n      selection\n      eligibility\n      applicationOpensAt\n      applicationClosesAt\n      minAttendanceRate\n      sessions {\n        id\n        startsAt\n        endsAt\n      }\n      contentIds\n      contents {\n        id\n        title(locale: $locale)\n      }\n      instructorIds\n    }\n  }\n": types.StaffCourseEditorCourseDocument,
    "\n  query StaffCourseEditorVenues($cityId: ID!) {\n    city(id: $cityId) {\n      id\n      venues {\n        id\n        name\n        dong\n      }\n    }\n  }\n": types.StaffCourseEditorVenuesDocument,
    "\n  query StaffTermCourse($id: ID!, $locale: Locale) {\n    course(id: $id) {\n      id\n      ...StaffTerm_course\n    }\n  }\n": types.StaffTermCourseDocument,
    "\n  query StaffTermMe {\n    me {\n      id\n      roles {\n        role\n        city {\n          id\n        }\n      }\n    }\n  }\n": types.StaffTermMeDocument,
    "\n  query StaffFeatured($cityId: ID!, $locale: Locale) {\n    city(id: $cityId) {\n      id\n      name(locale: $locale)\n      featuredContents {\n        id\n        title(locale: $locale)\n        kind\n        provider\n        durationMinutes\n      }\n    }\n  }\n": types.StaffFeaturedDocument,
    "\n  query StaffCoursesList($cityId: ID!, $filter: CourseFilter, $first: Int, $after: String, $locale: Locale) {\n    city(id: $cityId) {\n      id\n      name(locale: $locale)\n    }\n    courses(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...StaffCourseRow_course\n        }\n      }\n    }\n  }\n": types.StaffCoursesListDocument,
    "\n  query StaffUndelivered($cityId: ID!) {\n    deadNotifications(cityId: $cityId, first: 100) {\n      id\n      kind\n      channel\n      attempts\n      lastError\n      diedAt\n    }\n  }\n": types.StaffUndeliveredDocument,
    "\n  mutation StaffUndeliveredRequeue($cityId: ID!, $ids: [ID!]!) {\n    requeueDeadNotifications(cityId: $cityId, ids: $ids)\n  }\n": types.StaffUndeliveredRequeueDocument,
    "\n  query StaffVenues($cityId: ID!, $locale: Locale) {\n    city(id: $cityId) {\n      id\n      name(locale: $locale)\n      venues {\n        id\n        name\n        kind\n        address\n        dong\n      }\n    }\n  }\n": types.StaffVenuesDocument,
    "\n  fragment VerificationResult_verification on CertificateVerification {\n    valid\n    reason\n    maskedHolderName\n    certificate {\n      id\n      number\n      holderName\n      courseTitle\n      courseTitleEn\n      category\n      hours\n      issuedAt\n      revokedAt\n      city {\n        id\n        name(locale: $locale)\n      }\n    }\n  }\n": types.VerificationResult_VerificationFragmentDoc,
    "\n  query VerifyCertificatePage($number: String!, $code: String, $locale: Locale!) {\n    verifyCertificate(number: $number, code: $code) {\n      ...VerificationResult_verification\n    }\n  }\n": types.VerifyCertificatePageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CitySite($cityId: ID!) {\n    city(id: $cityId) {\n      id\n      site {\n        siteName\n        primaryColor\n      }\n    }\n  }\n"): (typeof documents)["\n  query CitySite($cityId: ID!) {\n    city(id: $cityId) {\n      id\n      site {\n        siteName\n        primaryColor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequireRoleMe {\n    me {\n      id\n      roles {\n        role\n        city {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RequireRoleMe {\n    me {\n      id\n      roles {\n        role\n        city {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CitySelectCities($locale: Locale!) {\n    cities {\n      id\n      name(locale: $locale)\n      kind\n    }\n  }\n"): (typeof documents)["\n  query CitySelectCities($locale: Locale!) {\n    cities {\n      id\n      name(locale: $locale)\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountSession_payload on AuthPayload {\n    token\n    refreshToken\n    expiresAt\n    sessionExpiresAt\n    learner {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment AccountSession_payload on AuthPayload {\n    token\n    refreshToken\n    expiresAt\n    sessionExpiresAt\n    learner {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentAdminCities($locale: Locale!) {\n    cities {\n      id\n      name(locale: $locale)\n      kind\n    }\n  }\n"): (typeof documents)["\n  query ContentAdminCities($locale: Locale!) {\n    cities {\n      id\n      name(locale: $locale)\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminContentRow_content on Content {\n    id\n    title(locale: $locale)\n    kind\n    provider\n    level\n    category\n    durationMinutes\n  }\n"): (typeof documents)["\n  fragment AdminContentRow_content on Content {\n    id\n    title(locale: $locale)\n    kind\n    provider\n    level\n    category\n    durationMinutes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContentAdminRetire($id: ID!) {\n    retireContent(id: $id) {\n      id\n      retiredAt\n    }\n  }\n"): (typeof documents)["\n  mutation ContentAdminRetire($id: ID!) {\n    retireContent(id: $id) {\n      id\n      retiredAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentAdminPageContents($filter: ContentFilter, $first: Int, $after: String, $locale: Locale) {\n    contents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...AdminContentRow_content\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContentAdminPageContents($filter: ContentFilter, $first: Int, $after: String, $locale: Locale) {\n    contents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...AdminContentRow_content\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentAdminEditContent($id: ID!) {\n    content(id: $id) {\n      id\n      titleKo: title(locale: KO)\n      titleEn: title(locale: EN)\n      titleZh: title(locale: ZH)\n      titleVi: title(locale: VI)\n      descriptionKo: description(locale: KO)\n      descriptionEn: description(locale: EN)\n      descriptionZh: description(locale: ZH)\n      descriptionVi: description(locale: VI)\n      kind\n      provider\n      url\n      level\n      category\n      durationMinutes\n      languages\n      retiredAt\n      city {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContentAdminEditContent($id: ID!) {\n    content(id: $id) {\n      id\n      titleKo: title(locale: KO)\n      titleEn: title(locale: EN)\n      titleZh: title(locale: ZH)\n      titleVi: title(locale: VI)\n      descriptionKo: description(locale: KO)\n      descriptionEn: description(locale: EN)\n      descriptionZh: description(locale: ZH)\n      descriptionVi: description(locale: VI)\n      kind\n      provider\n      url\n      level\n      category\n      durationMinutes\n      languages\n      retiredAt\n      city {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContentAdminCreate($input: ContentInput!, $idempotencyKey: String, $locale: Locale) {\n    createContent(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      title(locale: $locale)\n    }\n  }\n"): (typeof documents)["\n  mutation ContentAdminCreate($input: ContentInput!, $idempotencyKey: String, $locale: Locale) {\n    createContent(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      title(locale: $locale)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContentAdminUpdate($id: ID!, $input: ContentInput!, $locale: Locale) {\n    updateContent(id: $id, input: $input) {\n      id\n      title(locale: $locale)\n      retiredAt\n    }\n  }\n"): (typeof documents)["\n  mutation ContentAdminUpdate($id: ID!, $input: ContentInput!, $locale: Locale) {\n    updateContent(id: $id, input: $input) {\n      id\n      title(locale: $locale)\n      retiredAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CategoryStats_stats on ProvinceStats {\n    categories {\n      category\n      completions\n      notCompleted\n      completionRate\n      learningHours\n    }\n  }\n"): (typeof documents)["\n  fragment CategoryStats_stats on ProvinceStats {\n    categories {\n      category\n      completions\n      notCompleted\n      completionRate\n      learningHours\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MonthlyTrend_stats on ProvinceStats {\n    months {\n      month\n      activeLearners\n      enrollments\n      completions\n      learningHours\n    }\n  }\n"): (typeof documents)["\n  fragment MonthlyTrend_stats on ProvinceStats {\n    months {\n      month\n      activeLearners\n      enrollments\n      completions\n      learningHours\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CityRows_stats on ProvinceStats {\n    cities {\n      city {\n        id\n        name(locale: $locale)\n      }\n      activeLearners\n      participationRate\n      enrollments\n      completions\n      completionRate\n      learningHours\n    }\n  }\n"): (typeof documents)["\n  fragment CityRows_stats on ProvinceStats {\n    cities {\n      city {\n        id\n        name(locale: $locale)\n      }\n      activeLearners\n      participationRate\n      enrollments\n      completions\n      completionRate\n      learningHours\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CourseCard_course on Course {\n    id\n    title(locale: $locale)\n    category\n    format\n    status\n    startsAt\n    endsAt\n    applicationOpensAt\n    applicationClosesAt\n    capacity\n    seatsLeft\n    venue {\n      id\n      name\n      dong\n    }\n  }\n"): (typeof documents)["\n  fragment CourseCard_course on Course {\n    id\n    title(locale: $locale)\n    category\n    format\n    status\n    startsAt\n    endsAt\n    applicationOpensAt\n    applicationClosesAt\n    capacity\n    seatsLeft\n    venue {\n      id\n      name\n      dong\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CourseEnrollment_enrollment on Enrollment {\n    id\n    status\n    waitlistPosition\n    appliedAt\n    attendanceRate\n  }\n"): (typeof documents)["\n  fragment CourseEnrollment_enrollment on Enrollment {\n    id\n    status\n    waitlistPosition\n    appliedAt\n    attendanceRate\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CourseSeats_course on Course {\n    id\n    seatsTaken\n    seatsLeft\n    waitlistCount\n    myEnrollment {\n      ...CourseEnrollment_enrollment\n    }\n  }\n"): (typeof documents)["\n  fragment CourseSeats_course on Course {\n    id\n    seatsTaken\n    seatsLeft\n    waitlistCount\n    myEnrollment {\n      ...CourseEnrollment_enrollment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CourseApply($courseId: ID!, $idempotencyKey: String) {\n    applyToCourse(courseId: $courseId, idempotencyKey: $idempotencyKey) {\n      ...CourseEnrollment_enrollment\n      course {\n        ...CourseSeats_course\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CourseApply($courseId: ID!, $idempotencyKey: String) {\n    applyToCourse(courseId: $courseId, idempotencyKey: $idempotencyKey) {\n      ...CourseEnrollment_enrollment\n      course {\n        ...CourseSeats_course\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CourseCancelEnrollment($enrollmentId: ID!) {\n    cancelEnrollment(enrollmentId: $enrollmentId) {\n      ...CourseEnrollment_enrollment\n      course {\n        ...CourseSeats_course\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CourseCancelEnrollment($enrollmentId: ID!) {\n    cancelEnrollment(enrollmentId: $enrollmentId) {\n      ...CourseEnrollment_enrollment\n      course {\n        ...CourseSeats_course\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LibraryContentCard_content on Content {\n    id\n    title(locale: $locale)\n    kind\n    level\n    category\n    provider\n    durationMinutes\n    languages\n    myProgress {\n      percent\n      completedAt\n    }\n  }\n"): (typeof documents)["\n  fragment LibraryContentCard_content on Content {\n    id\n    title(locale: $locale)\n    kind\n    level\n    category\n    provider\n    durationMinutes\n    languages\n    myProgress {\n      percent\n      completedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LearningPathCard_path on LearningPath {\n    id\n    title(locale: $locale)\n    level\n    finishedSteps\n    steps {\n      id\n      title(locale: $locale)\n      kind\n      durationMinutes\n      myProgress {\n        completedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment LearningPathCard_path on LearningPath {\n    id\n    title(locale: $locale)\n    level\n    finishedSteps\n    steps {\n      id\n      title(locale: $locale)\n      kind\n      durationMinutes\n      myProgress {\n        completedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LiveClassCard_session on LiveSession {\n    id\n    title(locale: $locale)\n    startsAt\n    endsAt\n    opensAt\n    capacity\n    attendeeCount\n    hostCity {\n      id\n      name(locale: $locale)\n    }\n    ...LiveReminderToggle_session\n  }\n"): (typeof documents)["\n  fragment LiveClassCard_session on LiveSession {\n    id\n    title(locale: $locale)\n    startsAt\n    endsAt\n    opensAt\n    capacity\n    attendeeCount\n    hostCity {\n      id\n      name(locale: $locale)\n    }\n    ...LiveReminderToggle_session\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveClassCardJoin($id: ID!, $locale: Locale) {\n    joinLiveSession(id: $id) {\n      joinUrl\n      session {\n        ...LiveClassCard_session\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LiveClassCardJoin($id: ID!, $locale: Locale) {\n    joinLiveSession(id: $id) {\n      joinUrl\n      session {\n        ...LiveClassCard_session\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LiveReminderToggle_session on LiveSession {\n    id\n    startsAt\n    remindMe\n  }\n"): (typeof documents)["\n  fragment LiveReminderToggle_session on LiveSession {\n    id\n    startsAt\n    remindMe\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveReminderToggleRemind($sessionId: ID!, $remind: Boolean!) {\n    remindMeOfLiveSession(sessionId: $sessionId, remind: $remind) {\n      id\n      remindMe\n    }\n  }\n"): (typeof documents)["\n  mutation LiveReminderToggleRemind($sessionId: ID!, $remind: Boolean!) {\n    remindMeOfLiveSession(sessionId: $sessionId, remind: $remind) {\n      id\n      remindMe\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContentPageRecordProgress($contentId: ID!, $positionSeconds: Int!) {\n    recordContentProgress(contentId: $contentId, positionSeconds: $positionSeconds) {\n      percent\n      positionSeconds\n      completedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ContentPageRecordProgress($contentId: ID!, $positionSeconds: Int!) {\n    recordContentProgress(contentId: $contentId, positionSeconds: $positionSeconds) {\n      percent\n      positionSeconds\n      completedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PeopleGrantRole($learnerId: ID!, $role: Role!, $cityId: ID, $locale: Locale) {\n    grantRole(learnerId: $learnerId, role: $role, cityId: $cityId) {\n      id\n      ...PersonRoles_learner\n    }\n  }\n"): (typeof documents)["\n  mutation PeopleGrantRole($learnerId: ID!, $role: Role!, $cityId: ID, $locale: Locale) {\n    grantRole(learnerId: $learnerId, role: $role, cityId: $cityId) {\n      id\n      ...PersonRoles_learner\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonCertificates_learner on Learner {\n    id\n    certificates {\n      id\n      number\n      courseTitle\n      issuedAt\n      revokedAt\n      revocationReason\n      city {\n        id\n        name(locale: $locale)\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PersonCertificates_learner on Learner {\n    id\n    certificates {\n      id\n      number\n      courseTitle\n      issuedAt\n      revokedAt\n      revocationReason\n      city {\n        id\n        name(locale: $locale)\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonDetails_learner on Learner {\n    id\n    displayName\n    email\n    residence {\n      id\n      name(locale: $locale)\n    }\n    ...PersonRoles_learner\n    ...PersonCertificates_learner\n  }\n"): (typeof documents)["\n  fragment PersonDetails_learner on Learner {\n    id\n    displayName\n    email\n    residence {\n      id\n      name(locale: $locale)\n    }\n    ...PersonRoles_learner\n    ...PersonCertificates_learner\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleFindByEmail($email: String!, $locale: Locale) {\n    learnerByEmail(email: $email) {\n      id\n      ...PersonDetails_learner\n    }\n  }\n"): (typeof documents)["\n  query PeopleFindByEmail($email: String!, $locale: Locale) {\n    learnerByEmail(email: $email) {\n      id\n      ...PersonDetails_learner\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonRoles_learner on Learner {\n    id\n    roles {\n      role\n      city {\n        id\n        name(locale: $locale)\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PersonRoles_learner on Learner {\n    id\n    roles {\n      role\n      city {\n        id\n        name(locale: $locale)\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PeopleRevokeRole($learnerId: ID!, $role: Role!, $cityId: ID, $locale: Locale) {\n    revokeRole(learnerId: $learnerId, role: $role, cityId: $cityId) {\n      id\n      ...PersonRoles_learner\n    }\n  }\n"): (typeof documents)["\n  mutation PeopleRevokeRole($learnerId: ID!, $role: Role!, $cityId: ID, $locale: Locale) {\n    revokeRole(learnerId: $learnerId, role: $role, cityId: $cityId) {\n      id\n      ...PersonRoles_learner\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PeopleRevokeCertificate($number: String!, $reason: String!) {\n    revokeCertificate(number: $number, reason: $reason) {\n      id\n      number\n      revokedAt\n      revocationReason\n    }\n  }\n"): (typeof documents)["\n  mutation PeopleRevokeCertificate($number: String!, $reason: String!) {\n    revokeCertificate(number: $number, reason: $reason) {\n      id\n      number\n      revokedAt\n      revocationReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttendanceRosterPage($courseId: ID!, $after: String) {\n    course(id: $courseId) {\n      id\n      enrollments(status: ENROLLED, first: 100, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            learner {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AttendanceRosterPage($courseId: ID!, $after: String) {\n    course(id: $courseId) {\n      id\n      enrollments(status: ENROLLED, first: 100, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            learner {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveSessionAttendance($sessionId: ID!, $entries: [AttendanceInput!]!) {\n    recordSessionAttendance(sessionId: $sessionId, entries: $entries) {\n      id\n      attendanceRate\n      learner {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveSessionAttendance($sessionId: ID!, $entries: [AttendanceInput!]!) {\n    recordSessionAttendance(sessionId: $sessionId, entries: $entries) {\n      id\n      attendanceRate\n      learner {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffLiveSessions($locale: Locale) {\n    liveSessions(upcoming: true) {\n      id\n      title(locale: $locale)\n      startsAt\n      endsAt\n      capacity\n      attendeeCount\n      hostCity {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffLiveSessions($locale: Locale) {\n    liveSessions(upcoming: true) {\n      id\n      title(locale: $locale)\n      startsAt\n      endsAt\n      capacity\n      attendeeCount\n      hostCity {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffFeaturedSearch($search: String!, $first: Int, $locale: Locale) {\n    contents(filter: { search: $search }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title(locale: $locale)\n          kind\n          provider\n          durationMinutes\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffFeaturedSearch($search: String!, $first: Int, $locale: Locale) {\n    contents(filter: { search: $search }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title(locale: $locale)\n          kind\n          provider\n          durationMinutes\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffFeatureContents($cityId: ID!, $contentIds: [ID!]!) {\n    featureContents(cityId: $cityId, contentIds: $contentIds) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation StaffFeatureContents($cityId: ID!, $contentIds: [ID!]!) {\n    featureContents(cityId: $cityId, contentIds: $contentIds) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffVenueCreate($input: CreateVenueInput!, $idempotencyKey: String) {\n    createVenue(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      name\n      kind\n      address\n      dong\n    }\n  }\n"): (typeof documents)["\n  mutation StaffVenueCreate($input: CreateVenueInput!, $idempotencyKey: String) {\n    createVenue(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      name\n      kind\n      address\n      dong\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffVenueUpdate($id: ID!, $input: UpdateVenueInput!) {\n    updateVenue(id: $id, input: $input) {\n      id\n      name\n      kind\n      address\n      dong\n    }\n  }\n"): (typeof documents)["\n  mutation StaffVenueUpdate($id: ID!, $input: UpdateVenueInput!) {\n    updateVenue(id: $id, input: $input) {\n      id\n      name\n      kind\n      address\n      dong\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffScheduleLiveClass($input: CreateLiveSessionInput!, $idempotencyKey: String, $locale: Locale) {\n    createLiveSession(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      title(locale: $locale)\n      startsAt\n    }\n  }\n"): (typeof documents)["\n  mutation StaffScheduleLiveClass($input: CreateLiveSessionInput!, $idempotencyKey: String, $locale: Locale) {\n    createLiveSession(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      title(locale: $locale)\n      startsAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffCityInstructors($cityId: ID!) {\n    city(id: $cityId) {\n      id\n      instructors {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffCityInstructors($cityId: ID!) {\n    city(id: $cityId) {\n      id\n      instructors {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffCourseContentSearch($filter: ContentFilter, $first: Int, $locale: Locale) {\n    contents(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title(locale: $locale)\n          provider\n          durationMinutes\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffCourseContentSearch($filter: ContentFilter, $first: Int, $locale: Locale) {\n    contents(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title(locale: $locale)\n          provider\n          durationMinutes\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffCourseRow_course on Course {\n    id\n    title(locale: $locale)\n    status\n    category\n    format\n    capacity\n    seatsTaken\n    waitlistCount\n    applicationOpensAt\n    applicationClosesAt\n    startsAt\n    endsAt\n    venue {\n      id\n      name\n      dong\n    }\n  }\n"): (typeof documents)["\n  fragment StaffCourseRow_course on Course {\n    id\n    title(locale: $locale)\n    status\n    category\n    format\n    capacity\n    seatsTaken\n    waitlistCount\n    applicationOpensAt\n    applicationClosesAt\n    startsAt\n    endsAt\n    venue {\n      id\n      name\n      dong\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffCourseCreate($input: CreateCourseInput!, $idempotencyKey: String) {\n    createCourse(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation StaffCourseCreate($input: CreateCourseInput!, $idempotencyKey: String) {\n    createCourse(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffCourseUpdate($id: ID!, $input: UpdateCourseInput!) {\n    updateCourse(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation StaffCourseUpdate($id: ID!, $input: UpdateCourseInput!) {\n    updateCourse(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffTermDrawnApplicants($id: ID!, $after: String) {\n    course(id: $id) {\n      id\n      enrollments(first: 100, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            status\n            learner {\n              id\n              residence {\n                id\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffTermDrawnApplicants($id: ID!, $after: String) {\n    course(id: $id) {\n      id\n      enrollments(first: 100, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            status\n            learner {\n              id\n              residence {\n                id\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TermMessages($id: ID!) {\n    course(id: $id) {\n      id\n      notificationReach {\n        learners\n        channels {\n          channel\n          reached\n          pending\n          failed\n          skipped\n        }\n      }\n      staffMessages {\n        id\n        message\n        sentAt\n        recipients\n      }\n    }\n  }\n"): (typeof documents)["\n  query TermMessages($id: ID!) {\n    course(id: $id) {\n      id\n      notificationReach {\n        learners\n        channels {\n          channel\n          reached\n          pending\n          failed\n          skipped\n        }\n      }\n      staffMessages {\n        id\n        message\n        sentAt\n        recipients\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TermMessagesSend($courseId: ID!, $message: String!) {\n    sendCourseNotice(courseId: $courseId, message: $message) {\n      id\n      recipients\n    }\n  }\n"): (typeof documents)["\n  mutation TermMessagesSend($courseId: ID!, $message: String!) {\n    sendCourseNotice(courseId: $courseId, message: $message) {\n      id\n      recipients\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffTerm_course on Course {\n    id\n    title(locale: $locale)\n    city {\n      id\n      name(locale: $locale)\n    }\n    status\n    selection\n    eligibility\n    format\n    capacity\n    seatsTaken\n    seatsLeft\n    waitlistCount\n    applicationOpensAt\n    applicationClosesAt\n    startsAt\n    endsAt\n    minAttendanceRate\n    lotterySeed\n    contentIds\n    venue {\n      id\n      name\n    }\n    sessions {\n      id\n      startsAt\n      endsAt\n      format\n    }\n  }\n"): (typeof documents)["\n  fragment StaffTerm_course on Course {\n    id\n    title(locale: $locale)\n    city {\n      id\n      name(locale: $locale)\n    }\n    status\n    selection\n    eligibility\n    format\n    capacity\n    seatsTaken\n    seatsLeft\n    waitlistCount\n    applicationOpensAt\n    applicationClosesAt\n    startsAt\n    endsAt\n    minAttendanceRate\n    lotterySeed\n    contentIds\n    venue {\n      id\n      name\n    }\n    sessions {\n      id\n      startsAt\n      endsAt\n      format\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffTermApplicant_enrollment on Enrollment {\n    id\n    status\n    waitlistPosition\n    appliedAt\n    attendanceRate\n    learner {\n      id\n      displayName\n      email\n      emailVerified\n      residence {\n        id\n        name(locale: $locale)\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment StaffTermApplicant_enrollment on Enrollment {\n    id\n    status\n    waitlistPosition\n    appliedAt\n    attendanceRate\n    learner {\n      id\n      displayName\n      email\n      emailVerified\n      residence {\n        id\n        name(locale: $locale)\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffTermDecide($id: ID!, $approve: Boolean!, $locale: Locale) {\n    decideEnrollment(enrollmentId: $id, approve: $approve) {\n      id\n      ...StaffTermApplicant_enrollment\n      course {\n        id\n        seatsTaken\n        seatsLeft\n        waitlistCount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StaffTermDecide($id: ID!, $approve: Boolean!, $locale: Locale) {\n    decideEnrollment(enrollmentId: $id, approve: $approve) {\n      id\n      ...StaffTermApplicant_enrollment\n      course {\n        id\n        seatsTaken\n        seatsLeft\n        waitlistCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffTermEnrollments($id: ID!, $status: EnrollmentStatus, $first: Int, $after: String, $locale: Locale) {\n    course(id: $id) {\n      id\n      enrollments(status: $status, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            ...StaffTermApplicant_enrollment\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffTermEnrollments($id: ID!, $status: EnrollmentStatus, $first: Int, $after: String, $locale: Locale) {\n    course(id: $id) {\n      id\n      enrollments(status: $status, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            ...StaffTermApplicant_enrollment\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffTermPublish($id: ID!, $locale: Locale) {\n    publishCourse(id: $id) {\n      id\n      ...StaffTerm_course\n    }\n  }\n"): (typeof documents)["\n  mutation StaffTermPublish($id: ID!, $locale: Locale) {\n    publishCourse(id: $id) {\n      id\n      ...StaffTerm_course\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffTermCancel($id: ID!, $locale: Locale) {\n    cancelCourse(id: $id) {\n      id\n      ...StaffTerm_course\n    }\n  }\n"): (typeof documents)["\n  mutation StaffTermCancel($id: ID!, $locale: Locale) {\n    cancelCourse(id: $id) {\n      id\n      ...StaffTerm_course\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffTermDraw($id: ID!, $locale: Locale) {\n    drawLottery(courseId: $id) {\n      id\n      ...StaffTerm_course\n    }\n  }\n"): (typeof documents)["\n  mutation StaffTermDraw($id: ID!, $locale: Locale) {\n    drawLottery(courseId: $id) {\n      id\n      ...StaffTerm_course\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffTermFinish($id: ID!, $locale: Locale) {\n    finishCourse(id: $id) {\n      id\n      ...StaffTerm_course\n    }\n  }\n"): (typeof documents)["\n  mutation StaffTermFinish($id: ID!, $locale: Locale) {\n    finishCourse(id: $id) {\n      id\n      ...StaffTerm_course\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) {\n      token\n      refreshToken\n      expiresAt\n      sessionExpiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) {\n      token\n      refreshToken\n      expiresAt\n      sessionExpiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePasswordPageChange($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      ...AccountSession_payload\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePasswordPageChange($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      ...AccountSession_payload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForgotPasswordPageRequest($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation ForgotPasswordPageRequest($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPasswordPageReset($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ResetPasswordPageReset($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInPageSignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      ...AccountSession_payload\n    }\n  }\n"): (typeof documents)["\n  mutation SignInPageSignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      ...AccountSession_payload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUpPageSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...AccountSession_payload\n    }\n  }\n"): (typeof documents)["\n  mutation SignUpPageSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...AccountSession_payload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmailPageVerify($token: String!) {\n    verifyEmail(token: $token)\n  }\n"): (typeof documents)["\n  mutation VerifyEmailPageVerify($token: String!) {\n    verifyEmail(token: $token)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvinceDashboard($from: DateTime!, $to: DateTime!, $locale: Locale) {\n    provinceStats(from: $from, to: $to) {\n      from\n      to\n      participationGap\n      csvPath\n      ...CityRows_stats\n      ...MonthlyTrend_stats\n      ...CategoryStats_stats\n    }\n  }\n"): (typeof documents)["\n  query ProvinceDashboard($from: DateTime!, $to: DateTime!, $locale: Locale) {\n    provinceStats(from: $from, to: $to) {\n      from\n      to\n      participationGap\n      csvPath\n      ...CityRows_stats\n      ...MonthlyTrend_stats\n      ...CategoryStats_stats\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CourseDetail($id: ID!, $locale: Locale) {\n    course(id: $id) {\n      id\n      title(locale: $locale)\n      description(locale: $locale)\n      category\n      format\n      status\n      city {\n        id\n        name(locale: $locale)\n      }\n      ...CourseFacts_course\n      ...CourseSessions_course\n      ...MyEnrollment_course\n      myEnrollment {\n        ...CourseEnrollment_enrollment\n      }\n    }\n  }\n"): (typeof documents)["\n  query CourseDetail($id: ID!, $locale: Locale) {\n    course(id: $id) {\n      id\n      title(locale: $locale)\n      description(locale: $locale)\n      category\n      format\n      status\n      city {\n        id\n        name(locale: $locale)\n      }\n      ...CourseFacts_course\n      ...CourseSessions_course\n      ...MyEnrollment_course\n      myEnrollment {\n        ...CourseEnrollment_enrollment\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CourseFacts_course on Course {\n    id\n    format\n    selection\n    eligibility\n    capacity\n    seatsLeft\n    waitlistCount\n    applicationOpensAt\n    applicationClosesAt\n    totalHours\n    minAttendanceRate\n    lotterySeed\n    city {\n      id\n      name(locale: $locale)\n    }\n    venue {\n      id\n      name\n      address\n      dong\n    }\n  }\n"): (typeof documents)["\n  fragment CourseFacts_course on Course {\n    id\n    format\n    selection\n    eligibility\n    capacity\n    seatsLeft\n    waitlistCount\n    applicationOpensAt\n    applicationClosesAt\n    totalHours\n    minAttendanceRate\n    lotterySeed\n    city {\n      id\n      name(locale: $locale)\n    }\n    venue {\n      id\n      name\n      address\n      dong\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CourseFiltersVenues($cityId: ID!) {\n    city(id: $cityId) {\n      id\n      venues {\n        id\n        name\n        dong\n      }\n    }\n  }\n"): (typeof documents)["\n  query CourseFiltersVenues($cityId: ID!) {\n    city(id: $cityId) {\n      id\n      venues {\n        id\n        name\n        dong\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CourseResults($filter: CourseFilter!, $first: Int!, $after: String, $locale: Locale) {\n    courses(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...CourseCard_course\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CourseResults($filter: CourseFilter!, $first: Int!, $after: String, $locale: Locale) {\n    courses(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...CourseCard_course\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CourseSessions_course on Course {\n    id\n    sessions {\n      id\n      startsAt\n      endsAt\n      format\n    }\n  }\n"): (typeof documents)["\n  fragment CourseSessions_course on Course {\n    id\n    sessions {\n      id\n      startsAt\n      endsAt\n      format\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EnrollmentNextSteps_course on Course {\n    id\n    selection\n    format\n    applicationClosesAt\n    minAttendanceRate\n    sessions {\n      id\n      startsAt\n    }\n    venue {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment EnrollmentNextSteps_course on Course {\n    id\n    selection\n    format\n    applicationClosesAt\n    minAttendanceRate\n    sessions {\n      id\n      startsAt\n    }\n    venue {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyEnrollment_course on Course {\n    id\n    status\n    selection\n    eligibility\n    applicationOpensAt\n    applicationClosesAt\n    city {\n      id\n      name(locale: $locale)\n    }\n    myEnrollment {\n      ...CourseEnrollment_enrollment\n    }\n    ...EnrollmentNextSteps_course\n  }\n"): (typeof documents)["\n  fragment MyEnrollment_course on Course {\n    id\n    status\n    selection\n    eligibility\n    applicationOpensAt\n    applicationClosesAt\n    city {\n      id\n      name(locale: $locale)\n    }\n    myEnrollment {\n      ...CourseEnrollment_enrollment\n    }\n    ...EnrollmentNextSteps_course\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeFeatured($cityId: ID!, $locale: Locale) {\n    city(id: $cityId) {\n      id\n      featuredContents {\n        id\n        title(locale: $locale)\n        kind\n        provider\n        durationMinutes\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomeFeatured($cityId: ID!, $locale: Locale) {\n    city(id: $cityId) {\n      id\n      featuredContents {\n        id\n        title(locale: $locale)\n        kind\n        provider\n        durationMinutes\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeLiveClasses($locale: Locale) {\n    liveSessions(upcoming: true) {\n      id\n      title(locale: $locale)\n      startsAt\n      endsAt\n      hostCity {\n        id\n        name(locale: $locale)\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomeLiveClasses($locale: Locale) {\n    liveSessions(upcoming: true) {\n      id\n      title(locale: $locale)\n      startsAt\n      endsAt\n      hostCity {\n        id\n        name(locale: $locale)\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeOpenCourses($cityId: ID!, $locale: Locale) {\n    courses(filter: { cityId: $cityId, openForApplication: true }, first: 6) {\n      totalCount\n      edges {\n        node {\n          id\n          ...CourseCard_course\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomeOpenCourses($cityId: ID!, $locale: Locale) {\n    courses(filter: { cityId: $cityId, openForApplication: true }, first: 6) {\n      totalCount\n      edges {\n        node {\n          id\n          ...CourseCard_course\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentPageContent($id: ID!, $locale: Locale) {\n    content(id: $id) {\n      id\n      title(locale: $locale)\n      description(locale: $locale)\n      kind\n      level\n      category\n      provider\n      durationMinutes\n      languages\n      url\n      myProgress {\n        percent\n        positionSeconds\n        completedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContentPageContent($id: ID!, $locale: Locale) {\n    content(id: $id) {\n      id\n      title(locale: $locale)\n      description(locale: $locale)\n      kind\n      level\n      category\n      provider\n      durationMinutes\n      languages\n      url\n      myProgress {\n        percent\n        positionSeconds\n        completedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LearningPathsPagePaths($level: ContentLevel, $locale: Locale) {\n    learningPaths(level: $level) {\n      id\n      level\n      ...LearningPathCard_path\n    }\n  }\n"): (typeof documents)["\n  query LearningPathsPagePaths($level: ContentLevel, $locale: Locale) {\n    learningPaths(level: $level) {\n      id\n      level\n      ...LearningPathCard_path\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LibraryPageContents($filter: ContentFilter, $first: Int, $after: String, $locale: Locale) {\n    contents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          provider\n          ...LibraryContentCard_content\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LibraryPageContents($filter: ContentFilter, $first: Int, $after: String, $locale: Locale) {\n    contents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          provider\n          ...LibraryContentCard_content\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveClassesPageSessions($locale: Locale) {\n    liveSessions(upcoming: true) {\n      id\n      ...LiveClassCard_session\n    }\n  }\n"): (typeof documents)["\n  query LiveClassesPageSessions($locale: Locale) {\n    liveSessions(upcoming: true) {\n      id\n      ...LiveClassCard_session\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountEmail_learner on Learner {\n    id\n    email\n    emailVerified\n  }\n"): (typeof documents)["\n  fragment AccountEmail_learner on Learner {\n    id\n    email\n    emailVerified\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountEmailRequestChange($newEmail: String!, $password: String!) {\n    requestEmailChange(newEmail: $newEmail, password: $password)\n  }\n"): (typeof documents)["\n  mutation AccountEmailRequestChange($newEmail: String!, $password: String!) {\n    requestEmailChange(newEmail: $newEmail, password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountEmailResend {\n    resendVerificationEmail\n  }\n"): (typeof documents)["\n  mutation AccountEmailResend {\n    resendVerificationEmail\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountSessionsEverywhere {\n    signOutEverywhere\n  }\n"): (typeof documents)["\n  mutation AccountSessionsEverywhere {\n    signOutEverywhere\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CertificateCard_certificate on Certificate {\n    id\n    number\n    courseTitle\n    courseTitleEn\n    category\n    hours\n    issuedAt\n    revokedAt\n    revocationReason\n    verificationCode\n    pdfPath\n    city {\n      id\n      name(locale: $locale)\n    }\n  }\n"): (typeof documents)["\n  fragment CertificateCard_certificate on Certificate {\n    id\n    number\n    courseTitle\n    courseTitleEn\n    category\n    hours\n    issuedAt\n    revokedAt\n    revocationReason\n    verificationCode\n    pdfPath\n    city {\n      id\n      name(locale: $locale)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAccountDelete($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n"): (typeof documents)["\n  mutation DeleteAccountDelete($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MoveCity_learner on Learner {\n    id\n    residence {\n      id\n      name(locale: $locale)\n    }\n  }\n"): (typeof documents)["\n  fragment MoveCity_learner on Learner {\n    id\n    residence {\n      id\n      name(locale: $locale)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveCityMove($cityId: ID!, $locale: Locale!) {\n    moveResidence(cityId: $cityId) {\n      id\n      ...MoveCity_learner\n      ...MyGreeting_learner\n    }\n  }\n"): (typeof documents)["\n  mutation MoveCityMove($cityId: ID!, $locale: Locale!) {\n    moveResidence(cityId: $cityId) {\n      id\n      ...MoveCity_learner\n      ...MyGreeting_learner\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyCertificates_learner on Learner {\n    id\n    certificates {\n      id\n      ...CertificateCard_certificate\n    }\n  }\n"): (typeof documents)["\n  fragment MyCertificates_learner on Learner {\n    id\n    certificates {\n      id\n      ...CertificateCard_certificate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MyDataExport {\n    exportMyData {\n      exportedAt\n      accessLog {\n        at\n        action\n        actorId\n        actorRole\n        ip\n      }\n      learner {\n        id\n        displayName\n        email\n        preferredLocale\n        birthYear\n        residence {\n          id\n        }\n        residenceHistory {\n          city {\n            id\n          }\n          from\n          to\n        }\n        roles {\n          role\n          city {\n            id\n          }\n        }\n        enrollments {\n          id\n          status\n          waitlistPosition\n          appliedAt\n          attendanceRate\n          course {\n            id\n            title\n          }\n        }\n        contentProgress(first: 100) {\n          totalCount\n          edges {\n            node {\n              positionSeconds\n              percent\n              completedAt\n              content {\n                id\n                title\n              }\n            }\n          }\n        }\n        certificates {\n          number\n          holderName\n          courseTitle\n          courseTitleEn\n          category\n          hours\n          issuedAt\n          revokedAt\n          revocationReason\n          verificationUrl\n          credential\n          city {\n            id\n          }\n        }\n        transcript {\n          totalHours\n          hoursByCategory {\n            category\n            hours\n          }\n        }\n        coursesAccessLog {\n          at\n          action\n          actorId\n          actorRole\n          ip\n        }\n        historyAccessLog {\n          at\n          action\n          actorId\n          actorRole\n          ip\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MyDataExport {\n    exportMyData {\n      exportedAt\n      accessLog {\n        at\n        action\n        actorId\n        actorRole\n        ip\n      }\n      learner {\n        id\n        displayName\n        email\n        preferredLocale\n        birthYear\n        residence {\n          id\n        }\n        residenceHistory {\n          city {\n            id\n          }\n          from\n          to\n        }\n        roles {\n          role\n          city {\n            id\n          }\n        }\n        enrollments {\n          id\n          status\n          waitlistPosition\n          appliedAt\n          attendanceRate\n          course {\n            id\n            title\n          }\n        }\n        contentProgress(first: 100) {\n          totalCount\n          edges {\n            node {\n              positionSeconds\n              percent\n              completedAt\n              content {\n                id\n                title\n              }\n            }\n          }\n        }\n        certificates {\n          number\n          holderName\n          courseTitle\n          courseTitleEn\n          category\n          hours\n          issuedAt\n          revokedAt\n          revocationReason\n          verificationUrl\n          credential\n          city {\n            id\n          }\n        }\n        transcript {\n          totalHours\n          hoursByCategory {\n            category\n            hours\n          }\n        }\n        coursesAccessLog {\n          at\n          action\n          actorId\n          actorRole\n          ip\n        }\n        historyAccessLog {\n          at\n          action\n          actorId\n          actorRole\n          ip\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDataExportRecords($after: String) {\n    me {\n      id\n      transcript {\n        records(first: 50, after: $after) {\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            node {\n              id\n              verb\n              occurredAt\n              hours\n              city {\n                id\n              }\n              course {\n                id\n              }\n              content {\n                id\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyDataExportRecords($after: String) {\n    me {\n      id\n      transcript {\n        records(first: 50, after: $after) {\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            node {\n              id\n              verb\n              occurredAt\n              hours\n              city {\n                id\n              }\n              course {\n                id\n              }\n              content {\n                id\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyEnrollments_learner on Learner {\n    id\n    enrollments {\n      id\n      status\n      waitlistPosition\n      attendanceRate\n      appliedAt\n      course {\n        id\n        title(locale: $locale)\n        startsAt\n        endsAt\n        city {\n          id\n          name(locale: $locale)\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MyEnrollments_learner on Learner {\n    id\n    enrollments {\n      id\n      status\n      waitlistPosition\n      attendanceRate\n      appliedAt\n      course {\n        id\n        title(locale: $locale)\n        startsAt\n        endsAt\n        city {\n          id\n          name(locale: $locale)\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyGreeting_learner on Learner {\n    id\n    displayName\n    residence {\n      id\n      name(locale: $locale)\n    }\n  }\n"): (typeof documents)["\n  fragment MyGreeting_learner on Learner {\n    id\n    displayName\n    residence {\n      id\n      name(locale: $locale)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyLearningPage($locale: Locale!) {\n    me {\n      id\n      ...MyGreeting_learner\n      ...MyEnrollments_learner\n      ...MyTranscript_learner\n      ...MyCertificates_learner\n      ...MoveCity_learner\n      ...MyWorkLinks_learner\n      ...AccountEmail_learner\n    }\n  }\n"): (typeof documents)["\n  query MyLearningPage($locale: Locale!) {\n    me {\n      id\n      ...MyGreeting_learner\n      ...MyEnrollments_learner\n      ...MyTranscript_learner\n      ...MyCertificates_learner\n      ...MoveCity_learner\n      ...MyWorkLinks_learner\n      ...AccountEmail_learner\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyRecords($locale: Locale!, $first: Int!, $after: String) {\n    me {\n      id\n      transcript {\n        records(first: $first, after: $after) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            cursor\n            node {\n              id\n              verb\n              occurredAt\n              hours\n              city {\n                id\n                name(locale: $locale)\n              }\n              course {\n                id\n                title(locale: $locale)\n              }\n              content {\n                id\n                title(locale: $locale)\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyRecords($locale: Locale!, $first: Int!, $after: String) {\n    me {\n      id\n      transcript {\n        records(first: $first, after: $after) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            cursor\n            node {\n              id\n              verb\n              occurredAt\n              hours\n              city {\n                id\n                name(locale: $locale)\n              }\n              course {\n                id\n                title(locale: $locale)\n              }\n              content {\n                id\n                title(locale: $locale)\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyTranscript_learner on Learner {\n    id\n    transcript {\n      totalHours\n      hoursByCategory {\n        category\n        hours\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MyTranscript_learner on Learner {\n    id\n    transcript {\n      totalHours\n      hoursByCategory {\n        category\n        hours\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyWorkLinks_learner on Learner {\n    roles {\n      role\n      city {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MyWorkLinks_learner on Learner {\n    roles {\n      role\n      city {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationSettingsPage {\n    me {\n      id\n      notificationPhone\n      notificationPreferences {\n        language\n        kinds {\n          kind\n          channels\n          timeCritical\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NotificationSettingsPage {\n    me {\n      id\n      notificationPhone\n      notificationPreferences {\n        language\n        kinds {\n          kind\n          channels\n          timeCritical\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationsPage {\n    me {\n      id\n      unreadNotificationCount\n      notifications(first: 50) {\n        id\n        kind\n        title\n        body\n        link\n        createdAt\n        readAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query NotificationsPage {\n    me {\n      id\n      unreadNotificationCount\n      notifications(first: 50) {\n        id\n        kind\n        title\n        body\n        link\n        createdAt\n        readAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsPageMarkRead {\n    markNotificationsRead\n  }\n"): (typeof documents)["\n  mutation NotificationsPageMarkRead {\n    markNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PhoneFormSet($number: String!, $consent: Boolean!) {\n    setNotificationPhone(number: $number, consent: $consent)\n  }\n"): (typeof documents)["\n  mutation PhoneFormSet($number: String!, $consent: Boolean!) {\n    setNotificationPhone(number: $number, consent: $consent)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PhoneFormRemove {\n    removeNotificationPhone\n  }\n"): (typeof documents)["\n  mutation PhoneFormRemove {\n    removeNotificationPhone\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreferencesFormSave($input: NotificationPreferencesInput!) {\n    setNotificationPreferences(input: $input) {\n      language\n      kinds {\n        kind\n        channels\n        timeCritical\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PreferencesFormSave($input: NotificationPreferencesInput!) {\n    setNotificationPreferences(input: $input) {\n      language\n      kinds {\n        kind\n        channels\n        timeCritical\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationBell {\n    me {\n      id\n      unreadNotificationCount\n    }\n  }\n"): (typeof documents)["\n  query NotificationBell {\n    me {\n      id\n      unreadNotificationCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnsubscribePageUnsubscribe($token: String!, $kind: NotificationKind) {\n    unsubscribe(token: $token, kind: $kind)\n  }\n"): (typeof documents)["\n  mutation UnsubscribePageUnsubscribe($token: String!, $kind: NotificationKind) {\n    unsubscribe(token: $token, kind: $kind)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttendanceCourse($id: ID!, $locale: Locale) {\n    course(id: $id) {\n      id\n      title(locale: $locale)\n      sessions {\n        id\n        startsAt\n        endsAt\n        format\n      }\n    }\n  }\n"): (typeof documents)["\n  query AttendanceCourse($id: ID!, $locale: Locale) {\n    course(id: $id) {\n      id\n      title(locale: $locale)\n      sessions {\n        id\n        startsAt\n        endsAt\n        format\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffCourseEditorCourse($id: ID!, $locale: Locale) {\n    course(id: $id) {\n      id\n      status\n      city {\n        id\n      }\n      title(locale: $locale)\n      titleKo: title(locale: KO)\n      titleEn: title(locale: EN)\n      descriptionKo: description(locale: KO)\n      descriptionEn: description(locale: EN)\n      category\n      format\n      venue {\n        id\n      }\n      capacity\n      selection\n      eligibility\n      applicationOpensAt\n      applicationClosesAt\n      minAttendanceRate\n      sessions {\n        id\n        startsAt\n        endsAt\n      }\n      contentIds\n      contents {\n        id\n        title(locale: $locale)\n      }\n      instructorIds\n    }\n  }\n"): (typeof documents)["\n  query StaffCourseEditorCourse($id: ID!, $locale: Locale) {\n    course(id: $id) {\n      id\n      status\n      city {\n        id\n      }\n      title(locale: $locale)\n      titleKo: title(locale: KO)\n      titleEn: title(locale: EN)\n      descriptionKo: description(locale: KO)\n      descriptionEn: description(locale: EN)\n      category\n      format\n      venue {\n        id\n      }\n      capacity\n      selection\n      eligibility\n      applicationOpensAt\n      applicationClosesAt\n      minAttendanceRate\n      sessions {\n        id\n        startsAt\n        endsAt\n      }\n      contentIds\n      contents {\n        id\n        title(locale: $locale)\n      }\n      instructorIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffCourseEditorVenues($cityId: ID!) {\n    city(id: $cityId) {\n      id\n      venues {\n        id\n        name\n        dong\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffCourseEditorVenues($cityId: ID!) {\n    city(id: $cityId) {\n      id\n      venues {\n        id\n        name\n        dong\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffTermCourse($id: ID!, $locale: Locale) {\n    course(id: $id) {\n      id\n      ...StaffTerm_course\n    }\n  }\n"): (typeof documents)["\n  query StaffTermCourse($id: ID!, $locale: Locale) {\n    course(id: $id) {\n      id\n      ...StaffTerm_course\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffTermMe {\n    me {\n      id\n      roles {\n        role\n        city {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffTermMe {\n    me {\n      id\n      roles {\n        role\n        city {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffFeatured($cityId: ID!, $locale: Locale) {\n    city(id: $cityId) {\n      id\n      name(locale: $locale)\n      featuredContents {\n        id\n        title(locale: $locale)\n        kind\n        provider\n        durationMinutes\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffFeatured($cityId: ID!, $locale: Locale) {\n    city(id: $cityId) {\n      id\n      name(locale: $locale)\n      featuredContents {\n        id\n        title(locale: $locale)\n        kind\n        provider\n        durationMinutes\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffCoursesList($cityId: ID!, $filter: CourseFilter, $first: Int, $after: String, $locale: Locale) {\n    city(id: $cityId) {\n      id\n      name(locale: $locale)\n    }\n    courses(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...StaffCourseRow_course\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffCoursesList($cityId: ID!, $filter: CourseFilter, $first: Int, $after: String, $locale: Locale) {\n    city(id: $cityId) {\n      id\n      name(locale: $locale)\n    }\n    courses(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...StaffCourseRow_course\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffUndelivered($cityId: ID!) {\n    deadNotifications(cityId: $cityId, first: 100) {\n      id\n      kind\n      channel\n      attempts\n      lastError\n      diedAt\n    }\n  }\n"): (typeof documents)["\n  query StaffUndelivered($cityId: ID!) {\n    deadNotifications(cityId: $cityId, first: 100) {\n      id\n      kind\n      channel\n      attempts\n      lastError\n      diedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffUndeliveredRequeue($cityId: ID!, $ids: [ID!]!) {\n    requeueDeadNotifications(cityId: $cityId, ids: $ids)\n  }\n"): (typeof documents)["\n  mutation StaffUndeliveredRequeue($cityId: ID!, $ids: [ID!]!) {\n    requeueDeadNotifications(cityId: $cityId, ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffVenues($cityId: ID!, $locale: Locale) {\n    city(id: $cityId) {\n      id\n      name(locale: $locale)\n      venues {\n        id\n        name\n        kind\n        address\n        dong\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffVenues($cityId: ID!, $locale: Locale) {\n    city(id: $cityId) {\n      id\n      name(locale: $locale)\n      venues {\n        id\n        name\n        kind\n        address\n        dong\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VerificationResult_verification on CertificateVerification {\n    valid\n    reason\n    maskedHolderName\n    certificate {\n      id\n      number\n      holderName\n      courseTitle\n      courseTitleEn\n      category\n      hours\n      issuedAt\n      revokedAt\n      city {\n        id\n        name(locale: $locale)\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment VerificationResult_verification on CertificateVerification {\n    valid\n    reason\n    maskedHolderName\n    certificate {\n      id\n      number\n      holderName\n      courseTitle\n      courseTitleEn\n      category\n      hours\n      issuedAt\n      revokedAt\n      city {\n        id\n        name(locale: $locale)\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyCertificatePage($number: String!, $code: String, $locale: Locale!) {\n    verifyCertificate(number: $number, code: $code) {\n      ...VerificationResult_verification\n    }\n  }\n"): (typeof documents)["\n  query VerifyCertificatePage($number: String!, $code: String, $locale: Locale!) {\n    verifyCertificate(number: $number, code: $code) {\n      ...VerificationResult_verification\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as Record<string, unknown>)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;