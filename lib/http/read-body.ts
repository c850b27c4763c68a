export const MAX_BODY_BYTES = 10 * 1024;

export type Fields = Record<string, string | string[]>;
export type BodyRead =
  | { ok: true; fields: Fields; json: boolean }
  | { ok: false; status: 400 | 413 | 415; message: string };

const TOO_LARGE = {
  ok: false,
  status: 413,
  message: "Lomakkeen tiedot ovat liian suuret.",
} as const;

async function readCapped(request: Request, max: number): Promise<Uint8Array | null> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > max) return null;
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    // Content-Length can lie or be absent (chunked): count what actually arrives.
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function collect(entries: Iterable<[string, unknown]>): Fields {
  const fields: Fields = {};
  for (const [key, value] of entries) {
    if (typeof value !== "string") continue; // uploaded files are never ours
    const prev = fields[key];
    fields[key] = prev === undefined ? value : [...(Array.isArray(prev) ? prev : [prev]), value];
  }
  return fields;
}

// Reads a form post (urlencoded or multipart) or JSON body of at most `max` bytes into fields.
export async function readBody(request: Request, max = MAX_BODY_BYTES): Promise<BodyRead> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  const known = ["application/x-www-form-urlencoded", "multipart/form-data", "application/json"];
  if (!known.includes(type)) {
    return {
      ok: false,
      status: 415,
      message: "Lähetä lomake tavallisena lomakkeena tai JSON-muodossa.",
    };
  }
  const bytes = await readCapped(request, max);
  if (!bytes) return TOO_LARGE;
  try {
    if (type === "application/json") {
      const data: unknown = JSON.parse(new TextDecoder().decode(bytes));
      if (typeof data !== "object" || data === null || Array.isArray(data))
        throw new Error("not an object");
      return { ok: true, json: true, fields: data as Fields };
    }
    if (type === "application/x-www-form-urlencoded") {
      return {
        ok: true,
        json: false,
        fields: collect(new URLSearchParams(new TextDecoder().decode(bytes))),
      };
    }
    const form = await new Response(bytes as unknown as BodyInit, {
      headers: { "content-type": request.headers.get("content-type")! },
    }).formData();
    return { ok: true, json: false, fields: collect(form.entries()) };
  } catch {
    return { ok: false, status: 400, message: "Lomakkeen tietoja ei voitu lukea." };
  }
}
