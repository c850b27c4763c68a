import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/newsletter/subscribe/route";
import { countQueuedMail, findSubscriberByEmail } from "@/lib/db";
import { DIALECTS } from "../../helpers/databases";
import { formPost, harnessPerTest } from "../../helpers/newsletter-harness";

const URL = "/api/newsletter/subscribe";
const ALL = ["talous", "verotus", "juridiikka"];

describe.each(DIALECTS)("POST /api/newsletter/subscribe on $name", ({ open, skip }) => {
  const run = harnessPerTest(open, skip);

  it.skipIf(skip)(
    "answers a form post with 303 to the result page and queues one confirmation",
    async () => {
      const res = await POST(formPost(URL, { email: " Liisa@Esimerkki.FI ", topics: ["verotus"] }));
      expect(res.status).toBe(303);
      expect(res.headers.get("location")).toBe("/uutiskirje/kiitos");
      const s = await findSubscriberByEmail(run.t.db, "Liisa@esimerkki.fi");
      expect(s).toMatchObject({ status: "pending", topics: ["verotus"] });
      expect(await run.h.deliver()).toEqual({ sent: 1, failed: 0 });
      const [mail] = run.h.smtp.received;
      expect(mail!.to).toEqual(["Liisa@esimerkki.fi"]);
      expect(mail!.text).toContain("Valitsemasi aiheet: Verotus.");
      expect(mail!.raw).toMatch(/Content-Type: text\/plain/);
      expect(mail!.raw).toMatch(/Content-Type: text\/html/);
      expect(mail!.text).toContain("https://uutiskirje.example/uutiskirje/vahvista?token=");
    },
  );

  it.skipIf(skip)(
    "answers a fetch with JSON and the same words for new, pending and confirmed addresses",
    async () => {
      const post = () =>
        POST(formPost(URL, { email: "sama@esimerkki.fi", topics: ALL }, { json: true }));
      const first = await post();
      expect(first.status).toBe(200);
      const body = await first.json();
      expect(body).toMatchObject({ ok: true });
      expect(await (await post()).json()).toEqual(body);
      await run.t.db.run(`UPDATE subscribers SET status = 'confirmed'`);
      expect(await (await post()).json()).toEqual(body);
    },
  );

  it.skipIf(skip)("resends a pending confirmation at most once per 10 minutes", async () => {
    const post = () => POST(formPost(URL, { email: "odottaa@esimerkki.fi", topics: ALL }));
    await post();
    await post();
    expect(await countQueuedMail(run.t.db)).toBe(1);
    run.h.advance(10 * 60_000);
    await post();
    await post();
    expect(await countQueuedMail(run.t.db)).toBe(2);
  });

  it.skipIf(skip)(
    "sends a confirmed subscriber at most one 'already subscribed' mail a day",
    async () => {
      await POST(formPost(URL, { email: "tilaaja@esimerkki.fi", topics: ALL }));
      await run.t.db.run(`UPDATE subscribers SET status = 'confirmed'`);
      await run.h.deliver();
      run.h.advance(60_000);
      await POST(formPost(URL, { email: "tilaaja@esimerkki.fi", topics: ["talous"] }));
      await POST(formPost(URL, { email: "tilaaja@esimerkki.fi", topics: ["talous"] }));
      expect(await run.h.deliver()).toEqual({ sent: 0, failed: 0 });
      run.h.advance(24 * 60 * 60_000);
      await POST(formPost(URL, { email: "tilaaja@esimerkki.fi", topics: ["talous"] }));
      await POST(formPost(URL, { email: "tilaaja@esimerkki.fi", topics: ["talous"] }));
      expect(await run.h.deliver()).toEqual({ sent: 1, failed: 0 });
      expect(run.h.smtp.received[1]!.text).toContain("Olet jo uutiskirjeen tilaaja");
      expect((await findSubscriberByEmail(run.t.db, "tilaaja@esimerkki.fi"))!.topics).toEqual(ALL);
    },
  );

  it.skipIf(skip)("ignores fields the form does not have, such as status", async () => {
    const res = await POST(
      formPost(URL, { email: "ovela@esimerkki.fi", topics: ALL, status: "confirmed", id: "1" }),
    );
    expect(res.status).toBe(303);
    expect((await findSubscriberByEmail(run.t.db, "ovela@esimerkki.fi"))!.status).toBe("pending");
  });

  it.skipIf(skip)(
    "gives a filled honeypot the normal answer and stores and sends nothing",
    async () => {
      const res = await POST(
        formPost(URL, { email: "botti@esimerkki.fi", topics: ALL, kotisivu: "http://spam" }),
      );
      expect(res.status).toBe(303);
      expect(await findSubscriberByEmail(run.t.db, "botti@esimerkki.fi")).toBeUndefined();
      expect(await countQueuedMail(run.t.db)).toBe(0);
    },
  );

  it.skipIf(skip)(
    "turns 100 concurrent posts for 25 addresses into 25 rows and 25 mails",
    async () => {
      const posts = Array.from({ length: 100 }, (_, i) =>
        POST(
          formPost(
            URL,
            { email: `rinnakkain${i % 25}@esimerkki.fi`, topics: ALL },
            { json: i % 2 === 0 },
          ),
        ),
      );
      const statuses = (await Promise.all(posts)).map((r) => r.status);
      expect(statuses.every((s) => s === 200 || s === 303)).toBe(true);
      const row = await run.t.db.get(`SELECT COUNT(*) AS n FROM subscribers`);
      expect(Number(row?.n)).toBe(25);
      expect(await run.h.deliver()).toEqual({ sent: 25, failed: 0 });
      expect(new Set(run.h.smtp.received.flatMap((m) => m.to)).size).toBe(25);
    },
  );
});
