// Elements read shared `--mono-*` tokens through style modules they import
// (src/elements/shared/shared-styles.ts for the data elements, fallbacks in the link
// button's styles). JSDoc on each class names its own properties; this
// plugin adds every `--mono-*` the element's styles really read and the
// JSDoc does not name, described from one shared table, so the manifest
// cannot drift from the CSS. A property read by the styles that neither
// describes stops the analysis: document it rather than ship it unnamed.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const READ = /var\(\s*(--[a-z0-9-]+)/g;
const RELATIVE_IMPORT = /\bfrom\s+['"](\.{1,2}\/[^'"]+)['"]/g;

/** Every custom property read in a module and the modules it imports relatively. */
function readsOfModule(file, prefix, seen = new Set()) {
  const found = new Set();
  if (seen.has(file)) return found;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, name] of code.matchAll(READ)) if (name.startsWith(prefix)) found.add(name);
  for (const [, specifier] of code.matchAll(RELATIVE_IMPORT)) {
    for (const name of readsOfModule(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')), prefix, seen)) found.add(name);
  }
  return found;
}

export function cssTokensPlugin({ prefix = '--mono-', shared = {} } = {}) {
  return {
    name: 'mono: css custom properties the styles read',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const styles = node.members.find(
        (member) =>
          ts.isPropertyDeclaration(member) &&
          member.name.getText() === 'styles' &&
          member.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword),
      );
      if (!styles?.initializer) return;
      const source = node.getSourceFile();
      const importedFrom = new Map();
      for (const statement of source.statements) {
        const bindings = ts.isImportDeclaration(statement) ? statement.importClause?.namedBindings : undefined;
        if (!bindings || !ts.isNamedImports(bindings) || !statement.moduleSpecifier.text.startsWith('.')) continue;
        for (const element of bindings.elements) importedFrom.set(element.name.text, statement.moduleSpecifier.text);
      }
      const reads = new Set();
      for (const [, name] of styles.initializer.getText().matchAll(READ)) if (name.startsWith(prefix)) reads.add(name);
      const visit = (child) => {
        const specifier = ts.isIdentifier(child) ? importedFrom.get(child.text) : undefined;
        if (specifier) {
          const file = resolve(dirname(source.fileName), specifier.replace(/\.js$/, '.ts'));
          for (const name of readsOfModule(file, prefix)) reads.add(name);
        }
        ts.forEachChild(child, visit);
      };
      visit(styles.initializer);

      const classDoc = moduleDoc.declarations.find((declaration) => declaration.kind === 'class' && declaration.name === node.name.text);
      if (!classDoc) return;
      classDoc.cssProperties ??= [];
      const named = new Set(classDoc.cssProperties.map((property) => property.name));
      const undescribed = [];
      for (const name of [...reads].sort()) {
        if (named.has(name)) continue;
        if (shared[name]) classDoc.cssProperties.push({ name, description: shared[name] });
        else undescribed.push(name);
      }
      if (undescribed.length > 0) {
        throw new Error(
          `${node.name.text}'s styles read ${undescribed.join(', ')}, which no @cssprop on the class and no shared token in custom-elements-manifest.config.mjs describes.`,
        );
      }
    },
  };
}
