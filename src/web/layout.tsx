import { raw } from "hono/html";
import type { Child } from "hono/jsx";
import { LOCALES } from "../core/i18n/translator.js";
import type { ViewCtx } from "../core/views/campaign-view.js";

/**
 * Open Graph and Twitter card fields, so a shared link shows a card with title and progress. The
 * page's address and image must be absolute: without WEB_PUBLIC_URL there are none to give.
 */
export interface SharingCard {
  title: string;
  description: string;
  url?: string;
  image?: string;
}

/** Standards mode: JSX has no syntax for a doctype. */
const DOCTYPE = raw("<!DOCTYPE html>");

/**
 * Every page's frame: language, phone-sized viewport, the one stylesheet, language links. An
 * `embedded` page (the widget other sites frame) has no site header: it is all content.
 */
export function Page(props: { ctx: ViewCtx; title: string; card?: SharingCard; embedded?: boolean; head?: Child; children: Child }) {
  const { ctx, card } = props;
  return (
    <>
      {DOCTYPE}
      <html lang={ctx.locale}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{props.title}</title>
          <link rel="stylesheet" href="/static/site.css" />
          {props.head}
          {card && (
            <>
              <meta name="description" content={card.description} />
              <meta property="og:type" content="website" />
              <meta property="og:title" content={card.title} />
              <meta property="og:description" content={card.description} />
              {card.url && <meta property="og:url" content={card.url} />}
              {card.image && <meta property="og:image" content={card.image} />}
              <meta name="twitter:card" content={card.image ? "summary_large_image" : "summary"} />
              <meta name="twitter:title" content={card.title} />
              <meta name="twitter:description" content={card.description} />
              {card.image && <meta name="twitter:image" content={card.image} />}
          </>
        )}
      </head>
      {props.embedded ? (
        <body class="embed">
          <main>{props.children}</main>
        </body>
      ) : (
        <body>
          <header class="site">
            <a href="/c" class="brand">{ctx.t("web-site-name")}</a>
            <nav aria-label={ctx.t("web-language")}>
              {LOCALES.map((locale) => (
                <a href={`?lang=${locale}`} lang={locale} aria-current={locale === ctx.locale ? "true" : undefined}>
                  {ctx.t(`lang-name-${locale}`)}
                </a>
              ))}
            </nav>
          </header>
          <main>{props.children}</main>
        </body>
      )}
    </html>
    </>
  );
}
