// A local stand-in for NAVER Cloud SENS's AlimTalk API, speaking its documented request and
// response: it checks the signature headers and the body, answers 202 with a per-message
// request status, and can be told to answer with the provider's errors. Tests read what it got.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type AlimTalkRequest, type AlimTalkResponse, alimTalkPath, signatureOf } from '../channels/kakao.ts';

export interface SensStandIn {
  url: string;
  serviceId: string;
  accessKey: string;
  secretKey: string;
  channelId: string;
  /** Every accepted request body. */
  received: AlimTalkRequest[];
  /** The next answers to give instead of accepting: an HTTP status, or a message request status code. */
  failNext: ({ status: number } | { requestStatusCode: string })[];
  /** Templates the provider knows; others are refused per message. */
  templates: Set<string> | null;
  close(): Promise<void>;
}

export async function startSensStandIn(): Promise<SensStandIn> {
  const serviceId = 'ncp:kkobizmsg:kr:1234567:baeumteo';
  const accessKey = 'standin-access-key';
  const secretKey = 'standin-secret-key';
  const channelId = '@baeumteo';
  const received: AlimTalkRequest[] = [];
  const failNext: SensStandIn['failNext'] = [];
  const state = { templates: null as Set<string> | null };
  let counter = 0;

  const server: Server = createServer(async (request, response) => {
    const answer = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      response.end(JSON.stringify(body));
    };
    const path = request.url ?? '';
    if (request.method !== 'POST' || path !== alimTalkPath(serviceId)) {
      return answer(404, { error: { errorCode: '404', message: 'Not Found' } });
    }
    const timestamp = String(request.headers['x-ncp-apigw-timestamp'] ?? '');
    const expected = signatureOf('POST', path, timestamp, accessKey, secretKey);
    if (
      request.headers['x-ncp-iam-access-key'] !== accessKey ||
      request.headers['x-ncp-apigw-signature-v2'] !== expected ||
      Math.abs(Date.now() - Number(timestamp)) > 300_000
    ) {
      return answer(401, { error: { errorCode: '200', message: 'Authentication Failed' } });
    }
    const body = JSON.parse(await text(request)) as AlimTalkRequest;
    const message = body.messages?.[0];
    if (body.plusFriendId !== channelId || !body.templateCode || !message?.to || !message.content) {
      return answer(400, { error: { errorCode: '400', message: 'Bad Request' } });
    }
    const failure = failNext.shift();
    if (failure && 'status' in failure)
      return answer(failure.status, { error: { errorCode: String(failure.status) } });
    received.push(body);
    const code =
      failure && 'requestStatusCode' in failure
        ? failure.requestStatusCode
        : state.templates && !state.templates.has(body.templateCode)
          ? 'A001'
          : 'A000';
    const reply: AlimTalkResponse = {
      requestId: `RAPI-${++counter}`,
      requestTime: new Date().toISOString(),
      statusCode: '202',
      statusName: 'success',
      messages: body.messages.map((m, i) => ({
        messageId: `msg-${counter}-${i}`,
        countryCode: m.countryCode,
        to: m.to,
        content: m.content,
        requestStatusCode: code,
        requestStatusName: code === 'A000' ? 'success' : 'fail',
        requestStatusDesc: code === 'A000' ? '성공' : '템플릿을 찾을 수 없습니다',
        useSmsFailover: m.useSmsFailover ?? false,
      })),
    };
    answer(202, reply);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    serviceId,
    accessKey,
    secretKey,
    channelId,
    received,
    failNext,
    get templates() {
      return state.templates;
    },
    set templates(value) {
      state.templates = value;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function text(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
