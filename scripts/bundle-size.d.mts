export interface ChunkSize {
  file: string;
  bytes: number;
  gzip: number;
  /** Chunks this one imports statically (fetched with it). */
  imports: string[];
  /** Chunks it may import() later. */
  dynamicImports: string[];
  /** Module ids inside it. */
  modules: string[];
}

export interface EntrySize {
  entry: string;
  bundler: 'rolldown' | 'esbuild';
  initialBytes: number;
  initialGzip: number;
  initialModules: string[];
  initialChunks: ChunkSize[];
  lazyChunks: ChunkSize[];
}

/** Bundles `entry` (a path from the repo root) as a browser would load it, and weighs what loads before intent. */
export function measureEntry(entry: string, options?: { bundler?: 'rolldown' | 'esbuild' }): Promise<EntrySize>;

/** The lazy chunks one path fetches after intent: those holding modules matching `roots`, and what they import statically. */
export function linkPath(size: EntrySize, roots: RegExp[]): { chunks: ChunkSize[]; gzip: number };
