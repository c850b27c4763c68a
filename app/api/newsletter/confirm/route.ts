import { guarded } from "@/lib/http/guarded";
import { getNewsletterServer } from "@/lib/server/server";
import { handleConfirm } from "@/lib/subscription/token-requests";

export const POST = guarded(async (request) => {
  const { deps } = await getNewsletterServer();
  return handleConfirm(request, deps);
});
