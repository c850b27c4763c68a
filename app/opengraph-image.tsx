import { MAIN_TOPICS, topicLabel } from "@/lib/content/taxonomy";
import { renderShareCard, SHARE_CARD_SIZE, SHARE_CARD_TYPE } from "@/lib/og/share-card";
import { DEFAULT_SHARE_IMAGE } from "@/lib/site/share-image";

export const alt = DEFAULT_SHARE_IMAGE.alt;
export const size = SHARE_CARD_SIZE;
export const contentType = SHARE_CARD_TYPE;

// The site's default share card, for every page without its own.
export default function Image() {
  return renderShareCard({
    title: "Uutisia talouden, verotuksen ja juridiikan eri osa-alueilta",
    label: MAIN_TOPICS.map(topicLabel).join(" · "),
  });
}
