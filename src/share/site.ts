/** Facts about the publication itself, for structured data and the web app manifest. */
export const site = {
  /** The day the story was first published; Article dates in JSON-LD. */
  published: "2026-11-28",
  themeColour: "#1f5f8b",
  backgroundColour: "#fbfaf7",
} as const;
