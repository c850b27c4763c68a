import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { POST } from "@/app/api/newsletter/subscribe/route";
import { countQueuedMail } from "@/lib/db";
import { sqliteTestDatabase, type TestDatabase } from "../../helpers/databases";
import { SITE, formPost, startHarness } from "../../helpers/newsletter-harness";

const URL = "/api/newsletter/subscribe";
const ALL = ["talous", "verotus", "juridiikka"];
type Harness = Awaited<ReturnType<typeof startHarness>>;

describe("hostile sign-up posts get a Finnish 4xx and change nothing", () => {
  let t: TestDatabase;
  let h: Harness;
  beforeEach(async () => {
    t = await sqliteTestDatabase();
    h = await startHarness(t, { rateLimit: 5 });
  });
  afterEach(async () => {
    await h.stop();
    await t.dispose();
  });

  async function expectNothingStored() {
    const row = await t.db.get(`SELECT COUNT(*) AS n FROM subscribers`);
    expect(Number(row?.n)).toBe(0);
    expect(await countQueuedMail(t.db)).toBe(0);
  }

  const cases: [string, Record<string, string | string[]>, string][] = [
    [
      "an address with CR/LF",
      { email: "a@b.fi\r\nBcc: kaikki@b.fi", topics: ALL },
      "muodossa nimi@esimerkki.fi",
    ],
    [
      "an address with a comma",
      { email: "a@b.fi,c@d.fi", topics: ALL },
      "muodossa nimi@esimerkki.fi",
    ],
    [
      "an address over 254 characters",
      {
        email: `a@${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(63)}.${"e".repeat(63)}.fi`,
        topics: ALL,
      },
      "liian pitkä",
    ],
    [
      "a local part over 64 characters",
      { email: `${"a".repeat(65)}@b.fi`, topics: ALL },
      "liian pitkä",
    ],
    [
      "something that is no address",
      { email: "ei osoite", topics: ALL },
      "muodossa nimi@esimerkki.fi",
    ],
    ["a missing address", { topics: ALL }, "Kirjoita sähköpostiosoite."],
    ["an unknown topic", { email: "a@b.fi", topics: ["talous", "urheilu"] }, "Tuntematon aihe"],
    ["no topic", { email: "a@b.fi" }, "Valitse vähintään yksi aihe."],
  ];

  it.each(cases)("refuses %s with 400", async (_name, fields, words) => {
    const page = await POST(formPost(URL, fields));
    expect(page.status).toBe(400);
    expect(page.headers.get("content-type")).toContain("text/html");
    expect(await page.text()).toContain(words);
    const json = await POST(formPost(URL, fields, { json: true }));
    expect(json.status).toBe(400);
    expect(JSON.stringify(await json.json())).toContain(words);
    await expectNothingStored();
  });

  it("refuses a post from another site with 403", async () => {
    for (const headers of [
      { origin: "https://paha.example", "sec-fetch-site": "cross-site" },
      { origin: "https://paha.example", "sec-fetch-site": "" },
      { origin: "null", "sec-fetch-site": "" },
    ]) {
      const res = await POST(formPost(URL, { email: "a@b.fi", topics: ALL }, { headers }));
      expect(res.status).toBe(403);
      expect(await res.text()).toContain("toiselta sivustolta");
    }
    await expectNothingStored();
  });

  it("refuses an unknown content type with 415", async () => {
    const res = await POST(
      formPost(URL, { email: "a@b.fi" }, { headers: { "content-type": "text/plain" } }),
    );
    expect(res.status).toBe(415);
    await expectNothingStored();
  });

  it("refuses a body past 10 KB with 413, whatever Content-Length says", async () => {
    const big = { email: "a@b.fi", topics: ALL, filler: "x".repeat(11 * 1024) };
    expect((await POST(formPost(URL, big))).status).toBe(413);
    const lying = formPost(URL, big, { headers: { "content-length": "10" } });
    expect((await POST(lying)).status).toBe(413);
    await expectNothingStored();
  });

  it("refuses malformed JSON with 400", async () => {
    const req = new Request(`${SITE}${URL}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: SITE },
      body: "{email:",
    });
    expect((await POST(req)).status).toBe(400);
    await expectNothingStored();
  });

  it("accepts multipart/form-data like the browser sends", async () => {
    const form = new FormData();
    form.append("email", "moniosa@esimerkki.fi");
    form.append("topics", "juridiikka");
    const res = await POST(
      new Request(`${SITE}${URL}`, { method: "POST", headers: { origin: SITE }, body: form }),
    );
    expect(res.status).toBe(303);
  });

  it("answers 429 with Retry-After past the per-IP limit, counting each IP apart", async () => {
    for (let i = 0; i < 5; i++) {
      expect(
        (await POST(formPost(URL, { email: `r${i}@b.fi`, topics: ALL }, { ip: "198.51.100.7" })))
          .status,
      ).toBe(303);
    }
    const limited = await POST(
      formPost(URL, { email: "r9@b.fi", topics: ALL }, { ip: "198.51.100.7" }),
    );
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await limited.text()).toContain("Liian monta yritystä");
    expect(
      (await POST(formPost(URL, { email: "muu@b.fi", topics: ALL }, { ip: "198.51.100.8" })))
        .status,
    ).toBe(303);
  });
});
