import { html } from 'lit';
import { live } from 'lit/directives/live.js';
import type { TransactionsMessages } from './transactions.messages.js';

export interface FilterValues {
  type?: 'debit' | 'credit';
  start?: string;
  end?: string;
  narration?: string;
}

/** How many filters are in effect, shown on the collapsed bar's button. */
export const activeFilters = (values: FilterValues) => [values.type, values.start, values.end, values.narration].filter(Boolean).length;

/*
 * Narrow elements (container under 30rem) hide the fields behind the
 * "Filters" button; wide ones show both fields and no button (styles).
 * The open state lives in the button's own aria-expanded, which the template
 * sets once and never binds: re-renders (every filter change, every page)
 * leave it as the user left it, and the fields stay in the DOM when closed,
 * so their values survive.
 */
function toggle(event: Event) {
  const button = event.currentTarget as HTMLButtonElement;
  button.setAttribute('aria-expanded', String(button.getAttribute('aria-expanded') !== 'true'));
}

/** The filter bar. Each change is reported as a partial update of the filters. */
export function filtersTemplate(values: FilterValues, onChange: (update: FilterValues) => void, onSearch: (text: string) => void, m: TransactionsMessages) {
  const value = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;
  const count = activeFilters(values);
  return html`<form part="filters" role="search" aria-label=${m.filters} @submit=${(event: Event) => event.preventDefault()}>
    <button type="button" part="filters-toggle" aria-expanded="false" aria-controls="filter-fields" @click=${toggle}>
      ${m.filters}<span part="filters-count" ?hidden=${count === 0}>${count}</span>
    </button>
    <div class="fields" id="filter-fields">
      <label class="search"
        >${m.search}
        <input type="search" name="narration" .value=${live(values.narration ?? '')} @input=${(event: Event) => onSearch(value(event))}
      /></label>
      <label
        >${m.type}
        <select name="type" .value=${live(values.type ?? '')} @change=${(event: Event) => onChange({ type: (value(event) || undefined) as FilterValues['type'] })}>
          <option value="">${m.all}</option>
          <option value="debit">${m.debits}</option>
          <option value="credit">${m.credits}</option>
        </select></label
      >
      <label
        >${m.from}
        <input type="date" name="start" .value=${live(values.start ?? '')} @change=${(event: Event) => onChange({ start: value(event) || undefined })}
      /></label>
      <label
        >${m.to}
        <input type="date" name="end" .value=${live(values.end ?? '')} @change=${(event: Event) => onChange({ end: value(event) || undefined })}
      /></label>
    </div>
  </form>`;
}
