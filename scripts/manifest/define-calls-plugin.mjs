// Tags are registered through our guarded helper (src/core/define.ts), not
// `customElements.define()`, so the analyzer's own plugin never sees them.
// This one reads `define('mono-x', MonoX)` calls the same way and records a
// `custom-element-definition` export in the module that registers the tag:
// that module is what a user imports to get the tag.
import { dirname, resolve } from 'node:path';

/** `./link-button.component.js` → the analyzer's module path of that source file. */
function modulePath(fromFile, specifier, root) {
  const file = resolve(dirname(fromFile), specifier).replace(/\.js$/, '.ts');
  return file.slice(root.length + 1);
}

export function defineCallsPlugin({ helper = /\/define\.js$/, root = process.cwd() } = {}) {
  return {
    name: 'mono: define() calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return;
      const source = node.getSourceFile();
      // Only our helper, imported under any name, from a module named define.js.
      const imports = new Map();
      for (const statement of source.statements) {
        if (!ts.isImportDeclaration(statement) || !statement.importClause?.namedBindings) continue;
        const bindings = statement.importClause.namedBindings;
        if (!ts.isNamedImports(bindings)) continue;
        for (const element of bindings.elements) imports.set(element.name.text, { imported: (element.propertyName ?? element.name).text, from: statement.moduleSpecifier.text });
      }
      const callee = imports.get(node.expression.text);
      if (!callee || callee.imported !== 'define' || !helper.test(callee.from)) return;
      const [tag, klass] = node.arguments;
      if (!tag || !ts.isStringLiteral(tag) || !klass || !ts.isIdentifier(klass)) {
        throw new Error(`${source.fileName}: define() must be called with a tag literal and a class name, as define('mono-x', MonoX).`);
      }
      const classImport = imports.get(klass.text);
      const module = classImport ? modulePath(source.fileName, classImport.from, root) : moduleDoc.path;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: classImport?.imported ?? klass.text, module } },
      ];
    },
  };
}
