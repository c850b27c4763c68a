import { createHash, createVerify } from "node:crypto";

// A small RFC 6376 verifier for relaxed/relaxed rsa-sha256 signatures, enough to check
// that what nodemailer signs is what a receiving server would verify.
function fieldsOf(head: string): { name: string; raw: string }[] {
  return head
    .split(/\r\n(?![ \t])/)
    .filter(Boolean)
    .map((raw) => ({ name: raw.slice(0, raw.indexOf(":")).trim().toLowerCase(), raw }));
}

function relaxedHeader(raw: string): string {
  const colon = raw.indexOf(":");
  const name = raw.slice(0, colon).trim().toLowerCase();
  const value = raw
    .slice(colon + 1)
    .replace(/\r\n/g, "")
    .replace(/[ \t]+/g, " ")
    .trim();
  return `${name}:${value}`;
}

function relaxedBody(body: string): string {
  const lines = body.split("\r\n").map((l) => l.replace(/[ \t]+/g, " ").replace(/ $/, ""));
  while (lines.length && lines[lines.length - 1] === "") lines.pop();
  return lines.length ? `${lines.join("\r\n")}\r\n` : "";
}

export type DkimCheck = {
  signedHeaders: string[];
  bodyHashOk: boolean;
  signatureOk: boolean;
  domain: string;
};

// Checks the message's DKIM-Signature against the body and the public key.
export function verifyDkim(raw: string, publicKeyPem: string): DkimCheck {
  const message = raw.replace(/\r?\n/g, "\r\n");
  const split = message.indexOf("\r\n\r\n");
  const fields = fieldsOf(message.slice(0, split));
  const signature = fields.find((f) => f.name === "dkim-signature");
  if (!signature) throw new Error("no DKIM-Signature header");
  const tags = new Map(
    relaxedHeader(signature.raw)
      .slice("dkim-signature:".length)
      .split(";")
      .map((t) => t.trim().split(/=(.*)/s).slice(0, 2) as [string, string])
      .map(([k, v]) => [k, v.replace(/\s+/g, "")]),
  );
  const signedHeaders = tags
    .get("h")!
    .split(":")
    .map((h) => h.toLowerCase());
  const bodyHash = createHash("sha256")
    .update(relaxedBody(message.slice(split + 4)))
    .digest("base64");
  const remaining = [...fields];
  const lines = signedHeaders.map((name) => {
    const index = remaining.map((f) => f.name).lastIndexOf(name);
    return index < 0 ? "" : `${relaxedHeader(remaining.splice(index, 1)[0]!.raw)}\r\n`;
  });
  const unsigned = relaxedHeader(signature.raw)
    .replace(/b=[^;]*$/, "b=")
    .replace(/(;\s*b=)[^;]*/, "$1");
  const verifier = createVerify("RSA-SHA256");
  verifier.update(lines.join("") + unsigned);
  return {
    signedHeaders,
    domain: tags.get("d")!,
    bodyHashOk: bodyHash === tags.get("bh"),
    signatureOk: verifier.verify(publicKeyPem, tags.get("b")!, "base64"),
  };
}
