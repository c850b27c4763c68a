import { consoleLogger } from "@/lib/log";
import { htmlPage } from "./respond";

// Wraps a route handler so that an unexpected failure (database down) gives a Finnish 503
// page without internals, and the error goes to the log instead.
export function guarded(handler: (request: Request) => Promise<Response>) {
  return async (request: Request): Promise<Response> => {
    try {
      return await handler(request);
    } catch (error) {
      consoleLogger.error("request failed:", error instanceof Error ? error.message : error);
      return htmlPage(
        503,
        "Palvelussa on häiriö",
        [
          "Pyyntöäsi ei voitu käsitellä juuri nyt. Mitään ei tallennettu. Yritä hetken päästä uudelleen.",
        ],
        undefined,
        { "Retry-After": "60" },
      );
    }
  };
}
