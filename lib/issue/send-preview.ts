import { countIssueSends, streamConfirmedSubscribers, type IssueSendStatus } from "../db";
import { composeForReader, planDay, plannedRhythms } from "./day-plan";
import { isIssueDay } from "./issue-calendar";
import { measureLetters, type LetterSize } from "./letter-size";
import type { SendDeps } from "./send-issue";

export type DryRunResult =
  | { kind: "not-issue-day"; day: string }
  | { kind: "no-articles"; day: string }
  | {
      kind: "dry-run";
      day: string;
      confirmed: number;
      withNews: number;
      log: Record<IssueSendStatus, number>;
      largest: LetterSize | null;
      over: LetterSize[];
    };

// Gives what `send` would do for `day` without sending or writing anything: how many
// confirmed subscribers have a letter of their rhythm with news in their topics, and what the
// send log already holds.
export async function dryRunIssue(
  day: string,
  deps: Pick<SendDeps, "db" | "articles" | "links">,
): Promise<DryRunResult> {
  if (!isIssueDay(day)) return { kind: "not-issue-day", day };
  const plan = planDay(deps.articles, day);
  if (plannedRhythms(plan).length === 0) return { kind: "no-articles", day };
  let confirmed = 0;
  let withNews = 0;
  for await (const subscriber of streamConfirmedSubscribers(deps.db)) {
    confirmed++;
    if (composeForReader(plan, subscriber.frequency, subscriber.topics)) withNews++;
  }
  const log = await countIssueSends(deps.db, day);
  return {
    kind: "dry-run",
    day,
    confirmed,
    withNews,
    log,
    ...measureLetters(plan, deps.links),
  };
}
