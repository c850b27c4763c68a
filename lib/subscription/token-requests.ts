import { readBody } from "@/lib/http/read-body";
import { htmlPage, problem, seeOther, type Problem } from "@/lib/http/respond";
import { isCrossSite } from "@/lib/http/same-origin";
import { changeSettings, confirmSubscription, unsubscribe, type TokenFailure } from "./manage";
import type { NewsletterDeps } from "./deps";
import { CROSS_SITE_MESSAGE } from "./signup-request";
import { signupSchema } from "./signup-schema";

// The manage page's settings: the sign-up form's topics and rhythm, checked the same way; a
// post without a rhythm (a page from before the choice) leaves the stored one as it is.
const settingsSchema = signupSchema
  .pick({ topics: true })
  .extend({ frequency: signupSchema.shape.frequency.unwrap().optional() });

const HOME = { href: "/uutiskirje", label: "Uutiskirjeen sivulle" };

// Why a link did not work, in words the reader can act on.
export const TOKEN_FAILURES: Record<TokenFailure["kind"], { status: number; message: string }> = {
  invalid: {
    status: 400,
    message: "Linkki on virheellinen. Tarkista, että avasit koko linkin viestistä.",
  },
  expired: {
    status: 410,
    message: "Linkki on vanhentunut. Tilaa uutiskirje uudelleen, niin saat uuden linkin.",
  },
  gone: { status: 410, message: "Tilausta ei enää ole: se on peruttu tai poistettu." },
};

const failure = (request: Request, f: TokenFailure) =>
  problem(request, { ...TOKEN_FAILURES[f.kind], back: HOME });

async function readTokenForm(request: Request, siteUrl: string) {
  if (isCrossSite(request, siteUrl))
    return {
      ok: false as const,
      error: { status: 403, message: CROSS_SITE_MESSAGE, back: HOME } as Problem,
    };
  const body = await readBody(request);
  if (!body.ok)
    return {
      ok: false as const,
      error: { status: body.status, message: body.message, back: HOME } as Problem,
    };
  const token = body.fields.token;
  return typeof token === "string"
    ? { ok: true as const, token, fields: body.fields }
    : { ok: false as const, error: { ...TOKEN_FAILURES.invalid, back: HOME } };
}

// POST of the confirmation page: confirms and sends the reader to their manage page.
export async function handleConfirm(request: Request, deps: NewsletterDeps) {
  const form = await readTokenForm(request, deps.siteUrl);
  if (!form.ok) return problem(request, form.error);
  const result = await confirmSubscription(form.token, deps);
  if (result.kind !== "confirmed") return failure(request, result);
  return seeOther(
    `/uutiskirje/asetukset?token=${encodeURIComponent(result.manageToken)}&tila=vahvistettu`,
  );
}

// POST of the manage page: saves the topics and rhythm ("tallenna") or unsubscribes ("peru").
export async function handleManage(request: Request, deps: NewsletterDeps) {
  const form = await readTokenForm(request, deps.siteUrl);
  if (!form.ok) return problem(request, form.error);
  if (form.fields.action === "peru") {
    const result = await unsubscribe(form.token, "manage", deps);
    return result.kind === "unsubscribed"
      ? seeOther("/uutiskirje/peruttu")
      : failure(request, result);
  }
  const settings = settingsSchema.safeParse(form.fields);
  if (!settings.success) {
    const back = {
      href: `/uutiskirje/asetukset?token=${encodeURIComponent(form.token)}`,
      label: "Takaisin asetuksiin",
    };
    return problem(request, { status: 400, message: settings.error.issues[0]!.message, back });
  }
  const result = await changeSettings(form.token, settings.data, deps);
  if (result.kind !== "saved") return failure(request, result);
  return seeOther(`/uutiskirje/asetukset?token=${encodeURIComponent(form.token)}&tila=tallennettu`);
}

// RFC 8058 one-click: the mail provider POSTs to the List-Unsubscribe URL, with no Origin and
// no cookies; it wants a 2xx, not a redirect. The token in the URL is the whole authority.
export async function handleOneClickUnsubscribe(request: Request, deps: NewsletterDeps) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const result = await unsubscribe(token, "unsubscribe", deps);
  if (result.kind === "invalid" || result.kind === "expired") return failure(request, result);
  return htmlPage(200, "Tilaus peruttu", ["Et saa enää uutiskirjettä tähän osoitteeseen."], HOME);
}
