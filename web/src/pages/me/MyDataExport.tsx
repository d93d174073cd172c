import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../components/ApiError';
import { graphql } from '../../generated';
import type { MyDataExportRecordsQuery } from '../../generated/graphql';
import { TIME_ZONE } from '../../lib/format';
import { saveJson } from './saveJson';

/** Everything the platform keeps (PIPA right of access); the records come in pages below. */
const MyDataExportMutation = graphql(`
  mutation MyDataExport {
    exportMyData {
      exportedAt
      accessLog {
        at
        action
        actorId
        actorRole
        ip
      }
      learner {
        id
        displayName
        email
        preferredLocale
        birthYear
        residence {
          id
        }
        residenceHistory {
          city {
            id
          }
          from
          to
        }
        roles {
          role
          city {
            id
          }
        }
        enrollments {
          id
          status
          waitlistPosition
          appliedAt
          attendanceRate
          course {
            id
            title
          }
        }
        contentProgress(first: 100) {
          totalCount
          edges {
            node {
              positionSeconds
              percent
              completedAt
              content {
                id
                title
              }
            }
          }
        }
        certificates {
          number
          holderName
          courseTitle
          courseTitleEn
          category
          hours
          issuedAt
          revokedAt
          revocationReason
          verificationUrl
          credential
          city {
            id
          }
        }
        transcript {
          totalHours
          hoursByCategory {
            category
            hours
          }
        }
        coursesAccessLog {
          at
          action
          actorId
          actorRole
          ip
        }
        historyAccessLog {
          at
          action
          actorId
          actorRole
          ip
        }
      }
    }
  }
`);

// 50 a page: a page of 100 with every record's links costs more than the gateway's limit allows.
const MyDataExportRecords = graphql(`
  query MyDataExportRecords($after: String) {
    me {
      id
      transcript {
        records(first: 50, after: $after) {
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              id
              verb
              occurredAt
              hours
              city {
                id
              }
              course {
                id
              }
              content {
                id
              }
            }
          }
        }
      }
    }
  }
`);

/** Downloads everything kept about the resident as one JSON file. */
export function MyDataExport() {
  const { t } = useTranslation(['account', 'common']);
  const client = useApolloClient();
  const [exportMyData] = useMutation(MyDataExportMutation);
  const [state, setState] = useState<'idle' | 'loading' | 'done'>('idle');
  const [error, setError] = useState<unknown>(null);

  const allRecords = async () => {
    const records: unknown[] = [];
    let after: string | null = null;
    for (;;) {
      const answer: { data?: MyDataExportRecordsQuery } = await client.query({
        query: MyDataExportRecords,
        variables: { after },
        fetchPolicy: 'no-cache',
      });
      const page = answer.data?.me?.transcript?.records;
      if (!page) return records;
      records.push(...page.edges.map((edge) => edge.node));
      if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return records;
      after = page.pageInfo.endCursor;
    }
  };

  const run = async () => {
    setState('loading');
    setError(null);
    try {
      const { data } = await exportMyData();
      if (!data) throw new Error('no export');
      const records = await allRecords();
      const exported = data.exportMyData;
      // The day in Korea, as YYYY-MM-DD (en-CA writes dates that way).
      const date = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(
        new Date(exported.exportedAt),
      );
      saveJson(
        {
          ...exported,
          learner: { ...exported.learner, transcript: { ...exported.learner.transcript, records } },
        },
        `baeumteo-my-data-${date}.json`,
      );
      setState('done');
    } catch (e) {
      setError(e);
      setState('idle');
    }
  };

  return (
    <div className="me-subsection">
      <h3>{t('me.export.heading')}</h3>
      <p>{t('me.export.body')}</p>
      <div className="actions">
        <button
          type="button"
          className="button button--secondary"
          data-testid="export-data"
          onClick={() => void run()}
          disabled={state === 'loading'}
        >
          {state === 'loading' ? t('me.export.preparing') : t('me.export.button')}
        </button>
      </div>
      <div role="status">{state === 'done' && <p>{t('me.export.done')}</p>}</div>
      {error !== null && <ApiError error={error} />}
    </div>
  );
}
