"use client";
// The drop zone above the language rows: several files at once (by drag and drop or by a
// multi-file picker) go to the review list, where their languages are confirmed before upload.
import { type DragEvent, useRef, useState } from "react";
import { Button } from "@/components/ui";
import { ACCEPT_ATTRIBUTE } from "@/lib/uploads/file-types";

function hasFiles(event: DragEvent): boolean {
  return event.dataTransfer.types.includes("Files");
}

export function MultiFileDrop({ onFiles }: { onFiles: (files: File[]) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  return (
    <div
      className={`staff-drop${dragging ? " staff-drop--target" : ""}`}
      data-testid="document-drop-zone"
      onDragOver={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = "copy";
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setDragging(false);
        const files = [...event.dataTransfer.files];
        if (files.length > 0) onFiles(files);
      }}
    >
      <p className="staff-drop__text">
        <strong>Several languages at once:</strong> drop the files here, or
      </p>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        accept={ACCEPT_ATTRIBUTE}
        aria-label="Choose several files"
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          event.currentTarget.value = "";
          if (files.length > 0) onFiles(files);
        }}
      />
      <Button variant="secondary" onClick={() => input.current?.click()}>
        Choose files…
      </Button>
      <p className="muted staff-drop__hint">Names ending in _EN, -fr, .es and the like are matched to their language; you can correct each before uploading.</p>
    </div>
  );
}
