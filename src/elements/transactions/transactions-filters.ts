import { html } from 'lit';
import { live } from 'lit/directives/live.js';
import type { TransactionsMessages } from './transactions.messages.js';

export interface FilterValues {
  type?: 'debit' | 'credit';
  start?: string;
  end?: string;
  narration?: string;
}

/** The filter bar. Each change is reported as a partial update of the filters. */
export function filtersTemplate(values: FilterValues, onChange: (update: FilterValues) => void, onSearch: (text: string) => void, m: TransactionsMessages) {
  const value = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;
  return html`<form part="filters" role="search" aria-label=${m.filters} @submit=${(event: Event) => event.preventDefault()}>
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
  </form>`;
}
