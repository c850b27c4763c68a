import { guarded } from "@/lib/http/guarded";
import { getNewsletterServer } from "@/lib/server/server";
import { handleOneClickUnsubscribe } from "@/lib/subscription/token-requests";

export const POST = guarded(async (request) => {
  const { deps } = await getNewsletterServer();
  return handleOneClickUnsubscribe(request, deps);
});
