// The CDN file's chunk for <mono-spending-summary>: its charts and
// d3-array's tick maths load only on a page that shows a summary (see
// autoload.ts). The data elements' shared code comes from the main file or
// their chunk.
import '../elements/spending-summary/spending-summary.js';

export { MonoSpendingSummary } from '../elements/spending-summary/spending-summary.component.js';
