// The plain Next.js blog-starter pattern: our own rendition of vercel/next.js
// examples/blog-starter (the App Router version), with its structure and its work per page. A
// loader that lists, re-reads and re-parses every file with gray-matter on every call, `as Post`
// instead of validation; remark-html per page; generateStaticParams and generateMetadata as the
// starter has them; every post on the home page (hero post plus "More Stories": next/image
// cover, avatar, date-fns date, excerpt); post pages with header, cover image and a CSS-module
// body; Container, Header, Footer, Alert; the theme-switcher client component with its inline
// script; Tailwind CSS; next/link everywhere (so every post page prefetches the home page).
// Changed only where our corpus needs it: posts are CONTENT_DIR/uutiset/YYYY/slug.md served at
// /posts/YYYY/slug, the excerpt is `lead`, all posts share one cover image and author picture,
// and Inter comes from node_modules instead of Google Fonts (an offline, repeatable build).
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
  "interfaces/author.ts": `export type Author = {
  name: string;
  picture: string;
};
`,
  "interfaces/post.ts": `import { type Author } from "./author";

export type Post = {
  slug: string;
  title: string;
  date: string;
  coverImage: string;
  author: Author;
  excerpt: string;
  ogImage: { url: string };
  content: string;
  preview?: boolean;
};
`,
  "lib/constants.ts": `export const EXAMPLE_PATH = "blog-starter";
export const CMS_NAME = "Markdown";
export const HOME_OG_IMAGE_URL = "/assets/blog/cover.png";
`,
  // The starter imports the classnames package for this.
  "lib/cn.ts": `type ClassValue = string | false | null | undefined | Record<string, unknown>;

export default function cn(...values: ClassValue[]): string {
  return values
    .flatMap((v) => (!v ? [] : typeof v === "string" ? [v] : Object.keys(v).filter((k) => v[k])))
    .join(" ");
}
`,
  // The starter's loader: every call lists, reads and parses the files again. Adapted to our
  // corpus: posts sit in year folders (slug "2024/some-title"), the excerpt is \`lead\`, the
  // author a name, the date a YAML date; cover image and author picture are shared files.
  "lib/api.ts": `import { Post } from "@/interfaces/post";
import fs from "fs";
import matter from "gray-matter";
import { join } from "path";

const postsDirectory = join(process.env.CONTENT_DIR ?? join(process.cwd(), "content"), "uutiset");

export function getPostSlugs(): string[] {
  return (fs.readdirSync(postsDirectory, { recursive: true }) as string[]).filter((file) =>
    file.endsWith(".md"),
  );
}

export function getPostBySlug(slug: string): Post | null {
  const realSlug = slug.replace(/\\.md$/, "");
  const fullPath = join(postsDirectory, realSlug + ".md");
  if (!fs.existsSync(fullPath)) {
    return null;
  }
  const fileContents = fs.readFileSync(fullPath, "utf8");
  const { data, content } = matter(fileContents);
  const date = data.date instanceof Date ? data.date.toISOString().slice(0, 10) : data.date;

  return {
    ...data,
    slug: realSlug,
    date,
    excerpt: data.lead,
    author: { name: data.author, picture: "/assets/blog/authors/avatar.png" },
    coverImage: "/assets/blog/cover.png",
    ogImage: { url: "/assets/blog/cover.png" },
    content,
  } as Post;
}

export function getPostBySlugNonNull(slug: string): Post {
  const post = getPostBySlug(slug);
  if (post === null) {
    throw new Error("Post not found: " + slug);
  }
  return post;
}

export function getAllPosts(): Post[] {
  return getPostSlugs()
    .map((slug) => getPostBySlugNonNull(slug))
    .sort((post1, post2) => (post1.date > post2.date ? -1 : 1));
}
`,
  "lib/markdownToHtml.ts": `import { remark } from "remark";
import html from "remark-html";

export default async function markdownToHtml(markdown: string) {
  const result = await remark().use(html).process(markdown);
  return result.toString();
}
`,
  // The starter's tailwind.config.ts theme, as Tailwind v4 CSS; dark mode follows the .dark
  // class that the theme switcher sets.
  "app/globals.css": `@import "tailwindcss";

@custom-variant dark (&:where(.dark, .dark *));

@theme {
  --color-accent-1: #fafafa;
  --color-accent-2: #eaeaea;
  --color-accent-7: #333;
  --color-success: #0070f3;
  --color-cyan: #79ffe1;
  --tracking-tighter: -0.04em;
  --text-5xl: 2.5rem;
  --text-6xl: 2.75rem;
  --text-7xl: 4.5rem;
  --text-8xl: 6.25rem;
  --shadow-sm: 0 5px 10px rgba(0, 0, 0, 0.12);
  --shadow-md: 0 8px 30px rgba(0, 0, 0, 0.12);
}
`,
  // The starter loads Inter from next/font/google (downloaded at build time); the same font from
  // the project's node_modules keeps the build offline and repeatable.
  "app/layout.tsx": `import Footer from "@/app/_components/footer";
import cn from "@/lib/cn";
import { CMS_NAME, HOME_OG_IMAGE_URL } from "@/lib/constants";
import type { Metadata } from "next";
import localFont from "next/font/local";
import { ThemeSwitcher } from "./_components/theme-switcher";

import "./globals.css";

const inter = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
});

export const metadata: Metadata = {
  title: "Next.js Blog Example with " + CMS_NAME,
  description: "A statically generated blog example using Next.js and " + CMS_NAME + ".",
  openGraph: { images: [HOME_OG_IMAGE_URL] },
};

export default function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <link rel="apple-touch-icon" sizes="180x180" href="/favicon/apple-touch-icon.png" />
        <link rel="icon" type="image/png" sizes="32x32" href="/favicon/favicon-32x32.png" />
        <link rel="icon" type="image/png" sizes="16x16" href="/favicon/favicon-16x16.png" />
        <link rel="manifest" href="/favicon/site.webmanifest" />
        <link rel="mask-icon" href="/favicon/safari-pinned-tab.svg" color="#000000" />
        <link rel="shortcut icon" href="/favicon/favicon.ico" />
        <meta name="msapplication-TileColor" content="#000000" />
        <meta name="msapplication-config" content="/favicon/browserconfig.xml" />
        <meta name="theme-color" content="#000" />
        <link rel="alternate" type="application/rss+xml" href="/feed.xml" />
      </head>
      <body className={cn(inter.className, "dark:bg-slate-900 dark:text-slate-400")}>
        <ThemeSwitcher />
        <div className="min-h-screen">{children}</div>
        <Footer />
      </body>
    </html>
  );
}
`,
  "app/page.tsx": `import Container from "@/app/_components/container";
import { HeroPost } from "@/app/_components/hero-post";
import { Intro } from "@/app/_components/intro";
import { MoreStories } from "@/app/_components/more-stories";
import { getAllPosts } from "@/lib/api";

export default function Index() {
  const allPosts = getAllPosts();
  const heroPost = allPosts[0]!;
  const morePosts = allPosts.slice(1);

  return (
    <main>
      <Container>
        <Intro />
        <HeroPost
          title={heroPost.title}
          coverImage={heroPost.coverImage}
          date={heroPost.date}
          author={heroPost.author}
          slug={heroPost.slug}
          excerpt={heroPost.excerpt}
        />
        {morePosts.length > 0 && <MoreStories posts={morePosts} />}
      </Container>
    </main>
  );
}
`,
  "app/posts/[year]/[slug]/page.tsx": `import { Metadata } from "next";
import { notFound } from "next/navigation";
import { getAllPosts, getPostBySlug } from "@/lib/api";
import { CMS_NAME } from "@/lib/constants";
import markdownToHtml from "@/lib/markdownToHtml";
import Alert from "@/app/_components/alert";
import Container from "@/app/_components/container";
import Header from "@/app/_components/header";
import { PostBody } from "@/app/_components/post-body";
import { PostHeader } from "@/app/_components/post-header";

type Params = { params: Promise<{ year: string; slug: string }> };

export default async function Post(props: Params) {
  const params = await props.params;
  const post = getPostBySlug(params.year + "/" + params.slug);
  if (!post) {
    return notFound();
  }

  const content = await markdownToHtml(post.content || "");

  return (
    <main>
      <Alert preview={post.preview} />
      <Container>
        <Header />
        <article className="mb-32">
          <PostHeader
            title={post.title}
            coverImage={post.coverImage}
            date={post.date}
            author={post.author}
          />
          <PostBody content={content} />
        </article>
      </Container>
    </main>
  );
}

export async function generateMetadata(props: Params): Promise<Metadata> {
  const params = await props.params;
  const post = getPostBySlug(params.year + "/" + params.slug);
  if (!post) {
    return notFound();
  }

  const title = post.title + " | Next.js Blog Example with " + CMS_NAME;
  return { title, openGraph: { title, images: [post.ogImage.url] } };
}

export async function generateStaticParams() {
  const posts = getAllPosts();
  return posts.map((post) => {
    const [year, slug] = post.slug.split("/");
    return { year, slug };
  });
}
`,
  "app/_components/container.tsx": `type Props = { children?: React.ReactNode };

const Container = ({ children }: Props) => {
  return <div className="container mx-auto px-5">{children}</div>;
};

export default Container;
`,
  "app/_components/header.tsx": `import Link from "next/link";

const Header = () => {
  return (
    <h2 className="mt-8 mb-20 flex items-center text-2xl leading-tight font-bold tracking-tight md:text-4xl md:tracking-tighter">
      <Link href="/" className="hover:underline">
        Blog
      </Link>
      .
    </h2>
  );
};

export default Header;
`,
  "app/_components/footer.tsx": `import Container from "@/app/_components/container";
import { EXAMPLE_PATH } from "@/lib/constants";

export function Footer() {
  return (
    <footer className="border-t border-neutral-200 bg-neutral-50 dark:bg-slate-800">
      <Container>
        <div className="flex flex-col items-center py-28 lg:flex-row">
          <h3 className="mb-10 text-center text-4xl leading-tight font-bold tracking-tighter lg:mb-0 lg:w-1/2 lg:pr-4 lg:text-left lg:text-[2.5rem]">
            Statically Generated with Next.js.
          </h3>
          <div className="flex flex-col items-center justify-center lg:w-1/2 lg:flex-row lg:pl-4">
            <a
              href="https://nextjs.org/docs/app/building-your-application/routing/pages-and-layouts"
              className="mx-3 mb-6 border border-black bg-black px-12 py-3 font-bold text-white transition-colors duration-200 hover:bg-white hover:text-black lg:mb-0 lg:px-8"
            >
              Read Documentation
            </a>
            <a
              href={"https://github.com/vercel/next.js/tree/canary/examples/" + EXAMPLE_PATH}
              className="mx-3 font-bold hover:underline"
            >
              View on GitHub
            </a>
          </div>
        </div>
      </Container>
    </footer>
  );
}

export default Footer;
`,
  "app/_components/intro.tsx": `import { CMS_NAME } from "@/lib/constants";

export function Intro() {
  return (
    <section className="mt-16 mb-16 flex flex-col items-center md:mb-12 md:flex-row md:justify-between">
      <h1 className="text-5xl leading-tight font-bold tracking-tighter md:pr-8 md:text-8xl">
        Blog.
      </h1>
      <h4 className="mt-5 text-center text-lg md:pl-8 md:text-left">
        A statically generated blog example using{" "}
        <a
          href="https://nextjs.org/"
          className="underline transition-colors duration-200 hover:text-blue-600"
        >
          Next.js
        </a>{" "}
        and {CMS_NAME}.
      </h4>
    </section>
  );
}
`,
  "app/_components/alert.tsx": `import Container from "@/app/_components/container";
import cn from "@/lib/cn";
import { EXAMPLE_PATH } from "@/lib/constants";

type Props = { preview?: boolean };

const Alert = ({ preview }: Props) => {
  return (
    <div
      className={cn("border-b dark:bg-slate-800", {
        "border-neutral-800 bg-neutral-800 text-white": preview,
        "border-neutral-200 bg-neutral-50": !preview,
      })}
    >
      <Container>
        <div className="py-2 text-center text-sm">
          {preview ? (
            <>
              This page is a preview.{" "}
              <a
                href="/api/exit-preview"
                className="underline transition-colors duration-200 hover:text-teal-300"
              >
                Click here
              </a>{" "}
              to exit preview mode.
            </>
          ) : (
            <>
              The source code for this blog is{" "}
              <a
                href={"https://github.com/vercel/next.js/tree/canary/examples/" + EXAMPLE_PATH}
                className="underline transition-colors duration-200 hover:text-blue-600"
              >
                available on GitHub
              </a>
              .
            </>
          )}
        </div>
      </Container>
    </div>
  );
};

export default Alert;
`,
  "app/_components/section-separator.tsx": `export function SectionSeparator() {
  return <hr className="mt-28 mb-24 border-neutral-200" />;
}
`,
  "app/_components/avatar.tsx": `type Props = { name: string; picture: string };

const Avatar = ({ name, picture }: Props) => {
  return (
    <div className="flex items-center">
      <img src={picture} className="mr-4 h-12 w-12 rounded-full" alt={name} />
      <div className="text-xl font-bold">{name}</div>
    </div>
  );
};

export default Avatar;
`,
  "app/_components/date-formatter.tsx": `import { format, parseISO } from "date-fns";

type Props = { dateString: string };

const DateFormatter = ({ dateString }: Props) => {
  const date = parseISO(dateString);
  return <time dateTime={dateString}>{format(date, "LLLL d, yyyy")}</time>;
};

export default DateFormatter;
`,
  "app/_components/cover-image.tsx": `import cn from "@/lib/cn";
import Image from "next/image";
import Link from "next/link";

type Props = { title: string; src: string; slug?: string };

const CoverImage = ({ title, src, slug }: Props) => {
  const image = (
    <Image
      src={src}
      alt={"Cover Image for " + title}
      className={cn("w-full shadow-sm", {
        "transition-shadow duration-200 hover:shadow-lg": slug,
      })}
      width={1300}
      height={630}
    />
  );
  return (
    <div className="sm:mx-0">
      {slug ? (
        <Link href={"/posts/" + slug} aria-label={title}>
          {image}
        </Link>
      ) : (
        image
      )}
    </div>
  );
};

export default CoverImage;
`,
  "app/_components/hero-post.tsx": `import Avatar from "@/app/_components/avatar";
import CoverImage from "@/app/_components/cover-image";
import { type Author } from "@/interfaces/author";
import Link from "next/link";
import DateFormatter from "./date-formatter";

type Props = {
  title: string;
  coverImage: string;
  date: string;
  excerpt: string;
  author: Author;
  slug: string;
};

export function HeroPost({ title, coverImage, date, excerpt, author, slug }: Props) {
  return (
    <section>
      <div className="mb-8 md:mb-16">
        <CoverImage title={title} src={coverImage} slug={slug} />
      </div>
      <div className="mb-20 md:mb-28 md:grid md:grid-cols-2 md:gap-x-16 lg:gap-x-8">
        <div>
          <h3 className="mb-4 text-4xl leading-tight lg:text-5xl">
            <Link href={"/posts/" + slug} className="hover:underline">
              {title}
            </Link>
          </h3>
          <div className="mb-4 text-lg md:mb-0">
            <DateFormatter dateString={date} />
          </div>
        </div>
        <div>
          <p className="mb-4 text-lg leading-relaxed">{excerpt}</p>
          <Avatar name={author.name} picture={author.picture} />
        </div>
      </div>
    </section>
  );
}
`,
  "app/_components/post-preview.tsx": `import { type Author } from "@/interfaces/author";
import Link from "next/link";
import Avatar from "./avatar";
import CoverImage from "./cover-image";
import DateFormatter from "./date-formatter";

type Props = {
  title: string;
  coverImage: string;
  date: string;
  excerpt: string;
  author: Author;
  slug: string;
};

export function PostPreview({ title, coverImage, date, excerpt, author, slug }: Props) {
  return (
    <div>
      <div className="mb-5">
        <CoverImage slug={slug} title={title} src={coverImage} />
      </div>
      <h3 className="mb-3 text-3xl leading-snug">
        <Link href={"/posts/" + slug} className="hover:underline">
          {title}
        </Link>
      </h3>
      <div className="mb-4 text-lg">
        <DateFormatter dateString={date} />
      </div>
      <p className="mb-4 text-lg leading-relaxed">{excerpt}</p>
      <Avatar name={author.name} picture={author.picture} />
    </div>
  );
}
`,
  "app/_components/more-stories.tsx": `import { Post } from "@/interfaces/post";
import { PostPreview } from "./post-preview";

type Props = { posts: Post[] };

export function MoreStories({ posts }: Props) {
  return (
    <section>
      <h2 className="mb-8 text-5xl leading-tight font-bold tracking-tighter md:text-7xl">
        More Stories
      </h2>
      <div className="mb-32 grid grid-cols-1 gap-y-20 md:grid-cols-2 md:gap-x-16 md:gap-y-32 lg:gap-x-32">
        {posts.map((post) => (
          <PostPreview
            key={post.slug}
            title={post.title}
            coverImage={post.coverImage}
            date={post.date}
            author={post.author}
            slug={post.slug}
            excerpt={post.excerpt}
          />
        ))}
      </div>
    </section>
  );
}
`,
  "app/_components/post-title.tsx": `import { ReactNode } from "react";

type Props = { children?: ReactNode };

export function PostTitle({ children }: Props) {
  return (
    <h1 className="mb-12 text-center text-5xl leading-tight font-bold tracking-tighter md:text-left md:text-7xl md:leading-none lg:text-8xl">
      {children}
    </h1>
  );
}
`,
  "app/_components/post-header.tsx": `import { PostTitle } from "@/app/_components/post-title";
import { type Author } from "@/interfaces/author";
import Avatar from "./avatar";
import CoverImage from "./cover-image";
import DateFormatter from "./date-formatter";

type Props = { title: string; coverImage: string; date: string; author: Author };

export function PostHeader({ title, coverImage, date, author }: Props) {
  return (
    <>
      <PostTitle>{title}</PostTitle>
      <div className="hidden md:mb-12 md:block">
        <Avatar name={author.name} picture={author.picture} />
      </div>
      <div className="mb-8 sm:mx-0 md:mb-16">
        <CoverImage title={title} src={coverImage} />
      </div>
      <div className="mx-auto max-w-2xl">
        <div className="mb-6 block md:hidden">
          <Avatar name={author.name} picture={author.picture} />
        </div>
        <div className="mb-6 text-lg">
          <DateFormatter dateString={date} />
        </div>
      </div>
    </>
  );
}
`,
  "app/_components/post-body.tsx": `import markdownStyles from "./markdown-styles.module.css";

type Props = { content: string };

export function PostBody({ content }: Props) {
  return (
    <div className="mx-auto max-w-2xl">
      <div className={markdownStyles["markdown"]} dangerouslySetInnerHTML={{ __html: content }} />
    </div>
  );
}
`,
  "app/_components/markdown-styles.module.css": `@reference "../globals.css";

.markdown {
  @apply text-lg leading-relaxed;
}

.markdown p,
.markdown ul,
.markdown ol,
.markdown blockquote {
  @apply my-6;
}

.markdown h2 {
  @apply mt-12 mb-4 text-3xl leading-snug;
}

.markdown h3 {
  @apply mt-8 mb-4 text-2xl leading-snug;
}
`,
  // The starter's colour-scheme switch: a client component, plus an inline script (the source
  // of noFlash, printed into the page) that sets the .dark class before the page paints.
  "app/_components/theme-switcher.tsx": `"use client";

import { memo, useEffect, useState } from "react";
import styles from "./switch.module.css";

declare global {
  var updateDOM: () => void;
}

type ColorSchemePreference = "system" | "dark" | "light";

const STORAGE_KEY = "blog-starter-theme";
const modes: ColorSchemePreference[] = ["system", "dark", "light"];

// Runs as an inline script: it may use nothing from outside its own body.
export const noFlash = (storageKey: string) => {
  const media = matchMedia("(prefers-color-scheme: dark)");
  const pauseTransitions = () => {
    const style = document.createElement("style");
    style.textContent = "*,*:after,*:before{transition:none !important;}";
    document.head.appendChild(style);
    return () => {
      getComputedStyle(document.body);
      setTimeout(() => document.head.removeChild(style), 1);
    };
  };
  window.updateDOM = () => {
    const resumeTransitions = pauseTransitions();
    const mode = localStorage.getItem(storageKey) ?? "system";
    const resolved = mode === "system" ? (media.matches ? "dark" : "light") : mode;
    document.documentElement.classList.toggle("dark", resolved === "dark");
    document.documentElement.setAttribute("data-mode", mode);
    resumeTransitions();
  };
  window.updateDOM();
  media.addEventListener("change", window.updateDOM);
};

let updateDOM: () => void;

const Switch = () => {
  const [mode, setMode] = useState<ColorSchemePreference>(
    () =>
      ((typeof localStorage !== "undefined" && localStorage.getItem(STORAGE_KEY)) ||
        "system") as ColorSchemePreference,
  );

  useEffect(() => {
    updateDOM = window.updateDOM;
    addEventListener("storage", (event: StorageEvent) => {
      if (event.key === STORAGE_KEY) setMode(event.newValue as ColorSchemePreference);
    });
  }, []);

  useEffect(() => {
    localStorage.setItem(STORAGE_KEY, mode);
    updateDOM();
  }, [mode]);

  const next = () => setMode(modes[(modes.indexOf(mode) + 1) % modes.length]!);
  return (
    <button
      suppressHydrationWarning
      className={styles.switch}
      onClick={next}
      aria-label="Colour scheme"
    />
  );
};

const Script = memo(function Script() {
  return (
    <script
      dangerouslySetInnerHTML={{ __html: "(" + noFlash.toString() + ")('" + STORAGE_KEY + "')" }}
    />
  );
});

export const ThemeSwitcher = () => {
  return (
    <>
      <Script />
      <Switch />
    </>
  );
};
`,
  "app/_components/switch.module.css": `.switch {
  all: unset;
  position: absolute;
  top: 70px;
  right: 20px;
  display: inline-block;
  --size: 24px;
  width: var(--size);
  height: var(--size);
  border: 1px dashed currentColor;
  border-radius: 50%;
  color: currentColor;
  cursor: pointer;
  transition: all 0.3s ease-in-out 0s !important;
}

[data-mode="system"] .switch::after {
  position: absolute;
  inset: 0;
  display: flex;
  align-items: center;
  justify-content: center;
  font-size: calc(var(--size) / 2);
  font-weight: 600;
  content: "A";
}

[data-mode="light"] .switch {
  border: 1px solid orangered;
  background-color: yellow;
  box-shadow: 0 0 50px 10px yellow;
}

[data-mode="dark"] .switch {
  border: none;
  background: transparent;
  box-shadow: calc(var(--size) / 4) calc(var(--size) / -4) calc(var(--size) / 8) inset #fff;
  animation: tilt linear 0.5s;
}

@keyframes tilt {
  0%,
  100% {
    transform: rotate(0deg);
  }
  40% {
    transform: rotate(-15deg);
  }
  80% {
    transform: rotate(10deg);
  }
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
