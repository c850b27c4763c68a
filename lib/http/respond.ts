import { escapeMarkup } from "@/lib/escape";

// Whether to answer with JSON (our fetch enhancement) rather than a page (a plain form post).
export function wantsJson(request: Request): boolean {
  const type = request.headers.get("content-type") ?? "";
  return (
    type.startsWith("application/json") ||
    (request.headers.get("accept") ?? "").startsWith("application/json")
  );
}

// A form post succeeded: send the browser to a result page (Post/Redirect/Get).
export function seeOther(location: string): Response {
  return new Response(null, {
    status: 303,
    headers: { Location: location, "Cache-Control": "no-store" },
  });
}

// Gives a small Finnish page for answers a plain form post gets directly (errors, one-click).
export function htmlPage(
  status: number,
  title: string,
  lines: string[],
  back?: { href: string; label: string },
  headers: HeadersInit = {},
) {
  const body = `<!doctype html>
<html lang="fi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeMarkup(title)} – Juridiikan ja talouden uutiskirje</title>
<style>body{font:18px/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1e293b}a{color:#1d4ed8}</style></head>
<body><main><h1>${escapeMarkup(title)}</h1>
${lines.map((l) => `<p>${escapeMarkup(l)}</p>`).join("\n")}
${back ? `<p><a href="${escapeMarkup(back.href)}">${escapeMarkup(back.label)}</a></p>` : ""}
</main></body></html>`;
  return new Response(body, {
    status,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      ...headers,
    },
  });
}

export type Problem = {
  status: number;
  message: string;
  errors?: Record<string, string>;
  headers?: HeadersInit;
  back?: { href: string; label: string };
};

// Gives a problem answer as JSON or as a page, whichever the client asked for.
export function problem(request: Request, { status, message, ...extra }: Problem): Response {
  if (wantsJson(request)) {
    return Response.json(
      { ok: false, message, errors: extra.errors ?? {} },
      { status, headers: { "Cache-Control": "no-store", ...extra.headers } },
    );
  }
  const lines = extra.errors ? Object.values(extra.errors) : [message];
  return htmlPage(
    status,
    status === 429 ? "Liian monta yritystä" : "Tarkista tiedot",
    lines,
    extra.back,
    extra.headers,
  );
}
