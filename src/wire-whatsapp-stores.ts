import type { WhatsAppIdentities, WhatsAppStores } from "./channels/whatsapp/whatsapp-stores.js";
import { linkWhatsAppIdentity } from "./core/use-cases/link-whatsapp-identity.js";
import type { Db } from "./db/database.js";
import { createWhatsAppDailySends } from "./db/whatsapp-daily-sends.js";
import { createWhatsAppIdentityLookups } from "./db/whatsapp-identities.js";
import { createRecipients } from "./db/recipients.js";
import { createWhatsAppServiceWindows } from "./db/whatsapp-service-windows.js";
import { createWebhookInbox } from "./db/webhook-inbox.js";
import { createLateDeliveryFailures } from "./outbox/late-delivery-failures.js";

/**
 * The WhatsApp channel's stores over the database and the outbox, wired at the top so the
 * channel itself never imports either. Cheap to build: nothing is queried until a send.
 */
export function createWhatsAppStores(db: Db, clock: () => Date, options: { inboxLeaseMs: number }): WhatsAppStores {
  return {
    recipients: createRecipients(db, "whatsapp"),
    identities: createWhatsAppIdentities(db),
    serviceWindows: createWhatsAppServiceWindows(db),
    dailySends: (transport) => createWhatsAppDailySends(db, transport),
    lateFailures: createLateDeliveryFailures(db, clock),
    cloudInbox: createWebhookInbox(db, "whatsapp-cloud", { leaseMs: options.inboxLeaseMs }),
  };
}

/** Who is behind a `…@lid`: the database's lookups, and the core's rule for linking the two. */
export function createWhatsAppIdentities(db: Db): WhatsAppIdentities {
  return { ...createWhatsAppIdentityLookups(db), link: (lid, phoneDigits) => linkWhatsAppIdentity(db, lid, phoneDigits) };
}
