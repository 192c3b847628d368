import type { ComponentPropsWithoutRef, ReactNode } from "react";
import { cx } from "./cx";

type HeadingLevel = "h2" | "h3" | "h4";

export interface CardProps extends Omit<ComponentPropsWithoutRef<"section">, "title"> {
  title?: ReactNode;
  /** Heading level of the title, so that cards fit the page's outline. */
  headingLevel?: HeadingLevel;
}

/** A bordered panel; with a title it is a labelled section. */
export function Card({ title, headingLevel = "h2", className, children, ...props }: CardProps) {
  const Heading = headingLevel;
  return (
    <section className={cx("card", className)} {...props}>
      {title ? <Heading className="card__title">{title}</Heading> : null}
      {children}
    </section>
  );
}
