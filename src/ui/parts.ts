/**
 * The pieces the sidebar's form is made of: sections, labelled fields, boxes with a unit, notices,
 * folding groups. Plain DOM through view.ts's `h`, so no text can become markup.
 */
import { type SidebarKey, t } from "../i18n/sidebar-messages";
import { type Child, h } from "./view";

export function section(titleKey: SidebarKey, ...children: Child[]): HTMLElement {
  return h("section", { class: "section" }, h("h2", { class: "section-title" }, t(titleKey)), ...children);
}

/** A label above its control; `control` may wrap the input (a box with a unit). */
export function field(id: string, label: string, control: HTMLElement, help?: string): HTMLElement {
  const input = control.matches("input, select") ? control : control.querySelector("input, select");
  if (help) input?.setAttribute("aria-describedby", `${id}-help`);
  return h(
    "div",
    { class: "field" },
    h("label", { for: id }, label),
    control,
    help ? h("p", { class: "help", id: `${id}-help` }, help) : null,
  );
}

export function notice(kind: "error" | "warning" | "info", title: string, ...body: Child[]): HTMLElement {
  return h(
    "div",
    { class: `notice notice-${kind}`, role: kind === "error" ? "alert" : null },
    h("p", { class: "notice-title" }, title),
    ...body,
  );
}

export function list(items: readonly string[], className: string): HTMLElement {
  return h("ul", { class: className }, ...items.map((item) => h("li", {}, item)));
}

export function spinnerLine(text: string): HTMLElement {
  return h("p", { class: "loading" }, h("span", { class: "spinner", "aria-hidden": "true" }), text);
}

/** A folding group: a summary line that opens `children`; `id` names it in `data-group`. */
export function group(id: string, open: boolean, summary: Child[], ...children: Child[]): HTMLElement {
  return h(
    "details",
    { class: "group", id: `group-${id}`, "data-group": id, open },
    h("summary", { class: "group-summary" }, ...summary),
    h("div", { class: "group-body" }, ...children),
  );
}

export function numberBox(
  id: string,
  value: string,
  unit: string,
  attrs: Record<string, string> = {},
): HTMLElement {
  const input = h("input", {
    id,
    name: id,
    type: "text",
    inputmode: "decimal",
    autocomplete: "off",
    ...attrs,
  });
  input.value = value;
  return h("div", { class: "with-unit" }, input, h("span", { class: "unit", "aria-hidden": "true" }, unit));
}
