import * as z from "zod";
import { reply, type Ctx } from "../context.js";
import { ask, askAgain, type Flow, type FlowResult } from "../flow.js";
import { findOrganizationByName, registerOrganization, registerOrganizationInput } from "../use-cases/register-organization.js";
import { isNo, isYes, yesNoChoices } from "./choices.js";

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
  if (data.city === undefined) return ask(data, "city", reply(ctx.t("register-ask-city")));
  if (data.anonymous === undefined) {
    return ask(data, "anonymous", reply(ctx.t("register-ask-anonymous", { anonymous: ctx.t("anonymous-company") }), [
      [
        { label: ctx.t("choice-public"), value: "public" },
        { label: ctx.t("choice-anonymous"), value: "anonymous" },
      ],
    ]));
  }
  const { organization, joined } = await registerOrganization(ctx.db, {
    memberId: ctx.member.id,
    companyName: data.company,
    contactName: data.contact,
    city: data.city,
    anonymous: data.anonymous,
  });
  const key = joined ? "register-joined" : "register-done";
  return { replies: [reply(ctx.t(key, { company: organization.name }), [[{ label: ctx.t("choice-pledge"), value: "/pledge" }]])] };
}

/** `/register`: company, contact, city and wall visibility; a colleague joins an existing company. */
export const registerFlow: Flow<RegisterData> = {
  name: "register",
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
        if (isYes(input)) {
          // The company keeps its own city and wall setting; the colleague only adds their name.
          const existing = await findOrganizationByName(ctx.db, data.company!);
          if (!existing) return next(ctx, { ...data, joining: false });
          return next(ctx, { ...data, joining: true, city: existing.city, anonymous: existing.anonymous });
        }
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
