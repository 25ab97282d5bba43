import { FluentResource, type Message } from "@fluent/bundle";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../../src/core/commands/index.js";
import { LOCALES, Translator } from "../../../src/core/i18n/translator.js";

const SRC = new URL("../../../src/", import.meta.url).pathname;

function messages(locale: string): Map<string, string[]> {
  const resource = new FluentResource(readFileSync(new URL(`../../../locales/${locale}.ftl`, import.meta.url), "utf8"));
  return new Map(
    resource.body
      .filter((entry): entry is Message => "id" in entry && !entry.id.startsWith("-"))
      .map((entry) => [entry.id, [...JSON.stringify(entry.value).matchAll(/"name":"(\w+)"/g)].map((m) => m[1]!).sort()]),
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? (entry.name === "generated" ? [] : sourceFiles(join(dir, entry.name))) : [join(dir, entry.name)],
  );
}

describe("locales/{id,ko,en}.ftl", () => {
  const english = messages("en");

  it.each(LOCALES)("%s has exactly the English messages, with the same variables", (locale) => {
    const translated = messages(locale);
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [id, variables] of english) expect(new Set(translated.get(id)), id).toEqual(new Set(variables));
  });

  it("has a help line and a usage or flow message for every command", () => {
    for (const command of COMMANDS) expect(english.has(`command-${command.name}`), command.name).toBe(true);
  });

  it("has every message the source names literally", () => {
    const used = new Set<string>();
    for (const file of sourceFiles(SRC).filter((path) => /\.tsx?$/.test(path))) {
      const source = readFileSync(file, "utf8");
      for (const match of source.matchAll(/(?:\bt|UserError|askAgain\(ctx, data)\(?\s*,?\s*"([a-z]+(?:-[a-z0-9_]+)+)"/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((key) => !english.has(key))).toEqual([]);
  });

  it("renders a message whose argument is missing with the placeholder, instead of failing the answer", () => {
    expect(new Translator("id").translate("en", "amount-too-large")).toBe("That is more than {$max}. Please check the amount.");
  });

  it("writes a pledge's number as people type it back, never grouped like an amount", () => {
    const translator = new Translator("id");
    for (const locale of LOCALES) {
      const text = translator.translate(locale, "pledge-report-paid-done", { id: 123456, status: "-" });
      expect(text).toContain("123456");
    }
  });
});
