import * as z from "zod";
import { reply, type Ctx } from "../context.js";
import { ask, askAgain, type Flow, type FlowResult } from "../flow.js";
import { findOrganizationByName, registerOrganization, registerOrganizationInput, requestToJoin } from "../use-cases/register-organization.js";
import { choice, isNo, isYes, yesNoChoices } from "./choices.js";

interface RegisterData {
  [key: string]: string | boolean | undefined;
  company?: string;
  /** Set when the company already exists and the person chose to join it. */
  joining?: boolean;
  contact?: string;
  city?: string;
  anonymous?: boolean;
}

const fields = registerOrganizationInput.shape;

/** Asks for the first thing still missing; registers once nothing is. */
async function next(ctx: Ctx, data: RegisterData): Promise<FlowResult<RegisterData>> {
  if (data.company === undefined) return ask(data, "company", reply(ctx.t("register-ask-company")));
  if (data.joining === undefined) {
    const existing = await findOrganizationByName(ctx.db, data.company);
    if (existing) {
      return ask(data, "join", reply(ctx.t("register-ask-join", { company: existing.name, city: existing.city }), yesNoChoices(ctx)));
    }
    data.joining = false;
  }
  if (data.contact === undefined) return ask(data, "contact", reply(ctx.t("register-ask-contact")));
  if (data.joining) {
    const existing = await findOrganizationByName(ctx.db, data.company);
    if (!existing) return next(ctx, { ...data, joining: false });
    const request = await requestToJoin(
      ctx.db,
      { memberId: ctx.member.id, organizationId: existing.id, contactName: data.contact, identity: ctx.identity, requesterName: ctx.member.displayName ?? ctx.identity },
      ctx.notify,
    );
    return { replies: [reply(ctx.t("join-requested", { company: request.organization.name, id: request.id }))] };
  }
  if (data.city === undefined) return ask(data, "city", reply(ctx.t("register-ask-city")));
  if (data.anonymous === undefined) {
    return ask(data, "anonymous", reply(ctx.t("register-ask-anonymous", { anonymous: ctx.t("anonymous-company") }), [
      [choice(ctx, "choice-public", "public"), choice(ctx, "choice-anonymous", "anonymous")],
    ]));
  }
  const organization = await registerOrganization(ctx.db, {
    memberId: ctx.member.id,
    companyName: data.company,
    contactName: data.contact,
    city: data.city,
    anonymous: data.anonymous,
  });
  return { replies: [reply(ctx.t("register-done", { company: organization.name }), [[{ label: ctx.t("choice-pledge"), value: "/pledge" }]])] };
}

/**
 * `/register`: company, contact, city and wall visibility. A colleague of a company that exists
 * asks to join it instead, and a contact or staff approve.
 */
export const registerFlow: Flow<RegisterData> = {
  name: "register",
  access: "everyone",
  async start(ctx, args) {
    const intro = ctx.member.organization
      ? [reply(ctx.t("register-already", { company: ctx.member.organization.name }))]
      : [];
    const result = await next(ctx, args.trim() ? { company: args.trim() } : {});
    return { ...result, replies: [...intro, ...result.replies] };
  },
  async handle(ctx, step, data, input) {
    const text = (schema: z.ZodString) => schema.safeParse(input);
    switch (step) {
      case "company": {
        const company = text(fields.companyName);
        if (!company.success) return askAgain(ctx, data, "register-bad-company", next);
        return next(ctx, { ...data, company: company.data });
      }
      case "join":
        // Joining is a request the company's contacts or staff approve; it needs only a name.
        if (isYes(input)) return next(ctx, { ...data, joining: true });
        // Not their company after all: ask for the name again.
        if (isNo(input)) return next(ctx, { ...data, company: undefined, joining: undefined });
        return askAgain(ctx, data, "error-pick-choice", next);
      case "contact": {
        const contact = text(fields.contactName);
        if (!contact.success) return askAgain(ctx, data, "register-bad-contact", next);
        return next(ctx, { ...data, contact: contact.data });
      }
      case "city": {
        const city = text(fields.city);
        if (!city.success) return askAgain(ctx, data, "register-bad-city", next);
        return next(ctx, { ...data, city: city.data });
      }
      case "anonymous": {
        const answer = input.trim().toLowerCase();
        if (["public", "publik", "tampilkan", "공개"].includes(answer)) return next(ctx, { ...data, anonymous: false });
        if (["anonymous", "anonim", "hamba allah", "익명"].includes(answer)) return next(ctx, { ...data, anonymous: true });
        return askAgain(ctx, data, "error-pick-choice", next);
      }
      default:
        return next(ctx, data);
    }
  },
};
