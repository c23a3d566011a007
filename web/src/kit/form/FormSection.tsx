import type { ReactNode } from 'react';

/** A titled part of a long form; its heading takes the focus when the form's table of contents links to it. */
export function FormSection({ id, title, children, focusable = true }: { id: string; title: ReactNode; children: ReactNode; focusable?: boolean }) {
  return (
    <section className="form-section" aria-labelledby={id}>
      <h2 id={id} tabIndex={focusable ? -1 : undefined}>
        {title}
      </h2>
      {children}
    </section>
  );
}
