import { useMutation } from '@apollo/client/react';
import { graphql } from '../../generated';

const PeopleRevokeCertificate = graphql(`
  mutation PeopleRevokeCertificate($number: String!, $reason: String!) {
    revokeCertificate(number: $number, reason: $reason) {
      id
      number
      revokedAt
      revocationReason
    }
  }
`);

export interface RevokedCertificate {
  number: string;
  revokedAt: string | null;
}

/** Revokes a certificate by its number; the cached certificate (a person's list) shows it revoked. */
export function useRevokeCertificate() {
  const [revoke, { loading, error, reset }] = useMutation(PeopleRevokeCertificate);
  const run = async (number: string, reason: string): Promise<RevokedCertificate | null> => {
    try {
      const { data } = await revoke({ variables: { number, reason } });
      return data?.revokeCertificate ?? null;
    } catch {
      return null; // said from `error`; the reason typed stays
    }
  };
  return { revoke: run, revoking: loading, error, reset };
}
