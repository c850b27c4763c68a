import { simpleParser } from "mailparser";
import { describe, expect, it } from "vitest";
import { POST as confirm } from "@/app/api/newsletter/confirm/route";
import { POST as manage } from "@/app/api/newsletter/manage/route";
import { POST as subscribe } from "@/app/api/newsletter/subscribe/route";
import { findSubscriberByEmail } from "@/lib/db";
import { DIALECTS } from "../../helpers/databases";
import { SITE, formPost, harnessPerTest } from "../../helpers/newsletter-harness";
import { linksIn } from "../../helpers/smtp";

const EMAIL = "tervetuloa@esimerkki.fi";
const tokenOf = (url: string) => new URL(url, SITE).searchParams.get("token")!;

describe.each(DIALECTS)("the welcome mail and the rhythm on $name", ({ open, skip }) => {
  const run = harnessPerTest(open, skip);

  // The subject as a mail program shows it (the header itself is RFC 2047-encoded).
  const welcomes = async () => {
    const subjects = await Promise.all(
      run.h.smtp.received.map(async (m) => (await simpleParser(m.raw)).subject ?? ""),
    );
    return run.h.smtp.received.filter((_, i) => subjects[i]!.startsWith("Tervetuloa"));
  };

  async function signUp(fields: Record<string, string | string[]>) {
    const res = await subscribe(formPost("/api/newsletter/subscribe", { email: EMAIL, ...fields }));
    expect(res.status).toBe(303);
    await run.h.deliver();
    const link = linksIn(run.h.smtp.received.at(-1)!.raw).find((l) =>
      l.includes("/uutiskirje/vahvista"),
    )!;
    return tokenOf(link);
  }

  async function confirmWith(token: string) {
    const res = await confirm(formPost("/api/newsletter/confirm", { token }));
    await run.h.deliver();
    return res;
  }

  it.skipIf(skip)(
    "sends one welcome naming the topics, the rhythm and when the letter comes, with the letter's unsubscribe headers",
    async () => {
      const token = await signUp({ topics: ["talous", "verotus"], frequency: "weekly" });
      expect((await confirmWith(token)).status).toBe(303);
      const [welcome, ...more] = await welcomes();
      expect(more).toEqual([]);
      expect(welcome!.to).toEqual([EMAIL]);
      expect(welcome!.text).toContain("Valitsemasi aiheet: Talous, Verotus.");
      expect(welcome!.text).toContain("Tilausrytmi: Kerran viikossa.");
      expect(welcome!.text).toMatch(/perjantaisin klo 7/);
      const links = linksIn(welcome!.raw);
      expect(links).toContain(`${SITE}/uutiskirje/arkisto`);
      expect(links.some((l) => l.startsWith(`${SITE}/uutiskirje/asetukset?token=`))).toBe(true);
      expect(welcome!.headers.get("list-unsubscribe")).toMatch(
        new RegExp(`^<${SITE}/api/newsletter/unsubscribe\\?token=[\\w.-]+>$`),
      );
      expect(welcome!.headers.get("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
      // Both parts: the same words for a mail program that shows only one of them.
      expect(welcome!.raw).toMatch(/Content-Type: text\/plain/);
      expect(welcome!.raw).toMatch(/Content-Type: text\/html/);
    },
  );

  it.skipIf(skip)(
    "sends no second welcome when the button is pressed twice or the link is used again later",
    async () => {
      const token = await signUp({ topics: ["talous"] });
      await confirmWith(token);
      await confirmWith(token);
      run.h.advance(24 * 60 * 60_000);
      await confirmWith(token);
      expect(await welcomes()).toHaveLength(1);
      expect((await welcomes())[0]!.text).toContain("Tilausrytmi: Joka arkipäivä.");
    },
  );

  it.skipIf(skip)("welcomes a reader again who re-subscribes after unsubscribing", async () => {
    const first = await signUp({ topics: ["talous"] });
    const location = (await confirmWith(first)).headers.get("location")!;
    await manage(formPost("/api/newsletter/manage", { token: tokenOf(location), action: "peru" }));
    run.h.advance(60 * 60_000);
    const second = await signUp({ topics: ["juridiikka"], frequency: "weekly" });
    await confirmWith(second);
    expect(await welcomes()).toHaveLength(2);
    expect((await welcomes())[1]!.text).toContain("Valitsemasi aiheet: Juridiikka.");
  });

  it.skipIf(skip)("stores the rhythm chosen on the form, daily when none is given", async () => {
    await signUp({ topics: ["talous"], frequency: "weekly" });
    expect((await findSubscriberByEmail(run.t.db, EMAIL))!.frequency).toBe("weekly");
    const other = "toinen@esimerkki.fi";
    await subscribe(formPost("/api/newsletter/subscribe", { email: other, topics: ["talous"] }));
    expect((await findSubscriberByEmail(run.t.db, other))!.frequency).toBe("daily");
  });

  it.skipIf(skip)(
    "refuses an unknown rhythm with a Finnish message tied to the field, storing nothing",
    async () => {
      const res = await subscribe(
        formPost(
          "/api/newsletter/subscribe",
          { email: EMAIL, topics: ["talous"], frequency: "hourly" },
          { json: true },
        ),
      );
      expect(res.status).toBe(400);
      const body = (await res.json()) as { errors: Record<string, string> };
      expect(body.errors.frequency).toBe(
        "Valitse, kuinka usein haluat uutiskirjeen: joka arkipäivä tai kerran viikossa.",
      );
      expect(await findSubscriberByEmail(run.t.db, EMAIL)).toBeUndefined();
    },
  );

  it.skipIf(skip)(
    "changes the rhythm on the manage page, and keeps it when a post names none",
    async () => {
      const token = await signUp({ topics: ["talous"] });
      const manageToken = tokenOf((await confirmWith(token)).headers.get("location")!);
      const save = (fields: Record<string, string | string[]>) =>
        manage(
          formPost("/api/newsletter/manage", { token: manageToken, action: "tallenna", ...fields }),
        );
      expect((await save({ topics: ["talous"], frequency: "weekly" })).status).toBe(303);
      expect(await findSubscriberByEmail(run.t.db, EMAIL)).toMatchObject({ frequency: "weekly" });
      await save({ topics: ["verotus"] });
      expect(await findSubscriberByEmail(run.t.db, EMAIL)).toMatchObject({
        frequency: "weekly",
        topics: ["verotus"],
      });
      const bad = await save({ topics: ["talous"], frequency: "monthly" });
      expect(bad.status).toBe(400);
      expect(await bad.text()).toContain("joka arkipäivä tai kerran viikossa");
      expect((await findSubscriberByEmail(run.t.db, EMAIL))!.frequency).toBe("weekly");
    },
  );
});
