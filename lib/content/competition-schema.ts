import { z } from "zod";
import { calendarDay, httpUrl, text } from "./schema";

// Every statement on the competition pages names its sources by id; an id must be declared
// in the same file's `sources` list, so nothing reaches the page without a link to its source.
const sourceId = z
  .string({ error: "expected a source id" })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a source id such as tiedote-2023");
const sourceRefs = z
  .array(sourceId, { error: "expected a list of source ids" })
  .min(1, "name at least one source");

// A source is a public address, or one of our own articles (a site path).
const sitePath = z.string().regex(/^\/[\w\-/]+$/, "expected an http(s) address or a site path");

export const competitionSourceSchema = z.strictObject({
  id: sourceId,
  name: text(200),
  url: z.union([httpUrl, sitePath], { error: "expected an http(s) address or a site path" }),
  date: calendarDay.optional(),
});

const factSchema = z.strictObject({ text: text(600), sources: sourceRefs });

const articleSlug = z
  .string({ error: "expected an article slug" })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected an article slug");

export const competitionYearSchema = z
  .strictObject({
    year: z.number({ error: "expected a year" }).int("expected a year").min(1990).max(2100),
    theme: factSchema.optional(),
    winner: z
      .strictObject({ name: text(200), organisation: text(200), sources: sourceRefs })
      .optional(),
    ecpaEntry: z
      .strictObject({ name: text(300), result: text(300).optional(), sources: sourceRefs })
      .optional(),
    entries: z
      .strictObject({
        count: z.number({ error: "expected a number" }).int().positive(),
        sources: sourceRefs,
      })
      .optional(),
    jury: factSchema.optional(),
    european: z
      .strictObject({
        text: text(600),
        event: text(200),
        start: calendarDay,
        end: calendarDay,
        place: text(100),
        country: text(100),
        countryCode: z.string().regex(/^[A-Z]{2}$/, "expected an ISO country code such as ES"),
        sources: sourceRefs,
      })
      .optional(),
    facts: z.array(factSchema).optional(),
    articles: z.array(articleSlug).optional(),
    updates: z
      .array(z.strictObject({ date: calendarDay, text: text(1000), sources: sourceRefs }))
      .optional(),
    sources: z.array(competitionSourceSchema).min(1, "list at least one source"),
  })
  .superRefine((data, ctx) => {
    if (!data.winner && !data.ecpaEntry) {
      ctx.addIssue({ code: "custom", path: ["winner"], message: "give a winner or an ecpaEntry" });
    }
    if (data.european && data.european.end < data.european.start) {
      ctx.addIssue({ code: "custom", path: ["european", "end"], message: "is before start" });
    }
    checkSourceRefs(data, ctx);
  });

export const competitionOverviewSchema = z
  .strictObject({
    title: text(200),
    sections: z
      .array(z.strictObject({ heading: text(120), facts: z.array(factSchema).min(1) }))
      .min(1, "give at least one section"),
    sources: z.array(competitionSourceSchema).min(1, "list at least one source"),
  })
  .superRefine(checkSourceRefs);

export type CompetitionSource = z.infer<typeof competitionSourceSchema>;
export type CompetitionFact = z.infer<typeof factSchema>;
export type CompetitionYearData = z.infer<typeof competitionYearSchema>;
export type CompetitionOverviewData = z.infer<typeof competitionOverviewSchema>;

type Refined = { sources: CompetitionSource[] };

// Flags duplicate source ids and every `sources` reference to an id the file does not declare.
function checkSourceRefs(data: Refined, ctx: z.RefinementCtx) {
  const declared = new Set<string>();
  data.sources.forEach((source, i) => {
    if (declared.has(source.id)) {
      ctx.addIssue({ code: "custom", path: ["sources", i, "id"], message: "is declared twice" });
    }
    declared.add(source.id);
  });
  const visit = (value: unknown, path: (string | number)[]) => {
    if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...path, i]));
    else if (value && typeof value === "object") {
      for (const [key, child] of Object.entries(value)) {
        if (key === "sources" && path.length > 0 && Array.isArray(child)) {
          child.forEach((id, i) => {
            if (typeof id === "string" && !declared.has(id)) {
              ctx.addIssue({
                code: "custom",
                path: [...path, key, i],
                message: `unknown source "${id}"`,
              });
            }
          });
        } else visit(child, [...path, key]);
      }
    }
  };
  visit(data, []);
}
