// The filter sidebar, which doubles as the legend: path colours, node kinds and edge strokes are
// explained where they are switched on and off.
import { memo, useState, type CSSProperties } from 'react';
import type { NodeId, Origin, Signal } from '../../core/types';
import { ORIGINS, SIGNAL_NAMES, SIGNALS } from '../../core/types';
import type { AtlasModel } from '../data/model';
import { MAP_EDGE_KINDS, MAP_KINDS, type MapEdgeKind, type MapKind, type ViewAction, type ViewState } from '../state/view';
import { EDGE_STROKES, NODE_COLOURS, ORIGIN_STROKES, pathColours } from '../theme';

const KIND_LABELS: Record<MapKind, string> = {
  topic: 'Topics',
  milestone: 'Milestones (assessments)',
  pathway: 'Pathways (backgrounds)',
  concept: 'Concepts',
  resource: 'Resources',
};
const EDGE_LABELS: Record<MapEdgeKind, string> = {
  requires: 'Prerequisite arrows',
  background: 'Background links',
  related: 'Related across paths',
};

interface Props {
  model: AtlasModel;
  view: ViewState;
  dispatch: (action: ViewAction) => void;
}

/** The view's fields the filters show: a goal, a tick or a selection leaves them, and the filters, alone. */
const SHOWN = [
  'bg',
  'paths',
  'section',
  'kinds',
  'edges',
  'origins',
  'signals',
  'minConfidence',
] as const satisfies readonly (keyof ViewState)[];

const sameFilters = (a: Props, b: Props): boolean =>
  a.model === b.model && a.dispatch === b.dispatch && SHOWN.every((k) => a.view[k] === b.view[k]);

/**
 * Memoised: a large curriculum has hundreds of section boxes, and each goal added or step ticked
 * would otherwise render them all again.
 */
export const Filters = memo(function Filters({ model, view, dispatch }: Props) {
  const colourOf = pathColours(model.paths.map((p) => p.id));
  const allPaths = model.paths.map((p) => p.id);
  const shownPaths = view.paths.length === 0 ? allPaths : view.paths;
  const togglePath = (path: NodeId) => {
    const next = shownPaths.includes(path)
      ? shownPaths.filter((x) => x !== path)
      : allPaths.filter((x) => x === path || shownPaths.includes(x));
    dispatch({ type: 'paths', paths: next.length === allPaths.length ? [] : next });
  };
  return (
    <div className="filters">
      <fieldset>
        <legend>Your background</legend>
        <label className="visually-hidden" htmlFor="bg-select">
          Background
        </label>
        <select
          id="bg-select"
          value={bgValue(model, view.bg)}
          onChange={(e) => dispatch({ type: 'background', bg: e.target.value || null })}
        >
          <option value="">None: show everything</option>
          {model.backgrounds.map((b) => (
            <option key={b.name} value={b.name}>
              {b.name}
            </option>
          ))}
          {view.bg && !model.backgrounds.some((b) => b.name === bgValue(model, view.bg)) && (
            <option value={view.bg}>{view.bg} (not in this graph)</option>
          )}
        </select>
        {view.bg && <p className="hint">Faded: what this background already knows. Bold: what it should focus on.</p>}
      </fieldset>

      <fieldset>
        <legend>Learning paths</legend>
        <ul className="checks">
          {model.paths.map((p) => (
            <li key={p.id}>
              <label>
                {/* The last path shown cannot be hidden: an empty map explains nothing. */}
                <input
                  type="checkbox"
                  checked={shownPaths.includes(p.id)}
                  disabled={shownPaths.length === 1 && shownPaths.includes(p.id)}
                  onChange={() => togglePath(p.id)}
                />
                <span className="swatch" style={swatch(colourOf(p.id))} aria-hidden="true" />
                {p.label}
              </label>
            </li>
          ))}
        </ul>
        <label className="stacked" htmlFor="section-select">
          Section
        </label>
        <SectionSelect
          model={model}
          paths={view.paths}
          section={view.section}
          onChange={(section) => dispatch({ type: 'section', section })}
        />
      </fieldset>

      <fieldset>
        <legend>Show</legend>
        <ul className="checks">
          {MAP_KINDS.map((k) => (
            <li key={k}>
              <label>
                <input type="checkbox" checked={view.kinds.includes(k)} onChange={() => dispatch({ type: 'toggleKind', kind: k })} />
                <span
                  className={`dot dot-${k}`}
                  style={k === 'concept' || k === 'resource' || k === 'pathway' ? swatch(NODE_COLOURS[k]) : undefined}
                  aria-hidden="true"
                />
                {KIND_LABELS[k]}
              </label>
            </li>
          ))}
          {MAP_EDGE_KINDS.map((k) => (
            <li key={k}>
              <label>
                <input type="checkbox" checked={view.edges.includes(k)} onChange={() => dispatch({ type: 'toggleEdgeKind', kind: k })} />
                <EdgeSwatches kind={k} />
                {EDGE_LABELS[k]}
              </label>
            </li>
          ))}
        </ul>
        <p className="hint">Node size: how many topics build on it.</p>
      </fieldset>

      <fieldset>
        <legend>Prerequisites by origin</legend>
        <ul className="checks">
          {ORIGINS.map((o: Origin) => (
            <li key={o}>
              <label>
                <input type="checkbox" checked={view.origins.includes(o)} onChange={() => dispatch({ type: 'toggleOrigin', origin: o })} />
                <span className="stroke" style={swatch(ORIGIN_STROKES[o].colour, ORIGIN_STROKES[o].size)} aria-hidden="true" />
                {ORIGIN_STROKES[o].label}
              </label>
              {o === 'inferred' && (
                <ul className="checks nested" aria-label="Inferred prerequisites by evidence">
                  {SIGNALS.map((s: Signal) => (
                    <li key={s}>
                      <label>
                        <input
                          type="checkbox"
                          checked={view.signals.includes(s)}
                          disabled={!view.origins.includes('inferred')}
                          onChange={() => dispatch({ type: 'toggleSignal', signal: s })}
                        />
                        {SIGNAL_NAMES[s]}
                      </label>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
        <label className="stacked" htmlFor="confidence-range">
          Trust inferred prerequisites from {Math.round(view.minConfidence * 100)}% confidence
        </label>
        <input
          id="confidence-range"
          type="range"
          min={0}
          max={1}
          step={0.05}
          value={view.minConfidence}
          aria-describedby="confidence-hint"
          onChange={(e) => dispatch({ type: 'minConfidence', value: Number(e.target.value) })}
        />
        <p id="confidence-hint" className="hint">
          The map, the plan, Next up and every count of what builds on a topic leave out the inferred prerequisites below it; written ones
          always count.
        </p>
      </fieldset>
      <button type="button" className="secondary" onClick={() => dispatch({ type: 'reset' })}>
        Reset filters
      </button>
    </div>
  );
}, sameFilters);

function EdgeSwatches({ kind }: { kind: MapEdgeKind }) {
  const strokes =
    kind === 'requires'
      ? [ORIGIN_STROKES.explicit]
      : kind === 'background'
        ? [EDGE_STROKES.assumes, EDGE_STROKES.focuses]
        : [EDGE_STROKES.related];
  return (
    <span className="strokes" aria-hidden="true">
      {strokes.map((s) => (
        <span key={s.colour} className="stroke" style={swatch(s.colour, s.size)} />
      ))}
    </span>
  );
}

/**
 * Colours go in as CSS variables through React's style prop, which the client sets through the
 * CSSOM: the Content-Security-Policy (no inline styles) governs style attributes in markup, not that.
 */
function swatch(colour: string, thickness?: number): CSSProperties {
  return {
    '--colour': colour,
    ...(thickness === undefined ? {} : { '--thickness': `${Math.max(1.5, thickness * 1.6)}px` }),
  } as CSSProperties;
}

function bgValue(model: AtlasModel, bg: string | null): string {
  if (bg === null) return '';
  if (model.graph.hasNode(bg) && model.graph.getNodeAttribute(bg, 'kind') === 'pathway') {
    const a = model.graph.getNodeAttributes(bg);
    return a.kind === 'pathway' ? a.background : bg;
  }
  return model.backgrounds.find((b) => b.name.toLowerCase() === bg.toLowerCase())?.name ?? bg;
}

interface SectionSelectProps {
  model: AtlasModel;
  /** The paths shown (none: all of them): the sections offered are theirs. */
  paths: readonly NodeId[];
  section: NodeId | null;
  onChange: (section: NodeId | null) => void;
}

/**
 * The sections of the paths shown, by document. A large curriculum has tens of thousands, and
 * their options laid out with the sidebar held the map's frames for over a second at 50k topics:
 * they are made when the field is first used (focused, or pressed), as the goal field's
 * suggestions are. Until then it offers "All sections" and the section chosen, if any.
 */
function SectionSelect({ model, paths, section, onChange }: SectionSelectProps) {
  const [used, setUsed] = useState(false);
  const shown = model.outline.filter((p) => paths.length === 0 || paths.includes(p.id));
  const chosen =
    used || section === null ? undefined : shown.flatMap((p) => p.docs.flatMap((d) => d.sections)).find((s) => s.id === section);
  return (
    <select
      id="section-select"
      value={section ?? ''}
      onFocus={() => setUsed(true)}
      onPointerDown={() => setUsed(true)}
      onChange={(e) => onChange(e.target.value || null)}
    >
      <option value="">All sections</option>
      {chosen && <option value={section ?? ''}>{chosen.label}</option>}
      {used &&
        shown.flatMap((p) =>
          p.docs.map((d) => (
            <optgroup key={d.id} label={d.label}>
              {d.sections
                .filter((s) => s.id !== null)
                .map((s) => (
                  <option key={s.id} value={s.id ?? ''}>
                    {s.label}
                  </option>
                ))}
            </optgroup>
          )),
        )}
    </select>
  );
}
