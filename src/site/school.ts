/**
 * 网上党校 read through one wrapper: courses in order with their lessons in
 * order, quizzes turned into the engine's plain specs, and the study rules from
 * the settings (defaults filled when the settings leave them out).
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { lessonMinutes } from '../lib/content/reading-time';
import { fieldSchema, idReference } from '../model/to-zod';
import { SETTINGS_FIELDS } from '../model/settings';
import { f, slugOf } from '../model/fields';
import { QUIZ_KINDS, collectionModel } from '../model/collections';
import { isFormal, questionsOf as questionsOfStored } from '../model/formal-test-key';
import { entryPath } from '../model/sections';
import type { DataOf } from '../model/infer';
import { loadSettings } from './settings';
import type { Question } from '../lib/study/quiz';
import { attemptSize, type QuizKind, type QuizSpec } from '../lib/study/quiz-paper';

export type Course = CollectionEntry<'courses'>;
export type Lesson = CollectionEntry<'lessons'>;
export type Quiz = CollectionEntry<'quizzes'>;

const collator = new Intl.Collator('zh-CN');
const byOrder = <T extends { data: { order: number; title: string } }>(a: T, b: T) =>
  a.data.order - b.data.order || collator.compare(a.data.title, b.data.title);

let cache: Promise<{ courses: Course[]; lessons: Lesson[]; quizzes: Quiz[] }> | undefined;

function load() {
  cache ??= (async () => ({
    courses: (await getCollection('courses')).sort(byOrder),
    lessons: (await getCollection('lessons')).sort(byOrder),
    quizzes: (await getCollection('quizzes')).sort((a, b) => collator.compare(a.data.title, b.data.title)),
  }))();
  return cache;
}

export async function getCourses(): Promise<{ course: Course; lessons: Lesson[] }[]> {
  const { courses, lessons } = await load();
  return courses.map((course) => ({ course, lessons: lessons.filter((l) => l.data.course.id === course.id) }));
}

/** A lesson's study time: the editor's figure, or its text and media (src/lib/content/reading-time.ts). */
export async function studyMinutes(lesson: Lesson): Promise<number> {
  const media = lesson.data.media ? await getEntry(lesson.data.media) : undefined;
  return lessonMinutes({ body: lesson.body ?? '', minutes: lesson.data.minutes, mediaDuration: media?.data.duration });
}

export async function getQuizzes(): Promise<Quiz[]> {
  return (await load()).quizzes;
}

export async function getQuiz(id: string): Promise<Quiz | undefined> {
  return (await load()).quizzes.find((q) => q.id === id);
}

export const quizKind = (quiz: Quiz): QuizKind => slugOf(QUIZ_KINDS, quiz.data.kind);

export const questionsOf = (quiz: Quiz): Question[] => questionsOfStored(quiz.data.questions);

/** A formal test's answers stay with the branch service: its page embeds none (src/model/formal-test-key.ts). */
export const isFormalQuiz = (quiz: Quiz): boolean => isFormal(quiz.data);

/** Everything the browser needs to run a quiz, answers included (see the page's notice). */
export function quizSpec(
  quiz: Quiz,
): QuizSpec & { id: string; title: string; passPercent: number; timeLimitMinutes?: number } {
  const { title, passPercent, timeLimitMinutes, shuffle, drawCount } = quiz.data;
  return {
    id: quiz.id,
    title,
    kind: quizKind(quiz),
    passPercent,
    shuffle,
    questions: questionsOf(quiz),
    ...(timeLimitMinutes ? { timeLimitMinutes } : {}),
    ...(drawCount ? { drawCount } : {}),
  };
}

/** How many questions one attempt has. */
export function paperSize(quiz: Quiz): number {
  return attemptSize(quizKind(quiz), quiz.data.questions.length, quiz.data.drawCount);
}

type StudyRules = DataOf<(typeof SETTINGS_FIELDS)['studyRules']['fields'], 'id'>;
const rulesSchema = fieldSchema(
  f.object('学习计时与积分规则', { fields: SETTINGS_FIELDS.studyRules.fields }),
  idReference,
);

/** The study rules of the settings, with every default filled in. */
export function studyRules(): StudyRules {
  return rulesSchema.parse(loadSettings().studyRules ?? {}) as StudyRules;
}

export const coursePath = (course: Course) => entryPath(collectionModel('courses'), course.id, course.data);
export const lessonPath = (lesson: Lesson) => entryPath(collectionModel('lessons'), lesson.id, lesson.data);
export const quizPath = (id: string) => entryPath(collectionModel('quizzes'), id, {});
