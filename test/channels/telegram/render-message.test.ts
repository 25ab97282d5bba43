import { describe, expect, it } from "vitest";
import { createCallbackData, escapeHtml, MAX_MESSAGE_LENGTH, renderMessage, splitText } from "../../../src/channels/telegram/render-message.js";

describe("rendering core messages for Telegram", () => {
  it("escapes what HTML would read as markup", () => {
    expect(escapeHtml("PT <Maju> & Sons_Co *bold*")).toBe("PT &lt;Maju&gt; &amp; Sons_Co *bold*");
  });

  it("keeps a short text whole and splits a long one at line breaks under 4,096 characters", () => {
    expect(splitText("hello")).toEqual(["hello"]);
    const lines = Array.from({ length: 300 }, (_, index) => `Line ${index}: ${"x".repeat(20)}`);
    const parts = splitText(lines.join("\n"));
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
    expect(parts.join("\n")).toBe(lines.join("\n"));
    expect(parts.every((part) => part.startsWith("Line "))).toBe(true);
  });

  it("splits text without breaks anywhere, but never inside an emoji", () => {
    const text = "a".repeat(4095) + "😀" + "b".repeat(10);
    const parts = splitText(text);
    expect(parts).toEqual(["a".repeat(4095), "😀" + "b".repeat(10)]);
  });

  it("puts the choices as an inline keyboard on the last part only", () => {
    const callbackData = createCallbackData();
    const parts = renderMessage(
      { text: "word ".repeat(2000), choices: [[{ label: "Yes", value: "yes" }, { label: "No", value: "no" }], [{ label: "Help", value: "/help" }]] },
      callbackData,
      (payload) => `https://t.me/KPeduliBot?start=${payload}`,
    );
    expect(parts.length).toBe(3);
    expect(parts.slice(0, -1).every((part) => part.reply_markup === undefined)).toBe(true);
    expect(parts.at(-1)!.reply_markup).toEqual({
      inline_keyboard: [
        [{ text: "Yes", callback_data: "yes" }, { text: "No", callback_data: "no" }],
        [{ text: "Help", callback_data: "/help" }],
      ],
    });
  });

  it("keeps a value too long for callback data under a short key", () => {
    const callbackData = createCallbackData();
    const long = "/campaign " + "X".repeat(100);
    const data = callbackData.encode(long);
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
    expect(callbackData.decode(data)).toBe(long);
    expect(callbackData.decode("~unknown")).toBeUndefined();
    expect(callbackData.decode(callbackData.encode("~tilde"))).toBe("~tilde");
  });
});
