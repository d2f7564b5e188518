// Placeholder until the pathfinder's title matching lands (same signature).
export function closestMatches(query: string, candidates: string[], n = 3): string[] {
  const q = query.toLowerCase();
  return candidates.filter((c) => c.toLowerCase().includes(q.slice(0, 4))).slice(0, n);
}
