import type { Font, PathCommand } from "fontkit";
import { LRUCache } from "lru-cache";
import type { SVGVNode } from "zrender/lib/svg/core.js";
import { loadFonts } from "./fonts.js";

/** A line of text shaped by the font, in font units: its width and each glyph's outline and place. */
interface ShapedText {
  readonly width: number;
  readonly glyphs: readonly { readonly commands: readonly PathCommand[]; readonly x: number; readonly y: number }[];
}

/** The text element's attributes that only place or size its glyphs; the rest (fill, stroke, transform…) apply to the outline as they did to the text. */
const TEXT_ONLY_ATTRIBUTES = new Set(["dominant-baseline", "text-anchor", "style", "xml:space", "x", "y"]);
/** zrender's size for a text that names none. */
const DEFAULT_FONT_SIZE = 12;
const SVG_COMMANDS: Record<PathCommand["command"], string> = { moveTo: "M", lineTo: "L", quadraticCurveTo: "Q", bezierCurveTo: "C", closePath: "Z" };

/**
 * Shaping (fontkit applies the font's substitutions and kerning) costs far more than drawing, and
 * charts repeat their words: axis values, days, the legend, the companies of a campaign. Keyed by
 * weight and text; a shape is the same at every size.
 */
const shapedTexts = new LRUCache<string, ShapedText>({ max: 5_000 });

/**
 * Replaces every `<text>` of a zrender SVG tree by a `<path>` of its glyph outlines, drawn with
 * the fonts parsed once per process (fontkit, shared with the PDFs). resvg then has no text to lay
 * out: it reads a font file from disk again for every glyph cluster it shapes (2.7 MB for
 * Pretendard, some 350 times per chart), which cost most of a chart's time.
 * zrender writes each line of text as one `<text>` with `dominant-baseline="central"`, a
 * `text-anchor`, and its font as `font-size`/`font-weight` declarations or a `font` shorthand.
 */
export function outlineTexts(node: SVGVNode): SVGVNode {
  if (node.tag === "text") return textOutline(node);
  if (!node.children) return node;
  return { ...node, children: node.children.map(outlineTexts) };
}

function textOutline(node: SVGVNode): SVGVNode {
  const style = String(node.attrs.style ?? "");
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(style)?.[1] ?? DEFAULT_FONT_SIZE);
  const bold = /\bbold(er)?\b|font-weight:\s*[6-9]00/.test(style);
  const font = bold ? loadFonts().bold : loadFonts().regular;
  const shaped = shape(font, bold, node.text ?? "");
  const scale = size / font.unitsPerEm;
  const anchor = node.attrs["text-anchor"];
  const left = Number(node.attrs.x ?? 0) - (anchor === "middle" ? 0.5 : anchor === "end" ? 1 : 0) * shaped.width * scale;
  // "central": the middle of the em box (ascent above the baseline, descent below, negative) sits on y.
  const baseline = Number(node.attrs.y ?? 0) + ((font.ascent + font.descent) / 2) * scale;
  const outline = shaped.glyphs.map((glyph) => glyphOutline(glyph.commands, left + glyph.x * scale, baseline - glyph.y * scale, scale)).join("");
  const attrs = Object.fromEntries(Object.entries(node.attrs).filter(([name]) => !TEXT_ONLY_ATTRIBUTES.has(name)));
  return { tag: "path", key: node.key, attrs: { ...attrs, d: outline } };
}

function shape(font: Font, bold: boolean, text: string): ShapedText {
  const key = `${bold ? "bold" : "regular"}:${text}`;
  const cached = shapedTexts.get(key);
  if (cached) return cached;
  const run = font.layout(text);
  let x = 0;
  const glyphs = run.glyphs.map((glyph, index) => {
    const position = run.positions[index]!;
    const placed = Object.freeze({ commands: glyph.path.commands, x: x + position.xOffset, y: position.yOffset });
    x += position.xAdvance;
    return placed;
  });
  const shaped = Object.freeze({ width: run.advanceWidth, glyphs: Object.freeze(glyphs) });
  shapedTexts.set(key, shaped);
  return shaped;
}

/** A glyph's outline, in font units with y up, as SVG path data in pixels with y down from (x, y). */
function glyphOutline(commands: readonly PathCommand[], x: number, y: number, scale: number): string {
  let data = "";
  for (const { command, args } of commands) {
    data += SVG_COMMANDS[command];
    for (let index = 0; index < args.length; index += 2) {
      data += `${index ? " " : ""}${round(x + args[index]! * scale)} ${round(y - args[index + 1]! * scale)}`;
    }
  }
  return data;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
