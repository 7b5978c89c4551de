/** Two dots joined by a dashed line: "how are these connected?". */
export function ConnectIcon({ size = 18 }: { size?: number }) {
  return (
    <svg viewBox="0 0 24 24" width={size} height={size} aria-hidden="true">
      <circle cx="5" cy="12" r="2.5" fill="none" stroke="currentColor" strokeWidth="2" />
      <circle cx="19" cy="12" r="2.5" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M7.5 12h9" stroke="currentColor" strokeWidth="2" strokeDasharray="2 2" />
    </svg>
  );
}
