import { guarded } from "@/lib/http/guarded";
import { getNewsletterServer } from "@/lib/server/server";
import { handleManage } from "@/lib/subscription/token-requests";

export const POST = guarded(async (request) => {
  const { deps } = await getNewsletterServer();
  return handleManage(request, deps);
});
