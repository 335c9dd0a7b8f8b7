import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minifyCssLiterals } from '../../scripts/minify-css-literals.mjs';

test('collapses whitespace and comments inside css`…` without changing meaning', () => {
  const source = `const s = css\`
    /* a comment */
    :host { display: block; }
    a :hover, b > c { width: calc(100% - 2rem + 1px); font: 600 1rem/1.25 'Segoe UI', sans-serif; }
  \`;`;
  assert.equal(
    minifyCssLiterals(source),
    "const s = css`:host{display:block}a :hover,b>c{width:calc(100% - 2rem + 1px);font:600 1rem/1.25 'Segoe UI',sans-serif}`;",
  );
});

test('leaves literals with interpolations, and other templates, alone', () => {
  const source = 'const a = css`a { color: ${color}; }`; const b = html`<p> x </p>`;';
  assert.equal(minifyCssLiterals(source), source);
});

test('handles tsc output (css followed by a space)', () => {
  assert.equal(minifyCssLiterals('css `\n  a { b: c; }\n`'), 'css`a{b:c}`');
});
