import { Hono } from "hono";
import type { DbTransaction } from "../db/database.js";
import { parseGoals, splitList } from "../core/flows/new-campaign-flow.js";
import { readCalendarDate } from "../core/jakarta-time.js";
import { MAX_AMOUNT_RUPIAH, parseAmount } from "../core/money/parse-amount.js";
import { closeCampaign } from "../core/use-cases/close-campaign.js";
import { readCampaignCode } from "../core/use-cases/campaign-code.js";
import { createCampaign } from "../core/use-cases/create-campaign.js";
import { editCampaign } from "../core/use-cases/edit-campaign.js";
import { MAX_UPDATE_LENGTH, postCampaignUpdate } from "../core/use-cases/post-campaign-update.js";
import { reopenCampaign } from "../core/use-cases/reopen-campaign.js";
import { UserError } from "../core/user-error.js";
import type { DashboardEnv } from "./dashboard-auth.js";
import { formGroup, formText, formTexts, type PostedForm } from "./form-fields.js";
import { runStaffAction } from "./staff-action.js";
import type { WebDeps } from "./web-deps.js";

/** A day from a date field (YYYY-MM-DD, or as people type it), or a refusal. */
function formDate(form: PostedForm, name: string, now: Date): Date {
  const date = readCalendarDate(formText(form, name, 20), now);
  if (!date) throw new UserError("newcampaign-bad-date");
  return date;
}

/** A form's key that makes its action happen once: the broadcast it queues carries it. */
export function onceKey(form: PostedForm, action: string): string {
  const once = formText(form, "_once", 64);
  if (!/^[\w-]{16,64}$/.test(once)) throw new UserError("web-bad-input");
  return `web-${action}:${once}`;
}

/**
 * Whether the action keyed `requestKey` was done already. Two posts of one form (a double click,
 * a resend) take turns on an advisory lock, and the second finds the first one's broadcast.
 */
export async function alreadyDone(tx: DbTransaction, requestKey: string): Promise<boolean> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${requestKey}))`;
  return (await tx.broadcast.findUnique({ where: { requestKey }, select: { id: true } })) !== null;
}

/**
 * The campaign forms' POSTs, each the chat command's use case with the staff member as actor:
 * create (/newcampaign), edit (/editcampaign), close, reopen and post an update (/update).
 */
export function campaignActions(deps: WebDeps): Hono<DashboardEnv> {
  const actions = new Hono<DashboardEnv>();

  actions.post("/", async (c) => {
    const form = await c.req.parseBody();
    return runStaffAction(c, deps, {
      back: "/dashboard/campaigns/new",
      async act(tx, actor) {
        const now = deps.clock();
        const amount = parseAmount(formText(form, "target", 40));
        if (amount.kind !== "amount" || amount.rupiah > MAX_AMOUNT_RUPIAH) throw new UserError("newcampaign-bad-target");
        const goalsText = formText(form, "goals", 400);
        const goals = goalsText ? parseGoals(goalsText) : [];
        if (!goals) throw new UserError("newcampaign-bad-goals");
        const optional = (name: string, max: number) => formText(form, name, max) || undefined;
        const startsOn = formDate(form, "startsOn", now);
        const endsOn = formDate(form, "endsOn", now);
        if (endsOn < startsOn) throw new UserError("newcampaign-end-before-start");
        const campaign = await createCampaign(tx, {
          code: readCampaignCode(formText(form, "code", 20)),
          title: formTexts(form, "title", 120),
          story: formTexts(form, "story", 800),
          target: amount.rupiah,
          startsOn,
          endsOn,
          goals,
          regions: splitList(formText(form, "regions", 800)),
          bankName: optional("bankName", 80),
          bankAccount: optional("bankAccount", 40),
          bankHolder: optional("bankHolder", 120),
          status: formText(form, "status", 10) === "draft" ? "draft" : "active",
          actor: actor.identity,
        });
        return `/dashboard/campaigns/${campaign.code}`;
      },
    });
  });

  actions.post("/:code/edit", async (c) => {
    const form = await c.req.parseBody();
    const back = `/dashboard/campaigns/${c.req.param("code")}`;
    return runStaffAction(c, deps, {
      back,
      async act(tx, actor) {
        const campaign = await editCampaign(tx, {
          code: c.req.param("code"),
          field: formText(form, "field", 20),
          value: formText(form, "value", 800),
          actor: actor.identity,
          now: deps.clock(),
        });
        return `/dashboard/campaigns/${campaign.code}`;
      },
    });
  });

  actions.post("/:code/close", (c) =>
    runStaffAction(c, deps, {
      back: `/dashboard/campaigns/${c.req.param("code")}`,
      async act(tx, actor) {
        const campaign = await closeCampaign(tx, { code: c.req.param("code"), actor: actor.identity, now: deps.clock() });
        return `/dashboard/campaigns/${campaign.code}`;
      },
    }),
  );

  actions.post("/:code/reopen", async (c) => {
    const form = await c.req.parseBody();
    return runStaffAction(c, deps, {
      back: `/dashboard/campaigns/${c.req.param("code")}`,
      async act(tx, actor) {
        const now = deps.clock();
        const endsOn = formText(form, "endsOn", 20) ? formDate(form, "endsOn", now) : undefined;
        const campaign = await reopenCampaign(tx, { code: c.req.param("code"), endsOn, actor: actor.identity, now });
        return `/dashboard/campaigns/${campaign.code}`;
      },
    });
  });

  actions.post("/:code/updates", async (c) => {
    const form = await c.req.parseBody();
    const back = `/dashboard/campaigns/${c.req.param("code")}`;
    return runStaffAction(c, deps, {
      back,
      async act(tx, actor) {
        const requestKey = onceKey(form, "update");
        if (await alreadyDone(tx, requestKey)) return back;
        const reached = Object.fromEntries(
          Object.entries(formGroup(form, "reached", 12))
            .filter(([, value]) => value !== "")
            .map(([key, value]) => {
              if (!/^\d{1,9}$/.test(value)) throw new UserError("update-bad-reached");
              return [key, Number(value)];
            }),
        );
        const now = deps.clock();
        const { update } = await postCampaignUpdate(
          tx,
          { code: c.req.param("code"), texts: formTexts(form, "text", MAX_UPDATE_LENGTH), reached, actor: actor.identity },
          { outbox: deps.outbox, translator: deps.translator, now, requestKey },
        );
        return `${back}?posted=${update.id}`;
      },
    });
  });

  return actions;
}
