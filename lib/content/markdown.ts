import { defaultSchema, type Schema } from "hast-util-sanitize";
import { remark } from "remark";
import remarkHtml from "remark-html";
import { slugify } from "./slug";

export type Heading = { depth: 2 | 3; text: string; id: string };
export type RenderedMarkdown = { html: string; headings: Heading[] };

// Ids the page itself uses; a heading never takes one of them.
const RESERVED_IDS = new Set([
  "sisalto",
  "paivitykset",
  "aiheeseen-liittyvat",
  "arkisto-otsikko",
  "uutiskirje",
  "tilaa",
  "jaa-sivu",
  "lue-lisaa-kilpailusta",
]);

// Raw HTML is dropped by remark-html when sanitizing; on top of GitHub's schema we keep
// heading ids unprefixed (only this pipeline sets them) and the self-link's class and label.
const schema: Schema = {
  ...defaultSchema,
  clobber: (defaultSchema.clobber ?? []).filter((name) => name !== "id"),
  attributes: {
    ...defaultSchema.attributes,
    h2: [...(defaultSchema.attributes?.h2 ?? []), "id"],
    h3: [...(defaultSchema.attributes?.h3 ?? []), "id"],
    // First, because the sanitizer uses the first className rule it finds for an element.
    a: [
      ["className", "heading-anchor", "data-footnote-backref"],
      ...(defaultSchema.attributes?.a ?? []),
    ],
  },
};

type MdNode = {
  type: string;
  depth?: number;
  value?: string;
  url?: string;
  children?: MdNode[];
  data?: { hProperties?: Record<string, unknown> };
};

function plainText(node: MdNode): string {
  if (typeof node.value === "string") return node.value;
  return (node.children ?? []).map(plainText).join("");
}

// Gives every h2/h3 a stable Finnish-safe id and a self-link; h1 in a body becomes h2,
// since the title is the page's only h1.
function headingIds(headings: Heading[]) {
  return () => (tree: MdNode) => {
    const seen = new Set(RESERVED_IDS);
    const visit = (node: MdNode) => {
      if (node.type === "heading") {
        if (node.depth === 1) node.depth = 2;
        if (node.depth === 2 || node.depth === 3) {
          const label = plainText(node).trim();
          const base = slugify(label) || "kohta";
          let id = base;
          for (let n = 2; seen.has(id); n++) id = `${base}-${n}`;
          seen.add(id);
          headings.push({ depth: node.depth, text: label, id });
          node.data = { hProperties: { id } };
          node.children = [
            ...(node.children ?? []),
            {
              type: "link",
              url: `#${id}`,
              children: [{ type: "text", value: "#" }],
              data: {
                hProperties: {
                  className: ["heading-anchor"],
                  ariaLabel: `Linkki kohtaan ${label}`,
                },
              },
            },
          ];
        }
        return;
      }
      node.children?.forEach(visit);
    };
    visit(tree);
  };
}

// Gives sanitized HTML for a Markdown body, plus its h2/h3 outline.
export function markdownToHtml(markdown: string): RenderedMarkdown {
  const headings: Heading[] = [];
  const html = String(
    remark().use(headingIds(headings)).use(remarkHtml, { sanitize: schema }).processSync(markdown),
  );
  return { html, headings };
}
