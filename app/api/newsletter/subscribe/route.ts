import { guarded } from "@/lib/http/guarded";
import { getNewsletterServer } from "@/lib/server/server";
import { problem, readSignupRequest, signupAccepted } from "@/lib/subscription/signup-request";
import { subscribe } from "@/lib/subscription/subscribe";

export const POST = guarded(async (request) => {
  const server = await getNewsletterServer();
  const input = await readSignupRequest(request, server);
  if (!input.success) return problem(request, input.error);
  await subscribe(input.data, server.deps);
  return signupAccepted(request);
});
