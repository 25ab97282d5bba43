import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/config.js";

describe("configuration", () => {
  it("has working defaults with nothing set: embedded database, Indonesian, console:admin as staff", () => {
    const config = loadConfig({});
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.DEFAULT_LOCALE).toBe("id");
    expect(config.STAFF).toEqual(["console:admin"]);
  });

  it("parses staff identities and treats empty values as unset", () => {
    const config = loadConfig({ STAFF: "console:alice, telegram:123", DATABASE_URL: "" });
    expect(config.STAFF).toEqual(["console:alice", "telegram:123"]);
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it("keeps ten database connections unless DATABASE_POOL_SIZE says otherwise, and refuses zero", () => {
    expect(loadConfig({}).DATABASE_POOL_SIZE).toBe(10);
    expect(loadConfig({ DATABASE_POOL_SIZE: "3" }).DATABASE_POOL_SIZE).toBe(3);
    expect(() => loadConfig({ DATABASE_POOL_SIZE: "0" })).toThrow(/DATABASE_POOL_SIZE/);
  });

  it("stops with a message naming every bad key", () => {
    const load = () => loadConfig({ DATABASE_URL: "mysql://x", STAFF: "alice", DEFAULT_LOCALE: "fr" });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(/DATABASE_URL: must be a postgres:\/\/ URL[\s\S]*STAFF[\s\S]*DEFAULT_LOCALE/);
  });
});
