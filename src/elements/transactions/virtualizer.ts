/**
 * The one import of the virtualizer, which only the long-history list
 * needs: bundlers make it a chunk of its own that a page loads on first
 * use. An object rather than a bare function so that a test can replace
 * `load` (the network seam) and see what the list does when the chunk
 * cannot be fetched. `layout` is the virtualizer's layout once loaded.
 */
export const virtualizerModule = {
  layout: undefined as object | undefined,
  load: (): Promise<unknown> =>
    import('./virtualizer-chunk.js').then((chunk) => {
      virtualizerModule.layout = chunk.layout;
    }),
};
