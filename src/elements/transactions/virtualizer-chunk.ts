/*
 * The long-history list's lazily loaded code in one chunk: the virtualizer
 * element and its flow layout. Given its layout, the virtualizer does not
 * import its default one itself, which was a second request after the first
 * before any row could show.
 */
import '@lit-labs/virtualizer';
import { flow } from '@lit-labs/virtualizer/layouts/flow.js';

/** One object for the list's life: a new one each render would make the virtualizer start its layout over. */
export const layout: object = flow({});
