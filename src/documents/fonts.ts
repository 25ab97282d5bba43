import * as fontkit from "fontkit";
import { readFileSync } from "node:fs";

/**
 * Pretendard (SIL OFL), copied into `assets/fonts` from the `pretendard` npm package: Hangul and
 * Latin in one family, so a receipt, a certificate and a chart look the same on every machine and
 * never fall back to a system font. The path is relative to this file, which sits at the same
 * depth under `dist/` as under `src/`.
 */
const FONT_DIR = new URL("../../assets/fonts/", import.meta.url);

export const FONT_FAMILY = "Pretendard";
export const REGULAR_FONT_PATH = new URL("Pretendard-Regular.ttf", FONT_DIR).pathname;
export const BOLD_FONT_PATH = new URL("Pretendard-Bold.ttf", FONT_DIR).pathname;

let parsedFonts: { regular: fontkit.Font; bold: fontkit.Font } | undefined;

/**
 * The fonts parsed once per process and shared by every PDF and chart: parsing Pretendard's
 * tables costs far more than laying out a receipt. pdfkit takes a parsed fontkit font as it is
 * and embeds a subset of it per document; a chart draws its texts as the glyphs' outlines.
 */
export function loadFonts(): { regular: fontkit.Font; bold: fontkit.Font } {
  parsedFonts ??= { regular: parseFont(REGULAR_FONT_PATH), bold: parseFont(BOLD_FONT_PATH) };
  return parsedFonts;
}

function parseFont(path: string): fontkit.Font {
  const font = fontkit.create(readFileSync(path));
  // A .ttc collection holds several fonts; ours are single .ttf files.
  if (!("layout" in font)) throw new Error(`${path} is a font collection, not one font`);
  return font;
}
