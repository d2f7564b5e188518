// Feedback for authors as the page uses it: the suggestion types and what is made of them. The
// schemas (zod) stay out of this entry, so the page's Content-Security-Policy holds; the CLI reads
// suggestion files through the library entry point (src/core/index.ts).
export { checkSuggestions, toCurationPatch, toIssueText, type Suggestion, type SuggestionsFile } from './suggestion-text.ts';
