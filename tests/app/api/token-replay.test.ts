import { describe, expect, it } from "vitest";
import { POST as confirm } from "@/app/api/newsletter/confirm/route";
import { POST as manage } from "@/app/api/newsletter/manage/route";
import { POST as subscribe } from "@/app/api/newsletter/subscribe/route";
import { GET as openOneClick, POST as oneClick } from "@/app/api/newsletter/unsubscribe/route";
import { findSubscriberByEmail, findSuppression, suppressAddress } from "@/lib/db";
import { oneClickUnsubscribeUrl } from "@/lib/subscription/links";
import { checkConfirmLink, loadManageView, loadUnsubscribeView } from "@/lib/subscription/manage";
import { DIALECTS } from "../../helpers/databases";
import { SITE, formPost, harnessPerTest, oneClickPost } from "../../helpers/newsletter-harness";
import { linksIn } from "../../helpers/smtp";

const ALICE = "alice@esimerkki.fi";
const HOUR = 60 * 60_000;
const tokenOf = (url: string) => new URL(url, SITE).searchParams.get("token")!;

describe.each(DIALECTS)("old links after the consent changed, on $name", ({ open, skip }) => {
  const run = harnessPerTest(open, skip);

  const signUp = (topics: string[], email = ALICE) =>
    subscribe(formPost("/api/newsletter/subscribe", { email, topics }));
  async function confirmToken() {
    await run.h.deliver();
    const mail = run.h.smtp.received.at(-1)!;
    return tokenOf(linksIn(mail.raw).find((l) => l.includes("/uutiskirje/vahvista"))!);
  }
  // Alice signs up and confirms; gives her confirm token and the manage token she got.
  async function aliceSubscribes() {
    await signUp(["talous"]);
    const confirmed = await confirmToken();
    const res = await confirm(formPost("/api/newsletter/confirm", { token: confirmed }));
    return { confirmed, managed: tokenOf(res.headers.get("location")!) };
  }
  const status = async () => (await findSubscriberByEmail(run.t.db, ALICE))!.status;

  it.skipIf(skip)(
    "refuses Alice's old confirmation link for a sign-up someone else made after she left",
    async () => {
      const alice = await aliceSubscribes();
      run.h.advance(HOUR);
      await manage(formPost("/api/newsletter/manage", { token: alice.managed, action: "peru" }));
      await signUp(["verotus", "juridiikka"]); // a third party, with other topics
      // The link's page offers no button (the "link does not work" page instead) ...
      expect(await checkConfirmLink(alice.confirmed, run.h.deps)).toEqual({ kind: "superseded" });
      const replay = await confirm(formPost("/api/newsletter/confirm", { token: alice.confirmed }));
      expect(replay.status).toBe(410);
      expect(await replay.text()).toContain("Linkki ei ole enää voimassa");
      expect(await findSubscriberByEmail(run.t.db, ALICE)).toMatchObject({
        status: "pending",
        consent: { topics: ["verotus", "juridiikka"], confirmedAt: null },
      });
      // The new sign-up's own mail, which only the mailbox's owner reads, still confirms it.
      const fresh = await confirmToken();
      expect((await confirm(formPost("/api/newsletter/confirm", { token: fresh }))).status).toBe(
        303,
      );
      expect(await status()).toBe("confirmed");
    },
  );

  it.skipIf(skip)(
    "refuses Alice's old manage link after a new sign-up of her address",
    async () => {
      const alice = await aliceSubscribes();
      run.h.advance(HOUR);
      await manage(formPost("/api/newsletter/manage", { token: alice.managed, action: "peru" }));
      await signUp(["verotus"]);
      expect(await loadManageView(alice.managed, run.h.deps)).toEqual({ kind: "superseded" });
      const saved = await manage(
        formPost("/api/newsletter/manage", {
          token: alice.managed,
          action: "tallenna",
          topics: ["talous"],
        }),
      );
      expect(saved.status).toBe(410);
      const left = await manage(
        formPost("/api/newsletter/manage", { token: alice.managed, action: "peru" }),
      );
      expect(left.status).toBe(410);
      expect(await status()).toBe("pending");
    },
  );

  it.skipIf(skip)(
    "lifts no soft-bounce suppression when a used confirmation link is replayed",
    async () => {
      const alice = await aliceSubscribes();
      const now = run.h.deps.clock();
      await suppressAddress(run.t.db, {
        email: ALICE,
        reason: "soft-bounce",
        since: now,
        until: now + 60 * 24 * HOUR,
        statusCode: "4.2.2",
      });
      const replay = await confirm(formPost("/api/newsletter/confirm", { token: alice.confirmed }));
      expect(replay.status).toBe(303); // confirming twice is harmless ...
      expect(await findSuppression(run.t.db, ALICE, now)).toMatchObject({ reason: "soft-bounce" });
    },
  );

  it.skipIf(skip)(
    "confirms only with the newest confirmation mail once a sign-up was renewed",
    async () => {
      await signUp(["talous"]);
      const first = await confirmToken();
      run.h.advance(10 * 60_000);
      await signUp(["verotus"]);
      const second = await confirmToken();
      expect((await confirm(formPost("/api/newsletter/confirm", { token: first }))).status).toBe(
        410,
      );
      expect(await status()).toBe("pending");
      expect((await confirm(formPost("/api/newsletter/confirm", { token: second }))).status).toBe(
        303,
      );
      expect(await findSubscriberByEmail(run.t.db, ALICE)).toMatchObject({
        status: "confirmed",
        topics: ["verotus"],
      });
    },
  );

  it.skipIf(skip)(
    "lets an old letter's one-click link unsubscribe after a new sign-up, and never subscribe",
    async () => {
      await aliceSubscribes();
      const before = (await findSubscriberByEmail(run.t.db, ALICE))!;
      const oldLetter = oneClickUnsubscribeUrl(run.h.deps, before);
      run.h.advance(HOUR);
      await oneClick(oneClickPost(oldLetter));
      expect(await status()).toBe("unsubscribed");
      await signUp(["verotus"]); // she, or anyone, signs the address up again
      // Opening the old link only shows the page; its "change topics" link needs a current one.
      expect(await loadUnsubscribeView(tokenOf(oldLetter), run.h.deps)).toMatchObject({
        status: "pending",
        manageToken: null,
      });
      // The one-click token is refused where it would confirm.
      const asConfirm = await confirm(
        formPost("/api/newsletter/confirm", { token: tokenOf(oldLetter) }),
      );
      expect(asConfirm.status).toBe(400);
      expect((await oneClick(oneClickPost(oldLetter))).status).toBe(200);
      expect(await status()).toBe("unsubscribed");
    },
  );

  it.skipIf(skip)(
    "shows a browser that opens the one-click link a page instead of unsubscribing",
    async () => {
      await aliceSubscribes();
      const s = (await findSubscriberByEmail(run.t.db, ALICE))!;
      const url = oneClickUnsubscribeUrl(run.h.deps, s);
      const opened = await openOneClick(new Request(url));
      expect(opened.status).toBe(303);
      expect(opened.headers.get("location")).toBe(
        `/uutiskirje/peru?token=${encodeURIComponent(tokenOf(url))}`,
      );
      expect(await status()).toBe("confirmed");
      const view = (await loadUnsubscribeView(tokenOf(url), run.h.deps))!;
      expect(view).toMatchObject({ email: ALICE, status: "confirmed" });
      expect(await loadManageView(view.manageToken!, run.h.deps)).toMatchObject({ kind: "ok" });
      // The page's button: a form post that lands on the site's own page.
      const pressed = await oneClick(
        new Request(url, {
          method: "POST",
          headers: {
            "content-type": "application/x-www-form-urlencoded",
            origin: SITE,
            "sec-fetch-site": "same-origin",
          },
          body: "sivulta=1",
        }),
      );
      expect(pressed.status).toBe(303);
      expect(pressed.headers.get("location")).toBe("/uutiskirje/peruttu");
      expect(await status()).toBe("unsubscribed");
    },
  );
});
