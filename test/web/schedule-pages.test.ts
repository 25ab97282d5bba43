import { beforeAll, describe, expect, it } from "vitest";
import { postForm, signIn, useTestWeb, type SignedIn } from "../support/test-web.js";

describe("dashboard: schedules (list, add, pause, resume, remove)", () => {
  const web = useTestWeb();
  let staff: SignedIn;
  const db = () => web.bot.database.db;

  beforeAll(async () => {
    staff = await signIn(web, "staff");
  });

  const get = async (path: string) => (await web.app.request(path, { headers: { cookie: staff.cookie } })).text();
  const post = (path: string, fields: Record<string, string>) => postForm(web, path, { cookie: staff.cookie, fields: { _csrf: staff.csrf, ...fields } });

  it("adds a schedule through /schedule's use case, lists it with its next run, and refuses bad ones", async () => {
    const fields = { kind: "reminder", campaign: "PADI", cron: " 0  9 * * 5 ", days: "5", _once: "schedule-once-0123456789" };
    const response = await post("/dashboard/schedules", fields);
    expect(response.status).toBe(303);
    // The same form posted again (a double click, twice at once) adds nothing more.
    const again = await Promise.all([post("/dashboard/schedules", fields), post("/dashboard/schedules", fields)]);
    expect(again.map((repeat) => repeat.status)).toEqual([303, 303]);
    expect(await db().schedule.count({ where: { cron: "0 9 * * 5" } })).toBe(1);
    const schedule = await db().schedule.findFirstOrThrow({ where: { cron: "0 9 * * 5" }, include: { campaign: true } });
    expect(schedule).toMatchObject({ kind: "reminder", params: { days: 5 }, createdBy: "console:staff" });
    expect(schedule.campaign?.code).toBe("PADI");
    const page = await get("/dashboard/schedules?lang=en");
    expect(page).toContain(`id="schedule-${schedule.id}"`);
    expect(page).toContain("<code>0 9 * * 5</code>");
    const before = await db().schedule.count();
    const cases: [Record<string, string>, string][] = [
      [{ kind: "digest", cron: "61 9 * * 1" }, "is not a valid schedule"],
      [{ kind: "digest", cron: "0 9 * * 1 days=3" }, "is not a valid schedule"],
      [{ kind: "digest", cron: "PADI 9 * * 1" }, "is not a valid schedule"],
      [{ kind: "party", cron: "0 9 * * 1" }, "is not a job"],
      [{ kind: "digest", campaign: "NOPE", cron: "0 9 * * 1" }, "no campaign with the code NOPE"],
      [{ kind: "digest", cron: "0 9 * * 1", days: "3" }, "/schedule add"],
      [{ kind: "digest", cron: "0 9 *\u0000 * 1" }, "invisible control characters"],
    ];
    for (const [index, [fields, message]] of cases.entries()) {
      const refused = await post("/dashboard/schedules?lang=en", { ...fields, _once: `refused-once-${index}-0123456789` });
      expect(refused.status, message).toBe(409);
      expect(await refused.text()).toContain(message);
    }
    expect(await db().schedule.count()).toBe(before);
  });

  it("pauses, resumes and removes, audited as the staff member; a missing schedule is refused", async () => {
    const { id } = await db().schedule.findFirstOrThrow({ where: { cron: "0 9 * * 5" } });
    expect((await post(`/dashboard/schedules/${id}/pause`, {})).headers.get("location")).toBe(`/dashboard/schedules?done=paused&id=${id}`);
    expect((await db().schedule.findUniqueOrThrow({ where: { id } })).enabled).toBe(false);
    expect(await get(`/dashboard/schedules?done=paused&id=${id}&lang=en`)).toContain(`Schedule #${id} is paused.`);
    expect((await post(`/dashboard/schedules/${id}/resume`, {})).status).toBe(303);
    expect((await db().schedule.findUniqueOrThrow({ where: { id } })).enabled).toBe(true);
    expect((await post(`/dashboard/schedules/${id}/remove`, {})).status).toBe(303);
    expect(await db().schedule.count({ where: { id } })).toBe(0);
    const gone = await post(`/dashboard/schedules/${id}/pause?lang=en`, {});
    expect(gone.status).toBe(409);
    expect(await gone.text()).toContain(`There is no schedule #${id}`);
    const audit = await db().auditLog.findMany({ where: { entity: "Schedule", entityId: String(id) }, orderBy: { id: "asc" } });
    expect(audit.map((entry) => [entry.action, entry.actor])).toEqual([
      ["schedule.add", "console:staff"], ["schedule.pause", "console:staff"], ["schedule.resume", "console:staff"], ["schedule.remove", "console:staff"],
    ]);
  });
});
