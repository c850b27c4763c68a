// The plain Next.js blog-starter pattern, as the issue measured it: our own app written after
// the App Router blog-starter of vercel/next.js, doing the same work per page. A loader that
// lists, re-reads and re-parses every file with gray-matter on every call (no validation);
// remark-html per page; generateStaticParams and generateMetadata reading files again; every
// post on the home page (the newest large, all others as cards with a next/image cover, an
// avatar, a date-fns date and the excerpt); post pages with title, byline, cover image, date
// and a CSS-module body; a site banner, footer and a theme-switcher client component with an
// inline script; Tailwind CSS; next/link everywhere (so every post prefetches the home page).
// Posts are CONTENT_DIR/uutiset/YYYY/slug.md at /posts/YYYY/slug, the excerpt is `lead`, all
// posts share one cover image and author picture, and Inter comes from node_modules instead of
// Google Fonts (an offline, repeatable build).
const TSCONFIG = {
  compilerOptions: {
    target: "ES2022",
    lib: ["dom", "dom.iterable", "esnext"],
    skipLibCheck: true,
    strict: true,
    noEmit: true,
    module: "esnext",
    moduleResolution: "bundler",
    jsx: "react-jsx",
    isolatedModules: true,
    plugins: [{ name: "next" }],
    paths: { "@/*": ["./*"] },
  },
  include: ["**/*.ts", "**/*.tsx", ".next/types/**/*.ts"],
  exclude: ["node_modules"],
};

// Two small solid-colour PNGs, so next/image and the avatar <img> point at real files: every
// post shares one cover image and one author picture (the starter has one per post / author).
const COVER_PNG =
  "iVBORw0KGgoAAAANSUhEUgAAAQQAAAB+CAIAAABNpPhOAAABDUlEQVR42u3TQQ0AAAgDsYlFwlxgGhe8mlTBJZfpAtONBGAGMAOYAcwAZgAzgBnADGAGMAOYAcwAZgAzgBnADGAGMAOYAcwAZgAzgBnADGAGMAOYAcwAZgAzgBnADGAGMAOYAcwAmAHMAGYAM4AZwAxgBjADmAHMAGYAM4AZwAxgBjADmAHMAGYAM4AZwAxgBjADmAHMAGYAM4AZwAxgBjADmAHMAGYAM4AZADOAGcAMYAYwA5gBzABmADOAGcAMYAYwA5gBzABmADOAGcAMYAYwA5gBzABmADOAGcAMYAYwA5gBzABmADOAGcAMYAYwA2AGMAOYAcwAZgAzgBnADGAGMAOYAcwAZgAzwIcDNWF/SLQC3CsAAAAASUVORK5CYII=";
const AVATAR_PNG =
  "iVBORw0KGgoAAAANSUhEUgAAAGAAAABgCAIAAABt+uBvAAAAj0lEQVR42u3QMQ0AAAgDsPm3xo0AnOCAk6tJFTTVwyEKBAkSJEiQIEGCECRIkCBBggQJQpAgQYIECRIkCEGCBAkSJEiQIEEIEiRIkCBBggQhSJAgQYIECRKEIEGCBAkSJEiQIAQJEiRIkCBBghAkSJAgQYIECUKQIEGCBAkSJEgQggQJEiRIkCBBCBIk6M8CWGYpRyjlVZkAAAAASUVORK5CYII=";

export const BASELINE_FILES: Record<string, string | Buffer> = {
  "package.json": JSON.stringify({ name: "blog-starter-baseline", private: true, type: "module" }),
  "tsconfig.json": JSON.stringify(TSCONFIG, null, 2),
  "next.config.ts": `const config = {};\nexport default config;\n`,
  // Keeps Tailwind's class scan off the build output.
  ".gitignore": `/node_modules\n/.next/\n`,
  "postcss.config.mjs": `const config = { plugins: { "@tailwindcss/postcss": {} } };\nexport default config;\n`,
  "public/assets/blog/cover.png": Buffer.from(COVER_PNG, "base64"),
  "public/assets/blog/authors/avatar.png": Buffer.from(AVATAR_PNG, "base64"),
  "lib/posts.ts": `import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";

// The pattern under test: no cache and no validation. Every call lists the folder, reads the
// files and parses their front matter again.
export type Post = {
  year: string;
  slug: string;
  title: string;
  date: string;
  lead: string;
  author: string;
  body: string;
};

const root = path.join(process.env.CONTENT_DIR ?? "content", "uutiset");

export function postFiles(): string[] {
  return (fs.readdirSync(root, { recursive: true }) as string[]).filter((name) =>
    name.endsWith(".md"),
  );
}

export function readPost(year: string, slug: string): Post | undefined {
  const file = path.join(root, year, \`\${slug}.md\`);
  if (!fs.existsSync(file)) return undefined;
  const { data, content } = matter(fs.readFileSync(file, "utf8"));
  const day = data.date instanceof Date ? data.date.toISOString().slice(0, 10) : String(data.date);
  return { ...(data as Omit<Post, "year" | "slug" | "date" | "body">), year, slug, date: day, body: content };
}

export function allPosts(): Post[] {
  return postFiles()
    .map((name) => name.replace(/\\.md$/, "").split(path.sep))
    .map(([year, slug]) => readPost(year!, slug!)!)
    .sort((a, b) => (a.date < b.date ? 1 : -1));
}
`,
  "lib/markdown.ts": `import { remark } from "remark";
import html from "remark-html";

// Rendered again for every page that shows a post.
export async function toHtml(markdown: string): Promise<string> {
  return String(await remark().use(html).process(markdown));
}
`,
  "app/globals.css": `@import "tailwindcss";

@custom-variant dark (&:where(.dark, .dark *));

@theme {
  --color-accent-1: #fafafa;
  --color-accent-2: #eaeaea;
  --color-accent-7: #333;
  --color-success: #0070f3;
  --color-cyan: #79ffe1;
  --font-sans: var(--font-inter), system-ui, sans-serif;
}
`,
  "app/layout.tsx": `import type { Metadata } from "next";
import localFont from "next/font/local";
import Link from "next/link";
import { ThemeToggle } from "./theme-toggle";
import "./globals.css";

// The starter takes Inter from next/font/google; the same font from node_modules builds offline.
const inter = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  variable: "--font-inter",
});

export const metadata: Metadata = {
  title: { default: "Esimerkkiblogi", template: "%s | Esimerkkiblogi" },
  description: "Staattinen blogi Markdown-tiedostoista.",
  openGraph: { images: ["/assets/blog/cover.png"] },
};

// Runs before the first paint so a stored dark theme never flashes light.
const themeScript = \`try{var t=localStorage.getItem("theme")||"system";var d=t==="dark"||(t==="system"&&matchMedia("(prefers-color-scheme: dark)").matches);document.documentElement.classList.toggle("dark",d)}catch(e){}\`;

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="fi" className={inter.variable} suppressHydrationWarning>
      <head>
        <link rel="icon" href="/favicon.ico" />
        <meta name="theme-color" content="#000" />
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="bg-white font-sans text-black dark:bg-slate-900 dark:text-slate-300">
        <div className="border-b border-neutral-200 bg-neutral-50 py-2 text-center text-sm dark:border-slate-700 dark:bg-slate-800">
          Tämä sivusto on rakennettu Next.js-esimerkin mallilla.{" "}
          <a className="underline hover:text-blue-600" href="https://github.com/vercel/next.js">
            Lähdekoodi
          </a>
        </div>
        <ThemeToggle />
        <div className="min-h-screen">{children}</div>
        <footer className="border-t border-neutral-200 bg-neutral-50 dark:border-slate-700 dark:bg-slate-800">
          <div className="container mx-auto flex flex-col items-center px-5 py-28 lg:flex-row">
            <h3 className="mb-10 text-center text-4xl font-bold leading-tight tracking-tighter lg:mb-0 lg:w-1/2 lg:pr-4 lg:text-left lg:text-5xl">
              Tehty Next.js:llä.
            </h3>
            <div className="flex flex-col items-center justify-center lg:w-1/2 lg:flex-row lg:pl-4">
              <Link href="/" className="mx-3 mb-6 border border-black bg-black px-12 py-3 font-bold text-white hover:bg-white hover:text-black lg:mb-0 lg:px-8">
                Etusivulle
              </Link>
            </div>
          </div>
        </footer>
      </body>
    </html>
  );
}
`,
  "app/theme-toggle.tsx": `"use client";

import { useEffect, useState } from "react";

type Mode = "system" | "dark" | "light";
const ORDER: Mode[] = ["system", "dark", "light"];

// A three-way theme switch kept in localStorage, as the starter's switcher does.
export function ThemeToggle() {
  const [mode, setMode] = useState<Mode>("system");

  useEffect(() => {
    setMode((localStorage.getItem("theme") as Mode | null) ?? "system");
  }, []);

  useEffect(() => {
    const media = matchMedia("(prefers-color-scheme: dark)");
    const apply = () =>
      document.documentElement.classList.toggle(
        "dark",
        mode === "dark" || (mode === "system" && media.matches),
      );
    apply();
    localStorage.setItem("theme", mode);
    media.addEventListener("change", apply);
    return () => media.removeEventListener("change", apply);
  }, [mode]);

  return (
    <button
      type="button"
      className="fixed top-5 right-5 z-10 h-8 w-16 rounded-full bg-neutral-200 text-xs dark:bg-slate-700"
      onClick={() => setMode(ORDER[(ORDER.indexOf(mode) + 1) % ORDER.length]!)}
      suppressHydrationWarning
    >
      {mode}
    </button>
  );
}
`,
  "app/parts.tsx": `import { format, parseISO } from "date-fns";
import Image from "next/image";
import Link from "next/link";

export const COVER = "/assets/blog/cover.png";
export const AVATAR = "/assets/blog/authors/avatar.png";

export function PostDate({ day }: { day: string }) {
  return <time dateTime={day}>{format(parseISO(day), "LLLL d, yyyy")}</time>;
}

export function Byline({ name }: { name: string }) {
  return (
    <div className="flex items-center">
      <Image src={AVATAR} alt={name} width={48} height={48} className="mr-4 h-12 w-12 rounded-full" />
      <div className="text-xl font-bold">{name}</div>
    </div>
  );
}

export function Cover({ title, href }: { title: string; href?: string }) {
  const image = (
    <Image
      src={COVER}
      alt={\`Kansikuva: \${title}\`}
      width={1300}
      height={630}
      className={\`w-full shadow-sm \${href ? "transition-shadow duration-200 hover:shadow-lg" : ""}\`}
    />
  );
  return (
    <div className="sm:mx-0">
      {href ? (
        <Link href={href} aria-label={title}>
          {image}
        </Link>
      ) : (
        image
      )}
    </div>
  );
}
`,
  "app/page.tsx": `import Link from "next/link";
import { allPosts, type Post } from "@/lib/posts";
import { Byline, Cover, PostDate } from "./parts";

const href = (post: Post) => \`/posts/\${post.year}/\${post.slug}\`;

function Title({ post, className }: { post: Post; className: string }) {
  return (
    <h3 className={className}>
      <Link href={href(post)} className="hover:underline">
        {post.title}
      </Link>
    </h3>
  );
}

function Card({ post }: { post: Post }) {
  return (
    <div>
      <div className="mb-5">
        <Cover title={post.title} href={href(post)} />
      </div>
      <Title post={post} className="mb-3 text-3xl leading-snug" />
      <div className="mb-4 text-lg">
        <PostDate day={post.date} />
      </div>
      <p className="mb-4 text-lg leading-relaxed">{post.lead}</p>
      <Byline name={post.author} />
    </div>
  );
}

// Every post on one page: the newest large, all the others as cards below it.
export default function Home() {
  const [lead, ...rest] = allPosts();
  return (
    <main className="container mx-auto px-5">
      <section className="mt-16 mb-16 flex flex-col items-center md:mb-12 md:flex-row md:justify-between">
        <h1 className="text-5xl font-bold leading-tight tracking-tighter md:pr-8 md:text-8xl">
          Blogi.
        </h1>
        <p className="mt-5 text-center text-lg md:pl-8 md:text-left">
          Staattinen blogi, rakennettu Next.js:llä ja Markdownilla.
        </p>
      </section>
      {lead && (
        <section>
          <div className="mb-8 md:mb-16">
            <Cover title={lead.title} href={href(lead)} />
          </div>
          <div className="mb-20 md:mb-28 md:grid md:grid-cols-2 md:gap-x-16 lg:gap-x-8">
            <div>
              <Title post={lead} className="mb-4 text-4xl leading-tight lg:text-5xl" />
              <div className="mb-4 text-lg md:mb-0">
                <PostDate day={lead.date} />
              </div>
            </div>
            <div>
              <p className="mb-4 text-lg leading-relaxed">{lead.lead}</p>
              <Byline name={lead.author} />
            </div>
          </div>
        </section>
      )}
      {rest.length > 0 && (
        <section>
          <h2 className="mb-8 text-5xl font-bold leading-tight tracking-tighter md:text-7xl">
            Lisää juttuja
          </h2>
          <div className="mb-32 grid grid-cols-1 gap-y-20 md:grid-cols-2 md:gap-x-16 md:gap-y-32 lg:gap-x-32">
            {rest.map((post) => (
              <Card key={href(post)} post={post} />
            ))}
          </div>
        </section>
      )}
    </main>
  );
}
`,
  "app/posts/[year]/[slug]/page.tsx": `import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { toHtml } from "@/lib/markdown";
import { allPosts, readPost } from "@/lib/posts";
import { Byline, COVER, Cover, PostDate } from "../../../parts";
import styles from "./body.module.css";

type Props = { params: Promise<{ year: string; slug: string }> };

export function generateStaticParams() {
  return allPosts().map(({ year, slug }) => ({ year, slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { year, slug } = await params;
  const post = readPost(year, slug);
  if (!post) return notFound();
  return { title: post.title, openGraph: { title: post.title, images: [COVER] } };
}

export default async function PostPage({ params }: Props) {
  const { year, slug } = await params;
  const post = readPost(year, slug);
  if (!post) return notFound();
  const html = await toHtml(post.body);
  return (
    <main className="container mx-auto px-5">
      <h2 className="mt-8 mb-20 text-2xl font-bold leading-tight tracking-tight md:text-4xl md:tracking-tighter">
        <Link href="/" className="hover:underline">
          Blogi
        </Link>
        .
      </h2>
      <article className="mb-32">
        <h1 className="mb-12 text-center text-5xl font-bold leading-tight tracking-tighter md:text-left md:text-7xl lg:text-8xl">
          {post.title}
        </h1>
        <div className="hidden md:mb-12 md:block">
          <Byline name={post.author} />
        </div>
        <div className="mb-8 sm:mx-0 md:mb-16">
          <Cover title={post.title} />
        </div>
        <div className="mx-auto max-w-2xl">
          <div className="mb-6 block md:hidden">
            <Byline name={post.author} />
          </div>
          <div className="mb-6 text-lg">
            <PostDate day={post.date} />
          </div>
        </div>
        <div className="mx-auto max-w-2xl">
          <div className={styles.body} dangerouslySetInnerHTML={{ __html: html }} />
        </div>
      </article>
    </main>
  );
}
`,
  "app/posts/[year]/[slug]/body.module.css": `.body {
  font-size: 1.125rem;
  line-height: 1.75;
}
.body p,
.body ul,
.body ol,
.body blockquote {
  margin: 1.5rem 0;
}
.body h2 {
  margin: 3rem 0 1rem;
  font-size: 1.875rem;
  line-height: 1.375;
}
.body h3 {
  margin: 2rem 0 1rem;
  font-size: 1.5rem;
  line-height: 1.375;
}
.body ul {
  list-style: disc;
  padding-left: 1.5rem;
}
.body a {
  text-decoration: underline;
}
.body pre {
  overflow-x: auto;
  white-space: pre;
}
`,
};

// A bare Next page with one small client form: the framework's JavaScript floor.
export const BARE_FILES: Record<string, string> = {
  "package.json": JSON.stringify({ name: "bare-next", private: true, type: "module" }),
  "tsconfig.json": JSON.stringify(TSCONFIG, null, 2),
  "next.config.ts": `const config = {};\nexport default config;\n`,
  "app/layout.tsx": `export const metadata = { title: "Bare", description: "A bare Next page" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="fi">
      <body>{children}</body>
    </html>
  );
}
`,
  "app/page.tsx": `import { Form } from "./form";

export default function Page() {
  return (
    <main>
      <h1>Tyhjä sivu</h1>
      <Form />
    </main>
  );
}
`,
  "app/form.tsx": `"use client";
import { useState } from "react";

export function Form() {
  const [email, setEmail] = useState("");
  return (
    <form method="post">
      <label htmlFor="email">Sähköposti</label>
      <input id="email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
      <button type="submit">Tilaa</button>
    </form>
  );
}
`,
};

// The bare page plus one render-blocking stylesheet (the site's own compiled CSS, imported in the
// layout as the site imports its own): prices what having any stylesheet costs in Lighthouse.
export function styledBareFiles(css: string): Record<string, string> {
  const layout = BARE_FILES["app/layout.tsx"]!;
  return {
    ...BARE_FILES,
    "app/layout.tsx": `import "./site.css";\n\n${layout}`,
    "app/site.css": css,
  };
}
