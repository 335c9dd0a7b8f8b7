import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { MonoDataElement } from '../shared/data-element.js';
import { tokens } from '../shared/shared-styles.js';
import { isAbortError } from '../../core/fetcher/errors.js';
import { toErrorInfo } from '../../core/error-info.js';
import type { InstitutionOption, MonoFetcher } from '../../core/fetcher/types.js';
import { filterInstitutions } from './institution-filter.js';
import { institutionPickerStyles } from './institution-picker.styles.js';
import { localize } from '../../core/i18n/localize.js';
import { institutionPickerTable, type institutionPickerMessages } from './institution-picker.messages.js';

export type InstitutionPickerState = 'loading' | 'ready' | 'empty' | 'error';

/**
 * A searchable list of the banks a user can link. Typing filters by name
 * (accents and case ignored); the arrow keys, Home and End move through the
 * matches and Enter picks one, as the WAI-ARIA combobox pattern has it.
 * Picking a bank fires `mono-institution-select` and sets `institution-id`
 * (and `auth-method`) on the link button inside it, or on the one its `for`
 * attribute names, so the widget opens straight on that bank.
 *
 * @summary Search and pick a bank; the link button then opens on it.
 * @tagname mono-institution-picker
 *
 * @slot - A `<mono-link-button>` that picking a bank points at that bank.
 *
 * @csspart base - The wrapper around everything.
 * @csspart label - The search field's label.
 * @csspart input - The search field (role combobox).
 * @csspart status - Loading, empty and count messages.
 * @csspart error - The error message and its retry button.
 * @csspart retry - The retry button.
 * @csspart listbox - The list of matching banks.
 * @csspart option - One bank.
 * @csspart logo - A bank's logo, or its initial when it has none.
 * @csspart name - A bank's name.
 *
 * @cssprop --mono-accent - Focus ring and the highlighted bank's edge.
 * @cssprop --mono-surface - Background.
 * @cssprop --mono-text - Text colour.
 * @cssprop --mono-muted - Messages.
 * @cssprop --mono-border - Borders.
 * @cssprop --mono-skeleton - Behind a bank's initial.
 * @cssprop --mono-radius - Corner radius.
 *
 * @fires mono-institution-select - `{ institution }` The user picked a bank.
 * @fires mono-error - `{ error, phase }` The list of banks could not be loaded (phase `fetch`).
 */
export class MonoInstitutionPicker extends MonoDataElement {
  static override styles = [tokens, institutionPickerStyles];

  /** Where loading the list stands, reflected. `empty`: nothing matches the search. */
  @property({ reflect: true }) state: InstitutionPickerState = 'loading';

  /** Only banks that offer this login method: `internet_banking` or `mobile_banking`. Passed on to the link button. */
  @property({ attribute: 'auth-method' }) authMethod?: string;

  /** The id of a `<mono-link-button>` elsewhere in the same document (or shadow root) to point at the picked bank. */
  @property() for?: string;

  /** The picked bank, until the user picks another. */
  @property({ attribute: false }) selected?: InstitutionOption;

  @state() private query = '';
  @state() private institutions: InstitutionOption[] = [];
  /** Index in the filtered list of the option `aria-activedescendant` points at; -1 for none. */
  @state() private active = -1;
  /** Logo URLs that failed to load. */
  @state() private brokenIcons = new Set<string>();

  private loadedFrom?: MonoFetcher;
  private loading?: AbortController;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A load cut short is started again on the next connect.
    if (this.loading) {
      this.loading.abort();
      this.loading = undefined;
      this.loadedFrom = undefined;
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('active')) this.renderRoot.querySelector(`#option-${this.active}`)?.scrollIntoView?.({ block: 'nearest' });
  }

  private get shown(): InstitutionOption[] {
    return filterInstitutions(this.institutions, this.query, this.authMethod);
  }

  private async load(fetcher: MonoFetcher): Promise<void> {
    this.loading?.abort();
    const controller = (this.loading = new AbortController());
    this.loadedFrom = fetcher;
    this.state = 'loading';
    try {
      if (!fetcher.getInstitutions) throw new Error('This fetcher has no getInstitutions().');
      const list = await fetcher.getInstitutions({ signal: controller.signal });
      if (controller.signal.aborted) return;
      this.institutions = list;
      this.state = 'ready';
    } catch (error) {
      if (controller.signal.aborted || isAbortError(error)) return;
      this.state = 'error';
      this.emit('mono-error', { error: toErrorInfo(error, 'INSTITUTIONS_FAILED'), phase: 'fetch' });
    } finally {
      if (this.loading === controller) this.loading = undefined;
    }
  }

  /** Loads the list again (what the retry button does). */
  retry(): void {
    void this.load(this.resolveFetcher());
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Here rather than in updated(): a state set now renders in this update, not another.
    const fetcher = this.resolveFetcher();
    if (fetcher !== this.loadedFrom) void this.load(fetcher);
    // `empty` follows the search; `loading` and `error` belong to the load.
    if (this.state === 'ready' || this.state === 'empty') this.state = this.shown.length ? 'ready' : 'empty';
    if (changed.has('query') || changed.has('authMethod') || changed.has('institutions')) this.active = Math.min(this.active, this.shown.length - 1);
  }

  private onInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    // A new search starts from the top: the first match is one ArrowDown away.
    this.active = -1;
  }

  private onKeyDown(event: KeyboardEvent): void {
    const last = this.shown.length - 1;
    const move = (index: number) => {
      event.preventDefault();
      if (last >= 0) this.active = index;
    };
    switch (event.key) {
      case 'ArrowDown':
        return move(this.active >= last ? 0 : this.active + 1);
      case 'ArrowUp':
        return move(this.active <= 0 ? last : this.active - 1);
      // Inside the text they move the caret, until the user is moving through the list.
      case 'Home':
        if (this.active >= 0) move(0);
        return;
      case 'End':
        if (this.active >= 0) move(last);
        return;
      case 'Enter': {
        const institution = this.shown[this.active];
        if (!institution) return;
        event.preventDefault();
        return this.pick(institution);
      }
      case 'Escape':
        if (!this.query && this.active < 0) return;
        event.preventDefault();
        this.query = '';
        this.active = -1;
        return;
    }
  }

  private pick(institution: InstitutionOption): void {
    this.selected = institution;
    this.query = institution.name;
    this.active = this.shown.findIndex((entry) => entry.id === institution.id);
    this.pointLinkButton(institution);
    this.emit('mono-institution-select', { institution });
  }

  /** The link button to open on the picked bank: the one `for` names, else one inside. */
  private linkButton(): Element | null {
    if (this.for) {
      const root = this.getRootNode() as Document | ShadowRoot;
      return root.getElementById?.(this.for) ?? null;
    }
    return this.querySelector('mono-link-button');
  }

  private pointLinkButton(institution: InstitutionOption): void {
    const button = this.linkButton();
    if (!button) return;
    button.setAttribute('institution-id', institution.id);
    // The filter's method, else the bank's only one; with a choice, the widget asks.
    const method = this.authMethod ?? (institution.authMethods.length === 1 ? institution.authMethods[0] : undefined);
    if (method) button.setAttribute('auth-method', method);
    else button.removeAttribute('auth-method');
  }

  private logoTemplate(institution: InstitutionOption) {
    // Only a colour: the value comes from the backend and must not add other CSS (a url() would be a request).
    const color = institution.color && globalThis.CSS?.supports('color', institution.color) ? `border-color: ${institution.color}` : '';
    const initial = html`<span part="logo" class="initial" style=${color} aria-hidden="true">${institution.name.charAt(0).toUpperCase()}</span>`;
    if (!institution.icon || this.brokenIcons.has(institution.icon)) return initial;
    // A logo that fails to load is drawn as the initial from then on.
    const onError = () => (this.brokenIcons = new Set(this.brokenIcons).add(institution.icon!));
    return html`<img part="logo" src=${institution.icon} alt="" width="28" height="28" loading="lazy" @error=${onError} />`;
  }

  private statusTemplate(count: number, m: typeof institutionPickerMessages) {
    if (this.state === 'loading') return m.loading;
    if (this.state === 'empty') return m.empty(this.query.trim());
    if (this.state === 'ready') return html`<span class="visually-hidden">${m.count(count)}</span>`;
    return nothing;
  }

  override render() {
    const matches = this.state === 'ready' ? this.shown : [];
    const active = matches[this.active] ? `option-${this.active}` : undefined;
    const m = localize(this, institutionPickerTable);
    return html`<div part="base">
      <label part="label" for="input">${m.label}</label>
      <input
        part="input"
        id="input"
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck="false"
        aria-autocomplete="list"
        aria-controls="listbox"
        aria-expanded=${matches.length > 0 ? 'true' : 'false'}
        aria-activedescendant=${active ?? nothing}
        aria-busy=${this.state === 'loading' ? 'true' : 'false'}
        .value=${this.query}
        @input=${this.onInput}
        @keydown=${this.onKeyDown}
      />
      <p part="status" role="status">${this.statusTemplate(matches.length, m)}</p>
      ${this.state === 'error'
        ? html`<div part="error" role="alert">
            <span>${m.error}</span>
            <button part="retry" class="retry" type="button" @click=${this.retry}>${m.retry}</button>
          </div>`
        : nothing}
      <ul part="listbox" id="listbox" role="listbox" aria-label=${m.list} ?hidden=${matches.length === 0}>
        ${matches.map(
          (institution, index) => html`<li
            part="option"
            id="option-${index}"
            role="option"
            class=${index === this.active ? 'active' : ''}
            aria-selected=${institution.id === this.selected?.id ? 'true' : 'false'}
            @click=${() => this.pick(institution)}
          >
            ${this.logoTemplate(institution)}<span part="name">${institution.name}</span>
          </li>`,
        )}
      </ul>
      <slot></slot>
    </div>`;
  }
}
