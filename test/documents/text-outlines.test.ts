import { describe, expect, it } from "vitest";
import { outlineTexts } from "../../src/documents/text-outlines.js";

/** The x coordinates of path data (every command's pairs: x y x y …). */
function xs(d: string): number[] {
  return [...d.matchAll(/[MLQCZ]([^MLQCZ]*)/g)].flatMap((command) => command[1]!.trim().split(" ").filter(Boolean).map(Number).filter((_, index) => index % 2 === 0));
}

describe("chart texts as outlines", () => {
  const text = (attrs: Record<string, string | number>, content: string) => ({ tag: "svg", key: "root", attrs: {}, children: [{ tag: "text", key: "t", attrs, text: content }] });

  it("draws a Hangul label as a path of glyphs, ending at its anchor, keeping its paint and transform", () => {
    const [path] = outlineTexts(text({ "dominant-baseline": "central", "text-anchor": "end", style: "font-size:12px;font-family:Pretendard;", x: 100, y: 50, fill: "#333", transform: "translate(1 2)" }, "한국 회사")).children!;
    expect(path!.tag).toBe("path");
    expect(path!.attrs).toMatchObject({ fill: "#333", transform: "translate(1 2)" });
    expect(path!.attrs).not.toHaveProperty("style");
    const x = xs(String(path!.attrs.d));
    expect(x.length).toBeGreaterThan(20);
    expect(Math.max(...x)).toBeLessThanOrEqual(100);
    expect(Math.min(...x)).toBeGreaterThan(100 - 5 * 12);
  });

  it("takes the size and weight from the style, as declarations or the font shorthand", () => {
    const width = (style: string) => {
      const x = xs(String(outlineTexts(text({ style }, "Hamba Allah")).children![0]!.attrs.d));
      return Math.max(...x) - Math.min(...x);
    };
    expect(width("font-size:24px;font-family:Pretendard;")).toBeCloseTo(2 * width("font-size:12px;font-family:Pretendard;"), 0);
    expect(width("font: bold 12px Pretendard")).toBeGreaterThan(width("font-size:12px;font-family:Pretendard;"));
    expect(width("font-size:12px;font-family:Pretendard;font-weight:bold;")).toBe(width("font: bold 12px Pretendard"));
  });
});
