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
  discussion: [{ chapter: "farmers-city", question: "Why did farmers pay?", notes: ["Note"] }],
  activity: {
    title: "Activity",
    intro: "Intro",
    csv: ["population"],
    steps: [1, 2, 3].map(() => ({ do: "Do", expect: "Expect" })),
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
