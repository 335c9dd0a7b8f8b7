// Server side of the phone tests (test/browser/phone), added to every
// engine's config by wtr.base.config.mjs:
// - `phone-story-files`: the stories/*.stories.ts files, so the browser test
//   renders each one and a new file is never forgotten;
// - `visual-diff`: @web/test-runner-visual-regression, baselines in
//   test/browser/phone/__screenshots__/<engine>/, re-compressed to stay small.
//   UPDATE_SCREENSHOTS=1 rewrites them (README, "Testing").
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { saveImage } from './save-png.mjs';

const root = new URL('../../../', import.meta.url);

function storyFilesPlugin() {
  return {
    name: 'phone-story-files',
    executeCommand({ command }) {
      if (command !== 'phone-story-files') return undefined;
      return readdirSync(new URL('stories/', root))
        .filter((file) => file.endsWith('.stories.ts'))
        .sort();
    },
  };
}

export function phonePlugins() {
  return [
    storyFilesPlugin(),
    visualRegressionPlugin({
      update: process.env.UPDATE_SCREENSHOTS === '1',
      baseDir: 'test/browser/phone/__screenshots__',
      // The test names each shot `<engine>/<story>-<width>`: the engine is read in
      // the page, because launchers name browsers differently.
      getBaselineName: ({ name }) => name,
      getDiffName: ({ name }) => join('failed', `${name}-diff`),
      getFailedName: ({ name }) => join('failed', name),
      saveBaseline: saveImage,
      // Antialiased edges are ignored (includeAA: false) and colours within 0.15
      // count as equal, so font smoothing does not fail a run; past that, 30
      // pixels is less than one changed character, so a wrong figure fails.
      diffOptions: { threshold: 0.15, includeAA: false },
      failureThresholdType: 'pixel',
      failureThreshold: 30,
    }),
  ];
}
