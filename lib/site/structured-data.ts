import { absoluteUrl } from "../env";
import type { CompetitionYear } from "../content/competitions";

export type Crumb = { name: string; path: string };

// Gives the schema.org BreadcrumbList for a trail of pages; every URL absolute from SITE_URL.
export function breadcrumbJsonLd(trail: Crumb[]): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: trail.map((crumb, i) => ({
      "@type": "ListItem",
      position: i + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path),
    })),
  };
}

// Gives the schema.org Event of a year's European award ceremony, or null when the year has
// no ceremony on file (only the dates and place that the sources give).
export function awardEventJsonLd(year: CompetitionYear): Record<string, unknown> | null {
  const european = year.european;
  if (!european) return null;
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: european.event,
    description: european.text,
    startDate: european.start,
    endDate: european.end,
    eventStatus: "https://schema.org/EventScheduled",
    eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    inLanguage: "fi",
    location: {
      "@type": "Place",
      name: european.place,
      address: {
        "@type": "PostalAddress",
        addressLocality: european.place,
        addressCountry: european.countryCode,
      },
    },
    url: absoluteUrl(year.path),
  };
}
