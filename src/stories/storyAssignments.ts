import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

/** An article's story (the id of its earliest version) and its related articles, by id. */
export interface StoryAssignment {
  story: string;
  related: string[];
}

/** What clustering hands the site build: every clustered article's assignment by id. */
export type StoryAssignments = ReadonlyMap<string, StoryAssignment>;

const idPattern = /^[0-9a-f]{12}$/;
const assignmentsSchema = z.object({
  version: z.literal(1),
  articles: z.record(
    z.string().regex(idPattern),
    z.object({ story: z.string().regex(idPattern), related: z.array(z.string().regex(idPattern)) }),
  ),
});

/** Folder under the content folder where clustering keeps its cache and result. */
export function storyStateDir(contentDir: string): string {
  return path.join(contentDir, ".state", "stories");
}

/** The file clustering writes and the site build reads. */
export function storyAssignmentsFile(contentDir: string): string {
  return path.join(storyStateDir(contentDir), "stories.json");
}

/** Serialises assignments, keys in id order, so equal results are equal bytes. */
export function serializeStoryAssignments(assignments: StoryAssignments): string {
  const articles: Record<string, StoryAssignment> = {};
  for (const id of [...assignments.keys()].sort())
    articles[id] = assignments.get(id) as StoryAssignment;
  return JSON.stringify({ version: 1, articles });
}

/**
 * Reads the assignments of a content folder; a missing or invalid file gives an empty map (each
 * article is then a story of its own, with no related articles) and says why through `log`.
 */
export function readStoryAssignments(
  contentDir: string,
  log: (line: string) => void = () => {},
): Map<string, StoryAssignment> {
  const file = storyAssignmentsFile(contentDir);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return new Map();
  }
  try {
    const parsed = assignmentsSchema.safeParse(JSON.parse(text));
    if (parsed.success) return new Map(Object.entries(parsed.data.articles));
    log(`stories: ignored ${file}: ${parsed.error.issues[0]?.message ?? "invalid"}`);
  } catch (error) {
    log(`stories: ignored ${file}: ${(error as Error).message}`);
  }
  return new Map();
}
