import { generateKeyPairSync } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { POST as confirm } from "@/app/api/newsletter/confirm/route";
import { POST as subscribe } from "@/app/api/newsletter/subscribe/route";
import { getEnv } from "@/lib/env";
import { sendIssue } from "@/lib/issue/send-issue";
import { createTransportFromEnv, readBounceAddress } from "@/lib/mail";
import { makeArticle } from "@/tests/fixtures/articles";
import { sqliteTestDatabase, type TestDatabase } from "@/tests/helpers/databases";
import { verifyDkim } from "@/tests/helpers/dkim-verify";
import { addConfirmedSubscriber, sendDeps, TOKEN_SECRET } from "@/tests/helpers/issue-send";
import { formPost, SECRET, startHarness } from "@/tests/helpers/newsletter-harness";
import { linksIn, startSmtpServer } from "@/tests/helpers/smtp";

const { privateKey, publicKey } = generateKeyPairSync("rsa", {
  modulusLength: 2048,
  privateKeyEncoding: { type: "pkcs8", format: "pem" },
  publicKeyEncoding: { type: "spki", format: "pem" },
});
// As an operator writes it into a one-line variable: the key inline, newlines escaped.
const operatorEnv = getEnv({
  NODE_ENV: "test",
  MAIL_FROM: "Juridiikan ja talouden uutiskirje <uutiskirje@uutiskirje.example>",
  DKIM_DOMAIN: "uutiskirje.example",
  DKIM_SELECTOR: "posti2026",
  DKIM_PRIVATE_KEY: privateKey.replace(/\n/g, "\\n"),
  BOUNCE_ADDRESS: "bounces@bounces.uutiskirje.example",
});
const articles = [
  makeArticle({ title: "Työtuomioistuin ratkaisi", date: "2023-10-02", topics: ["tyooikeus"] }),
];
const ALWAYS = ["from", "subject", "date", "message-id", "to"];

function expectVerified(raw: string, extra: string[]) {
  const check = verifyDkim(raw, publicKey);
  expect(check.domain).toBe("uutiskirje.example");
  expect(check.signedHeaders).toEqual(expect.arrayContaining([...ALWAYS, ...extra]));
  expect(check.bodyHashOk).toBe(true);
  expect(check.signatureOk).toBe(true);
}

describe("every mail is signed by the one configured transport", () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await sqliteTestDatabase();
  });
  afterEach(async () => {
    await database.dispose();
  });

  it("signs the confirmation mail with the key given inline, and its bounce address names it", async () => {
    const h = await startHarness(database, { env: operatorEnv });
    try {
      await subscribe(
        formPost("/api/newsletter/subscribe", { email: "uusi@example.fi", topics: ["talous"] }),
      );
      await h.deliver();
      const [mail] = h.smtp.received;
      expectVerified(mail!.raw, []);
      expect(mail!.from).toMatch(/^bounces\+o1-1-[0-9a-f]{20}@bounces\.uutiskirje\.example$/);
      expect(mail!.from.split("@")[0]!.length).toBeLessThanOrEqual(64);
      expect(readBounceAddress(mail!.from, SECRET)).toEqual({
        kind: "outbox",
        id: 1,
        subscriberId: 1,
      });
      // The check can fail: a changed Subject no longer verifies.
      const tampered = mail!.raw.replace(/^Subject: /m, "Subject: X");
      expect(verifyDkim(tampered, publicKey).signatureOk).toBe(false);
    } finally {
      await h.stop();
    }
  });

  it("signs the welcome mail over its List-Unsubscribe headers, with the reader's VERP sender", async () => {
    const h = await startHarness(database, { env: operatorEnv });
    try {
      await subscribe(
        formPost("/api/newsletter/subscribe", { email: "uusi@example.fi", topics: ["talous"] }),
      );
      await h.deliver();
      const link = linksIn(h.smtp.received[0]!.raw).find((l) => l.includes("/vahvista"))!;
      const token = new URL(link).searchParams.get("token")!;
      await confirm(formPost("/api/newsletter/confirm", { token }));
      await h.deliver();
      const welcome = h.smtp.received[1]!;
      expect(welcome.text).toContain("Tervetuloa uutiskirjeen tilaajaksi");
      expectVerified(welcome.raw, ["list-unsubscribe", "list-unsubscribe-post"]);
      expect(readBounceAddress(welcome.from, SECRET)).toEqual({
        kind: "outbox",
        id: 2,
        subscriberId: 1,
      });
    } finally {
      await h.stop();
    }
  });

  it("signs the issue over both List-Unsubscribe headers and Feedback-ID, with a VERP sender per reader", async () => {
    const smtp = await startSmtpServer();
    const transport = createTransportFromEnv(
      { ...operatorEnv, SMTP_URL: smtp.url },
      { tokenSecret: TOKEN_SECRET, pool: true },
    );
    const law = await addConfirmedSubscriber(database.db, "laki@example.fi", ["tyooikeus"]);
    const work = await addConfirmedSubscriber(database.db, "tyo@example.fi", ["tyooikeus"]);
    await sendIssue("2023-10-02", sendDeps(database.db, transport, articles));
    transport.close();
    await smtp.close();
    expect(smtp.received).toHaveLength(2);
    for (const mail of smtp.received) {
      expect(mail.headers.get("dkim-signature")).toMatch(/s=posti2026/);
      expect(mail.headers.get("feedback-id")).toBe("20231002:uutiskirje:issue:uutiskirje.example");
      expectVerified(mail.raw, ["list-unsubscribe", "list-unsubscribe-post", "feedback-id"]);
      const ref = readBounceAddress(mail.from, TOKEN_SECRET);
      const id = mail.to[0] === "laki@example.fi" ? law : work;
      expect(ref).toEqual({ kind: "issue", day: "2023-10-02", subscriberId: id });
    }
    const tampered = smtp.received[0]!.raw.replace("token=", "token=x");
    expect(verifyDkim(tampered, publicKey).signatureOk).toBe(false);
  });

  it("sends from MAIL_FROM's address as envelope sender when BOUNCE_ADDRESS is unset", async () => {
    const smtp = await startSmtpServer();
    const env = { ...operatorEnv, BOUNCE_ADDRESS: undefined, SMTP_URL: smtp.url };
    const transport = createTransportFromEnv(env, { tokenSecret: TOKEN_SECRET });
    await addConfirmedSubscriber(database.db, "laki@example.fi", ["tyooikeus"]);
    await sendIssue("2023-10-02", sendDeps(database.db, transport, articles));
    transport.close();
    await smtp.close();
    expect(smtp.received.map((m) => m.from)).toEqual(["uutiskirje@uutiskirje.example"]);
  });
});

describe("DKIM configuration", () => {
  const attempt = (vars: Record<string, string>) => () => getEnv({ NODE_ENV: "test", ...vars });

  it("stops on a half-set configuration, naming what is missing", () => {
    expect(attempt({ DKIM_DOMAIN: "uutiskirje.example" })).toThrow(
      /DKIM_SELECTOR: DKIM is half configured[\s\S]*DKIM_PRIVATE_KEY: DKIM is half/,
    );
    expect(attempt({ DKIM_PRIVATE_KEY_FILE: "/etc/dkim.pem" })).toThrow(
      /^(?!.*DKIM_PRIVATE_KEY:)[\s\S]*DKIM_DOMAIN:/,
    );
    expect(
      attempt({
        DKIM_DOMAIN: "uutiskirje.example",
        DKIM_SELECTOR: "posti",
        DKIM_PRIVATE_KEY: "x",
        DKIM_PRIVATE_KEY_FILE: "/etc/dkim.pem",
      }),
    ).toThrow(/DKIM_PRIVATE_KEY_FILE: set DKIM_PRIVATE_KEY or DKIM_PRIVATE_KEY_FILE, not both/);
    expect(attempt({})).not.toThrow();
  });

  it("refuses an unreadable key file or a key that is not PEM, naming the variable", () => {
    const base = {
      NODE_ENV: "test" as const,
      DKIM_DOMAIN: "uutiskirje.example",
      DKIM_SELECTOR: "posti",
    };
    const missing = getEnv({ ...base, DKIM_PRIVATE_KEY_FILE: "/nonexistent/dkim.pem" });
    expect(() => createTransportFromEnv(missing, { tokenSecret: SECRET })).toThrow(
      /^DKIM_PRIVATE_KEY_FILE: cannot read \/nonexistent\/dkim.pem/,
    );
    const garbled = getEnv({ ...base, DKIM_PRIVATE_KEY: "not a key" });
    expect(() => createTransportFromEnv(garbled, { tokenSecret: SECRET })).toThrow(
      /^DKIM_PRIVATE_KEY: not a PEM private key/,
    );
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dkim-"));
    fs.writeFileSync(path.join(dir, "k.pem"), privateKey);
    const fromFile = getEnv({ ...base, DKIM_PRIVATE_KEY_FILE: path.join(dir, "k.pem") });
    expect(() => createTransportFromEnv(fromFile, { tokenSecret: SECRET }).close()).not.toThrow();
    fs.rmSync(dir, { recursive: true });
  });
});
