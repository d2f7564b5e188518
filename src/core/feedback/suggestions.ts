// Feedback for authors: a learner marks "this needs X first" or "this edge is wrong" on the map;
// the suggestions are kept locally, exported as a curation-file patch or an issue text naming
// document and line, and `atlas check --suggestions` reports which the documents still lack.
// The schemas live here (zod); the types and texts in suggestion-text.ts, which the page imports.
import { z } from 'zod';
import { AtlasError } from '../errors.ts';
import type { Suggestion, SuggestionsFile } from './suggestion-text.ts';

export { checkSuggestions, toCurationPatch, toIssueText } from './suggestion-text.ts';
export type { Suggestion, SuggestionsFile } from './suggestion-text.ts';

export const SuggestionSchema: z.ZodType<Suggestion> = z.discriminatedUnion('type', [
  z.object({ type: z.literal('needs'), topic: z.string(), needs: z.string(), note: z.string().optional() }),
  z.object({ type: z.literal('wrong-edge'), from: z.string(), to: z.string(), note: z.string().optional() }),
]);
export const SuggestionsFileSchema: z.ZodType<SuggestionsFile> = z.object({
  version: z.literal(1),
  suggestions: z.array(SuggestionSchema),
});

export function parseSuggestions(text: string, file: string): Suggestion[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new AtlasError(`${file}: not JSON: ${(e as Error).message}`);
  }
  const parsed = SuggestionsFileSchema.safeParse(data);
  if (!parsed.success)
    throw new AtlasError(
      `${file}: not a suggestions file: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return parsed.data.suggestions;
}
