// The mail layer: pure message builders and one transport (SMTP or .eml files).
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
export { deliverQueuedMail, retryDelay, type DeliveryDeps } from "./delivery";
export { renderHtml, renderText, escapeHtml, type MailBody } from "./messages/layout";
export { buildConfirmationMail, buildAlreadySubscribedMail } from "./messages/subscription";
