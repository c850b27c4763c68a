import { z } from "zod";
import { isMainTopic } from "@/lib/content/taxonomy";
import type { Frequency } from "@/lib/db";
import { normalizeEmail } from "./email-address";
import {
  DEFAULT_FREQUENCY,
  FIELD,
  MESSAGES,
  SIGNUP_FREQUENCIES,
  SIGNUP_TOPICS,
  type SignupErrors,
} from "./signup-form";

const EMAIL_ERRORS = {
  required: MESSAGES.emailRequired,
  invalid: MESSAGES.emailInvalid,
  "too-long": MESSAGES.emailTooLong,
} as const;

const asList = (v: unknown) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

// The sign-up request, from a form post or JSON; fields the form does not have are dropped.
export const signupSchema = z.object({
  [FIELD.email]: z
    .string({ error: MESSAGES.emailRequired })
    .max(1000, MESSAGES.emailTooLong)
    .transform((value, ctx) => {
      const check = normalizeEmail(value);
      if (check.ok) return check.email;
      ctx.addIssue({ code: "custom", message: EMAIL_ERRORS[check.error] });
      return z.NEVER;
    }),
  [FIELD.topics]: z.preprocess(
    asList,
    z
      .array(z.string({ error: MESSAGES.topicsUnknown }))
      .max(SIGNUP_TOPICS.length * 2, MESSAGES.topicsUnknown)
      .min(1, MESSAGES.topicsRequired)
      .refine(
        (list) => list.every((t) => isMainTopic(t) && SIGNUP_TOPICS.includes(t)),
        MESSAGES.topicsUnknown,
      )
      // Stored in the taxonomy's order, once each, whatever order the browser sent.
      .transform((list) => SIGNUP_TOPICS.filter((t) => list.includes(t))),
  ),
  // Absent (an older page, a JSON client) means the default; anything else must be one choice.
  [FIELD.frequency]: z
    .enum(SIGNUP_FREQUENCIES as [Frequency, ...Frequency[]], { error: MESSAGES.frequencyUnknown })
    .default(DEFAULT_FREQUENCY),
  [FIELD.honeypot]: z.preprocess((v) => (Array.isArray(v) ? v.join("") : v), z.string().optional()),
});

export type SignupInput = z.infer<typeof signupSchema>;

export type SignupParse =
  { success: true; data: SignupInput } | { success: false; errors: SignupErrors };

// Gives the validated sign-up, or one Finnish message per field that is wrong.
export function parseSignup(fields: Record<string, unknown>): SignupParse {
  const result = signupSchema.safeParse(fields);
  if (result.success) return { success: true, data: result.data };
  const errors: SignupErrors = {};
  for (const issue of result.error.issues) {
    const fields = {
      [FIELD.topics]: "topics",
      [FIELD.email]: "email",
      [FIELD.frequency]: "frequency",
    } as const;
    const field = fields[issue.path[0] as keyof typeof fields];
    if (field && !errors[field]) errors[field] = issue.message;
  }
  return { success: false, errors };
}
