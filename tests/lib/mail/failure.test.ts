import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  classifyDsnRecipient,
  classifyMailError,
  classifyRecordedRefusal,
  type FailureOutcome,
} from "@/lib/mail/failure";
import { createMailTransport } from "@/lib/mail/transport";
import { startSmtpServer, type FaultStage } from "@/tests/helpers/smtp";

const FROM = "Uutiskirje <uutiskirje@uutiskirje.example>";
const mail = { to: "lukija@example.fi", subject: "Testi", text: "teksti", html: "<p>teksti</p>" };

// Each reply the relay may give, at the stage it gives it, and what it must mean.
const CASES: [FaultStage, number, string, FailureOutcome, string][] = [
  ["auth", 535, "5.7.8 Authentication credentials invalid", "ours", "refused our login"],
  ["auth", 534, "5.7.9 Please log in with your web browser", "ours", "refused our login"],
  ["auth", 454, "4.7.0 Temporary authentication failure", "ours", "refused our login"],
  ["mail-from", 553, "5.7.1 Sender address rejected: not owned by user", "ours", "sender"],
  ["mail-from", 530, "5.7.0 Authentication required", "ours", "refused our login"],
  ["mail-from", 451, "4.7.1 Sending rate exceeded", "ours", "sender"],
  ["rcpt", 550, "5.1.1 <lukija@example.fi>: Recipient address rejected", "recipient-gone", ""],
  ["rcpt", 550, "5.1.10 Recipient address has null MX", "recipient-gone", ""],
  ["rcpt", 550, "5.2.1 Mailbox disabled", "recipient-gone", ""],
  ["rcpt", 550, "5.4.5 Daily user sending quota exceeded", "ours", "quota"],
  ["rcpt", 550, "5.7.1 Relaying denied", "ours", "policy"],
  ["rcpt", 553, "5.1.8 Sender domain does not exist", "ours", "sender"],
  ["rcpt", 452, "4.5.3 Too many recipients", "ours", "quota"],
  ["rcpt", 452, "Too many recipients", "ours", "quota"],
  ["rcpt", 552, "Requested mail action aborted: exceeded storage allocation", "ours", "large"],
  ["rcpt", 550, "Mailbox unavailable", "recipient-later", "for now"],
  ["rcpt", 451, "4.7.1 Greylisted, try again later", "recipient-later", "for now"],
  ["rcpt", 452, "4.2.2 Mailbox full", "recipient-later", "for now"],
  ["rcpt", 421, "4.3.2 Service shutting down", "relay-later", "did not answer"],
  ["data", 550, "5.1.1 User unknown", "recipient-gone", ""],
  ["data", 554, "5.7.1 Message rejected as spam", "ours", "policy"],
  ["data", 552, "5.3.4 Message size exceeds fixed limit", "ours", "large"],
  ["data", 554, "Transaction failed", "ours", "policy"],
  ["data", 451, "4.3.0 Temporary system problem", "ours", "quota"],
  ["connect", 554, "5.7.1 Your IP is on a block list", "ours", "refused our connection"],
  ["connect", 421, "4.3.2 Too busy, try later", "relay-later", "did not answer"],
];

describe.each([
  { pool: false, name: "one connection per mail" },
  { pool: true, name: "pooled connections" },
])("what a relay's refusal means, from the real nodemailer ($name)", ({ pool }) => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  beforeAll(async () => {
    smtp = await startSmtpServer();
  });
  afterAll(() => smtp.close());

  it.each(CASES)("%s answered %i %s: %s", async (stage, code, text, outcome, says) => {
    smtp.setFault(stage, { code, text });
    const transport = createMailTransport({
      from: FROM,
      smtpUrl: smtp.authUrl,
      outboxDir: "unused",
      pool,
    });
    try {
      const error = await transport.send(mail).then(
        () => null,
        (e: unknown) => e,
      );
      const failure = classifyMailError(error);
      expect(failure.outcome).toBe(outcome);
      // A 421 closes the connection: nodemailer reports it as the connection's failure.
      const seen = stage === "connect" ? "greeting" : code === 421 ? "connection" : stage;
      expect(failure.stage).toBe(seen);
      expect(failure.summary).toContain(`${code} ${text}`.replace("lukija@", "l***@"));
      expect(failure.summary).toContain(says);
    } finally {
      transport.close();
      smtp.setFault(stage, undefined);
    }
  });
});

describe("what a failure without a reply means", () => {
  it("counts an unreachable relay as try later, naming host and port", async () => {
    const transport = createMailTransport({
      from: FROM,
      smtpUrl: "smtp://127.0.0.1:9",
      outboxDir: "unused",
    });
    const error = await transport.send(mail).catch((e: unknown) => e);
    transport.close();
    expect(classifyMailError(error)).toMatchObject({
      outcome: "relay-later",
      stage: "connection",
      temporary: true,
    });
    expect(classifyMailError(error).summary).toMatch(/did not answer.*ECONNREFUSED/);
  });

  it("counts a TLS failure as ours: smtps:// to a server that speaks plain SMTP", async () => {
    const smtp = await startSmtpServer();
    const transport = createMailTransport({
      from: FROM,
      smtpUrl: smtp.url.replace("smtp:", "smtps:"),
      outboxDir: "unused",
    });
    const error = await transport.send(mail).catch((e: unknown) => e);
    transport.close();
    await smtp.close();
    expect(classifyMailError(error)).toMatchObject({ outcome: "ours", stage: "tls" });
    expect(classifyMailError(error).summary).toContain("TLS with the mail server failed");
  });

  it("counts an outbox folder that cannot be written, or any other error, as ours", () => {
    const disk = Object.assign(new Error("ENOSPC: no space left on device, write"), {
      code: "ENOSPC",
      syscall: "write",
    });
    expect(classifyMailError(disk)).toMatchObject({ outcome: "ours", stage: "local" });
    expect(classifyMailError(new Error("boom"))).toMatchObject({ outcome: "ours" });
    expect(classifyMailError(undefined)).toMatchObject({ outcome: "ours" });
  });
});

describe("what a DSN recipient means", () => {
  it.each([
    ["5.1.1", "recipient-gone"],
    ["5.1.2", "recipient-gone"],
    ["5.1.6", "recipient-gone"],
    ["5.2.1", "recipient-gone"],
    ["5.2.2", "recipient-later"],
    ["4.4.7", "recipient-later"],
    ["5.4.4", "recipient-later"],
    ["5.1.7", "ours"],
    ["5.1.8", "ours"],
    ["5.7.1", "ours"],
    ["5.3.4", "ours"],
    ["5.6.0", "ours"],
  ] as const)("Action failed, Status %s: %s", (status, outcome) => {
    expect(classifyDsnRecipient("failed", status)?.outcome).toBe(outcome);
  });

  it("acts on nothing but a failed delivery", () => {
    expect(classifyDsnRecipient("delayed", "4.4.1")).toBeNull();
    expect(classifyDsnRecipient("delivered", "2.0.0")).toBeNull();
  });
});

describe("refusals recorded by the old classifiers", () => {
  it.each([
    ["Invalid login: 535 5.7.8 Authentication credentials invalid", "535", "ours"],
    ["Mail command failed: 553 5.7.1 Sender address rejected", "5.7.1", "ours"],
    [
      "Can't send mail - all recipients were rejected: 550 5.4.5 Daily quota exceeded",
      "5.4.5",
      "ours",
    ],
    [
      "Can't send mail - all recipients were rejected: 550 5.1.1 <l***@example.fi>: unknown",
      "5.1.1",
      "recipient-gone",
    ],
    ["Can't send mail - all recipients were rejected: 550 refused", "5xx", "recipient-later"],
    ["Message failed: 554 5.7.1 spam", "5.7.1", "ours"],
  ] as const)("%s", (message, status, outcome) => {
    expect(classifyRecordedRefusal(message, status).outcome).toBe(outcome);
  });
});
