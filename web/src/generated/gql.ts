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
    "\n  fragment CertificateCard_certificate on Certificate {\n    id\n    number\n    courseTitle\n    hours\n    category\n    issuedAt\n    pdfPath\n    verificationUrl\n    revokedAt\n    city {\n      id\n      name(locale: $locale)\n    }\n  }\n": typeof types.CertificateCard_CertificateFragmentDoc,
    "\n  fragment CertificateList_learner on Learner {\n    id\n    certificates {\n      id\n      ...CertificateCard_certificate\n    }\n  }\n": typeof types.CertificateList_LearnerFragmentDoc,
    "\n  fragment CourseCard_course on Course {\n    id\n    title(locale: $locale)\n    category\n    format\n    venue {\n      id\n      name\n      dong\n    }\n    capacity\n    seatsLeft\n    applicationClosesAt\n    startsAt\n    totalHours\n  }\n": typeof types.CourseCard_CourseFragmentDoc,
    "\n  fragment CourseList_connection on CourseConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        ...CourseCard_course\n      }\n    }\n  }\n": typeof types.CourseList_ConnectionFragmentDoc,
    "\n  fragment FeaturedContents_city on City {\n    id\n    featuredContents {\n      id\n      title(locale: $locale)\n      provider\n      durationMinutes\n      url\n    }\n  }\n": typeof types.FeaturedContents_CityFragmentDoc,
    "\n  fragment LearningSummary_learner on Learner {\n    id\n    transcript {\n      totalHours\n      hoursByCategory {\n        category\n        hours\n      }\n    }\n  }\n": typeof types.LearningSummary_LearnerFragmentDoc,
    "\n  fragment RecentRecords_learner on Learner {\n    id\n    transcript {\n      records(first: 10) {\n        edges {\n          node {\n            id\n            verb\n            occurredAt\n            city {\n              id\n              name(locale: $locale)\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.RecentRecords_LearnerFragmentDoc,
    "\n  fragment SiteHeader_city on City {\n    id\n    name(locale: $locale)\n    site {\n      siteName\n      logoUrl\n    }\n  }\n": typeof types.SiteHeader_CityFragmentDoc,
    "\n  fragment CityTheme_city on City {\n    id\n    site {\n      siteName\n      primaryColor\n    }\n  }\n": typeof types.CityTheme_CityFragmentDoc,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      token\n    }\n  }\n": typeof types.SignInDocument,
    "\n  query CityCoursesPage($cityId: ID!, $locale: Locale!, $first: Int!, $after: String) {\n    city(id: $cityId) {\n      id\n      ...CityTheme_city\n      ...SiteHeader_city\n      ...FeaturedContents_city\n    }\n    courses(filter: { cityId: $cityId, openForApplication: true }, first: $first, after: $after) {\n      pageInfo {\n        endCursor\n      }\n      edges {\n        cursor\n      }\n      ...CourseList_connection\n    }\n  }\n": typeof types.CityCoursesPageDocument,
    "\n  query VerifyCertificatePage($cityId: ID!, $number: String!, $code: String, $locale: Locale!) {\n    city(id: $cityId) {\n      id\n      site {\n        siteName\n      }\n      ...SiteHeader_city\n    }\n    verifyCertificate(number: $number, code: $code) {\n      valid\n      reason\n      maskedHolderName\n      certificate {\n        number\n        holderName\n        courseTitle\n        hours\n        category\n        issuedAt\n        city {\n          id\n          name(locale: $locale)\n        }\n      }\n    }\n  }\n": typeof types.VerifyCertificatePageDocument,
    "\n  query LearningScreen($cityId: ID!, $locale: Locale!) {\n    city(id: $cityId) {\n      id\n      ...SiteHeader_city\n    }\n    me {\n      id\n      displayName\n      ...LearningSummary_learner\n      ...CertificateList_learner\n      ...RecentRecords_learner\n    }\n  }\n": typeof types.LearningScreenDocument,
    "\n  query SignInScreen($cityId: ID!, $locale: Locale!) {\n    city(id: $cityId) {\n      id\n      ...SiteHeader_city\n    }\n  }\n": typeof types.SignInScreenDocument,
};
const documents: Documents = {
    "\n  fragment CertificateCard_certificate on Certificate {\n    id\n    number\n    courseTitle\n    hours\n    category\n    issuedAt\n    pdfPath\n    verificationUrl\n    revokedAt\n    city {\n      id\n      name(locale: $locale)\n    }\n  }\n": types.CertificateCard_CertificateFragmentDoc,
    "\n  fragment CertificateList_learner on Learner {\n    id\n    certificates {\n      id\n      ...CertificateCard_certificate\n    }\n  }\n": types.CertificateList_LearnerFragmentDoc,
    "\n  fragment CourseCard_course on Course {\n    id\n    title(locale: $locale)\n    category\n    format\n    venue {\n      id\n      name\n      dong\n    }\n    capacity\n    seatsLeft\n    applicationClosesAt\n    startsAt\n    totalHours\n  }\n": types.CourseCard_CourseFragmentDoc,
    "\n  fragment CourseList_connection on CourseConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        ...CourseCard_course\n      }\n    }\n  }\n": types.CourseList_ConnectionFragmentDoc,
    "\n  fragment FeaturedContents_city on City {\n    id\n    featuredContents {\n      id\n      title(locale: $locale)\n      provider\n      durationMinutes\n      url\n    }\n  }\n": types.FeaturedContents_CityFragmentDoc,
    "\n  fragment LearningSummary_learner on Learner {\n    id\n    transcript {\n      totalHours\n      hoursByCategory {\n        category\n        hours\n      }\n    }\n  }\n": types.LearningSummary_LearnerFragmentDoc,
    "\n  fragment RecentRecords_learner on Learner {\n    id\n    transcript {\n      records(first: 10) {\n        edges {\n          node {\n            id\n            verb\n            occurredAt\n            city {\n              id\n              name(locale: $locale)\n            }\n          }\n        }\n      }\n    }\n  }\n": types.RecentRecords_LearnerFragmentDoc,
    "\n  fragment SiteHeader_city on City {\n    id\n    name(locale: $locale)\n    site {\n      siteName\n      logoUrl\n    }\n  }\n": types.SiteHeader_CityFragmentDoc,
    "\n  fragment CityTheme_city on City {\n    id\n    site {\n      siteName\n      primaryColor\n    }\n  }\n": types.CityTheme_CityFragmentDoc,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      token\n    }\n  }\n": types.SignInDocument,
    "\n  query CityCoursesPage($cityId: ID!, $locale: Locale!, $first: Int!, $after: String) {\n    city(id: $cityId) {\n      id\n      ...CityTheme_city\n      ...SiteHeader_city\n      ...FeaturedContents_city\n    }\n    courses(filter: { cityId: $cityId, openForApplication: true }, first: $first, after: $after) {\n      pageInfo {\n        endCursor\n      }\n      edges {\n        cursor\n      }\n      ...CourseList_connection\n    }\n  }\n": types.CityCoursesPageDocument,
    "\n  query VerifyCertificatePage($cityId: ID!, $number: String!, $code: String, $locale: Locale!) {\n    city(id: $cityId) {\n      id\n      site {\n        siteName\n      }\n      ...SiteHeader_city\n    }\n    verifyCertificate(number: $number, code: $code) {\n      valid\n      reason\n      maskedHolderName\n      certificate {\n        number\n        holderName\n        courseTitle\n        hours\n        category\n        issuedAt\n        city {\n          id\n          name(locale: $locale)\n        }\n      }\n    }\n  }\n": types.VerifyCertificatePageDocument,
    "\n  query LearningScreen($cityId: ID!, $locale: Locale!) {\n    city(id: $cityId) {\n      id\n      ...SiteHeader_city\n    }\n    me {\n      id\n      displayName\n      ...LearningSummary_learner\n      ...CertificateList_learner\n      ...RecentRecords_learner\n    }\n  }\n": types.LearningScreenDocument,
    "\n  query SignInScreen($cityId: ID!, $locale: Locale!) {\n    city(id: $cityId) {\n      id\n      ...SiteHeader_city\n    }\n  }\n": types.SignInScreenDocument,
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
export function graphql(source: "\n  fragment CertificateCard_certificate on Certificate {\n    id\n    number\n    courseTitle\n    hours\n    category\n    issuedAt\n    pdfPath\n    verificationUrl\n    revokedAt\n    city {\n      id\n      name(locale: $locale)\n    }\n  }\n"): (typeof documents)["\n  fragment CertificateCard_certificate on Certificate {\n    id\n    number\n    courseTitle\n    hours\n    category\n    issuedAt\n    pdfPath\n    verificationUrl\n    revokedAt\n    city {\n      id\n      name(locale: $locale)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CertificateList_learner on Learner {\n    id\n    certificates {\n      id\n      ...CertificateCard_certificate\n    }\n  }\n"): (typeof documents)["\n  fragment CertificateList_learner on Learner {\n    id\n    certificates {\n      id\n      ...CertificateCard_certificate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CourseCard_course on Course {\n    id\n    title(locale: $locale)\n    category\n    format\n    venue {\n      id\n      name\n      dong\n    }\n    capacity\n    seatsLeft\n    applicationClosesAt\n    startsAt\n    totalHours\n  }\n"): (typeof documents)["\n  fragment CourseCard_course on Course {\n    id\n    title(locale: $locale)\n    category\n    format\n    venue {\n      id\n      name\n      dong\n    }\n    capacity\n    seatsLeft\n    applicationClosesAt\n    startsAt\n    totalHours\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CourseList_connection on CourseConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        ...CourseCard_course\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CourseList_connection on CourseConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        ...CourseCard_course\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeaturedContents_city on City {\n    id\n    featuredContents {\n      id\n      title(locale: $locale)\n      provider\n      durationMinutes\n      url\n    }\n  }\n"): (typeof documents)["\n  fragment FeaturedContents_city on City {\n    id\n    featuredContents {\n      id\n      title(locale: $locale)\n      provider\n      durationMinutes\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LearningSummary_learner on Learner {\n    id\n    transcript {\n      totalHours\n      hoursByCategory {\n        category\n        hours\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment LearningSummary_learner on Learner {\n    id\n    transcript {\n      totalHours\n      hoursByCategory {\n        category\n        hours\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecentRecords_learner on Learner {\n    id\n    transcript {\n      records(first: 10) {\n        edges {\n          node {\n            id\n            verb\n            occurredAt\n            city {\n              id\n              name(locale: $locale)\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment RecentRecords_learner on Learner {\n    id\n    transcript {\n      records(first: 10) {\n        edges {\n          node {\n            id\n            verb\n            occurredAt\n            city {\n              id\n              name(locale: $locale)\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SiteHeader_city on City {\n    id\n    name(locale: $locale)\n    site {\n      siteName\n      logoUrl\n    }\n  }\n"): (typeof documents)["\n  fragment SiteHeader_city on City {\n    id\n    name(locale: $locale)\n    site {\n      siteName\n      logoUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CityTheme_city on City {\n    id\n    site {\n      siteName\n      primaryColor\n    }\n  }\n"): (typeof documents)["\n  fragment CityTheme_city on City {\n    id\n    site {\n      siteName\n      primaryColor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CityCoursesPage($cityId: ID!, $locale: Locale!, $first: Int!, $after: String) {\n    city(id: $cityId) {\n      id\n      ...CityTheme_city\n      ...SiteHeader_city\n      ...FeaturedContents_city\n    }\n    courses(filter: { cityId: $cityId, openForApplication: true }, first: $first, after: $after) {\n      pageInfo {\n        endCursor\n      }\n      edges {\n        cursor\n      }\n      ...CourseList_connection\n    }\n  }\n"): (typeof documents)["\n  query CityCoursesPage($cityId: ID!, $locale: Locale!, $first: Int!, $after: String) {\n    city(id: $cityId) {\n      id\n      ...CityTheme_city\n      ...SiteHeader_city\n      ...FeaturedContents_city\n    }\n    courses(filter: { cityId: $cityId, openForApplication: true }, first: $first, after: $after) {\n      pageInfo {\n        endCursor\n      }\n      edges {\n        cursor\n      }\n      ...CourseList_connection\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyCertificatePage($cityId: ID!, $number: String!, $code: String, $locale: Locale!) {\n    city(id: $cityId) {\n      id\n      site {\n        siteName\n      }\n      ...SiteHeader_city\n    }\n    verifyCertificate(number: $number, code: $code) {\n      valid\n      reason\n      maskedHolderName\n      certificate {\n        number\n        holderName\n        courseTitle\n        hours\n        category\n        issuedAt\n        city {\n          id\n          name(locale: $locale)\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VerifyCertificatePage($cityId: ID!, $number: String!, $code: String, $locale: Locale!) {\n    city(id: $cityId) {\n      id\n      site {\n        siteName\n      }\n      ...SiteHeader_city\n    }\n    verifyCertificate(number: $number, code: $code) {\n      valid\n      reason\n      maskedHolderName\n      certificate {\n        number\n        holderName\n        courseTitle\n        hours\n        category\n        issuedAt\n        city {\n          id\n          name(locale: $locale)\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LearningScreen($cityId: ID!, $locale: Locale!) {\n    city(id: $cityId) {\n      id\n      ...SiteHeader_city\n    }\n    me {\n      id\n      displayName\n      ...LearningSummary_learner\n      ...CertificateList_learner\n      ...RecentRecords_learner\n    }\n  }\n"): (typeof documents)["\n  query LearningScreen($cityId: ID!, $locale: Locale!) {\n    city(id: $cityId) {\n      id\n      ...SiteHeader_city\n    }\n    me {\n      id\n      displayName\n      ...LearningSummary_learner\n      ...CertificateList_learner\n      ...RecentRecords_learner\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInScreen($cityId: ID!, $locale: Locale!) {\n    city(id: $cityId) {\n      id\n      ...SiteHeader_city\n    }\n  }\n"): (typeof documents)["\n  query SignInScreen($cityId: ID!, $locale: Locale!) {\n    city(id: $cityId) {\n      id\n      ...SiteHeader_city\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as Record<string, unknown>)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;