import { isReadable } from '../fetcher/data-status.js';
import type { MonoLiveEvent } from './live-event.js';

/**
 * Whether a live event means an account's data or data status may have
 * changed, so elements showing it should read it again: Mono updated it
 * (`account_updated`), the user re-authorised it, or a real-time job finished.
 */
export const changesData = (event: MonoLiveEvent): boolean =>
  event.type === 'account_updated' || event.type === 'account_reauthorized' || (event.type === 'job' && event.status === 'finished');

/**
 * What an element showing rows does with a live event: read the rows again
 * when the data was readable and still is (the old rows stay on screen
 * meanwhile), else check the status at once (the rows follow when it turns
 * readable), or nothing when the event changes no data.
 */
export function liveAction(event: MonoLiveEvent, readableNow: boolean): 'rows' | 'status' | undefined {
  if (!changesData(event)) return undefined;
  const stillReadable = event.type !== 'account_updated' || isReadable(event.dataStatus);
  return readableNow && stillReadable ? 'rows' : 'status';
}
