import { describe, expect, it } from "vitest";
import { guideSchema, lessonMinutes, worksheetSchema } from "../../../src/schemas/teach.ts";

const part = (minutes: number, extra: Record<string, unknown> = {}) => ({
  minutes,
  title: "Part",
  do: "Do it",
  ...extra,
});
const guide = {
  title: "Teacher’s guide",
  description: "A guide for teachers of the story.",
  intro: "Intro",
  objectives: ["One", "Two", "Three"],
  plans: [
    {
      id: "one-lesson",
      title: "One lesson",
      summary: "Summary",
      lessons: [
        { parts: [part(40), part(5, { chapter: "farmers-city", slides: [{ step: "town-1993", label: "A" }] })] },
      ],
    },
  ],
  discussion: [{ chapter: "farmers-city", questions: [{ text: "Why?", notes: ["Note"] }, { text: "How?" }] }],
  activity: {
    title: "Activity",
    intro: "Intro",
    csv: ["population"],
    steps: [1, 2, 3].map(() => ({ do: "Do", expect: "Expect" })),
  },
  answers: [
    { question: 1, answer: "The answer.", evidence: [{ chapter: "farmers-city", step: "town-1993" }] },
    {
      question: 2,
      marking: { good: "Good", adequate: "Adequate", weak: "Weak" },
      evidence: [{ chapter: "five-years-on" }],
    },
  ],
  support: {
    vocabulary: ["town", "community", "grid", "mega-town", "pilot", "county-level-city"],
    starters: ["I think", "I agree", "I see it differently", "What is missing"],
    extension: { title: "Extension", task: "Task" },
    levels: {
      intro: "Levels",
      levels: [
        { name: "Province", example: "Zhejiang" },
        { name: "Prefecture", example: "Wenzhou" },
        { name: "County", example: "Cangnan", glossary: "county-level-city" },
        { name: "Town", example: "Longgang", glossary: "town" },
      ],
    },
  },
  curriculum: [
    { subject: "Geography", topics: "Urbanisation" },
    { subject: "History", topics: "The reform era" },
  ],
  handout: {
    title: "On one page",
    intro: "Intro",
    timeline: [
      "ferry-founded",
      "town-approved",
      "town-at-work",
      "pilot-town-2014",
      "city-approved",
      "city-inaugurated",
    ].map((fact) => ({ fact, text: "Event" })),
    figures: [
      "population-before-town",
      "population-1993",
      "population-2020",
      "population-2024",
      "communities",
      "grids",
      "area-2019",
      "registered-businesses",
    ].map((fact) => ({ fact, text: "Figure" })),
    terms: ["town", "community", "grid", "mega-town", "pilot", "county-level-city"],
  },
};
const question = (kind: string, extra: Record<string, unknown> = {}) => ({
  kind,
  text: "Question?",
  lines: 3,
  ...extra,
});
const worksheet = {
  title: "Worksheet",
  description: "A worksheet for students.",
  instructions: "Answer.",
  questions: ["recall", "recall", "chart", "data", "open"].map((kind) => question(kind)),
};

describe("guideSchema", () => {
  it("accepts a complete guide", () => {
    expect(guideSchema.parse(guide)).toEqual(guide);
    expect(lessonMinutes).toBe(45);
  });

  it("says which field is wrong", () => {
    const issue = (value: unknown) => guideSchema.safeParse(value).error?.issues[0];
    expect(issue({ ...guide, objectives: ["Only", "two"] })?.path).toEqual(["objectives"]);
    const noChapter = structuredClone(guide);
    delete (noChapter.plans[0]?.lessons[0]?.parts[1] as { chapter?: string }).chapter;
    expect(issue(noChapter)?.message).toMatch(/slides need the chapter/);
    const badStep = structuredClone(guide);
    const slides = (badStep.plans[0]?.lessons[0]?.parts[1] as unknown as { slides: { step: string }[] }).slides;
    slides[0] = { ...slides[0], step: "Town 1993" };
    expect(issue(badStep)?.path).toEqual(["plans", 0, "lessons", 0, "parts", 1, "slides", 0, "step"]);
    const twoUntitled = {
      ...guide,
      plans: [{ ...guide.plans[0], lessons: [guide.plans[0]?.lessons[0], guide.plans[0]?.lessons[0]] }],
    };
    expect(issue(twoUntitled)?.message).toMatch(/needs a `title` for each lesson/);
    expect(guideSchema.safeParse({ ...guide, colour: "red" }).success).toBe(false);
    const both = structuredClone(guide);
    (both.answers[1] as { answer?: string }).answer = "And a model answer";
    expect(issue(both)?.message).toMatch(/either a model `answer` or/);
    const longHandout = structuredClone(guide);
    longHandout.handout.terms.push("sub-district");
    expect(issue(longHandout)?.path).toEqual(["handout", "terms"]);
  });
});

describe("worksheetSchema", () => {
  it("accepts a worksheet of five questions or more", () => {
    expect(worksheetSchema.parse(worksheet)).toEqual(worksheet);
    expect(worksheetSchema.safeParse({ ...worksheet, questions: worksheet.questions.slice(1) }).success).toBe(false);
  });

  it("refuses a step without its chapter and an unknown kind of question", () => {
    const withStep = { ...worksheet, questions: [...worksheet.questions, question("chart", { step: "middle-folds" })] };
    expect(worksheetSchema.safeParse(withStep).error?.issues[0]?.message).toMatch(/a step needs the chapter/);
    const quiz = { ...worksheet, questions: [...worksheet.questions, question("quiz")] };
    expect(worksheetSchema.safeParse(quiz).error?.issues[0]?.path).toEqual(["questions", 5, "kind"]);
  });
});
