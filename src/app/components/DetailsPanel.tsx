// The side panel (a drawer on narrow screens) for the selected node: where it sits, what it
// covers, what teaches it, what it needs and unlocks and why, and which backgrounds assume it.
import { useEffect, useRef, type ReactNode } from 'react';
import type { NodeAttributes, NodeId } from '../../core/types';
import { isLearnable } from '../../core/types';
import type { AtlasModel } from '../data/model';
import { useDetailsFor } from '../data/useDetails';
import { conceptsOf, notesFor, pathwaysOn, pathwayTopics, relationsOf, resourcesOf, topicsCiting, type Requirement } from '../data/queries';
import { DetailsFailure } from './DetailsFailure';
import { NodeButton } from './NodeButton';
import { Reasons, where } from './Provenance';
import { SafeLink } from './SafeLink';

interface Props {
  model: AtlasModel;
  id: NodeId;
  onSelect: (id: NodeId) => void;
  onClose: () => void;
  /** The trust threshold (Filters): inferred prerequisites below it are not listed. */
  minConfidence: number;
  /** Actions other features add for this node (the planner's). */
  children?: ReactNode;
  /** What other features add beside each prerequisite of this node (feedback for authors). */
  prerequisiteAction?: (prerequisite: NodeId) => ReactNode;
}

export function DetailsPanel({ model, id, onSelect, onClose, minConfidence, children, prerequisiteAction }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The focus follows the selection to the new title, except into a panel that opens with nothing
  // focused (a page opened on a shared ?node= link, a click on the map): the reader starts where they are.
  const opened = useRef(false);
  useEffect(() => {
    if (opened.current || document.activeElement !== document.body) heading.current?.focus({ preventScroll: true });
    opened.current = true;
  }, [id]);
  const { graph } = model;
  const details = useDetailsFor(model.details, [id]);
  if (!graph.hasNode(id) && !details.ready && details.failure === null) {
    return (
      <aside className="panel" aria-labelledby="panel-title">
        <PanelHeader title="Loading…" onClose={onClose} headingRef={heading} />
        <DetailsLoading />
      </aside>
    );
  }
  if (!graph.hasNode(id)) {
    return (
      <aside className="panel" aria-labelledby="panel-title">
        <PanelHeader title="Not in this graph" onClose={onClose} headingRef={heading} />
        <p>
          No node has the id <code>{id}</code>. It may have been renamed since this link was made.
        </p>
      </aside>
    );
  }
  const a = graph.getNodeAttributes(id);
  return (
    <aside className="panel" aria-labelledby="panel-title" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <PanelHeader title={a.label} kind={a.kind} onClose={onClose} headingRef={heading} />
      <Breadcrumb model={model} a={a} />
      {!details.ready &&
        (details.failure ? (
          <DetailsFailure className="panel-details-status" failure={details.failure} onRetry={details.retry} />
        ) : (
          <DetailsLoading />
        ))}
      {children}
      {isLearnable(a) ? (
        <LearnableDetails model={model} id={id} minConfidence={minConfidence} onSelect={onSelect} prerequisiteAction={prerequisiteAction} />
      ) : (
        <OtherDetails model={model} id={id} a={a} onSelect={onSelect} />
      )}
      <Notes model={model} id={id} />
      <p className="source-line">
        Written at <code>{where(a.source)}</code>
      </p>
    </aside>
  );
}

/** Where the panel waits for its node's concepts and resources. */
function DetailsLoading() {
  return (
    <p className="panel-details-status" role="status">
      <span className="busy-bar" aria-hidden="true" />
      Loading concepts and resources…
    </p>
  );
}

function PanelHeader({
  title,
  kind,
  onClose,
  headingRef,
}: {
  title: string;
  kind?: string;
  onClose: () => void;
  headingRef: React.Ref<HTMLHeadingElement>;
}) {
  return (
    <header className="panel-header">
      <div>
        {kind && <span className={`kind-badge kind-${kind}`}>{kind}</span>}
        <h2 id="panel-title" tabIndex={-1} ref={headingRef}>
          {title}
        </h2>
      </div>
      <button type="button" className="close" onClick={onClose} aria-label="Close details">
        ×
      </button>
    </header>
  );
}

function Breadcrumb({ model, a }: { model: AtlasModel; a: NodeAttributes }) {
  const { graph } = model;
  const label = (id: NodeId | null): string | null => (id !== null && graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : null);
  const doc = 'doc' in a && typeof a.doc === 'string' ? a.doc : null;
  const rows: [string, string | null][] = [
    ['Learning path', doc === null ? null : label(model.pathOf(doc))],
    ['Document', label(doc)],
    ['Section', isLearnable(a) ? label(a.section) : null],
  ];
  const shown = rows.filter((r): r is [string, string] => r[1] !== null);
  if (shown.length === 0) return null;
  return (
    <dl className="breadcrumb">
      {shown.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Section({ title, count, children, empty }: { title: string; count?: number; children: ReactNode; empty?: string }) {
  return (
    <section className="panel-section">
      <h3>
        {title}
        {count !== undefined && <span className="count">{count}</span>}
      </h3>
      {count === 0 ? <p className="muted">{empty ?? 'None.'}</p> : children}
    </section>
  );
}

/** Topics on the other end of requires edges, each with why the edge exists and an optional action. */
function Relations({
  model,
  relations,
  onSelect,
  action,
}: {
  model: AtlasModel;
  relations: Requirement[];
  onSelect: (id: NodeId) => void;
  action?: Props['prerequisiteAction'];
}) {
  return (
    <ul className="relations">
      {relations.map(({ id, edge }) => (
        <li key={id}>
          <NodeButton model={model} id={id} onSelect={onSelect} />
          {action?.(id)}
          <details>
            <summary>Why</summary>
            <Reasons reasons={edge.reasons} />
          </details>
        </li>
      ))}
    </ul>
  );
}

function LearnableDetails({
  model,
  id,
  minConfidence,
  onSelect,
  prerequisiteAction,
}: {
  model: AtlasModel;
  id: NodeId;
  minConfidence: number;
  onSelect: (id: NodeId) => void;
  prerequisiteAction?: Props['prerequisiteAction'];
}) {
  const { graph } = model;
  const a = graph.getNodeAttributes(id);
  const prerequisites = relationsOf(graph, id, 'prerequisites', minConfidence);
  const dependents = relationsOf(graph, id, 'dependents', minConfidence);
  const doubted = relationsOf(graph, id, 'prerequisites', 0).length - prerequisites.length;
  const pathways = pathwaysOn(graph, id);
  return (
    <>
      {isLearnable(a) && a.description && <p className="description">{a.description}</p>}
      {isLearnable(a) && a.weeks && (
        <p className="muted">
          Effort written in the document: {a.weeks.min}–{a.weeks.max} weeks
        </p>
      )}
      <Material model={model} id={id} />
      <Section title="Prerequisites" count={prerequisites.length} empty="Nothing comes before this topic.">
        <Relations model={model} relations={prerequisites} onSelect={onSelect} action={prerequisiteAction} />
        {doubted > 0 && (
          <p className="muted trust-note">
            {doubted} inferred prerequisite{doubted === 1 ? ' is' : 's are'} below {Math.round(minConfidence * 100)}% confidence, so the
            map, the plan and the counts leave {doubted === 1 ? 'it' : 'them'} out. Lower the trust under Filters to see{' '}
            {doubted === 1 ? 'it' : 'them'}.
          </p>
        )}
      </Section>
      <Section title="Dependents" count={dependents.length} empty="No topic needs this one first.">
        <Relations model={model} relations={dependents} onSelect={onSelect} />
      </Section>
      <Section title="Backgrounds" count={pathways.length} empty="No pathway assumes or focuses on this topic.">
        <ul className="relations">
          {pathways.map(({ pathway, edge }) => (
            <li key={`${pathway}-${edge.kind}`}>
              <span className={`edge-kind edge-${edge.kind}`}>{edge.kind === 'assumes' ? 'assumes it' : 'focuses on it'}</span>{' '}
              <NodeButton model={model} id={pathway} onSelect={onSelect} />
              <p className="evidence muted">
                {edge.evidence} <code className="source">{where(edge.source)}</code>
              </p>
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}

function OtherDetails({ model, id, a, onSelect }: { model: AtlasModel; id: NodeId; a: NodeAttributes; onSelect: (id: NodeId) => void }) {
  const { graph } = model;
  const list = (ids: NodeId[]) => (
    <ul className="relations">
      {ids.map((t) => (
        <li key={t}>
          <NodeButton model={model} id={t} onSelect={onSelect} />
        </li>
      ))}
    </ul>
  );
  switch (a.kind) {
    case 'pathway': {
      const assumes = pathwayTopics(graph, id, 'assumes');
      const focuses = pathwayTopics(graph, id, 'focuses');
      return (
        <>
          <p>
            For learners with a <strong>{a.background}</strong> background.
          </p>
          {a.focus.length > 0 && (
            <ul className="plain">
              {a.focus.map((f, i) => (
                <li key={i}>{f}</li>
              ))}
            </ul>
          )}
          <Section title="Assumes known" count={assumes.length}>
            {list(assumes)}
          </Section>
          <Section title="Focuses on" count={focuses.length}>
            {list(focuses)}
          </Section>
        </>
      );
    }
    case 'resource':
      return (
        <>
          <p>
            <SafeLink url={a.url}>{a.url}</SafeLink>
          </p>
          {a.description && <p className="description">{a.description}</p>}
          {a.titles.length > 1 && <p className="muted">Also cited as: {a.titles.slice(1).join('; ')}</p>}
          <Section title="Teaches" count={topicsCiting(graph, id).length}>
            {list(topicsCiting(graph, id))}
          </Section>
        </>
      );
    case 'concept':
      return <Section title="Part of">{list([a.parent].filter((p) => graph.hasNode(p)))}</Section>;
    case 'orientation':
      return (
        <>
          {a.description && <p className="description">{a.description}</p>}
          <p className="muted">Orientation, not a study topic: {a.reason}. It is never a plan step.</p>
          <Material model={model} id={id} />
        </>
      );
    default:
      return null;
  }
}

/** What a topic or an orientation heading holds: its concept bullets and the resources it cites (safe links only). */
function Material({ model, id }: { model: AtlasModel; id: NodeId }) {
  const { graph } = model;
  const concepts = conceptsOf(graph, id);
  const resources = resourcesOf(graph, id);
  // Until its chunk has joined the graph, a topic's list is not empty: it is not there yet.
  const details = useDetailsFor(model.details, [id]);
  const empty = details.ready ? undefined : details.failure ? 'Not loaded.' : 'Loading…';
  return (
    <>
      <Section title="Concepts" count={concepts.length} empty={empty}>
        <ul className="plain">
          {concepts.map((c) => (
            <li key={c}>{graph.getNodeAttribute(c, 'label')}</li>
          ))}
        </ul>
      </Section>
      <Section title="Resources" count={resources.length} empty={empty}>
        <ul className="resources">
          {resources.map(({ resource, title }) => {
            const r = graph.getNodeAttributes(resource);
            return (
              <li key={resource}>
                <SafeLink url={r.kind === 'resource' ? r.url : ''}>{title || r.label}</SafeLink>
                {r.kind === 'resource' && r.description && <span className="muted"> — {r.description}</span>}
              </li>
            );
          })}
        </ul>
      </Section>
    </>
  );
}

function Notes({ model, id }: { model: AtlasModel; id: NodeId }) {
  const notes = notesFor(model.graph, model.diagnostics, id);
  if (notes.length === 0) return null;
  return (
    <Section title="Notes from the build" count={notes.length}>
      <ul className="notes">
        {notes.map((d, i) => (
          <li key={i} className={`note note-${d.level}`}>
            <code className="source">{`${d.file}:${d.line}`}</code> {d.message}
          </li>
        ))}
      </ul>
    </Section>
  );
}
