import { changePledgeStatus } from "./core/use-cases/change-pledge-status.js";
import { closeCampaign } from "./core/use-cases/close-campaign.js";
import { createCampaign } from "./core/use-cases/create-campaign.js";
import { createPledge } from "./core/use-cases/create-pledge.js";
import { postCampaignUpdate } from "./core/use-cases/post-campaign-update.js";
import { registerOrganization } from "./core/use-cases/register-organization.js";
import { TRANSACTION_TIMEOUT_MS, type Db, type DbClient } from "./db/database.js";

const SEED_ACTOR = "console:kpeduli-archive";
const DAY = 86_400_000;

/**
 * The two real K-Peduli campaigns with their published totals, and one clearly marked demo, so a
 * new user has something to look at. Runs once, on a database without campaigns. It goes through
 * the same use cases as the bot, so the counters and audit log agree with the pledges.
 *
 * The companies behind BTS and KER are not published per amount, so they appear as anonymous
 * companies with equal shares that add up to the published total.
 */
export async function seedDemoData(database: Db, now: Date): Promise<boolean> {
  // One transaction under a lock: two instances starting on a new database seed it once.
  return database.$transaction(
    async (db) => {
      await db.$executeRaw`SELECT pg_advisory_xact_lock(7240518)`;
      if ((await db.campaign.count()) > 0) return false;
      await seedAll(db, now);
      return true;
    },
    { timeout: TRANSACTION_TIMEOUT_MS },
  );
}

async function seedAll(db: DbClient, now: Date): Promise<void> {
  const archivist = await db.member.create({
    data: { channel: "console", userId: "kpeduli-archive", displayName: "K-Peduli archive" },
  });
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));

  await seedHistoricCampaign(db, archivist.id, {
    campaign: {
      code: "BTS",
      title: { id: "Back to School: kembali ke sekolah", en: "Back to School", ko: "백투스쿨: 다시 학교로" },
      story: {
        id: "15 perusahaan Korea membantu lebih dari 1.000 siswa di 28 sekolah di Sukabumi dan Bekasi kembali belajar tatap muka.",
        en: "15 Korean companies helped more than 1,000 students at 28 schools in Sukabumi and Bekasi return to class in person.",
        ko: "한국 기업 15곳이 수카부미와 브카시의 28개 학교 학생 1,000여 명의 대면 수업 복귀를 도왔습니다.",
      },
      target: 250_000_000n,
      startsOn: new Date("2021-08-01"),
      endsOn: new Date("2021-12-31"),
      goals: [
        { key: "students", target: 1000 },
        { key: "schools", target: 28 },
      ],
      regions: ["Sukabumi", "Bekasi"],
    },
    companies: 15,
    reached: { students: 1000, schools: 28 },
    update: "Kampanye selesai: Rp 250.000.000 dari 15 perusahaan untuk 28 sekolah.",
  });

  await seedHistoricCampaign(db, archivist.id, {
    campaign: {
      code: "KER",
      title: { id: "Korea Emergency Response", en: "Korea Emergency Response", ko: "코리아 긴급 대응" },
      story: {
        id: "Alat pelindung diri untuk 1.485 tenaga kesehatan di 13 puskesmas dan pusat krisis COVID-19.",
        en: "Protective equipment for 1,485 medical workers at 13 health centres and COVID-19 crisis centres.",
        ko: "13개 보건소와 코로나19 위기 대응 센터의 의료진 1,485명에게 개인 보호 장비를 지원했습니다.",
      },
      target: 250_000_000n,
      startsOn: new Date("2020-04-01"),
      endsOn: new Date("2020-12-31"),
      goals: [
        { key: "medical_workers", target: 1485 },
        { key: "health_centres", target: 13 },
      ],
      regions: ["Sukabumi", "Jakarta", "Bekasi", "Medan", "Meulaboh", "Enrekang", "NTT"],
    },
    companies: 10,
    reached: { medical_workers: 1485, health_centres: 13 },
    update: "Kampanye selesai: APD untuk 1.485 tenaga kesehatan di 13 puskesmas.",
  });

  const demo = await createCampaign(db, {
    code: "PADI",
    title: {
      // The [DEMO] label is added wherever a demo campaign's title is shown.
      id: "Padi organik Ciamis",
      en: "Organic rice in Ciamis",
      ko: "치아미스 유기농 쌀",
    },
    story: {
      id: "Kampanye contoh (bukan kampanye nyata): mendukung petani padi organik di Ciamis, Jawa Barat.",
      en: "A sample campaign (not a real one): supporting organic rice farmers in Ciamis, West Java.",
      ko: "예시 캠페인(실제 캠페인 아님): 서자바 치아미스의 유기농 쌀 농가를 지원합니다.",
    },
    target: 300_000_000n,
    startsOn: new Date(today.getTime() - 14 * DAY),
    endsOn: new Date(today.getTime() + 45 * DAY),
    goals: [
      { key: "farmers", target: 120 },
      { key: "villages", target: 4 },
    ],
    regions: ["Ciamis"],
    isDemo: true,
    // Plainly an example: nobody should ever transfer to it.
    bankName: "Bank Contoh (CONTOH / EXAMPLE)",
    bankAccount: "000-000-0000 (contoh)",
    bankHolder: "Yayasan Contoh K-Peduli (demo)",
    goodsInstructions: {
      id: "Contoh: antar barang ke Gudang Contoh, Jl. Contoh No. 1, Ciamis (demo).",
      en: "Example: bring the goods to the Example Warehouse, Jl. Contoh No. 1, Ciamis (demo).",
      ko: "예시: 치아미스 예시 창고(Jl. Contoh No. 1)로 물품을 가져오세요(데모).",
    },
    actor: SEED_ACTOR,
  });
  const demoPledges: { company: string; anonymous: boolean; amount: bigint; settle: "confirm" | "report-paid" | null }[] = [
    { company: "PT Contoh Seoul Indonesia (demo)", anonymous: false, amount: 50_000_000n, settle: "confirm" },
    { company: "PT Sampel Hangang (demo)", anonymous: false, amount: 25_000_000n, settle: "report-paid" },
    { company: "CV Percobaan Busan (demo)", anonymous: true, amount: 15_000_000n, settle: null },
  ];
  for (const [index, entry] of demoPledges.entries()) {
    const member = await seedCompany(db, `demo-partner-${index + 1}`, entry.company, "Jakarta", entry.anonymous);
    const { pledge } = await createPledge(db, {
      campaignId: demo.id,
      organizationId: member.organizationId,
      memberId: member.id,
      kind: "cash",
      amount: entry.amount,
      sourceMessageId: `seed:PADI:${index + 1}`,
    });
    if (entry.settle === "confirm") await changePledgeStatus(db, { pledgeId: pledge.id, action: "confirm", actor: { identity: SEED_ACTOR, organizationId: null } });
    if (entry.settle === "report-paid") {
      await changePledgeStatus(db, { pledgeId: pledge.id, action: "report-paid", actor: { identity: `console:${member.userId}`, organizationId: member.organizationId } });
    }
  }
  await postCampaignUpdate(db, {
    code: "PADI",
    texts: {
      id: "Contoh kabar: benih organik sudah dibagikan ke 2 desa.",
      en: "Example update: organic seed has been handed out in 2 villages.",
      ko: "예시 소식: 2개 마을에 유기농 종자를 나눠 주었습니다.",
    },
    reached: { farmers: 45, villages: 2 },
    actor: SEED_ACTOR,
  });
}

async function seedHistoricCampaign(
  db: DbClient,
  archivistId: number,
  seed: {
    campaign: Omit<Parameters<typeof createCampaign>[1], "actor">;
    companies: number;
    reached: Record<string, number>;
    update: string;
  },
): Promise<void> {
  const campaign = await createCampaign(db, { ...seed.campaign, actor: SEED_ACTOR });
  const total = seed.campaign.target as bigint;
  const share = total / BigInt(seed.companies);
  for (let index = 0; index < seed.companies; index++) {
    const name = `${campaign.code} partner ${index + 1} (nama tidak dipublikasikan)`;
    const organization = await db.organization.create({
      data: { name, nameKey: name.toLowerCase(), city: "-", anonymous: true },
    });
    // The last share takes the remainder, so the shares add up to the published total exactly.
    const amount = index === seed.companies - 1 ? total - share * BigInt(seed.companies - 1) : share;
    const { pledge } = await createPledge(db, {
      campaignId: campaign.id,
      organizationId: organization.id,
      memberId: archivistId,
      kind: "cash",
      amount,
      note: "Historical record",
      sourceMessageId: `seed:${campaign.code}:${index + 1}`,
    });
    await changePledgeStatus(db, { pledgeId: pledge.id, action: "confirm", actor: { identity: SEED_ACTOR, organizationId: null } });
  }
  // Dated on the campaign's last day, when it closed, not on the day the demo was seeded.
  const { update } = await postCampaignUpdate(db, { code: campaign.code, texts: { id: seed.update }, reached: seed.reached, actor: SEED_ACTOR });
  await db.campaignUpdate.update({ where: { id: update.id }, data: { createdAt: campaign.endsOn } });
  await closeCampaign(db, { code: campaign.code, actor: SEED_ACTOR, now: campaign.endsOn });
}

async function seedCompany(db: DbClient, userId: string, company: string, city: string, anonymous: boolean) {
  const member = await db.member.create({ data: { channel: "console", userId, displayName: company } });
  const organization = await registerOrganization(db, { memberId: member.id, companyName: company, contactName: "Demo", city, anonymous });
  return { ...member, organizationId: organization.id };
}
