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

// A reply the server gives instead of accepting: basic code and the rest of the line, which
// starts with the enhanced code when there is one ("5.1.1 No such user").
export type SmtpReply = { code: number; text: string };

// The SMTP stages a fault can be injected at: the greeting (onConnect), AUTH (onAuth),
// MAIL FROM, RCPT TO (every recipient) and the reply to the message's end (onData).
export type FaultStage = "connect" | "auth" | "mail-from" | "rcpt" | "data";

export type SmtpServerOptions = {
  // Fixed port (for Postfix relaying to it); 0 = any free port.
  port?: number;
  // Reply to RCPT TO with this code for this address (`status`: the enhanced code, e.g.
  // "5.1.1"); a refusal with `times` is given that many times, then the address is accepted.
  refuse?: Record<string, { code: number; status?: string; times?: number }>;
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

function replyError(reply: SmtpReply) {
  return Object.assign(new Error(reply.text), { responseCode: reply.code });
}

// A real SMTP server on 127.0.0.1 and a free port, collecting what it receives. It offers
// AUTH (any user and password, without TLS on loopback: `authUrl`), and a test can make it
// answer any stage with a refusal (`setFault`) or hold its reply to a message (`setStall`).
export async function startSmtpServer(options: SmtpServerOptions = {}) {
  const received: ReceivedMail[] = [];
  const refusals = new Map(Object.entries(options.refuse ?? {}).map(([k, v]) => [k, { ...v }]));
  const faults = new Map<FaultStage, SmtpReply & { after: number }>();
  let refuseAll = false;
  let stallMs = 0;
  let count = 0;
  const fault = (stage: FaultStage) => {
    const reply = faults.get(stage);
    return reply && count >= reply.after ? replyError(reply) : null;
  };
  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    authMethods: ["PLAIN", "LOGIN"],
    disabledCommands: ["STARTTLS"],
    logger: false,
    maxClients: 100,
    onConnect(_session, callback) {
      callback(fault("connect"));
    },
    onAuth(auth, _session, callback) {
      const refused = fault("auth");
      if (refused) return callback(refused);
      callback(null, { user: auth.username ?? "test" });
    },
    onMailFrom(_address, _session, callback) {
      callback(fault("mail-from"));
    },
    onRcptTo(address, _session, callback) {
      const refused = fault("rcpt");
      if (refused) return callback(refused);
      if (refuseAll) return callback(replyError({ code: 451, text: `refused ${address.address}` }));
      const refusal = refusals.get(address.address);
      if (refusal && (refusal.times === undefined || refusal.times-- > 0)) {
        const text = `${refusal.status ? `${refusal.status} ` : ""}refused ${address.address}`;
        return callback(replyError({ code: refusal.code, text }));
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => {
        if (!options.countOnly) chunks.push(chunk);
      });
      stream.on("end", async () => {
        if (stallMs > 0) await new Promise((resolve) => setTimeout(resolve, stallMs));
        const refused = fault("data");
        if (refused) return callback(refused);
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
  // A client killed mid-session (tests do kill -9 a sender) resets its socket: not an error here.
  server.on("error", () => undefined);
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const port = (server.server.address() as { port: number }).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    // The same server, logging in with a user name and password (AUTH PLAIN).
    authUrl: `smtp://kayttaja:salasana@127.0.0.1:${port}`,
    received,
    count: () => count,
    // While true, every recipient gets a temporary failure (SMTP "down" for our purposes).
    setRefusing(value: boolean) {
      refuseAll = value;
    },
    // Answers `stage` with this reply once `after` messages have been taken in all (undefined:
    // accept again).
    setFault(stage: FaultStage, reply: SmtpReply | undefined, after = 0) {
      if (reply) faults.set(stage, { ...reply, after });
      else faults.delete(stage);
    },
    // Holds the reply to each message's end for `ms` (a relay slow to take DATA).
    setStall(ms: number) {
      stallMs = ms;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
