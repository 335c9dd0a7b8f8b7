import type { MonoFetcher, StatementJob } from '../../core/fetcher/types.js';
import type { MonoApiSimulator } from './simulator.js';

function dataUrl(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode takes its arguments on the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:application/pdf;base64,${btoa(binary)}`;
}

/**
 * The in-page fetcher's statement calls. The proxy answers with the
 * simulator's link (`https://api.simulator.invalid/statements/….pdf`), a host
 * no browser can reach: here the file is fetched from the simulator in the
 * page and handed over as a `data:` URL, which `<a download>` saves and
 * `fetch()` reads in every engine, and which needs no revoking.
 */
export function inPageStatements(
  fetcher: MonoFetcher,
  simulator: MonoApiSimulator,
  apiBase: string,
): Required<Pick<MonoFetcher, 'requestStatement' | 'getStatementJob'>> {
  const files = new Map<string, Promise<string>>();
  async function inPage(job: StatementJob): Promise<StatementJob> {
    if (!job.url?.startsWith(`${apiBase}/`)) return job;
    const url = job.url;
    let file = files.get(url);
    if (!file) {
      file = simulator.handle(new Request(url)).then(async (response) => {
        if (!response.ok) throw new Error(`The simulator has no file at ${url}.`);
        return dataUrl(new Uint8Array(await response.arrayBuffer()));
      });
      files.set(url, file);
      file.catch(() => files.delete(url));
    }
    return { ...job, url: await file };
  }
  return {
    requestStatement: async (accountId, period, init) => inPage(await fetcher.requestStatement!(accountId, period, init)),
    getStatementJob: async (accountId, jobId, init) => inPage(await fetcher.getStatementJob!(accountId, jobId, init)),
  };
}
