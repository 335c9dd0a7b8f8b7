// An element inherits attributes and properties (`account-id`, `fetcher`)
// from base classes. The analyzer applies them only when the base class's
// file is among the globs; otherwise they vanish from the manifest without a
// word. This stops the analysis instead, naming the file to add.
export function inheritedCheckPlugin() {
  return {
    name: 'mono: base classes analysed',
    packageLinkPhase({ customElementsManifest }) {
      const declared = new Set(customElementsManifest.modules.flatMap((module) => (module.declarations ?? []).map((declaration) => declaration.name)));
      const missing = [];
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const superclass = declaration.kind === 'class' ? declaration.superclass : undefined;
          if (superclass?.module && !declared.has(superclass.name)) missing.push(`${declaration.name} extends ${superclass.name} (${superclass.module})`);
        }
      }
      if (missing.length > 0) {
        throw new Error(`Base classes outside the analyzer's globs, so their members would be lost: ${missing.join('; ')}. Add their files to globs in custom-elements-manifest.config.mjs.`);
      }
    },
  };
}
