// `npm run analyze` writes custom-elements.json from the elements' JSDoc.
// `npm test` fails when the committed file differs (scripts/check-manifest.mjs),
// and the React and Vue wrappers are generated from it (scripts/generate-wrappers.mjs).
import { cssTokensPlugin } from './scripts/manifest/css-tokens-plugin.mjs';
import { defineCallsPlugin } from './scripts/manifest/define-calls-plugin.mjs';
import { eventTypesPlugin } from './scripts/manifest/event-types-plugin.mjs';
import { inheritedCheckPlugin } from './scripts/manifest/inherited-check-plugin.mjs';
import { publishedPathsPlugin } from './scripts/manifest/published-paths-plugin.mjs';

/**
 * The tokens every element reads through shared style modules, described once
 * here rather than on every class (src/elements/shared/shared-styles.ts sets their light
 * and dark fallbacks). An element's own @cssprop JSDoc wins over these.
 */
const sharedTokens = {
  '--mono-accent': 'Accent: focus rings, links, progress, the link button\'s background.',
  '--mono-on-accent': 'Text on the accent colour.',
  '--mono-surface': 'Background.',
  '--mono-text': 'Text colour.',
  '--mono-muted': 'Secondary text.',
  '--mono-border': 'Borders and rules.',
  '--mono-debit': 'Debits and errors.',
  '--mono-credit': 'Credits and success.',
  '--mono-warning': 'Warnings, such as partial data.',
  '--mono-skeleton': 'Placeholders while loading.',
  '--mono-radius': 'Corner radius.',
  '--mono-font-family': 'Font.',
};

export default {
  globs: [
    'src/elements/**/*.ts',
    'src/events/**/*.ts',
    // Base classes of the elements: their attributes and properties
    // (`account-id`, `fetcher`) are inherited into each element's entry.
    'src/**/mono-element.ts',
    'src/**/data-element.ts',
  ],
  exclude: ['**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [
    defineCallsPlugin(),
    cssTokensPlugin({ shared: sharedTokens }),
    eventTypesPlugin(),
    inheritedCheckPlugin(),
    // Last: rewrites the module paths the plugins above link to.
    publishedPathsPlugin(),
  ],
};
