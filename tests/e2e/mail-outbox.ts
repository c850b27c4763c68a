import fs from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";

// Waits for the .eml file addressed to `email` (and holding `containing`, when given) in the
// outbox folder and gives its decoded text, links and HTML part.
export async function waitForMail(
  outboxDir: string,
  email: string,
  { timeoutMs = 15_000, containing }: { timeoutMs?: number; containing?: string } = {},
): Promise<{ raw: string; links: string[]; html: string }> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const files = fs.existsSync(outboxDir)
      ? fs.readdirSync(outboxDir).filter((f) => f.endsWith(".eml"))
      : [];
    for (const file of files) {
      const source = fs.readFileSync(path.join(outboxDir, file));
      const raw = decode(source.toString("utf8"));
      if (
        new RegExp(`^To: ${email.replace(/[.+]/g, "\\$&")}$`, "m").test(raw) &&
        (!containing || raw.includes(containing))
      ) {
        const html = (await simpleParser(source)).html || "";
        return { raw, links: [...raw.matchAll(/https?:\/\/[^\s"<>]+/g)].map((m) => m[0]), html };
      }
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no mail to ${email} in ${outboxDir}`);
}

// Gives every recipient with a mail in the outbox folder.
export function recipientsInOutbox(outboxDir: string): Set<string> {
  if (!fs.existsSync(outboxDir)) return new Set();
  return new Set(
    fs
      .readdirSync(outboxDir)
      .filter((f) => f.endsWith(".eml"))
      .map(
        (f) =>
          fs
            .readFileSync(path.join(outboxDir, f), "utf8")
            .match(/^To: (.+)$/m)?.[1]
            ?.trim() ?? "",
      ),
  );
}

function decode(raw: string): string {
  const bytes = raw
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  return Buffer.from(bytes, "latin1").toString("utf8");
}
