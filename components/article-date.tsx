import { formatFinnishDate } from "@/lib/content/dates";

export function ArticleDate({ day, className }: { day: string; className?: string }) {
  return (
    <time dateTime={day} className={className}>
      {formatFinnishDate(day)}
    </time>
  );
}
