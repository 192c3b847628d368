// A background job that runs a tick now and then every `intervalMs` after the previous tick
// ends (never two ticks at once). A failing tick is logged and the loop carries on; `stop()`
// prevents further ticks and waits for the one in flight. Timers are unref'd: the loop never
// keeps a process alive on its own.
import { logger } from "@/lib/logger";

export interface Loop {
  /** Runs a tick as soon as possible (after the one in flight, if any). */
  runNow(): void;
  stop(): Promise<void>;
}

type Log = Pick<typeof logger, "error">;

export function startLoop(name: string, intervalMs: number, tick: () => Promise<void>, log: Log = logger): Loop {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;

  const schedule = (delay: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), delay);
    timer.unref();
  };

  async function run(): Promise<void> {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    clearTimeout(timer);
    running = (async () => {
      try {
        await tick();
      } catch (error) {
        // Errors name the job and carry the error only: ticks handle ids, never personal data.
        log.error("Background job failed; it will run again", { job: name, error });
      }
    })();
    await running;
    running = undefined;
    if (stopped) return;
    if (again) {
      again = false;
      schedule(0);
    } else {
      schedule(intervalMs);
    }
  }

  schedule(0);
  return {
    runNow: () => void run(),
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
