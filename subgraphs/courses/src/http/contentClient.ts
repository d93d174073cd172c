// What courses asks the content library over HTTP (the contracts' /finished-contents, each request
// signed with courses' own key): which learners finished which contents, to judge online courses.
// The two databases stay apart.
import { type EndpointSigner, endpointClient, finishedContentsEndpoint } from '@baeumteo/contracts';

export interface ContentClient {
  finished(learnerIds: string[], contentIds: string[]): Promise<{ learnerId: string; contentId: string }[]>;
}

export function contentClient(
  contentUrl: string | undefined,
  signer: EndpointSigner<'courses'>,
): ContentClient {
  const ask = contentUrl ? endpointClient(finishedContentsEndpoint, { url: contentUrl, signer }) : null;
  return {
    async finished(learnerIds, contentIds) {
      if (learnerIds.length === 0 || contentIds.length === 0) return [];
      if (!ask) throw new Error('CONTENT_URL is not configured: online courses cannot be judged');
      return (await ask({ learnerIds, contentIds })).finished;
    },
  };
}
