import { guarded } from "@/lib/http/guarded";
import { getNewsletterServer } from "@/lib/newsletter/server";
import { handleOneClickUnsubscribe } from "@/lib/newsletter/token-requests";

export const POST = guarded(async (request) => {
  const { deps } = await getNewsletterServer();
  return handleOneClickUnsubscribe(request, deps);
});
