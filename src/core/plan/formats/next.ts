// "What can I learn next?" as Markdown: the topics ready now, ranked by what they unlock.
import type { NextTopic } from '../types.ts';

export function formatNext(topics: readonly NextTopic[]): string {
  if (topics.length === 0) return 'Nothing is ready: every topic is known or done, or waits on a prerequisite.\n';
  const lines = ['# Next up', '', ...topics.map((t, i) => `${i + 1}. ${t.label.replace(/[\r\n]+/g, ' ')} (unlocks ${t.unlocks})`)];
  return `${lines.join('\n')}\n`;
}
