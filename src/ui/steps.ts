/**
 * The progress list shown while a build runs: each step shows a spinner, then a tick or a cross,
 * so a person can see which call is taking the time or which one failed.
 */
import { t } from "../i18n/sidebar-messages";
import { h } from "./view";

type StepState = "running" | "done" | "failed";

const STATE_LABEL = {
  running: "sidebar.step.running",
  done: "sidebar.step.done",
  failed: "sidebar.step.failed",
} as const;

function mark(item: HTMLElement, state: StepState): void {
  item.className = `step step-${state}`;
  const icon = item.firstElementChild;
  // The icon is drawn by CSS; its label tells screen readers the state.
  icon?.setAttribute("aria-label", t(STATE_LABEL[state]));
}

/** An ordered list of steps; `run` adds a step, marks it while `work` runs, and settles like `work`. */
export function stepList() {
  const element = h("ol", { class: "steps" });
  async function run<T>(label: string, work: () => Promise<T>): Promise<T> {
    const item = h(
      "li",
      {},
      h("span", { class: "step-icon", role: "img" }),
      h("span", { class: "step-label" }, label),
    );
    mark(item, "running");
    element.append(item);
    // Below a long form: keep the running step in view.
    item.scrollIntoView?.({ block: "nearest" });
    try {
      const result = await work();
      mark(item, "done");
      return result;
    } catch (error) {
      mark(item, "failed");
      throw error;
    }
  }
  return { element, run };
}
