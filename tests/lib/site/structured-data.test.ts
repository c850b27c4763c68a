import { describe, expect, it } from "vitest";
import { loadCompetitions } from "@/lib/content/competitions";
import { awardEventJsonLd, breadcrumbJsonLd } from "@/lib/site/structured-data";

const { years } = loadCompetitions({
  dir: "content/kilpailut",
  articles: [
    {
      slug: "rikoksentorjuntakilpailun-voitti-rikosuhripaivystyksen-ihmiskaupan-uhrien-erityistukipalvelu",
      path: "/uutiset/2023/rikoksentorjuntakilpailun-voitti-rikosuhripaivystyksen-ihmiskaupan-uhrien-erityistukipalvelu",
      title: "Rikoksentorjuntakilpailun voitti …",
    },
  ],
});
const byYear = (n: number) => years.find((y) => y.year === n)!;

describe("breadcrumbJsonLd", () => {
  it("numbers the trail from 1 with absolute URLs from SITE_URL", () => {
    expect(
      breadcrumbJsonLd([
        { name: "Etusivu", path: "/" },
        { name: "Rikoksentorjuntakilpailu", path: "/rikoksentorjuntakilpailu" },
      ]),
    ).toEqual({
      "@context": "https://schema.org",
      "@type": "BreadcrumbList",
      itemListElement: [
        { "@type": "ListItem", position: 1, name: "Etusivu", item: "http://localhost:3000/" },
        {
          "@type": "ListItem",
          position: 2,
          name: "Rikoksentorjuntakilpailu",
          item: "http://localhost:3000/rikoksentorjuntakilpailu",
        },
      ],
    });
  });
});

describe("awardEventJsonLd", () => {
  it("describes the 2023 award ceremony in Valencia on 13–14 December 2023", () => {
    const event = awardEventJsonLd(byYear(2023));
    expect(event).toMatchObject({
      "@type": "Event",
      startDate: "2023-12-13",
      endDate: "2023-12-14",
      location: {
        "@type": "Place",
        address: { addressLocality: "Valencia", addressCountry: "ES" },
      },
      url: "http://localhost:3000/rikoksentorjuntakilpailu/2023",
    });
  });

  it("gives no event for a year whose ceremony is not on file", () => {
    expect(awardEventJsonLd(byYear(2022))).toBeNull();
  });
});
