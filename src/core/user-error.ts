/**
 * A refusal the person should read, in their language: `key` names a message in locales/*.ftl.
 * Thrown by use cases when input or state does not allow the action; nothing has been stored.
 */
export class UserError extends Error {
  override name = "UserError";
  constructor(
    readonly key: string,
    readonly args: Record<string, string | number> = {},
  ) {
    super(key);
  }
}
