import { describe, expect, it } from "vitest";
import { POST as confirm } from "@/app/api/newsletter/confirm/route";
import { POST as manage } from "@/app/api/newsletter/manage/route";
import { POST as subscribe } from "@/app/api/newsletter/subscribe/route";
import { POST as oneClick } from "@/app/api/newsletter/unsubscribe/route";
import { findSubscriberByEmail } from "@/lib/db";
import { oneClickUnsubscribeUrl } from "@/lib/subscription/links";
import { DIALECTS } from "../../helpers/databases";
import { SITE, formPost, harnessPerTest, oneClickPost } from "../../helpers/newsletter-harness";
import { linksIn } from "../../helpers/smtp";

const EMAIL = "matka@esimerkki.fi";
const tokenOf = (url: string) => new URL(url, SITE).searchParams.get("token")!;

describe.each(DIALECTS)("the subscriber's journey on $name", ({ open, skip }) => {
  const run = harnessPerTest(open, skip);

  async function signUpAndReadConfirmToken() {
    await subscribe(
      formPost("/api/newsletter/subscribe", { email: EMAIL, topics: ["talous", "juridiikka"] }),
    );
    await run.h.deliver();
    const link = linksIn(run.h.smtp.received.at(-1)!.raw).find((l) =>
      l.includes("/uutiskirje/vahvista"),
    )!;
    return tokenOf(link);
  }

  it.skipIf(skip)("signs up, confirms, changes topics and unsubscribes", async () => {
    const token = await signUpAndReadConfirmToken();
    const confirmed = await confirm(formPost("/api/newsletter/confirm", { token }));
    expect(confirmed.status).toBe(303);
    const location = confirmed.headers.get("location")!;
    expect(location).toMatch(/^\/uutiskirje\/asetukset\?token=.+&tila=vahvistettu$/);
    const s = await findSubscriberByEmail(run.t.db, EMAIL);
    expect(s).toMatchObject({ status: "confirmed", topics: ["talous", "juridiikka"] });
    expect(s!.consent.confirmedAt).toBe(run.h.deps.clock());

    const manageToken = tokenOf(location);
    const saved = await manage(
      formPost("/api/newsletter/manage", {
        token: manageToken,
        action: "tallenna",
        topics: ["verotus"],
      }),
    );
    expect(saved.status).toBe(303);
    expect((await findSubscriberByEmail(run.t.db, EMAIL))!.topics).toEqual(["verotus"]);

    const none = await manage(
      formPost("/api/newsletter/manage", { token: manageToken, action: "tallenna" }),
    );
    expect(none.status).toBe(400);
    expect(await none.text()).toContain("Valitse vähintään yksi aihe.");

    const left = await manage(
      formPost("/api/newsletter/manage", { token: manageToken, action: "peru" }),
    );
    expect(left.headers.get("location")).toBe("/uutiskirje/peruttu");
    expect((await findSubscriberByEmail(run.t.db, EMAIL))!.status).toBe("unsubscribed");
  });

  it.skipIf(skip)(
    "unsubscribes with an RFC 8058 one-click POST: no Origin, 200, no redirect",
    async () => {
      const token = await signUpAndReadConfirmToken();
      await confirm(formPost("/api/newsletter/confirm", { token }));
      const s = (await findSubscriberByEmail(run.t.db, EMAIL))!;
      const url = oneClickUnsubscribeUrl(run.h.deps, s);
      const res = await oneClick(oneClickPost(url));
      expect(res.status).toBe(200);
      expect(await res.text()).toContain("Tilaus peruttu");
      expect((await findSubscriberByEmail(run.t.db, EMAIL))!.status).toBe("unsubscribed");
    },
  );

  it.skipIf(skip)(
    "refuses tampered and expired tokens with a Finnish 4xx and changes nothing",
    async () => {
      const token = await signUpAndReadConfirmToken();
      const [id, exp, sig] = token.split(".");
      const tampered = await confirm(
        formPost("/api/newsletter/confirm", { token: `${Number(id) + 1}.${exp}.${sig}` }),
      );
      expect(tampered.status).toBe(400);
      expect(await tampered.text()).toContain("Linkki on virheellinen");
      const oneClickTampered = await oneClick(
        new Request(`${SITE}/api/newsletter/unsubscribe?token=${token}`, { method: "POST" }),
      );
      expect(oneClickTampered.status).toBe(400);

      run.h.advance(7 * 24 * 60 * 60_000);
      const expired = await confirm(formPost("/api/newsletter/confirm", { token }));
      expect(expired.status).toBe(410);
      expect(await expired.text()).toContain("Linkki on vanhentunut");
      expect((await findSubscriberByEmail(run.t.db, EMAIL))!.status).toBe("pending");
    },
  );

  it.skipIf(skip)("refuses a confirmation posted from another site", async () => {
    const token = await signUpAndReadConfirmToken();
    const res = await confirm(
      formPost(
        "/api/newsletter/confirm",
        { token },
        { headers: { origin: "https://paha.example", "sec-fetch-site": "cross-site" } },
      ),
    );
    expect(res.status).toBe(403);
    expect((await findSubscriberByEmail(run.t.db, EMAIL))!.status).toBe("pending");
  });
});
