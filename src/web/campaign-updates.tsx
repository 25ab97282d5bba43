import type { CampaignUpdate } from "../generated/prisma/client.js";
import { pickLocalized } from "../core/views/localized-text.js";
import type { ViewCtx } from "../core/views/campaign-view.js";
import { maskPhoneNumbers } from "./masking.js";

/**
 * A campaign's updates, newest first: the public page shows their day and their photos; staff
 * also see the time and who posted (an identity's phone number masked).
 */
export function CampaignUpdates(props: { ctx: ViewCtx; updates: readonly CampaignUpdate[]; forStaff?: boolean; photoUrl?: (update: CampaignUpdate) => string }) {
  const { ctx } = props;
  return (
    <section>
      <h2>{ctx.t("web-updates-heading")}</h2>
      {props.updates.length === 0 ? (
        <p>{ctx.t("web-updates-empty")}</p>
      ) : (
        <ul class="updates">
          {props.updates.map((update) => (
            <li>
              <time datetime={update.createdAt.toISOString()}>{props.forStaff ? ctx.format.dateTime(update.createdAt) : ctx.format.date(update.createdAt)}</time>
              {props.forStaff && ` · ${maskPhoneNumbers(update.author)}`}
              <p>{pickLocalized(update.texts, ctx.locale)}</p>
              {props.photoUrl && update.photoFileId !== null && (
                <a href={props.photoUrl(update)}>
                  <img src={`${props.photoUrl(update)}?thumbnail=1`} alt={ctx.t("web-update-photo")} width="240" loading="lazy" />
                </a>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
