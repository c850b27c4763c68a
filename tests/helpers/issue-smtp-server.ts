import { SMTPServer } from "smtp-server";

export type ReceivedMail = { to: string[]; raw: string; headers: Map<string, string> };

export type SmtpServerOptions = {
  // Reply to RCPT TO with this code (e.g. 550 permanent, 451 transient) for this address;
  // a transient code is given `times` times, then the address is accepted.
  refuse?: Record<string, { code: number; times?: number }>;
  // Keep only a count, not the messages (benchmarks).
  countOnly?: boolean;
};

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

// An SMTP server on 127.0.0.1 (a free port) that keeps what it receives.
export async function startSmtpServer(options: SmtpServerOptions = {}) {
  const received: ReceivedMail[] = [];
  const refusals = new Map(Object.entries(options.refuse ?? {}).map(([k, v]) => [k, { ...v }]));
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    maxClients: 100,
    onRcptTo(address, _session, callback) {
      const refusal = refusals.get(address.address);
      if (refusal && (refusal.times === undefined || refusal.times-- > 0)) {
        const error = Object.assign(new Error(`refused ${address.address}`), {
          responseCode: refusal.code,
        });
        return callback(error);
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
            to: session.envelope.rcptTo.map((r) => r.address),
            raw,
            headers: parseHeaders(raw),
          });
        }
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as { port: number }).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    count: () => count,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
