// The mail layer: pure message builders and one transport (SMTP or .eml files).
export { mailMessageSchema, extraHeaders, type MailMessage } from "./message";
export {
  createMailTransport,
  type MailTransport,
  type TransportOptions,
  type DkimOptions,
} from "./transport";
export { deliverQueuedMail, retryDelay, type DeliveryDeps } from "./delivery";
export { renderHtml, renderText, type MailBody } from "./messages/layout";
export { buildConfirmationMail, buildAlreadySubscribedMail } from "./messages/subscription";
