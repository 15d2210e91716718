/** A titled part of a view; when the hub withheld its figures, it says why instead. */
import type { ComponentChildren } from 'preact';

interface SectionProps {
  readonly title: string;
  /** The hub's reason this part is empty (its error at this part's path), or null. */
  readonly withheld?: string | null;
  readonly children?: ComponentChildren;
  /** Within another section: its title is one heading level down. */
  readonly nested?: boolean;
}

export function Section({ title, withheld, children, nested }: SectionProps) {
  const Heading = nested ? 'h3' : 'h2';
  return (
    <section class="section" aria-label={title}>
      <Heading>{title}</Heading>
      {withheld ? <p class="withheld">Not shown: {withheld}</p> : children}
    </section>
  );
}
