// Every Storybook story, at phone and tablet widths, in every engine: a story
// fails if anything sticks out of its container sideways, or if a control
// inside an element is smaller than 44×44 px. Screenshots of a few are in
// screenshots.test.ts; the checks themselves in layout-checks.ts.
import { expect } from '@open-wc/testing';
import { ENGINE, WIDTHS, createFrame, setWidth } from './frame.js';
import { MIN_TARGET_PX, findOverflow, findSmallTargets, type LayoutProblem } from './layout-checks.js';
import { relayout, settle } from './settle.js';
import { loadStories, renderStory } from './story-loader.js';

/**
 * Cases that fail today because of an element's layout, not the harness:
 * `<story id>@<width>` (any engine) or `<story id>@<width>:<engine>`, each
 * with what is wrong. They are still rendered and measured, and one that
 * passes is logged so its entry can be removed. This list is the work left on
 * issue 16; keep it short.
 */
export const KNOWN_FAILURES: Record<string, string> = {};

/** Targets are checked at phone widths, where the pointer is a thumb; at 1024 only if this device's pointer is coarse. */
const checksTargets = (width: number) => width <= 414 || matchMedia('(pointer: coarse)').matches;

/** The first few problems of a width, one a line: enough to find each, without pages of table cells. */
function format(problems: LayoutProblem[], shown = 6): string {
  const lines = problems.slice(0, shown).map((problem) => `    ${problem.kind}: ${problem.path} (${problem.detail})`);
  if (problems.length > shown) lines.push(`    … and ${problems.length - shown} more`);
  return lines.join('\n');
}

const stories = await loadStories();

describe(`phone layouts: every story at ${WIDTHS.join(', ')} px (${ENGINE})`, function () {
  // Each story settles once (its data, at most 2 s for stories that stay
  // loading), then is measured at each width by resizing its container.
  this.timeout(20000);

  it('finds the stories', () => {
    expect(stories.length).to.be.greaterThan(50);
    expect(new Set(stories.map((story) => story.id)).size, 'story ids are unique').to.equal(stories.length);
  });

  for (const story of stories) {
    it(`${story.id} (${story.file})`, async () => {
      const frame = createFrame(WIDTHS[0]);
      try {
        await renderStory(story, frame);
        await settle(frame);
        const failures: string[] = [];
        for (const width of WIDTHS) {
          setWidth(frame, width);
          await relayout(frame);
          const problems = [...findOverflow(frame), ...(checksTargets(width) ? findSmallTargets(frame, MIN_TARGET_PX) : [])];
          const known = KNOWN_FAILURES[`${story.id}@${width}:${ENGINE}`] ?? KNOWN_FAILURES[`${story.id}@${width}`];
          if (known && problems.length === 0) console.warn(`phone: ${story.id}@${width} passes now; remove it from KNOWN_FAILURES`);
          if (problems.length > 0 && !known) failures.push(`  ${width} px:\n${format(problems)}`);
        }
        if (failures.length > 0) throw new Error(`${story.title} › ${story.name} does not fit (${ENGINE}):\n${failures.join('\n')}`);
      } finally {
        frame.remove();
      }
    });
  }
});
