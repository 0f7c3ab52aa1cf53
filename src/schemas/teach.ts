import { z } from "zod";

/** A lesson lasts this many minutes; the parts of every lesson in a plan must add up to it. */
export const lessonMinutes = 45;

/** What a worksheet question asks students to do; a worksheet has at least one of each. */
export const questionKinds = ["recall", "chart", "data", "open"] as const;
export type QuestionKind = (typeof questionKinds)[number];

const slugLike = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "use lower-case letters, digits and single hyphens");

/**
 * Text of the teacher's pages. Plain text, in which every number, date or figure is written
 * `<Fact id="…" />` (a record of content/data/facts.json) and a statement may carry its source
 * as `<Cite id="…" />`, as in the chapters. The build refuses a digit outside those tags and an
 * unknown id, naming the file and line (src/classroom/checkTeach.ts).
 */
export const teachText = z.string().trim().min(1);

/** A chapter's slug; the build checks it names a chapter of the edition. */
const chapterRef = slugLike;

/** A step of a chapter, to open as a slide. */
const slideSchema = z.strictObject({
  /** The step's id in the chapter (`<Step id="…">`); the build checks the chapter has it. */
  step: slugLike,
  /** What the slide shows, in a few words: the link's text. */
  label: teachText,
});

/** One part of a lesson: what the class does for a few minutes, and the slides it uses. */
const partSchema = z
  .strictObject({
    /** How long the part takes, in whole minutes. */
    minutes: z.number().int().min(1).max(lessonMinutes),
    /** A short heading for the part. */
    title: teachText,
    /** The chapter whose slides the part shows, if any. */
    chapter: chapterRef.optional(),
    /** The key steps to show, in order, each linked straight into presentation mode. */
    slides: z.array(slideSchema).min(1).optional(),
    /** What the teacher does and asks. */
    do: teachText,
  })
  .refine((part) => !part.slides || part.chapter, {
    message: "slides need the chapter they belong to: add `chapter: <slug>`",
    path: ["chapter"],
  });

/** One lesson of a plan. */
const lessonSchema = z.strictObject({
  /** The lesson's heading, when the plan has more than one. */
  title: teachText.optional(),
  /** Work students do at home (a flipped lesson's reading): its minutes are a guide, not a lesson's 45. */
  atHome: z.boolean().optional(),
  /** The parts of the lesson in order; their minutes add up to a whole lesson. */
  parts: z.array(partSchema).min(2),
});

/** A lesson plan: one lesson, or a sequence of lessons. */
const planSchema = z
  .strictObject({
    /** The plan's anchor on the page (`#…`), so a cover or presenter view can link to it. */
    id: slugLike,
    /** The plan's heading. */
    title: teachText,
    /** When to choose this plan, in a sentence or two. */
    summary: teachText,
    /** The plan's lessons, in order. */
    lessons: z.array(lessonSchema).min(1),
  })
  .refine((plan) => plan.lessons.length === 1 || plan.lessons.every((lesson) => lesson.title), {
    message: "a plan of several lessons needs a `title` for each lesson",
    path: ["lessons"],
  });

/** A place in the story: a chapter, and the step where the evidence is, if one step holds it. */
const evidenceSchema = z.strictObject({
  chapter: chapterRef,
  /** The step's id in the chapter; the build checks the chapter has it. */
  step: slugLike.optional(),
});

/** A discussion question of the guide, with what a good answer draws on. */
const discussionQuestionSchema = z.strictObject({
  /** The question, as the class hears it. */
  text: teachText,
  /** What a good answer draws on, point by point, with `<Cite>`s to the story's sources. */
  notes: z.array(teachText).max(4).optional(),
});

/** A chapter's discussion questions (two or three), with notes for the teacher. */
const discussionSchema = z.strictObject({
  /** The chapter the questions are about; every chapter of the edition has an entry. */
  chapter: chapterRef,
  questions: z.array(discussionQuestionSchema).min(2).max(3),
});

/** What a good, an adequate and a weak answer to an open question contain. */
const markingSchema = z.strictObject({ good: teachText, adequate: teachText, weak: teachText });

/** The answer to one worksheet question: a model answer, or for an open question a marking guide. */
const answerSchema = z
  .strictObject({
    /** The worksheet question's number, counting from 1. */
    question: z.number().int().min(1),
    /** The model answer (factual questions). */
    answer: teachText.optional(),
    /** The marking guide (the open question). */
    marking: markingSchema.optional(),
    /** Where the evidence is: the chapter and, where one step holds it, the step. */
    evidence: z.array(evidenceSchema).min(1),
  })
  .refine((entry) => Boolean(entry.answer) !== Boolean(entry.marking), {
    message: "give either a model `answer` or, for the open question, a `marking` guide",
    path: ["answer"],
  });

/** A word of the vocabulary list: a glossary entry, shown with its pinyin (English) or its plain definition. */
const glossaryRef = slugLike;

/** A level of China's administration, top down, for the primer's diagram. */
const levelSchema = z.strictObject({
  /** The level's name. */
  name: teachText,
  /** Longgang's place at this level (Zhejiang, Wenzhou, …). */
  example: teachText,
  /** The glossary entry that defines the level, if it has one; its short definition is shown. */
  glossary: glossaryRef.optional(),
});

/** Support and extension: for students who need help with words or with talking, and for strong ones. */
const supportSchema = z.strictObject({
  /** Glossary entries for the vocabulary list. */
  vocabulary: z.array(glossaryRef).min(6).max(14),
  /** Sentence starters for the discussion. */
  starters: z.array(teachText).min(4).max(8),
  /** One task for strong students. */
  extension: z.strictObject({ title: teachText, task: teachText }),
  /** The primer on administrative levels: an introduction and the levels, top down. */
  levels: z.strictObject({ intro: teachText, levels: z.array(levelSchema).min(4).max(6) }),
});

/** Where the material fits in school subjects, said plainly. */
const curriculumSchema = z.strictObject({ subject: teachText, topics: teachText });

/**
 * A line of the one-page handout: a fact of content/data/facts.json (a date on the timeline, a number
 * among the key figures, its source shown from the fact) and what it is, in a few words.
 */
const handoutLineSchema = z.strictObject({
  /** The fact's id in content/data/facts.json. */
  fact: slugLike,
  /** What happened, or what the figure is, in a few words. */
  text: teachText,
});

/** The one-page handout (`/<edition>/handout/`): a timeline, key figures, glossary terms and a QR code. */
const handoutSchema = z.strictObject({
  /** The handout's heading. */
  title: teachText,
  /** One sentence under the heading. */
  intro: teachText,
  /** Six to eight dates: each a date fact and what happened. */
  timeline: z.array(handoutLineSchema).min(6).max(8),
  /** Eight to ten key figures: each a number fact and what it counts. */
  figures: z.array(handoutLineSchema).min(8).max(10),
  /** Glossary entries to define. */
  terms: z.array(glossaryRef).length(6),
});

/** A step of the data activity: what students do, and what they should find. */
const activityStepSchema = z.strictObject({
  /** The instruction to students. */
  do: teachText,
  /** The expected result; figures we computed are derived facts, shown with their arithmetic. */
  expect: teachText,
});

/** The data activity: students work with the CSV downloads of the story's charts. */
const activitySchema = z.strictObject({
  /** The activity's heading. */
  title: teachText,
  /** What the activity is for and what students need. */
  intro: teachText,
  /** The charts whose CSV files students download (`routes.csv`: `/<edition>/data/<name>.csv`). */
  csv: z.array(slugLike).min(1),
  /** The steps, in order. */
  steps: z.array(activityStepSchema).min(3),
});

/** The teacher's guide: `content/teach/<locale>/guide.mdx`. The body is the note on sources. */
export const guideSchema = z.strictObject({
  /** The page's heading and title. */
  title: teachText,
  /** One sentence for the meta description and the preview card. */
  description: z.string().min(10).max(160),
  /** The opening paragraph: whom the guide is for and how to use the slide links. */
  intro: teachText,
  /** What students can do afterwards: three to five concrete aims, each one checkable. */
  objectives: z.array(teachText).min(3).max(5),
  /** The lesson plans: one for a single lesson and one for two, for example. */
  plans: z.array(planSchema).min(1),
  /** Two or three discussion questions for each chapter, with notes. */
  discussion: z.array(discussionSchema).min(1),
  /** The data activity with the CSV downloads. */
  activity: activitySchema,
  /** The answer key: one entry for every question of the worksheet, in order. */
  answers: z.array(answerSchema).min(1),
  /** Vocabulary, sentence starters, an extension task and the primer on administrative levels. */
  support: supportSchema,
  /** The subjects and topics the material serves. */
  curriculum: z.array(curriculumSchema).min(2).max(5),
  /** The one-page handout. */
  handout: handoutSchema,
});

/** A question of the student worksheet. */
const questionSchema = z.strictObject({
  /** What the question practises; the worksheet needs at least one of each kind. */
  kind: z.enum(questionKinds),
  /** The question. No answers: the teacher's guide has them. */
  text: teachText,
  /** The chapter the question is about; its QR code is printed on the worksheet. */
  chapter: chapterRef.optional(),
  /** The step with the chart the question reads, if any; the build checks the chapter has it. */
  step: slugLike.optional(),
  /** The charts whose CSV files the question uses; their addresses are printed with it. */
  csv: z.array(slugLike).min(1).optional(),
  /** Ruled lines left for the answer. */
  lines: z.number().int().min(1).max(12),
});

/** The student worksheet: `content/teach/<locale>/worksheet.mdx`. */
export const worksheetSchema = z.strictObject({
  /** The page's heading and title. */
  title: teachText,
  /** One sentence for the meta description and the preview card. */
  description: z.string().min(10).max(160),
  /** What students do, in a sentence or two, above the questions. */
  instructions: teachText,
  /** At least five questions, in order. */
  questions: z
    .array(
      questionSchema.refine((question) => !question.step || question.chapter, {
        message: "a step needs the chapter it belongs to: add `chapter: <slug>`",
        path: ["chapter"],
      }),
    )
    .min(5),
});

export type Guide = z.infer<typeof guideSchema>;
export type Worksheet = z.infer<typeof worksheetSchema>;
export type LessonPart = z.infer<typeof partSchema>;
export type LessonPlan = z.infer<typeof planSchema>;
export type WorksheetQuestion = z.infer<typeof questionSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
