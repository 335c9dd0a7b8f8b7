import { expect } from '@open-wc/testing';
import { createHttpFetcher } from '../../../src/core/fetcher/http-fetcher.js';
import { MonoFetchError } from '../../../src/core/fetcher/errors.js';
import { normaliseInstitutions } from '../../../src/core/fetcher/normalise-institutions.js';
import { createMemoryFetcher } from '../../../src/testing/memory-fetcher.js';

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('getInstitutions()', () => {
  it('GETs {endpoint}/institutions and normalises the list', async () => {
    const requests: Request[] = [];
    const fetcher = createHttpFetcher({
      endpoint: '/backend/mono/',
      fetch: async (request) => {
        requests.push(request);
        return json({
          institutions: [
            { id: 'i1', name: 'GTBank', icon: 'https://cdn.example/gt.png', color: '#dd4f05', authMethods: ['Internet_Banking', 'mobile_banking'], type: 'PERSONAL_BANKING' },
          ],
        });
      },
    });
    const list = await fetcher.getInstitutions!();
    expect(requests.map((request) => [request.method, new URL(request.url).pathname])).to.deep.equal([['GET', '/backend/mono/institutions']]);
    expect(list).to.deep.equal([
      { id: 'i1', name: 'GTBank', icon: 'https://cdn.example/gt.png', color: '#dd4f05', authMethods: ['internet_banking', 'mobile_banking'], type: 'PERSONAL_BANKING' },
    ]);
  });

  it('skips a bad entry, never the whole list, and keeps a bank whose odd fields it drops', () => {
    const { institutions, skipped } = normaliseInstitutions({
      institutions: [
        { id: 'a', name: 'Access Bank', authMethods: ['mobile_banking'] },
        null,
        { id: 'b' },
        { name: 'No id' },
        { id: 42, name: 'Numeric id', icon: 'javascript:alert(1)', color: 7, authMethods: 'internet_banking' },
        { id: 'a', name: 'Access Bank again' },
        { _id: 'k', name: 'Kuda', auth_methods: [{ type: 'mobile_banking' }] },
      ],
    });
    expect(institutions.map((entry) => entry.id)).to.deep.equal(['a', '42', 'k']);
    expect(institutions[1]).to.deep.equal({ id: '42', name: 'Numeric id', icon: undefined, color: undefined, authMethods: [], type: undefined });
    expect(institutions[2]!.authMethods).to.deep.equal(['mobile_banking']);
    expect(skipped).to.have.length(3);
    expect(skipped.join(' ')).to.not.contain('No id');
  });

  it('a body with no list at all is an INVALID_RESPONSE error', () => {
    expect(() => normaliseInstitutions({ banks: [] })).to.throw(MonoFetchError).with.property('code', 'INVALID_RESPONSE');
  });

  it('the in-memory fetcher lists the sandbox banks', async () => {
    const list = await createMemoryFetcher().getInstitutions!();
    expect(list.map((entry) => entry.id)).to.include.members(['sandbox-gtbank', 'sandbox-kuda']);
    expect(list.every((entry) => entry.authMethods.includes('internet_banking'))).to.equal(true);
  });
});
