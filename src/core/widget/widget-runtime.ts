// Everything that shows a widget, loaded on the user's first intent (hover,
// focus, click) rather than with the element: a page that never opens the
// widget pays only for the button and its link controller.
export { openLink, preloadLink } from './link-flow.js';
// Back from Mono's hosted page (mono_ref in the address): only then.
export { resumeHosted } from './hosted-lazy.js';
