import type { Location } from '../../rules';

// A front and back figure to tap where it hurts: a pointer's shortcut to the list beside it, which
// is the one control for the keyboard and screen readers (a choice made in two places would be two
// tab stops and two announcements for one answer). The figure shows the list's state, and the
// region of the option that has the keyboard's focus (styles.css), so the figure follows the keys.

type Region = { location: Location; shapes: React.ReactNode };

const skin = 'var(--body-fill)';

function Figure({ x }: { x: number }) {
  return (
    <g transform={`translate(${x} 0)`} fill={skin} aria-hidden="true">
      <circle cx="55" cy="22" r="16" />
      <rect x="49" y="37" width="12" height="10" rx="3" />
      <rect x="33" y="46" width="44" height="70" rx="12" />
      <rect x="18" y="50" width="12" height="62" rx="6" />
      <rect x="80" y="50" width="12" height="62" rx="6" />
      <rect x="36" y="112" width="16" height="98" rx="7" />
      <rect x="58" y="112" width="16" height="98" rx="7" />
    </g>
  );
}

const frontRegions: Region[] = [
  { location: 'head', shapes: <circle cx="55" cy="22" r="16" /> },
  {
    location: 'knee',
    shapes: (
      <>
        <circle cx="44" cy="160" r="9" />
        <circle cx="66" cy="160" r="9" />
      </>
    ),
  },
  {
    location: 'nervePain',
    shapes: (
      <>
        <circle cx="24" cy="118" r="7" />
        <circle cx="86" cy="118" r="7" />
        <ellipse cx="42" cy="214" rx="10" ry="6" />
        <ellipse cx="68" cy="214" rx="10" ry="6" />
      </>
    ),
  },
];

const backRegions: Region[] = [
  { location: 'neck', shapes: <rect x="46" y="34" width="18" height="16" rx="4" /> },
  { location: 'lowerBack', shapes: <rect x="36" y="86" width="38" height="26" rx="8" /> },
];

interface BodyDiagramProps {
  frontLabel: string;
  backLabel: string;
  labels: Record<Location, string>;
  selected: readonly Location[];
  onToggle: (location: Location) => void;
}

export function BodyDiagram({
  frontLabel,
  backLabel,
  labels,
  selected,
  onToggle,
}: BodyDiagramProps) {
  const region = ({ location, shapes }: Region) => {
    const checked = selected.includes(location);
    return (
      // The list beside the figure is the keyboard's and the screen reader's way to choose.
      <g
        key={location}
        data-location={location}
        className={`body-region${checked ? ' checked' : ''}`}
        onClick={() => onToggle(location)}
      >
        <title>{labels[location]}</title>
        {shapes}
      </g>
    );
  };
  return (
    <div className="body-diagram">
      <svg viewBox="0 0 230 236" aria-hidden="true">
        <Figure x={0} />
        <Figure x={120} />
        <g>{frontRegions.map(region)}</g>
        <g transform="translate(120 0)">{backRegions.map(region)}</g>
        <text x="55" y="232" textAnchor="middle" className="body-caption" aria-hidden="true">
          {frontLabel}
        </text>
        <text x="175" y="232" textAnchor="middle" className="body-caption" aria-hidden="true">
          {backLabel}
        </text>
      </svg>
    </div>
  );
}
