// The map as a list, path → document → section → topic: the keyboard and screen-reader way
// through the same data, with the same selection, filters and background fading as the canvas.
import { useEffect, useRef } from 'react';
import type { NodeId } from '../../core/types';
import type { AtlasModel } from '../data/model';
import type { Appearance } from '../state/appearance';

interface Props {
  model: AtlasModel;
  look: Appearance;
  selected: NodeId | null;
  onSelect: (id: NodeId) => void;
}

export function Outline({ model, look, selected, onSelect }: Props) {
  const root = useRef<HTMLElement>(null);
  useEffect(() => {
    if (selected === null) return;
    const el = root.current?.querySelector(`[data-node-id="${CSS.escape(selected)}"]`);
    if (el instanceof HTMLElement) el.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  return (
    <nav className="outline" aria-label="Outline of all topics" ref={root} onKeyDown={moveFocus}>
      {model.outline.map((path) => {
        const docs = path.docs
          .map((doc) => ({
            ...doc,
            sections: doc.sections
              .map((s) => ({ ...s, items: s.items.filter((id) => look.node(id) !== 'hidden') }))
              .filter((s) => s.items.length > 0),
          }))
          .filter((doc) => doc.sections.length > 0);
        if (docs.length === 0) return null;
        return (
          <details key={path.id} open className="outline-path">
            <summary>
              <h2>{path.label}</h2>
            </summary>
            {docs.map((doc) => (
              <section key={doc.id} className="outline-doc" aria-label={doc.label}>
                <h3>{doc.label}</h3>
                {doc.sections.map((section) => (
                  <div key={section.id ?? 'topics'} className="outline-section">
                    <h4>{section.label}</h4>
                    <ul>
                      {section.items.map((id) => (
                        <OutlineItem key={id} model={model} id={id} look={look} selected={selected === id} onSelect={onSelect} />
                      ))}
                    </ul>
                  </div>
                ))}
              </section>
            ))}
          </details>
        );
      })}
    </nav>
  );
}

/** Arrow keys, Home and End move between topics: a thousand Tab presses is no way to read a list. */
function moveFocus(e: React.KeyboardEvent<HTMLElement>): void {
  const items = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('button.outline-item')].filter((b) => b.offsetParent !== null);
  const at = items.indexOf(document.activeElement as HTMLButtonElement);
  const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: items.length - 1 }[e.key];
  if (next === undefined || (at === -1 && (e.key === 'ArrowDown' || e.key === 'ArrowUp'))) return;
  const target = items[Math.max(0, Math.min(items.length - 1, next))];
  if (target === undefined) return;
  e.preventDefault();
  target.focus();
}

function OutlineItem({
  model,
  id,
  look,
  selected,
  onSelect,
}: {
  model: AtlasModel;
  id: NodeId;
  look: Appearance;
  selected: boolean;
  onSelect: (id: NodeId) => void;
}) {
  const a = model.graph.getNodeAttributes(id);
  const assumed = look.assumed.has(id);
  const focused = look.focused.has(id);
  return (
    <li>
      <button
        type="button"
        className={`outline-item kind-${a.kind}`}
        data-node-id={id}
        data-faded={assumed ? 'true' : undefined}
        data-focus={focused ? 'true' : undefined}
        aria-current={selected ? 'true' : undefined}
        onClick={() => onSelect(id)}
      >
        {a.label}
        {a.kind !== 'topic' && <span className={`kind-badge kind-${a.kind}`}>{a.kind}</span>}
        {assumed && <span className="visually-hidden"> (already known with your background)</span>}
        {focused && <span className="tag">focus</span>}
      </button>
    </li>
  );
}
