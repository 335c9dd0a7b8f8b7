import { useMemo, useState } from 'react';
import { MonoAccountStatus, MonoLinkButton, MonoProvider, MonoTransactions } from 'mono-connect-elements/react';
import { createMemoryFetcher, createSandboxDriver } from 'mono-connect-elements/testing';

/**
 * A React app on the sandbox: link an account, wait for its data, show its
 * transactions. The in-memory fetcher stands in for your backend here; in
 * your app, drop `fetcher` and give the provider your backend's `endpoint`.
 */
export function App() {
  const fetcher = useMemo(() => createMemoryFetcher({ processingMs: 1000 }), []);
  const driver = useMemo(() => createSandboxDriver({ issueCode: () => fetcher.simulator.issueCode() }), [fetcher]);
  const [accountId, setAccountId] = useState<string>();
  const [status, setStatus] = useState('');

  return (
    <MonoProvider publicKey="test_pk_react_demo" fetcher={fetcher} driver={driver}>
      <h1>Link your bank</h1>
      <MonoLinkButton exchange onMonoLinked={(event) => setAccountId(event.detail.accountId)}>
        Link with Mono
      </MonoLinkButton>
      {accountId && (
        <>
          <p>
            Account <output id="account-id">{accountId}</output> — status <output id="status">{status}</output>
          </p>
          <MonoAccountStatus accountId={accountId} pollInterval={200} onMonoStatusChange={(event) => setStatus(event.detail.status)} />
          <MonoTransactions accountId={accountId} pollInterval={200} />
        </>
      )}
    </MonoProvider>
  );
}
