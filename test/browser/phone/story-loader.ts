// Storybook's stories (CSF3) rendered without Storybook: the same render
// functions, args and play steps, into a container the test controls.
import { executeServerCommand } from '@web/test-runner-commands';
import { render, type TemplateResult } from 'lit';

type Args = Record<string, unknown>;
interface StoryContext {
  args: Args;
  id: string;
  name: string;
  title: string;
  canvasElement: HTMLElement;
  [key: string]: unknown;
}
type Render = (args: Args, context: StoryContext) => unknown;
type Decorator = (story: () => unknown, context: StoryContext) => unknown;
interface Annotations {
  args?: Args;
  render?: Render;
  decorators?: Decorator | Decorator[];
  play?: (context: StoryContext) => unknown;
  name?: string;
}
interface Meta extends Annotations {
  title: string;
  component?: string;
}

export interface Story {
  /** As Storybook names it: `elements-mono-transactions--fetch-error`. */
  id: string;
  title: string;
  name: string;
  file: string;
  meta: Meta;
  annotations: Annotations;
}

// Storybook's own rules (storyNameFromExport, sanitize), so ids match the ones in Storybook's URL.
const startCase = (name: string) => name.replace(/([a-z\d])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2').replace(/[_-]+/g, ' ').trim();
const sanitize = (text: string) =>
  text
    .toLowerCase()
    .replace(/[ ’–—―′¿'`~!@#$%^&*()_|+\-=?;:'",.<>{}[\]\\/]/gi, '-')
    .replace(/-+/g, '-')
    .replace(/^-+|-+$/g, '');

/** Every story of every `stories/*.stories.ts`, the file list read on the server so a new file is never missed. */
export async function loadStories(): Promise<Story[]> {
  const files = (await executeServerCommand<string[], undefined>('phone-story-files'))!;
  const stories: Story[] = [];
  for (const file of files) {
    const module = (await import(`../../../stories/${file}`)) as Record<string, unknown> & { default: Meta; __namedExportsOrder?: string[] };
    const meta = module.default;
    for (const [exportName, annotations] of Object.entries(module)) {
      if (exportName === 'default' || exportName.startsWith('__') || typeof annotations !== 'object' || annotations === null) continue;
      const story = annotations as Annotations;
      stories.push({ id: `${sanitize(meta.title)}--${sanitize(startCase(exportName))}`, title: meta.title, name: story.name ?? startCase(exportName), file, meta, annotations: story });
    }
  }
  return stories;
}

/** Storybook's default render for web components: the component's tag with the args as properties. */
function defaultRender(meta: Meta): Render {
  return (args) => {
    if (!meta.component) throw new Error(`${meta.title}: no render and no component`);
    return Object.assign(document.createElement(meta.component), args);
  };
}

/** Renders `story` into `canvas` as Storybook would (args, decorators, render, then play). */
export async function renderStory(story: Story, canvas: HTMLElement): Promise<void> {
  const args = { ...story.meta.args, ...story.annotations.args };
  const context: StoryContext = { args, id: story.id, name: story.name, title: story.title, canvasElement: canvas, argTypes: {}, globals: {}, parameters: {}, step: (_: string, play: () => unknown) => play() };
  const draw = story.annotations.render ?? story.meta.render ?? defaultRender(story.meta);
  const decorators = [story.annotations.decorators ?? [], story.meta.decorators ?? []].flat();
  const decorated = decorators.reduce<() => unknown>((inner, decorator) => () => decorator(inner, context), () => draw(args, context));
  const result = decorated();
  if (result instanceof Node) canvas.replaceChildren(result);
  else render(result as TemplateResult, canvas);
  await story.annotations.play?.(context);
}
