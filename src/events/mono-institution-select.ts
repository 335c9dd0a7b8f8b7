import type { InstitutionOption } from '../core/fetcher/types.js';

/** The user picked a bank in `<mono-institution-picker>`. */
export interface MonoInstitutionSelectDetail {
  /** The bank, as the fetcher's `getInstitutions()` listed it. */
  institution: InstitutionOption;
}

export type MonoInstitutionSelectEvent = CustomEvent<MonoInstitutionSelectDetail>;

// On elements, and on document and window: every event bubbles and is
// composed, so a page may listen once at the top.
declare global {
  interface HTMLElementEventMap {
    'mono-institution-select': MonoInstitutionSelectEvent;
  }
  interface DocumentEventMap {
    'mono-institution-select': MonoInstitutionSelectEvent;
  }
  interface WindowEventMap {
    'mono-institution-select': MonoInstitutionSelectEvent;
  }
}
