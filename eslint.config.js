// @ts-check
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import astro from "eslint-plugin-astro";
import globals from "globals";
import tseslint from "typescript-eslint";

/**
 * The pipeline, in the order its stages may depend on each other (src/<stage>/): a stage imports only
 * from earlier ones, so the folders read as the pipeline does (docs/architecture.md). `components`,
 * `layouts` and `pages` put the stages together; `integrations` run after the build.
 */
const stages = [
  "schemas",
  "i18n",
  "routes",
  "story",
  "charts",
  "mdx",
  "classroom",
  "share",
  "components",
  "layouts",
  "pages",
];
/** @param {string} stage */
const laterThan = (stage) => stages.slice(stages.indexOf(stage) + 1);
/** @param {string[]} names */
const folders = (names) => `(^|/)(${names.join("|")})/`;

/**
 * What a stage may not import: the stages after it and the after-build integrations; and, before the
 * components that load it, the browser code.
 * @param {string} stage
 */
function flow(stage) {
  const loadsClient = stages.indexOf(stage) >= stages.indexOf("components");
  const later = [...laterThan(stage), ...(loadsClient ? [] : ["client"]), "integrations"];
  return {
    regex: folders(later),
    message: `${stage}/ comes earlier in the pipeline than this import (docs/architecture.md).`,
  };
}

/**
 * Code that runs in the reader's browser: it may not import build code (loaders, schemas, the MDX plugins,
 * the charts' build side, the Simplified converter) or Node and build-only packages. Types are erased, so
 * type imports stay allowed.
 */
const browserOnly = [
  {
    regex: folders(["story", "mdx", "classroom", "share", "components", "layouts", "pages", "integrations", "schemas"]),
  },
  { regex: "(^|/)charts/build/" },
  { regex: "(^|/)i18n/(localize|forEdition|toSimplified|ui)\\.ts$" },
  {
    regex:
      "^(node:.*|fs|path|os|url|crypto|worker_threads|astro(:.*|/.*)?|zod|linkedom|opencc-js|yaml|jsonc-parser|qrcode|satori|css-tree|culori|workbox-build|@resvg/.*)$",
  },
].map((pattern) => ({
  ...pattern,
  allowTypeImports: true,
  message: "Browser code (see the browser files in eslint.config.js) may not import build code or Node packages.",
}));

/** The files the reader's browser runs, and the shared files they import. */
const browserFiles = [
  "src/client/**",
  "src/charts/chartTypes.ts",
  "src/charts/kit/**",
  "src/charts/*/chart.ts",
  "src/charts/locator/layoutEstuary.ts",
  "src/i18n/fill.ts",
  "src/i18n/locales.ts",
  "src/i18n/formatNumber.ts",
  "src/i18n/numberWords.ts",
  "src/routes/routes.ts",
  "src/routes/previewPath.ts",
  "src/routes/csvNames.ts",
];

/**
 * @param {object[]} patterns
 * @returns {import("eslint").Linter.RulesRecord}
 */
const restrict = (patterns) => ({ "@typescript-eslint/no-restricted-imports": ["error", { patterns }] });

export default defineConfig(
  { ignores: ["dist/", ".astro/", "node_modules/", "test-results/", "bench/results/"] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "no-console": ["error", { allow: ["warn", "error", "log"] }],
    },
  },
  {
    // Small, named functions: charts from mark and layout functions (as Observable Plot builds a chart from
    // marks), MDX plugins from named checks.
    files: ["src/**/*.ts"],
    rules: { "max-lines-per-function": ["error", { max: 80 }] },
  },
  ...stages.map((stage) => ({ files: [`src/${stage}/**`], rules: restrict([flow(stage)]) })),
  {
    files: ["src/integrations/**"],
    rules: restrict([
      {
        regex: folders(stages.slice(3)),
        message: "Integrations run after the build and use only the editions, routes and the client's cache names.",
      },
    ]),
  },
  {
    files: ["src/client/**"],
    rules: restrict([
      ...browserOnly,
      { regex: folders(["layouts", "pages"]), message: "The client is loaded by the pages; it does not import them." },
    ]),
  },
  ...["charts", "i18n", "routes"].map((stage) => ({
    files: browserFiles.filter((file) => file.startsWith(`src/${stage}/`)),
    rules: restrict([...browserOnly, flow(stage)]),
  })),
  {
    // Every address comes from the routes module, which alone reads the base path.
    files: ["src/**"],
    ignores: ["src/routes/routes.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[property.name='BASE_URL']",
          message: "Build addresses with src/routes/routes.ts, which adds the base path.",
        },
      ],
    },
  },
);
