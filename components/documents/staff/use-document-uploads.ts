"use client";
// The upload queue of one document page: files from a row's picker, a drop on a row, or the
// several-files review list all go through here, at most two at a time (two cores on the server,
// and a third upload would only share the same bandwidth). Each task keeps its own progress and
// cancel; the page is refreshed from the server as each one completes, so the rows show the new
// current file without waiting for the rest.
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { toast } from "@/components/admin/toast";
import { LANGUAGE_AUTONYMS, type UnLanguage } from "@/lib/i18n/languages";
import { tooLargeMessage } from "@/lib/uploads/errors";
import { uploadDocumentFile, type UploadHandle } from "./upload-file";

export type UploadState = "queued" | "uploading" | "done" | "failed" | "cancelled";

export interface UploadTask {
  key: string;
  language: UnLanguage;
  fileName: string;
  size: number;
  loaded: number;
  state: UploadState;
  /** The server's (or the browser's) reason, shown next to the row. */
  error?: string;
  /** The stored file an upload became, so the row says "Uploaded" only while it is still current. */
  fileId?: string;
}

export interface UploadRequest {
  file: File;
  language: UnLanguage;
}

const PARALLEL_UPLOADS = 2;

let nextKey = 0;

export function percentOf(task: Pick<UploadTask, "loaded" | "size">): number {
  return task.size === 0 ? 0 : Math.min(100, Math.floor((task.loaded / task.size) * 100));
}

export function useDocumentUploads(documentId: string, maxBytes: number) {
  const router = useRouter();
  const [tasks, setTasks] = useState<UploadTask[]>([]);
  const [announcement, setAnnouncement] = useState("");
  const queue = useRef<Array<{ key: string; request: UploadRequest }>>([]);
  const handles = useRef(new Map<string, UploadHandle>());
  const lastAnnounced = useRef(new Map<string, number>());
  // Each finished upload starts the next one; through a ref, as the callback cannot name itself.
  const pumpNext = useRef<() => void>(() => undefined);

  const update = useCallback((key: string, change: Partial<UploadTask>) => {
    setTasks((current) => current.map((task) => (task.key === key ? { ...task, ...change } : task)));
  }, []);

  const pump = useCallback(() => {
    while (handles.current.size < PARALLEL_UPLOADS && queue.current.length > 0) {
      const next = queue.current.shift();
      if (!next) break;
      const { key, request } = next;
      const name = LANGUAGE_AUTONYMS[request.language];
      update(key, { state: "uploading" });
      const handle = uploadDocumentFile(documentId, request.language, request.file, (loaded, total) => {
        update(key, { loaded, size: total });
        // Screen readers hear each quarter, not every progress event.
        const quarter = Math.floor((loaded / total) * 4);
        if (quarter > (lastAnnounced.current.get(key) ?? 0) && quarter < 4) {
          lastAnnounced.current.set(key, quarter);
          setAnnouncement(`${name}: ${quarter * 25}% uploaded.`);
        }
      });
      handles.current.set(key, handle);
      void handle.result.then((outcome) => {
        handles.current.delete(key);
        lastAnnounced.current.delete(key);
        if (outcome.ok) {
          update(key, { state: "done", loaded: request.file.size, error: undefined, fileId: outcome.file.id });
          setAnnouncement(`${name}: ${request.file.name} uploaded as version ${outcome.file.version}.`);
          toast.success(`${name} file uploaded (version ${outcome.file.version}).`);
          router.refresh();
        } else if (outcome.code === "aborted") {
          update(key, { state: "cancelled", error: undefined });
          setAnnouncement(`${name}: upload cancelled.`);
        } else {
          update(key, { state: "failed", error: outcome.error });
          setAnnouncement(`${name}: ${outcome.error}`);
          toast.error(`${name}: ${outcome.error}`);
        }
        pumpNext.current();
      });
    }
  }, [documentId, router, update]);
  useEffect(() => {
    pumpNext.current = pump;
  }, [pump]);

  const enqueue = useCallback(
    (requests: readonly UploadRequest[]) => {
      const added: UploadTask[] = [];
      for (const request of requests) {
        const key = `upload-${nextKey++}`;
        const task: UploadTask = { key, language: request.language, fileName: request.file.name, size: request.file.size, loaded: 0, state: "queued" };
        // The browser refuses what the server certainly would, before sending megabytes for nothing;
        // the server still checks the size (and everything else) itself.
        if (request.file.size > maxBytes) {
          const error = tooLargeMessage(maxBytes);
          added.push({ ...task, state: "failed", error });
          toast.error(`${LANGUAGE_AUTONYMS[request.language]}: ${error}`);
          continue;
        }
        added.push(task);
        queue.current.push({ key, request });
      }
      // A new task for a language replaces that language's previous outcome.
      const languages = new Set(added.map((task) => task.language));
      setTasks((current) => [...current.filter((task) => !languages.has(task.language) || task.state === "uploading" || task.state === "queued"), ...added]);
      pump();
    },
    [maxBytes, pump],
  );

  const cancel = useCallback(
    (key: string) => {
      const handle = handles.current.get(key);
      if (handle) return handle.abort();
      queue.current = queue.current.filter((entry) => entry.key !== key);
      update(key, { state: "cancelled" });
    },
    [update],
  );

  // Leaving the page stops the uploads (the server then discards them) rather than letting them
  // finish unseen.
  useEffect(() => {
    const running = handles.current;
    return () => {
      for (const handle of running.values()) handle.abort();
    };
  }, []);

  const busy = tasks.some((task) => task.state === "uploading" || task.state === "queued");
  useEffect(() => {
    if (!busy) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [busy]);

  /** The latest task of each language (what its row shows). */
  const taskOf = (language: UnLanguage): UploadTask | undefined => tasks.findLast((task) => task.language === language);

  return { tasks, taskOf, enqueue, cancel, announcement, busy };
}
