// The mail layer: pure message builders and one transport (SMTP or .eml files).
import "server-only";
export { mailMessageSchema, extraHeaders, type MailMessage } from "./message";
export {
  createMailTransport,
  type MailTransport,
  type TransportOptions,
  type SendOptions,
} from "./transport";
export { dkimFromEnv, SIGNED_HEADERS, type DkimOptions } from "./dkim";
export { createTransportFromEnv } from "./transport-from-env";
export { bounceAddress, readBounceAddress, type BounceRef } from "./verp";
export { deliverQueuedMail, type DeliveryDeps, type DeliveryResult } from "./delivery";
export {
  retryDelay,
  OUTBOX_LIFETIME_MS,
  OUTBOX_RETRY,
  RELAY_RETRY,
  type RetryPolicy,
} from "./retry-delay";
export {
  classifyMailError,
  classifyDsnRecipient,
  type MailFailure,
  type FailureOutcome,
} from "./failure";
export { renderHtml, renderText, type MailBody } from "./messages/layout";
export {
  buildConfirmationMail,
  buildAlreadySubscribedMail,
  buildWelcomeMail,
} from "./messages/subscription";
