// What courses asks the content library over HTTP (behind the gateway secret): which learners
// finished which contents, to judge online courses. The two databases stay apart.
import { gatewaySecretHeader } from '@baeumteo/server';

export interface ContentClient {
  finished(learnerIds: string[], contentIds: string[]): Promise<{ learnerId: string; contentId: string }[]>;
}

export function contentClient(contentUrl: string | undefined, secret: string): ContentClient {
  return {
    async finished(learnerIds, contentIds) {
      if (learnerIds.length === 0 || contentIds.length === 0) return [];
      if (!contentUrl) throw new Error('CONTENT_URL is not configured: online courses cannot be judged');
      const response = await fetch(new URL('/finished-contents', contentUrl), {
        method: 'POST',
        headers: { 'content-type': 'application/json', [gatewaySecretHeader]: secret },
        body: JSON.stringify({ learnerIds, contentIds }),
        signal: AbortSignal.timeout(10_000),
      });
      if (!response.ok) throw new Error(`content answered ${response.status} to /finished-contents`);
      return ((await response.json()) as { finished: { learnerId: string; contentId: string }[] }).finished;
    },
  };
}
