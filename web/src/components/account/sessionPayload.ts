import { graphql } from '../../generated';

/** What signing up, signing in and changing a password answer: the session to keep (useSession().signIn). */
export const AccountSession_payload = graphql(`
  fragment AccountSession_payload on AuthPayload {
    token
    refreshToken
    expiresAt
    sessionExpiresAt
    learner {
      id
    }
  }
`);
