// `npm run analyze` writes custom-elements.json from the elements' JSDoc.
// `npm test` fails when the committed file differs (scripts/check-manifest.mjs).
export default {
  globs: ['src/elements/**/*.ts', 'src/events/**/*.ts'],
  exclude: ['**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
