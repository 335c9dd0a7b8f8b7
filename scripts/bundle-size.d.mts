export interface ChunkSize {
  file: string;
  bytes: number;
  gzip: number;
}

export interface EntrySize {
  entry: string;
  initialBytes: number;
  initialGzip: number;
  initialModules: string[];
  initialChunks: ChunkSize[];
  lazyChunks: ChunkSize[];
}

/** Bundles `entry` (a path from the repo root) as a browser would load it, and weighs what loads before intent. */
export function measureEntry(entry: string): Promise<EntrySize>;
