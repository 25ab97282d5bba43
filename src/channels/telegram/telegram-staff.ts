/**
 * Staff on Telegram, by the core's rule (`telegram:<user id>` in STAFF or granted with /staff
 * add), handed in at wiring: the adapter needs it to attribute a channel's post to a staff admin
 * (the core then checks again, in the acting transaction) and for the staff menus.
 */
export interface TelegramStaff {
  isStaff(userId: string): Promise<boolean>;
  /** Every staff user id; their private chat has the same id. */
  userIds(): Promise<string[]>;
}
