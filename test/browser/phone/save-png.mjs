// Baselines are committed, so they are stored as small as PNG allows without
// losing a pixel: RGB (screenshots are opaque), deflate level 9. Browsers'
// own encoders favour speed, which costs about a third more bytes.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { PNG } from 'pngjs';

export async function saveImage({ filePath, content }) {
  const image = PNG.sync.read(content);
  const small = PNG.sync.write(image, { colorType: 2, inputHasAlpha: true, deflateLevel: 9 });
  await mkdir(dirname(filePath), { recursive: true });
  await writeFile(filePath, small.length < content.length ? small : content);
}
