import { beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/core/commands/index.js";
import { LOCALES, Translator } from "../../src/core/i18n/translator.js";
import type { IncomingMessage, OutgoingMessage } from "../../src/core/messages.js";
import { untagChoice } from "../../src/core/offered-choices.js";
import { countersAndRecount } from "../support/pledge-counters.js";
import { useTestBot } from "../support/test-bot.js";

// A failure names its seed; `FUZZ_SEED=<seed> npx vitest run test/core/fuzz.test.ts` replays it,
// and FUZZ_MESSAGES=5000 makes a longer run than CI can afford.
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 32));
const MESSAGES_PER_PERSON = Number(process.env.FUZZ_MESSAGES ?? 400);
const TIMEOUT_MS = Math.max(60_000, MESSAGES_PER_PERSON * 150);

/** mulberry32: small, seedable and good enough to pick test inputs. */
function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (below: number) => Math.floor(next() * below);
  return { chance: (p: number) => next() < p, int, pick: <T>(items: readonly T[]): T => items[int(items.length)]! };
}
type Random = ReturnType<typeof seededRandom>;

// None of these contains "undefined", "NaN" or "Error": a reply echoing them would look like a leak.
const WORDS = [
  "halo", "saya mau donasi", "please help", "konfirmasi", "ya", "tidak", "lewati", "Tunai", "barang", "cash", "goods",
  "PT Maju Jaya", "Bandung", "Jakarta Selatan", "beras 10 karung", "PADI", "BTS", "KER", "padi", "ok", "batal", "cancel",
  "publik", "anonim", "public", "anonymous", "now", "later", "urgent", "students", "yes", "no", "skip", "Lanjutkan",
];
const KOREAN = ["안녕하세요", "약정", "현금", "물품", "네", "아니요", "건너뛰기", "확인", "취소", "서울", "주식회사 한빛", "공개", "익명", "천만원", "캠페인"];
const UNICODE = [
  "🙏", "💸🇮🇩🇰🇷", "👨‍👩‍👧‍👦", "مرحبا بالعالم", "שלום עולם", "\u202Eevil\u202C", "e\u0301\u0301\u0301", "Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇",
  "\u200B\u200D", "\uFEFF", "\uD83D", "ｆｕｌｌｗｉｄｔｈ", "İı", "ß",
];
const CONTROL = ["\u0000", "\u0007", "\u001B[31m", "\u007F", "\u0008", "\u000B", "\u001F"];
const INJECTION = [
  `'; DROP TABLE "Pledge"; --`, "1 OR 1=1", `" OR ""="`, "<script>alert(1)</script>", "<b>bold</b>", "&amp;&lt;", "%s %d %n %x",
  "{ $x }", "{ $amount }", "${x}", "{{x}}", "\\", "$1", "`id`", "%00", "-- comment", "/* */", "' OR '1'='1",
];
const AMOUNTS = [
  "0", "-1", "1e30", "1000000000001", "1,5", "500만원", "Rp 9.999.999.999.999", "10jt", "1,5 M", "500rb", "1000만", "Rp10.000.000",
  "10 juta", "0.0001", "-0", "99999999999999999999999", "1.000.000.000.000", "Infinity", "0x10", "１０ｊｔ", "Rp 1", "2 miliar", "1.5.5",
];
const NUMBERS = ["1", "2", "3", "4", "9", "0", "99", "1.", "2)", "01", "-1", "100"];
const COMMAND_NAMES = COMMANDS.flatMap((command) => [command.name, ...(command.aliases ?? [])]);
const VERSIONS = ["#v0", "#v1", "#v123", "#v999999999", "#v-1", "#v", "#v12#v3", "#v1234567890"];

function fragment(random: Random): string {
  switch (random.int(7)) {
    case 0: return random.pick(WORDS);
    case 1: return random.pick(KOREAN);
    case 2: return random.pick(UNICODE);
    case 3: return random.pick(INJECTION);
    case 4: return random.pick(AMOUNTS);
    case 5: return random.pick(NUMBERS);
    default: return `#${random.int(2000)}`;
  }
}

function freeText(random: Random): string {
  const parts = Array.from({ length: 1 + random.int(4) }, () => fragment(random));
  return parts.join(random.pick([" ", "", "\n", "\t", ", "]));
}

function command(random: Random): string {
  const name = random.pick(COMMAND_NAMES) + (random.chance(0.05) ? "@KPeduliBot" : "");
  const args = Array.from({ length: random.int(4) }, () => fragment(random)).join(" ");
  return `${random.chance(0.85) ? "/" : ""}${name}${args ? ` ${args}` : ""}`;
}

function typed(random: Random): string {
  const roll = random.int(20);
  let text =
    roll < 5 ? command(random)
    : roll < 8 ? random.pick(AMOUNTS)
    : roll < 10 ? random.pick(NUMBERS)
    : roll < 11 ? freeText(random).repeat(5000).slice(0, 5000)
    : freeText(random);
  if (random.chance(0.08)) {
    const at = random.int(text.length + 1);
    text = text.slice(0, at) + random.pick(CONTROL) + text.slice(at);
  }
  return text;
}

/** A button press: mostly one that was offered, sometimes with a wrong version, sometimes made up. */
function pressed(random: Random, offered: readonly string[]): string {
  const roll = random.int(10);
  if (roll < 4 && offered.length > 0) return random.pick(offered);
  if (roll < 6 && offered.length > 0) return untagChoice(random.pick(offered)).value + random.pick(VERSIONS);
  if (roll < 8) return (random.chance(0.5) ? random.pick(WORDS) : fragment(random)) + random.pick(VERSIONS);
  return random.pick([...WORDS, "/mypledges", "/confirm 1", "/staff add console:fuzz-stranger", "/close PADI", ...NUMBERS]).slice(0, 256);
}

const translator = new Translator("id");
const INTERNAL_ERRORS = LOCALES.map((locale) => translator.translate(locale, "error-internal"));
const LEAKS: [string, RegExp][] = [
  ["an Error: prefix", /\b\w*Error:/],
  ["a stack frame", /^\s*at .+(\(.*:\d+:\d+\)|:\d+:\d+)$/m],
  ["undefined", /\bundefined\b/],
  ["NaN", /\bNaN\b/],
  ["[object Object]", /\[object Object\]/],
];

/** One message of the run, kept so a failure can say what led to it and pledges can be traced to their message. */
interface Exchange {
  index: number;
  key: string;
  message: IncomingMessage;
  offeredBefore: { key?: string; value: string }[];
  replies: OutgoingMessage[];
}

describe(`fuzzing the core with seeded random input (seed ${SEED}; replay with FUZZ_SEED=${SEED})`, () => {
  const bot = useTestBot({ staff: ["console:fuzz-staff"] });
  const db = () => bot.database.db;

  beforeAll(async () => {
    const partner = bot.chat("fuzz-partner");
    await partner.send("/register PT Fuzz Mitra");
    await partner.send("Budi");
    await partner.send("Bekasi");
    await partner.pick("Tampilkan");
    // A pledge of its own, so /paid and /cancel have something to act on.
    await partner.send("/pledge PADI 10jt");
    await partner.pick("Lewati");
    await partner.pick("Konfirmasi");
  });

  /** Sends `count` random messages as `userId`, some inside a flow started on purpose, and checks every answer. */
  async function fuzz(userId: string, random: Random, count: number): Promise<Exchange[]> {
    const log: Exchange[] = [];
    let offered: { key?: string; value: string }[] = [];
    const starters = ["/pledge", "/register", "/newcampaign", "/broadcast", "/update PADI", "/pledge PADI", undefined];
    let inRound = 0;
    for (let index = 0; index < count; index++) {
      const base = { channel: "console" as const, chatId: userId, userId, messageId: `fuzz-${SEED}-${index}`, displayName: random.chance(0.1) ? random.pick(UNICODE) + random.pick(CONTROL) : userId };
      const localeHint = random.pick([undefined, "id", "ko", "en", "ko-KR", "xx", "\u0000"]);
      const chatType = random.chance(0.05) ? ("group" as const) : undefined;
      let message: IncomingMessage;
      if (inRound-- <= 0) {
        // A new round: start a flow (or not), then answer it at random.
        inRound = 4 + random.int(12);
        const starter = random.pick(starters);
        message = { ...base, localeHint, chatType, text: starter ?? typed(random) };
      } else if (random.chance(0.35)) {
        message = { ...base, localeHint, chatType, choice: pressed(random, offered.map((choice) => choice.value)) };
      } else {
        message = { ...base, localeHint, chatType, text: typed(random) };
      }
      const replies = await bot.core.handle(message);
      const exchange: Exchange = { index, key: `console:${userId}:${base.messageId}`, message, offeredBefore: offered, replies };
      log.push(exchange);
      expectSoundReplies(exchange);
      const nowOffered = replies.flatMap((reply) => reply.choices?.flat() ?? []);
      if (nowOffered.length > 0) offered = nowOffered;
    }
    return log;
  }

  function expectSoundReplies({ index, message, replies }: Exchange): void {
    const where = `seed ${SEED}, message ${index} from ${message.userId}: ${JSON.stringify(message.text ?? { choice: message.choice }).slice(0, 300)}`;
    expect(replies.length, `no reply at ${where}`).toBeGreaterThan(0);
    for (const reply of replies) {
      expect(typeof reply.text, where).toBe("string");
      expect(reply.text.trim(), `empty reply at ${where}`).not.toBe("");
      for (const internal of INTERNAL_ERRORS) expect(reply.text, `internal error at ${where}`).not.toContain(internal);
      for (const [what, pattern] of LEAKS) expect(reply.text, `${what} in the reply at ${where}`).not.toMatch(pattern);
      for (const choice of reply.choices?.flat() ?? []) {
        expect(choice.label.trim(), `empty choice label at ${where}`).not.toBe("");
        expect(choice.value, `empty choice value at ${where}`).not.toBe("");
      }
    }
  }

  /** What only staff may change, and everything a person could reach. */
  async function snapshot() {
    const [campaigns, goals, grants, updates, schedules, pledges, broadcasts, lastAudit, organizations] = await Promise.all([
      db().campaign.findMany({ orderBy: { id: "asc" } }),
      db().campaignGoal.findMany({ orderBy: [{ campaignId: "asc" }, { key: "asc" }] }),
      db().staffGrant.findMany({ orderBy: { identity: "asc" } }),
      db().campaignUpdate.count(),
      db().schedule.findMany({ orderBy: { id: "asc" } }),
      db().pledge.findMany({ orderBy: { id: "asc" } }),
      db().broadcast.findMany({ select: { id: true } }),
      db().auditLog.aggregate({ _max: { id: true } }),
      db().organization.findMany({ orderBy: { id: "asc" } }),
    ]);
    return { staffOnly: { campaigns, goals, grants, updates, schedules }, pledges, broadcastIds: broadcasts.map((b) => b.id), lastAuditId: lastAudit._max.id ?? 0, organizations };
  }

  async function expectCountersMatchPledges(): Promise<void> {
    const { stored, recomputed } = await countersAndRecount(db());
    expect(stored, `seed ${SEED}: counters differ from the pledges`).toEqual(recomputed);
  }

  /** A person without staff rights fuzzed: only their own pledges moved, and only in ways a partner may move them. */
  async function expectNoStaffPower(userId: string, before: Awaited<ReturnType<typeof snapshot>>, log: Exchange[]): Promise<void> {
    const after = await snapshot();
    const identity = `console:${userId}`;
    const member = await db().member.findUniqueOrThrow({ where: { channel_userId: { channel: "console", userId } } });
    expect(after.staffOnly, `seed ${SEED}: ${identity} changed what only staff may change`).toEqual(before.staffOnly);
    // Existing companies keep their names and settings; a new one may be registered.
    expect(after.organizations.slice(0, before.organizations.length)).toEqual(before.organizations);

    const earlier = new Map(before.pledges.map((pledge) => [pledge.id, pledge]));
    for (const pledge of after.pledges) {
      const was = earlier.get(pledge.id);
      if (pledge.memberId !== member.id) {
        expect(pledge, `seed ${SEED}: ${identity} changed someone else's pledge #${pledge.id}`).toEqual(was);
        continue;
      }
      expect(["pledged", "transfer_reported", "cancelled"], `seed ${SEED}: ${identity} moved own pledge #${pledge.id} to ${pledge.status}`).toContain(pledge.status);
      if (was) continue;
      // A new pledge: made by a message that answered the confirmation question, and announced with its number.
      const made = log.find((exchange) => exchange.key === pledge.sourceMessageId);
      expect(made, `seed ${SEED}: pledge #${pledge.id} from ${pledge.sourceMessageId}, not one of the fuzz messages`).toBeDefined();
      expect(made!.offeredBefore.some((choice) => choice.key === "choice-confirm"), `seed ${SEED}: pledge #${pledge.id} made without a confirmation question (message ${made!.index})`).toBe(true);
      expect(made!.replies.map((reply) => reply.text).join("\n")).toContain(`#${pledge.id}`);
    }

    const newBroadcasts = await db().broadcast.findMany({ where: { id: { notIn: before.broadcastIds } } });
    for (const broadcast of newBroadcasts) expect(broadcast, `seed ${SEED}: ${identity} made a broadcast`).toMatchObject({ kind: "notification", number: null });

    const audit = await db().auditLog.findMany({ where: { id: { gt: before.lastAuditId } } });
    const partnerActions = ["pledge.report-paid", "pledge.cancel", "join.request", "join.approve", "join.decline", "member.remove"];
    for (const entry of audit) {
      expect(entry.actor, `seed ${SEED}: audit entry ${entry.action} by someone else during ${identity}'s fuzz`).toBe(identity);
      expect(partnerActions, `seed ${SEED}: ${identity} did ${entry.action}`).toContain(entry.action);
    }
    await expectCountersMatchPledges();
  }

  it("a stranger: sound replies, and nothing only partners or staff may do", async () => {
    const before = await snapshot();
    const log = await fuzz("fuzz-stranger", seededRandom(SEED), MESSAGES_PER_PERSON);
    await expectNoStaffPower("fuzz-stranger", before, log);
  }, TIMEOUT_MS);

  it("a partner: sound replies, pledges only through the wizard's confirmation, nothing only staff may do", async () => {
    const before = await snapshot();
    const log = await fuzz("fuzz-partner", seededRandom(SEED + 1), MESSAGES_PER_PERSON);
    await expectNoStaffPower("fuzz-partner", before, log);
  }, TIMEOUT_MS);

  it("staff: sound replies, and the counters still equal the pledges", async () => {
    await fuzz("fuzz-staff", seededRandom(SEED + 2), MESSAGES_PER_PERSON);
    await expectCountersMatchPledges();
  }, TIMEOUT_MS);
});
