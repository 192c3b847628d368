// "Move up" / "Move down" for one entry of a reorderable list (agenda items, documents): the
// keyboard and pointer alternative to dragging. The buttons stay focusable at the ends
// (aria-disabled rather than disabled), so focus kept on a button after a move never falls to
// the page; `registerControl` lets the list put focus back on the same button after re-rendering.
import { Button } from "@/components/ui";

export type MoveDirection = "up" | "down";

export interface MoveButtonsProps {
  /** Stable key of the entry; the buttons register as `${id}:up` and `${id}:down`. */
  id: string;
  /** What the entry is called in the buttons' accessible names ("Move Opening remarks up"). */
  name: string;
  index: number;
  count: number;
  registerControl: (key: string, element: HTMLElement | null) => void;
  onMove: (direction: MoveDirection) => void;
}

export function MoveButtons({ id, name, index, count, registerControl, onMove }: MoveButtonsProps) {
  return (
    <>
      <Button
        size="small"
        variant="secondary"
        ref={(element) => registerControl(`${id}:up`, element)}
        aria-disabled={index === 0 ? true : undefined}
        aria-label={`Move ${name} up`}
        onClick={() => onMove("up")}
      >
        Move up
      </Button>
      <Button
        size="small"
        variant="secondary"
        ref={(element) => registerControl(`${id}:down`, element)}
        aria-disabled={index === count - 1 ? true : undefined}
        aria-label={`Move ${name} down`}
        onClick={() => onMove("down")}
      >
        Move down
      </Button>
    </>
  );
}
