import { guarded } from "@/lib/http/guarded";
import { getNewsletterServer } from "@/lib/server/server";
import { handleOneClickUnsubscribe, showOneClickPage } from "@/lib/subscription/token-requests";

export const POST = guarded(async (request) => {
  const { deps } = await getNewsletterServer();
  return handleOneClickUnsubscribe(request, deps);
});

// A mail program that opens List-Unsubscribe in a browser: the page, never the act.
export const GET = guarded(async (request) => showOneClickPage(request));
