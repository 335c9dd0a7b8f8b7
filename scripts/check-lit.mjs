// lit-analyzer over the elements' templates and styles, with zero findings
// allowed, warnings included. A few findings are known false positives of
// lit-analyzer 2.0.3; each is allowed by file, rule and message (never by
// switching a rule off), with the reason next to it, so any new finding of
// the same rule still fails.
import { createRequire } from 'node:module';
import { relative } from 'node:path';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url).pathname;

// lit-analyzer needs TypeScript's JS API, which the project's compiler
// (TypeScript 7, native) no longer has: hand it TypeScript 5 (devDependency
// typescript5) wherever it asks for 'typescript'.
const Module = require('node:module');
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolveFilename.call(this, request === 'typescript' ? 'typescript5' : request, ...rest);
};
const { analyzeGlobs } = require('lit-analyzer/lib/cli/analyze-globs.js');
const { DefaultLitAnalyzerContext, LitAnalyzer, makeConfig } = require('lit-analyzer');

const KNOWN_FALSE_POSITIVES = [
  {
    file: /elements\/transactions\/.*\.ts$/,
    rule: 'no-incompatible-type-binding',
    message: /is not assignable to 'RenderItemFunction<T>'/,
    reason:
      "<lit-virtualizer>'s renderItem is generic in its item type; lit-analyzer compares against the uninstantiated RenderItemFunction<T> and rejects every function. tsc checks the same binding's types.",
  },
  {
    file: /elements\/transactions\/transactions\.styles\.ts$/,
    rule: 'no-invalid-css',
    message: /^Unknown property: '(container-type|accent-color)'$|^Unknown at rule @container$/,
    reason:
      "Container queries (Baseline since 2023: rows become two-line items by the element's own width) and accent-color (2022); lit-analyzer's bundled CSS data (vscode-css-languageservice 4.3) predates both.",
  },
  {
    file: /elements\/accounts\/accounts\.styles\.ts$/,
    rule: 'no-invalid-css',
    message: /^Unknown property: '(container-type|accent-color)'$|^Unknown at rule @container$/,
    reason:
      "Container queries (Baseline since 2023: the list lays out by its own width, not the page's) and accent-color (2022); lit-analyzer's bundled CSS data (vscode-css-languageservice 4.3) predates both.",
  },
  {
    file: /elements\/spending-summary\/spending-summary\.styles\.ts$/,
    rule: 'no-invalid-css',
    message: /^Unknown property: 'container'$|^Unknown at rule @container$/,
    reason: "Container queries (Baseline since 2023: the charts stack by the summary's own width); lit-analyzer's bundled CSS data predates them.",
  },
  {
    file: /elements\/statement-download\/statement-download\.styles\.ts$/,
    rule: 'no-invalid-css',
    message: /^Unknown property: '(container-type|accent-color)'$|^Unknown at rule @container$/,
    reason:
      "Container queries (Baseline since 2023: the controls stack by the card's own width) and accent-color (2022, the progress bar); lit-analyzer's bundled CSS data predates both.",
  },
];

// The elements and their Lit base classes and shared styles: every html`` and css`` the package renders.
const globs = ['src/elements/**/*.ts', 'src/core/**/*.ts', 'src/cdn/**/*.ts'];

let program;
const context = new DefaultLitAnalyzerContext({ getProgram: () => program });
context.updateConfig(makeConfig({ strict: false, rules: {} }));
const analyzer = new LitAnalyzer(context);
const findings = [];
const allowed = [];
await analyzeGlobs(globs, {}, {
  analyzeSourceFile(file, options) {
    program = options.program;
    for (const diagnostic of analyzer.getDiagnosticsInFile(file)) {
      const where = `${relative(root, file.fileName)}:${file.getLineAndCharacterOfPosition(diagnostic.location.start).line + 1}`;
      const known = KNOWN_FALSE_POSITIVES.find(
        (entry) => entry.rule === diagnostic.source && entry.file.test(file.fileName) && entry.message.test(diagnostic.message),
      );
      (known ? allowed : findings).push(`${where} ${diagnostic.source} (${diagnostic.severity}): ${diagnostic.message}`);
    }
  },
});
if (findings.length > 0) {
  console.error(`lit-analyzer: ${findings.length} finding(s):\n  ${findings.join('\n  ')}`);
  process.exitCode = 1;
} else {
  console.log(`lit-analyzer: no findings (${allowed.length} known false positive(s) allowed, see scripts/check-lit.mjs).`);
}
