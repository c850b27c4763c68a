import { z } from "zod";
import { isCalendarDay } from "./dates";
import { RESERVED_SLUGS } from "./slug";
import { findTopic } from "./taxonomy";

// "missing" when the field is absent, `what` when it has the wrong type.
const expected = (what: string) => (issue: { input: unknown }) =>
  issue.input === undefined ? "missing" : what;

export const calendarDay = z
  .string({ error: expected("expected YYYY-MM-DD") })
  .superRefine((value, ctx) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      ctx.addIssue({ code: "custom", message: `expected YYYY-MM-DD, got "${value}"` });
    } else if (!isCalendarDay(value)) {
      ctx.addIssue({ code: "custom", message: `${value} is not a real calendar day` });
    }
  });

export const httpUrl = z
  .string({ error: "expected an http(s) address" })
  .url("expected an http(s) address")
  .refine((value) => /^https?:\/\//i.test(value), "expected an http(s) address");

export const text = (max: number) =>
  z
    .string({ error: expected("expected text") })
    .trim()
    .min(1, "must not be empty")
    .max(max, `at most ${max} characters`);

export const sourceSchema = z.strictObject(
  { name: text(200), url: httpUrl, date: calendarDay },
  { error: expected("expected name, url and date") },
);

export const updateSchema = z.strictObject({
  date: calendarDay,
  text: text(1000),
  source: z.strictObject({ name: text(200), url: httpUrl }).optional(),
});

export const articleFrontMatterSchema = z
  .strictObject({
    title: text(200),
    date: calendarDay,
    lead: text(600),
    topics: z
      .array(z.string({ error: "expected a topic name" }), {
        error: expected("expected a list of topics"),
      })
      .min(1, "name at least one topic")
      .superRefine((topics, ctx) => {
        for (const topic of topics) {
          if (!findTopic(topic))
            ctx.addIssue({ code: "custom", message: `unknown topic "${topic}"` });
        }
      }),
    author: text(200),
    source: sourceSchema,
    slug: z
      .string({ error: "expected an ASCII slug" })
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "use only a-z, 0-9 and single hyphens")
      .max(96, "at most 96 characters")
      .refine((slug) => !RESERVED_SLUGS.has(slug), {
        error: (issue) => `"${String(issue.input)}" is reserved for listing pages`,
      })
      .optional(),
    updated: calendarDay.optional(),
    updates: z.array(updateSchema).optional(),
    draft: z.boolean({ error: "expected true or false" }).optional(),
    image: z
      .strictObject({
        src: z.string().regex(/^\/[\w\-./]+$/, "expected a path under public/, like /kuvat/x.jpg"),
        alt: text(300),
      })
      .optional(),
    // Words readers may search for that the text does not use (synonyms, abbreviations); each
    // counts as a title word in site search.
    keywords: z
      .array(text(60), { error: "expected a list of search words" })
      .max(20, "at most 20 keywords")
      .optional(),
    // Earlier addresses of the article (after a slug change); each answers 308 to the new one.
    aliases: z
      .array(
        z
          .string()
          .regex(
            /^\/uutiset\/\d{4}\/[a-z0-9]+(?:-[a-z0-9]+)*$/,
            "expected an old address such as /uutiset/2023/vanha-osoite",
          )
          .refine(
            (alias) => !RESERVED_SLUGS.has(alias.split("/")[3] ?? ""),
            "is reserved for listing pages",
          ),
      )
      .optional(),
  })
  .superRefine((data, ctx) => {
    if (data.updated && data.updated < data.date) {
      ctx.addIssue({ code: "custom", path: ["updated"], message: "is before date" });
    }
  });

export type ArticleFrontMatter = z.infer<typeof articleFrontMatterSchema>;
export type ArticleSource = z.infer<typeof sourceSchema>;
export type ArticleUpdate = z.infer<typeof updateSchema>;

// Gives one "field: message" line per problem of a failed parse.
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const field = issue.path.length ? issue.path.join(".") : "(front matter)";
    return `${field}: ${issue.message}`;
  });
}
