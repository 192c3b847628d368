import type { ComponentPropsWithoutRef, ReactNode } from "react";
import { cx } from "./cx";

type HeadingLevel = "h2" | "h3" | "h4";

export interface CardProps extends Omit<ComponentPropsWithoutRef<"section">, "title"> {
  title?: ReactNode;
  /** Heading level of the title, so that cards fit the page's outline. */
  headingLevel?: HeadingLevel;
}

/** A bordered panel. Given an `id` and a title, the title labels the section (a named region). */
export function Card({ title, headingLevel = "h2", className, children, id, ...props }: CardProps) {
  const Heading = headingLevel;
  const titleId = title && id ? `${id}-title` : undefined;
  return (
    <section id={id} className={cx("card", className)} aria-labelledby={titleId} {...props}>
      {title ? (
        <Heading id={titleId} className="card__title">
          {title}
        </Heading>
      ) : null}
      {children}
    </section>
  );
}
