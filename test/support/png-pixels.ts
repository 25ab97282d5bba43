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

/** How many pixels inside a rectangle are (nearly) `rgb`: whether a drawing in one colour is there. */
export function pixelsOfColour(bytes: Uint8Array, rgb: readonly [number, number, number], area: { left: number; top: number; right: number; bottom: number }): number {
  const png = PNG.sync.read(Buffer.from(bytes));
  let count = 0;
  for (let y = area.top; y < area.bottom; y++) {
    for (let x = area.left; x < area.right; x++) {
      const offset = (y * png.width + x) * 4;
      if (rgb.every((channel, index) => Math.abs(png.data[offset + index]! - channel) <= 24)) count += 1;
    }
  }
  return count;
}
