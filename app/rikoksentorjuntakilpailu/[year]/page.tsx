import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CompetitionYearView } from "@/components/competition-year-view";
import { getCompetitions, getCompetitionYear } from "@/lib/content/competitions";
import {
  competitionTrail,
  competitionYearMetadata,
  competitionYearTitle,
} from "@/lib/site/competition-pages";

type Props = { params: Promise<{ year: string }> };

export const dynamicParams = false;
export const generateStaticParams = () =>
  getCompetitions().years.map((y) => ({ year: String(y.year) }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return competitionYearMetadata(Number((await params).year));
}

export default async function CompetitionYearPage({ params }: Props) {
  const year = getCompetitionYear(Number((await params).year));
  if (!year) notFound();
  return (
    <CompetitionYearView
      year={year}
      title={competitionYearTitle(year.year)}
      trail={competitionTrail(year)}
    />
  );
}
