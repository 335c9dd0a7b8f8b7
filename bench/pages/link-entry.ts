// What a bundler makes of a page that imports only the link button's entry.
import 'mono-connect-elements/mono-link-button.js';
