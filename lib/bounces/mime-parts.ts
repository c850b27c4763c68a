// The direct parts of a multipart/report (RFC 6522), read from the raw bytes: mailparser
// merges an inline message/rfc822 part into the body, but the report's third part (the
// original message or its headers) is exactly what identifies the mail a complaint is about.
export type RawPart = { contentType: string; headers: Map<string, string>; body: string };

// Unfolded header fields by lower-case name (the first one wins, as the top of a message is
// what its last hop wrote).
export function parseHeaderBlock(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return headers;
}

export function splitHead(text: string): { head: string; body: string } {
  const match = /\r?\n\r?\n/.exec(text);
  if (!match) return { head: text, body: "" };
  return { head: text.slice(0, match.index), body: text.slice(match.index + match[0].length) };
}

function decode(body: string, encoding: string | undefined): string {
  const cte = (encoding ?? "").toLowerCase();
  if (cte === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (cte === "quoted-printable") {
    return body
      .replace(/=\r?\n/g, "")
      .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  }
  return body;
}

// Gives the direct parts of a multipart message with this boundary.
export function topLevelParts(raw: string, boundary: string): RawPart[] {
  const delimiter = `--${boundary}`;
  const chunks = raw.split(delimiter).slice(1);
  const parts: RawPart[] = [];
  for (const chunk of chunks) {
    if (chunk.startsWith("--")) break;
    const { head, body } = splitHead(chunk.replace(/^[ \t]*\r?\n/, ""));
    const headers = parseHeaderBlock(head);
    const contentType = (headers.get("content-type") ?? "text/plain").split(";")[0]!.trim();
    parts.push({
      contentType: contentType.toLowerCase(),
      headers,
      body: decode(body, headers.get("content-transfer-encoding")),
    });
  }
  return parts;
}

// Gives the groups of "Name: value" fields of a delivery-status or feedback-report body:
// the per-message group first, then one per recipient (RFC 3464 §2.1).
export function fieldGroups(body: string): Map<string, string>[] {
  return body
    .split(/\r?\n[ \t]*\r?\n/)
    .map((group) => parseHeaderBlock(group))
    .filter((group) => group.size > 0);
}
