import { SMTPServer } from "smtp-server";

export type ReceivedMail = {
  // The envelope sender (SMTP MAIL FROM), where bounces go.
  from: string;
  to: string[];
  raw: string;
  // The message with quoted-printable undone, for reading links and Finnish text.
  text: string;
  headers: Map<string, string>;
};

export type SmtpServerOptions = {
  // Fixed port (for Postfix relaying to it); 0 = any free port.
  port?: number;
  // Reply to RCPT TO with this code (e.g. 550 permanent, 451 transient) for this address;
  // a transient code is given `times` times, then the address is accepted.
  refuse?: Record<string, { code: number; times?: number }>;
  // Keep only a count, not the messages (benchmarks).
  countOnly?: boolean;
};

// Undoes quoted-printable so tests can read links and Finnish text out of a raw message.
export function decodeQuotedPrintable(raw: string): string {
  const bytes = raw
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, "latin1").toString("utf8");
}

// Gives the links in a raw message.
export function linksIn(raw: string): string[] {
  return [...decodeQuotedPrintable(raw).matchAll(/https?:\/\/[^\s"<>]+/g)].map((m) => m[0]);
}

// Unfolded header fields of a raw message, by lower-case name (the last one wins).
export function parseHeaders(raw: string): Map<string, string> {
  const head = raw.split(/\r?\n\r?\n/)[0] ?? "";
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0)
      headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

function refusalError(address: string, code: number) {
  return Object.assign(new Error(`refused ${address}`), { responseCode: code });
}

// A real SMTP server on 127.0.0.1 and a free port, collecting what it receives.
export async function startSmtpServer(options: SmtpServerOptions = {}) {
  const received: ReceivedMail[] = [];
  const refusals = new Map(Object.entries(options.refuse ?? {}).map(([k, v]) => [k, { ...v }]));
  let refuseAll = false;
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    maxClients: 100,
    onRcptTo(address, _session, callback) {
      if (refuseAll) return callback(refusalError(address.address, 451));
      const refusal = refusals.get(address.address);
      if (refusal && (refusal.times === undefined || refusal.times-- > 0)) {
        return callback(refusalError(address.address, refusal.code));
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => {
        if (!options.countOnly) chunks.push(chunk);
      });
      stream.on("end", () => {
        count++;
        if (!options.countOnly) {
          const raw = Buffer.concat(chunks).toString("utf8");
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            to: session.envelope.rcptTo.map((r) => r.address),
            raw,
            text: decodeQuotedPrintable(raw),
            headers: parseHeaders(raw),
          });
        }
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const port = (server.server.address() as { port: number }).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    count: () => count,
    // While true, every recipient gets a temporary failure (SMTP "down" for our purposes).
    setRefusing(value: boolean) {
      refuseAll = value;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
