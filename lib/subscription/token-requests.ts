import { readBody } from "@/lib/http/read-body";
import { htmlPage, problem, seeOther, type Problem } from "@/lib/http/respond";
import { isCrossSite } from "@/lib/http/same-origin";
import {
  changeSettings,
  confirmSubscription,
  resumeDelivery,
  unsubscribe,
  type TokenFailure,
} from "./manage";
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
  superseded: {
    status: 410,
    message:
      "Linkki ei ole enää voimassa, koska tilausta on muutettu sen jälkeen, kun linkki lähetettiin. Käytä uusimman viestin linkkiä.",
  },
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
  return settings(result.manageToken, "vahvistettu");
}

const settings = (token: string, notice: string) =>
  seeOther(`/uutiskirje/asetukset?token=${encodeURIComponent(token)}&tila=${notice}`);

// POST of the manage page: saves the topics and rhythm ("tallenna"), unsubscribes ("peru"), or resumes
// issues held back after soft bounces ("jatka").
export async function handleManage(request: Request, deps: NewsletterDeps) {
  const form = await readTokenForm(request, deps.siteUrl);
  if (!form.ok) return problem(request, form.error);
  if (form.fields.action === "peru") {
    const result = await unsubscribe(form.token, "manage", deps);
    return result.kind === "unsubscribed"
      ? seeOther("/uutiskirje/peruttu")
      : failure(request, result);
  }
  if (form.fields.action === "jatka") {
    const result = await resumeDelivery(form.token, deps);
    return result.kind === "resumed" ? settings(form.token, "jatkuu") : failure(request, result);
  }
  const parsed = settingsSchema.safeParse(form.fields);
  if (!parsed.success) {
    const back = {
      href: `/uutiskirje/asetukset?token=${encodeURIComponent(form.token)}`,
      label: "Takaisin asetuksiin",
    };
    return problem(request, { status: 400, message: parsed.error.issues[0]!.message, back });
  }
  const result = await changeSettings(form.token, parsed.data, deps);
  if (result.kind !== "saved") return failure(request, result);
  return settings(form.token, "tallennettu");
}

// The field the one-click page's own button adds: that POST comes from a person in a browser,
// who is sent on to the site's "unsubscribed" page rather than shown the bare answer.
export const ONE_CLICK_PAGE_FIELD = "sivulta";

// RFC 8058 one-click: the mail provider POSTs to the List-Unsubscribe URL, with no Origin and
// no cookies; it wants a 2xx, not a redirect. The token in the URL is the whole authority.
export async function handleOneClickUnsubscribe(request: Request, deps: NewsletterDeps) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const result = await unsubscribe(token, "unsubscribe", deps);
  if (result.kind === "invalid" || result.kind === "expired") return failure(request, result);
  if (await fromOneClickPage(request)) return seeOther("/uutiskirje/peruttu");
  return htmlPage(200, "Tilaus peruttu", ["Et saa enää uutiskirjettä tähän osoitteeseen."], HOME);
}

// The body is read only to tell our page's form from a mail provider; an RFC 8058 POST
// (List-Unsubscribe=One-Click, or any other body) gets the answer it always got.
async function fromOneClickPage(request: Request) {
  const type = request.headers.get("content-type") ?? "";
  if (!type.startsWith("application/x-www-form-urlencoded")) return false;
  const body = await readBody(request);
  return body.ok && body.fields[ONE_CLICK_PAGE_FIELD] === "1";
}

// A browser that opens the one-click URL (some mail programs do, with GET) is shown the page
// whose button unsubscribes: a GET never changes anything, since mail scanners fetch links.
export function showOneClickPage(request: Request) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  return seeOther(`/uutiskirje/peru?token=${encodeURIComponent(token)}`);
}
