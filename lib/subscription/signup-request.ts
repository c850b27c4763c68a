import type { RateLimiterRes } from "rate-limiter-flexible";
import { clientIp } from "@/lib/http/client-ip";
import { readBody } from "@/lib/http/read-body";
import { problem, seeOther, wantsJson, type Problem } from "@/lib/http/respond";
import { isCrossSite } from "@/lib/http/same-origin";
import type { NewsletterServer } from "./deps";
import { MESSAGES } from "./signup-form";
import { parseSignup, type SignupInput } from "./signup-schema";

export const CROSS_SITE_MESSAGE =
  "Lomake lähetettiin toiselta sivustolta, joten sitä ei käsitelty. Tilaa uutiskirje sivuston omalla lomakkeella.";
const BACK = { href: "/uutiskirje", label: "Takaisin tilauslomakkeeseen" };

const isRateLimiterRes = (value: unknown): value is RateLimiterRes =>
  typeof (value as RateLimiterRes | null)?.msBeforeNext === "number" && !(value instanceof Error);

async function rateLimited(request: Request, server: NewsletterServer): Promise<Problem | null> {
  if (!server.limiter) return null;
  try {
    await server.limiter.consume(clientIp(request.headers, server.trustProxy));
    return null;
  } catch (result) {
    // Duck-typed: the bundler may load rate-limiter-flexible twice, defeating instanceof.
    if (!isRateLimiterRes(result)) throw result;
    const seconds = String(Math.max(1, Math.ceil(result.msBeforeNext / 1000)));
    return {
      status: 429,
      message: MESSAGES.rateLimited,
      headers: { "Retry-After": seconds },
      back: BACK,
    };
  }
}

// Gives the validated sign-up of a request, or the 4xx answer it deserves: cross-site 403,
// rate limit 429, unknown content type 415, body past 10 KB 413, bad fields 400.
export async function readSignupRequest(
  request: Request,
  server: NewsletterServer,
): Promise<{ success: true; data: SignupInput } | { success: false; error: Problem }> {
  if (isCrossSite(request, server.deps.siteUrl)) {
    return { success: false, error: { status: 403, message: CROSS_SITE_MESSAGE, back: BACK } };
  }
  const limited = await rateLimited(request, server);
  if (limited) return { success: false, error: limited };
  const body = await readBody(request);
  if (!body.ok)
    return { success: false, error: { status: body.status, message: body.message, back: BACK } };
  const parsed = parseSignup(body.fields);
  if (!parsed.success) {
    const message = "Tarkista lomakkeen tiedot.";
    return { success: false, error: { status: 400, message, errors: parsed.errors, back: BACK } };
  }
  return { success: true, data: parsed.data };
}

// The same answer for every accepted sign-up, new or known: nothing to enumerate.
export function signupAccepted(request: Request): Response {
  if (wantsJson(request))
    return Response.json(
      { ok: true, message: MESSAGES.accepted },
      { headers: { "Cache-Control": "no-store" } },
    );
  return seeOther("/uutiskirje/kiitos");
}

export { problem };
