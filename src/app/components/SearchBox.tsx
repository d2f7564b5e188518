// The search box: an ARIA combobox over topics, concepts and resources. Arrow keys move through
// the results, Enter picks the highlighted one (or the first), Escape closes; "/" focuses it.
import { useEffect, useId, useRef, useState } from 'react';
import type { AtlasSearch, SearchHit } from '../search/search-index';

interface Props {
  /** Null while the index is being built: a query typed meanwhile is answered once it is. */
  search: AtlasSearch | null;
  onChoose: (hit: SearchHit) => void;
}

export function SearchBox({ search, onChoose }: Props) {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (e.key === '/' && !['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName)) {
        e.preventDefault();
        input.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const update = (q: string) => {
    pending.current = false;
    setQuery(q);
    const found = search?.search(q) ?? [];
    setHits(found);
    setActive(found.length > 0 ? 0 : -1);
    setOpen(q.trim() !== '');
  };
  // Enter pressed before the index was ready: it picks the first hit once the index has come.
  const pending = useRef(false);
  // The index arriving answers what was typed before it.
  useEffect(() => {
    if (search === null || query.trim() === '') return;
    const found = search.search(query);
    setHits(found);
    setActive(found.length > 0 ? 0 : -1);
    if (pending.current) {
      pending.current = false;
      choose(found[0]);
    }
    // Only the index's arrival re-runs the query; typing runs `update`.
  }, [search]);
  const choose = (hit: SearchHit | undefined) => {
    if (hit === undefined) return;
    onChoose(hit);
    setOpen(false);
  };
  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((i) => (hits.length === 0 ? -1 : (i + 1) % hits.length));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => (hits.length === 0 ? -1 : (i - 1 + hits.length) % hits.length));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (search === null) pending.current = query.trim() !== '';
      else choose(hits[active] ?? hits[0]);
    } else if (e.key === 'Escape') {
      if (open) setOpen(false);
      else update('');
    }
  };

  const expanded = open && query.trim() !== '';
  return (
    <div className="search" role="search">
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        Search topics, concepts and resources
      </label>
      <input
        id={`${listId}-input`}
        ref={input}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder="Search topics, concepts, resources…  ( / )"
        value={query}
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        onChange={(e) => update(e.target.value)}
        onFocus={() => query.trim() !== '' && setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label="Search results" className="search-results" hidden={!expanded}>
        {expanded && search === null && (
          <li role="option" aria-selected={false} aria-disabled className="muted">
            Preparing search…
          </li>
        )}
        {expanded && search !== null && hits.length === 0 && (
          <li role="option" aria-selected={false} aria-disabled className="muted">
            Nothing matches “{query}”.
          </li>
        )}
        {hits.map((hit, i) => (
          <li
            key={hit.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'active' : undefined}
            // mousedown would blur the input and close the list before the click lands
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(hit)}
            onMouseEnter={() => setActive(i)}
          >
            <span className="hit-label">{hit.label}</span>
            <span className={`kind-badge kind-${hit.kind}`}>{hit.kind}</span>
            {hit.context && <span className="hit-context">{hit.context}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
