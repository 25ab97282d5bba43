import { PNG } from "pngjs";

/** A PNG's size and how much its pixels vary: a blank (one-colour) image has no variance. */
export function pngStatistics(bytes: Uint8Array): { width: number; height: number; lumaVariance: number; distinctColours: number } {
  const png = PNG.sync.read(Buffer.from(bytes));
  let sum = 0;
  let sumOfSquares = 0;
  const colours = new Set<number>();
  const pixels = png.width * png.height;
  for (let offset = 0; offset < png.data.length; offset += 4) {
    const luma = 0.299 * png.data[offset]! + 0.587 * png.data[offset + 1]! + 0.114 * png.data[offset + 2]!;
    sum += luma;
    sumOfSquares += luma * luma;
    colours.add((png.data[offset]! << 16) | (png.data[offset + 1]! << 8) | png.data[offset + 2]!);
  }
  const mean = sum / pixels;
  return { width: png.width, height: png.height, lumaVariance: sumOfSquares / pixels - mean * mean, distinctColours: colours.size };
}
