import { Resvg } from "@resvg/resvg-js";
import * as echarts from "echarts";
import type SVGPainter from "zrender/lib/svg/Painter.js";
import { vNodeToString } from "zrender/lib/svg/core.js";
import { FONT_FAMILY } from "./fonts.js";
import { outlineTexts } from "./text-outlines.js";

/**
 * A campaign's progress as plain data, every label already in the reader's language. Amounts are
 * rupiah as numbers: a chart only draws them (up to 2^53, far beyond any campaign), it never adds.
 */
export interface ProgressChartData {
  title: string;
  /** Calendar days (already formatted) and the running totals at the end of each. */
  days: readonly string[];
  pledged: readonly number[];
  confirmed: readonly number[];
  target: number;
  /** The largest companies by confirmed amount; an anonymous one already reads "Hamba Allah". */
  companies: readonly { name: string; confirmed: number; pledged: number }[];
  labels: { pledged: string; confirmed: string; target: string; companies: string; unit: string };
  /** What one unit on the axes is worth (1,000,000: "juta" / "백만" / "million"). */
  unitValue: number;
}

export const CHART_WIDTH = 900;
export const CHART_HEIGHT = 900;
const PLEDGED_COLOR = "#9ccfb9";
const CONFIRMED_COLOR = "#0b6e4f";
const TARGET_COLOR = "#c0392b";

/**
 * Draws the progress chart as a PNG with no browser: ECharts renders SVG on the server, its texts
 * become outlines of the embedded font, and resvg rasterises it, so Hangul renders and nothing
 * depends on the machine's fonts. Above: pledged and confirmed over time against the target;
 * below: the top companies as bars.
 */
export function renderProgressChart(data: ProgressChartData): Uint8Array {
  const inUnits = (value: number) => Math.round((value / data.unitValue) * 100) / 100;
  const companies = [...data.companies].reverse();
  // The lines are not clipped to their grid: every point lies within its axes (the value axis reaches
  // the largest of them), and resvg draws a clipped shape through a mask the size of the chart.
  // On a campaign's first day each line is a single point: drawn as one, or the grid stays empty.
  const line = { type: "line", xAxisIndex: 0, yAxisIndex: 0, showSymbol: data.days.length === 1, symbolSize: 10, clip: false } as const;
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width: CHART_WIDTH, height: CHART_HEIGHT });
  chart.setOption({
    animation: false,
    backgroundColor: "#ffffff",
    textStyle: { fontFamily: FONT_FAMILY },
    title: { text: data.title, left: "center", top: 12, textStyle: { fontFamily: FONT_FAMILY, fontSize: 20, fontWeight: "bold" } },
    legend: { top: 48, data: [data.labels.confirmed, data.labels.pledged, data.labels.target], textStyle: { fontFamily: FONT_FAMILY } },
    grid: [
      { left: 90, right: 40, top: 90, height: 380 },
      { left: 220, right: 60, top: 550, height: 310 },
    ],
    xAxis: [
      { gridIndex: 0, type: "category", data: [...data.days], boundaryGap: false },
      { gridIndex: 1, type: "value", name: data.labels.unit, axisLabel: { fontFamily: FONT_FAMILY } },
    ],
    yAxis: [
      { gridIndex: 0, type: "value", name: data.labels.unit, max: (extent: { max: number }) => Math.max(extent.max, inUnits(data.target)) },
      { gridIndex: 1, type: "category", data: companies.map((company) => company.name), axisLabel: { width: 200, overflow: "truncate", fontFamily: FONT_FAMILY } },
    ],
    series: [
      { ...line, name: data.labels.pledged, step: "end", data: data.pledged.map(inUnits), color: PLEDGED_COLOR, areaStyle: { opacity: 0.3 } },
      { ...line, name: data.labels.confirmed, step: "end", data: data.confirmed.map(inUnits), color: CONFIRMED_COLOR, lineStyle: { width: 3 } },
      { ...line, name: data.labels.target, data: data.days.map(() => inUnits(data.target)), color: TARGET_COLOR, lineStyle: { type: "dashed" } },
      { name: data.labels.pledged, type: "bar", xAxisIndex: 1, yAxisIndex: 1, data: companies.map((company) => inUnits(company.pledged)), color: PLEDGED_COLOR, barGap: "-100%" },
      {
        name: data.labels.confirmed,
        type: "bar",
        xAxisIndex: 1,
        yAxisIndex: 1,
        data: companies.map((company) => inUnits(company.confirmed)),
        color: CONFIRMED_COLOR,
        label: { show: true, position: "right", fontFamily: FONT_FAMILY },
      },
    ],
    graphic: [{ type: "text", left: 20, top: 515, style: { text: data.labels.companies, font: `bold 15px ${FONT_FAMILY}` } }],
  });
  // What renderToSVGString writes, with the texts as outlines: resvg needs no font.
  const painter = chart.getZr().painter as SVGPainter;
  const svg = vNodeToString(outlineTexts(painter.renderToVNode({ animation: false, emphasis: false, willUpdate: false, compress: true, useViewBox: true })));
  chart.dispose();
  const png = new Resvg(svg, { font: { loadSystemFonts: false }, background: "#ffffff" }).render().asPng();
  return new Uint8Array(png);
}
