// @fires JSDoc names an element's events; their types are declared once, in
// src/events/, where each event module adds itself to HTMLElementEventMap.
// This plugin reads those declarations and gives every element event its
// type, with a reference to the module that exports it, so editors and the
// wrapper generator see the same types TypeScript users do. An event the
// maps do not declare stops the analysis: it would reach users untyped.
//
// The analyzer also turns `new CustomEvent(name, …)` in the base class's
// emit() helper into an event called "name": that helper forwards whatever
// event its caller names, so such entries are dropped here.

/** Removes the events the analyzer named after a variable in `new CustomEvent(variable, …)`. */
function dropForwardedNames(ts, klass, moduleDoc) {
  const variables = new Set();
  const visit = (node) => {
    if (ts.isNewExpression(node) && /^(Custom)?Event$/.test(node.expression.getText()) && node.arguments?.[0] && ts.isIdentifier(node.arguments[0])) {
      variables.add(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(klass);
  const classDoc = moduleDoc.declarations.find((declaration) => declaration.kind === 'class' && declaration.name === klass.name.text);
  if (!classDoc?.events || variables.size === 0) return;
  classDoc.events = classDoc.events.filter((event) => !variables.has(event.name));
  if (classDoc.events.length === 0) delete classDoc.events;
}

export function eventTypesPlugin({ map = 'HTMLElementEventMap' } = {}) {
  /** Event name → { type, module path } from the analysed event modules. */
  const declared = new Map();
  return {
    name: 'mono: event types from the event maps',
    analyzePhase({ ts, node, moduleDoc }) {
      if (ts.isClassDeclaration(node) && node.name) {
        dropForwardedNames(ts, node, moduleDoc);
        return;
      }
      if (!ts.isInterfaceDeclaration(node) || node.name.text !== map) return;
      for (const member of node.members) {
        if (!ts.isPropertySignature(member) || !member.type || !ts.isStringLiteral(member.name)) continue;
        declared.set(member.name.text, { type: member.type.getText(), module: moduleDoc.path });
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const untyped = [];
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          for (const event of declaration.events ?? []) {
            const found = declared.get(event.name);
            if (!found) {
              untyped.push(`${event.name} (${declaration.name})`);
              continue;
            }
            event.type = { text: found.type, references: [{ name: found.type, module: found.module, start: 0, end: found.type.length }] };
          }
        }
      }
      if (untyped.length > 0) {
        throw new Error(`Events fired but not declared in ${map} under src/events/: ${untyped.join(', ')}.`);
      }
    },
  };
}
