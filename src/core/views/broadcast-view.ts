import type { Ctx } from "../context.js";

/** "Campaign subscribers (PADI)": a broadcast's audience as staff read it. */
export function audienceLabel(ctx: Pick<Ctx, "t">, audience: string, campaignCode?: string | null): string {
  const label = ctx.t(`broadcast-audience-${audience}`);
  return campaignCode ? `${label} (${campaignCode})` : label;
}
