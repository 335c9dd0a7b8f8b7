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

test('drops a number\'s leading zero, and only that', () => {
  const source = 'const s = css`a { opacity: 0.6; padding: 0.625rem 0.5em; margin: -0.5em 10.5px; transition: filter 0.12s; width: calc(100% - 0.5rem); }`;';
  assert.equal(minifyCssLiterals(source), 'const s = css`a{opacity:.6;padding:.625rem .5em;margin:-0.5em 10.5px;transition:filter .12s;width:calc(100% - .5rem)}`;');
});

test('leaves literals with interpolations, and other templates, alone', () => {
  const source = 'const a = css`a { color: ${color}; }`; const b = html`<p> x </p>`;';
  assert.equal(minifyCssLiterals(source), source);
});

test('handles tsc output (css followed by a space)', () => {
  assert.equal(minifyCssLiterals('css `\n  a { b: c; }\n`'), 'css `a{b:c}`');
});

test('leaves comments and strings that mention css`…` alone', () => {
  const source = '// a `css` call is not pure\n/* css` x { y: z; } ` */\nconst t = "css` a { b: c; } `";\nconst s = css` a { b: c; } `;';
  assert.equal(
    minifyCssLiterals(source),
    '// a `css` call is not pure\n/* css` x { y: z; } ` */\nconst t = "css` a { b: c; } `";\nconst s = css`a{b:c}`;',
  );
});

test('keeps offsets right after non-ASCII text, in TypeScript sources', () => {
  const source = "const label: string = 'Opening Mono… ₦';\nexport const s = css`\n  p::after { content: '…'; }\n`;";
  assert.equal(
    minifyCssLiterals(source, 'styles.ts'),
    "const label: string = 'Opening Mono… ₦';\nexport const s = css`p::after{content:'…'}`;",
  );
});
