import { expect } from '@open-wc/testing';
import { createHttpFetcher } from '../../../src/core/fetcher/http-fetcher.js';
import { MonoFetchError } from '../../../src/core/fetcher/errors.js';
import { normaliseStatementJob } from '../../../src/core/fetcher/statement-requests.js';
import type { StatementPeriod } from '../../../src/core/fetcher/types.js';

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const FAST = { retries: 3, baseDelayMs: 1, maxDelayMs: 5 };
const BASE = 'https://app.test/api/mono/';

function scripted(...answers: Response[]) {
  const requests: { method: string; url: string; body: string }[] = [];
  const fetch = async (request: Request) => {
    requests.push({ method: request.method, url: request.url, body: await request.text() });
    return (answers.length > 1 ? answers.shift()! : answers[0]!).clone();
  };
  return { fetch, requests };
}

async function rejection(promise: Promise<unknown>): Promise<MonoFetchError> {
  try {
    await promise;
  } catch (error) {
    return error as MonoFetchError;
  }
  throw new Error('expected a rejection');
}

describe('statement requests (fetcher)', () => {
  it('POSTs the period and GETs the job, on the backend contract\'s paths', async () => {
    const { fetch, requests } = scripted(json({ jobId: 'job1.tag', status: 'processing' }), json({ jobId: 'job1.tag', status: 'finished', url: 'https://api.withmono.com/statements/x.pdf' }));
    const fetcher = createHttpFetcher({ endpoint: 'https://app.test/api/mono', fetch, EventSource: false });
    expect(await fetcher.requestStatement!('acc 1', 'last3months')).to.deep.equal({ jobId: 'job1.tag', status: 'processing' });
    expect(requests[0]).to.deep.equal({ method: 'POST', url: 'https://app.test/api/mono/accounts/acc%201/statement', body: '{"period":"last3months"}' });
    expect(await fetcher.getStatementJob!('acc 1', 'job1.tag')).to.deep.equal({ jobId: 'job1.tag', status: 'finished', url: 'https://api.withmono.com/statements/x.pdf' });
    expect(requests[1]).to.deep.include({ method: 'GET', url: 'https://app.test/api/mono/accounts/acc%201/statement/jobs/job1.tag' });
  });

  it('checks its arguments before sending anything', async () => {
    const { fetch, requests } = scripted(json({}));
    const fetcher = createHttpFetcher({ endpoint: 'https://app.test/api/mono', fetch, EventSource: false });
    expect((await rejection(fetcher.requestStatement!('acc', 'last13months' as StatementPeriod))).code).to.equal('INVALID_PERIOD');
    expect((await rejection(fetcher.requestStatement!('', 'last1months'))).code).to.equal('INVALID_ACCOUNT_ID');
    expect((await rejection(fetcher.getStatementJob!('acc', ''))).code).to.equal('INVALID_JOB_ID');
    expect(requests).to.have.length(0);
  });

  it('starting a job is retried on 429 only; polling is retried on 5xx', async () => {
    const failing = scripted(json({ error: { code: 'UPSTREAM_ERROR', message: 'Mono failed (500).' } }, 502));
    const fetcher = createHttpFetcher({ endpoint: 'https://app.test/api/mono', fetch: failing.fetch, retry: FAST, EventSource: false });
    const error = await rejection(fetcher.requestStatement!('acc', 'last1months'));
    expect(error).to.deep.include({ status: 502, code: 'UPSTREAM_ERROR' });
    expect(failing.requests).to.have.length(1);

    const flaky = scripted(json({}, 503), json({ jobId: 'j.t', status: 'processing' }));
    const polling = createHttpFetcher({ endpoint: 'https://app.test/api/mono', fetch: flaky.fetch, retry: FAST, EventSource: false });
    expect((await polling.getStatementJob!('acc', 'j.t')).status).to.equal('processing');
    expect(flaky.requests).to.have.length(2);
  });

  it('reads only the three fields, and refuses links that would run in the page', () => {
    expect(normaliseStatementJob({ jobId: 'j', status: 'FINISHED', url: '/files/s.pdf', extra: 1 }, BASE)).to.deep.equal({ jobId: 'j', status: 'finished', url: 'https://app.test/files/s.pdf' });
    expect(normaliseStatementJob({ jobId: 'j', status: 'failed', url: 'https://x.test/s.pdf' }, BASE)).to.deep.equal({ jobId: 'j', status: 'failed' });
    expect(normaliseStatementJob({ jobId: 'j', status: 'finished', url: 'data:application/pdf;base64,JVBERi0=' }, BASE).url).to.equal('data:application/pdf;base64,JVBERi0=');
    expect(normaliseStatementJob({ jobId: 'j', status: 'finished', url: 'blob:https://app.test/1234' }, BASE).url).to.equal('blob:https://app.test/1234');
    const bad: unknown[] = [
      null,
      [],
      { status: 'processing' },
      { jobId: 'j', status: 'building' },
      { jobId: 'j', status: 'finished' },
      { jobId: 'j', status: 'finished', url: 'javascript:alert(1)' },
      { jobId: 'j', status: 'finished', url: 'data:text/html,<script>alert(1)</script>' },
      { jobId: 'j', status: 'finished', url: 42 },
    ];
    for (const body of bad) expect(() => normaliseStatementJob(body, BASE), JSON.stringify(body)).to.throw(MonoFetchError);
    expect(() => normaliseStatementJob({ jobId: 'other', status: 'processing' }, BASE, 'j')).to.throw(/not the job asked about/);
  });
});
