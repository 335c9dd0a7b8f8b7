// React wrappers (@lit/react): typed props for every property and an
// `onMono…` prop for every event. React 19 can also use the tags directly;
// these wrappers add types and work the same in React 18.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { MonoLinkButton as MonoLinkButtonElement } from '../elements/link-button/link-button.js';
import type { MonoCloseEvent } from '../events/mono-close.js';
import type { MonoErrorEvent } from '../events/mono-error.js';
import type { MonoWidgetEvent } from '../events/mono-event.js';
import type { MonoLinkedEvent } from '../events/mono-linked.js';
import type { MonoLoadEvent } from '../events/mono-load.js';
import type { MonoOpenEvent } from '../events/mono-open.js';
import type { MonoSuccessEvent } from '../events/mono-success.js';

export const MonoLinkButton = createComponent({
  tagName: 'mono-link-button',
  elementClass: MonoLinkButtonElement,
  react: React,
  events: {
    onMonoLoad: 'mono-load' as EventName<MonoLoadEvent>,
    onMonoOpen: 'mono-open' as EventName<MonoOpenEvent>,
    onMonoEvent: 'mono-event' as EventName<MonoWidgetEvent>,
    onMonoSuccess: 'mono-success' as EventName<MonoSuccessEvent>,
    onMonoLinked: 'mono-linked' as EventName<MonoLinkedEvent>,
    onMonoClose: 'mono-close' as EventName<MonoCloseEvent>,
    onMonoError: 'mono-error' as EventName<MonoErrorEvent>,
  },
});
