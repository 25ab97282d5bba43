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

type ParsedFont = ReturnType<typeof fontkit.create>;
let parsedFonts: { regular: ParsedFont; bold: ParsedFont } | undefined;

/**
 * The fonts parsed once per process and shared by every PDF: parsing Pretendard's tables costs
 * far more than laying out a receipt. pdfkit takes a parsed fontkit font as it is and embeds a
 * subset of it per document.
 */
export function loadFonts(): { regular: ParsedFont; bold: ParsedFont } {
  parsedFonts ??= { regular: fontkit.create(readFileSync(REGULAR_FONT_PATH)), bold: fontkit.create(readFileSync(BOLD_FONT_PATH)) };
  return parsedFonts;
}
