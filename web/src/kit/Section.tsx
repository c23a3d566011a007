import type { ReactNode } from 'react';

export function Section({ id, title, children, level = 2 }: { id: string; title: ReactNode; children: ReactNode; level?: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className="section" aria-labelledby={id}>
      <Heading id={id}>{title}</Heading>
      {children}
    </section>
  );
}
