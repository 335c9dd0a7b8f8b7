/**
 * The one import of the virtualizer, which only the long-history list
 * needs: bundlers make it a chunk of its own that a page loads on first
 * use. An object rather than a bare function so that a test can replace
 * `load` (the network seam) and see what the list does when the chunk
 * cannot be fetched.
 */
export const virtualizerModule = {
  load: (): Promise<unknown> => import('@lit-labs/virtualizer'),
};
