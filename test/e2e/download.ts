/**
 * The bytes of a download. The tests drive a browser they are connected to
 * (global-setup.ts), where `download.path()` is not available: the file is
 * read through playwright's stream instead.
 */
import type { Download } from 'playwright-core';

/** Reads a finished download into memory. */
export async function downloadBytes(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}
