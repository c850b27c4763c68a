import { guarded } from "@/lib/http/guarded";
import { getNewsletterServer } from "@/lib/newsletter/server";
import { handleConfirm } from "@/lib/newsletter/token-requests";

export const POST = guarded(async (request) => {
  const { deps } = await getNewsletterServer();
  return handleConfirm(request, deps);
});
