// Neo4j's names for Atlas's kinds, shared by the Cypher script and the neo4j-admin CSV files so that
// both load into the same labels, relationship types and constraint.

/** Label shared by every exported node: one uniqueness constraint on `id` covers them all. */
export const NODE_LABEL = 'AtlasNode';

/** `topic` → `Topic`: a node label. */
export const kindLabel = (kind: string): string => kind.charAt(0).toUpperCase() + kind.slice(1);

/** `requires` → `REQUIRES`: a relationship type. */
export const relationshipType = (kind: string): string => kind.toUpperCase();
