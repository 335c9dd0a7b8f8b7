import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';

// Controls and the docs tables come from custom-elements.json, which is
// generated from the elements' JSDoc: one source for the manual.
setCustomElementsManifest(manifest);

/**
 * Every story in the language chosen in the toolbar: the story renders
 * inside a container with that `lang`, as a page would set it (README,
 * Languages). Switching re-renders the elements in place, which is itself
 * what the language switch of a real page does.
 */
const withLanguage: Decorator = (story, context) =>
  html`<div lang=${(context.globals['lang'] as string | undefined) ?? 'en'}>${story()}</div>`;

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
  },
  globalTypes: {
    lang: {
      description: 'The language the elements speak (the lang attribute around them)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'fr', title: 'Français' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'en' },
  decorators: [withLanguage],
};
export default preview;
