import { generateKeyPairSync } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getEnv } from "@/lib/env";
import { sendIssue } from "@/lib/issue/send-issue";
import { dkimFromEnv } from "@/lib/issue/send-setup";
import { makeArticle } from "@/tests/fixtures/articles";
import { sqliteTestDatabase, type TestDatabase } from "@/tests/helpers/databases";
import { verifyDkim } from "@/tests/helpers/dkim-verify";
import { addConfirmedSubscriber, sendDeps, smtpTransport } from "@/tests/helpers/issue-send";
import { startSmtpServer } from "@/tests/helpers/smtp";

const { privateKey, publicKey } = generateKeyPairSync("rsa", {
  modulusLength: 2048,
  privateKeyEncoding: { type: "pkcs8", format: "pem" },
  publicKeyEncoding: { type: "spki", format: "pem" },
});
const articles = [
  makeArticle({ title: "Työtuomioistuin ratkaisi", date: "2023-10-02", topics: ["tyooikeus"] }),
];

describe("DKIM signing of the issue", () => {
  let database: TestDatabase;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  beforeEach(async () => {
    database = await sqliteTestDatabase();
    smtp = await startSmtpServer();
  });
  afterEach(async () => {
    await smtp.close();
    await database.dispose();
  });

  it("signs every mail with a signature covering both List-Unsubscribe headers, which verifies", async () => {
    const env = getEnv({
      NODE_ENV: "test",
      DKIM_DOMAIN: "uutiskirje.example",
      DKIM_SELECTOR: "posti2026",
      DKIM_PRIVATE_KEY: privateKey.replace(/\n/g, "\\n"),
    });
    const transport = smtpTransport(smtp.url, dkimFromEnv(env));
    await addConfirmedSubscriber(database.db, "laki@example.fi", ["juridiikka"]);
    await addConfirmedSubscriber(database.db, "tyo@example.fi", ["tyooikeus"]);
    await sendIssue("2023-10-02", sendDeps(database.db, transport, articles));
    transport.close();
    expect(smtp.received).toHaveLength(2);
    for (const mail of smtp.received) {
      expect(mail.headers.get("dkim-signature")).toMatch(/s=posti2026/);
      const check = verifyDkim(mail.raw, publicKey);
      expect(check.domain).toBe("uutiskirje.example");
      expect(check.signedHeaders).toEqual(
        expect.arrayContaining([
          "from",
          "subject",
          "message-id",
          "list-unsubscribe",
          "list-unsubscribe-post",
        ]),
      );
      expect(check.bodyHashOk).toBe(true);
      expect(check.signatureOk).toBe(true);
    }
    // The check can fail: a List-Unsubscribe header changed on the way no longer verifies.
    const tampered = smtp.received[0]!.raw.replace("token=", "token=x");
    expect(verifyDkim(tampered, publicKey).signatureOk).toBe(false);
  });

  it("refuses a half-configured DKIM setup instead of sending unsigned mail", () => {
    const env = getEnv({ NODE_ENV: "test", DKIM_DOMAIN: "uutiskirje.example" });
    expect(() => dkimFromEnv(env)).toThrow(/DKIM_SELECTOR, DKIM_PRIVATE_KEY/);
    expect(dkimFromEnv(getEnv({ NODE_ENV: "test" }))).toBeUndefined();
  });
});
