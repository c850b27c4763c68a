// The one list of topics. Front matter may name a main topic or a subtopic; a subtopic
// always implies its main topic.
export const TAXONOMY = {
  talous: {
    label: "Talous",
    description: "Kansantalous, rahoitus ja yritysten talous.",
    subtopics: { kansantalous: "Kansantalous", rahoitus: "Rahoitus", yritystalous: "Yritystalous" },
  },
  verotus: {
    label: "Verotus",
    description: "Tulo-, yritys- ja arvonlisäverotus sekä verotusmenettely.",
    subtopics: {
      tuloverotus: "Tuloverotus",
      yritysverotus: "Yritysverotus",
      arvonlisavero: "Arvonlisävero",
    },
  },
  juridiikka: {
    label: "Juridiikka",
    description: "Rikos-, sopimus-, työ- ja hallinto-oikeus sekä lainsäädäntö.",
    subtopics: {
      rikosoikeus: "Rikosoikeus",
      sopimusoikeus: "Sopimusoikeus",
      tyooikeus: "Työoikeus",
      "hallinto-oikeus": "Hallinto-oikeus",
    },
  },
} as const;

export type MainTopic = keyof typeof TAXONOMY;
export const MAIN_TOPICS = Object.keys(TAXONOMY) as MainTopic[];

export type TopicInfo = { slug: string; label: string; main: MainTopic; isMain: boolean };

const TOPIC_INDEX: ReadonlyMap<string, TopicInfo> = new Map(
  MAIN_TOPICS.flatMap((main) => {
    const entry = TAXONOMY[main];
    const subs = Object.entries(entry.subtopics).map(([slug, label]): [string, TopicInfo] => [
      slug,
      { slug, label, main, isMain: false },
    ]);
    return [
      [main, { slug: main, label: entry.label, main, isMain: true }] as [string, TopicInfo],
      ...subs,
    ];
  }),
);

// Gives the topic (main or sub) with this slug, or undefined for an unknown one.
export function findTopic(slug: string): TopicInfo | undefined {
  return TOPIC_INDEX.get(slug);
}

export function isMainTopic(value: string): value is MainTopic {
  return Object.hasOwn(TAXONOMY, value);
}

// Gives the Finnish label of a main topic.
export function topicLabel(topic: MainTopic): string {
  return TAXONOMY[topic].label;
}
