import { notFound } from "next/navigation";
import { CompetitionOverviewView } from "@/components/competition-overview-view";
import { getCompetitions, getLatestResult } from "@/lib/content/competitions";
import { competitionOverviewMetadata, competitionTrail } from "@/lib/site/competition-pages";

export const generateMetadata = competitionOverviewMetadata;

export default function CompetitionPage() {
  const { overview, years } = getCompetitions();
  if (!overview) notFound();
  return (
    <CompetitionOverviewView
      overview={overview}
      years={years}
      latest={getLatestResult()}
      trail={competitionTrail()}
    />
  );
}
