/**
 * The sidebar's only way to make DOM. Text is always a text node and attributes are set with
 * setAttribute, so sheet names, headers, notes and server messages can never become markup
 * (there is deliberately no innerHTML anywhere in src/ui).
 */

export type Child = Node | string | null | undefined | false;
export type Attrs = Record<string, string | number | boolean | null | undefined>;

/** Creates an element; `true` sets a boolean attribute, `false`/null/undefined leave it out. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    // Handlers are attached with addEventListener; an "on…" attribute would be a script sink.
    if (/^on/i.test(name)) throw new Error(`h(): event attribute ${name} is not allowed`);
    if (value === false || value === null || value === undefined) continue;
    element.setAttribute(name, value === true ? "" : String(value));
  }
  element.append(...nodes(children));
  return element;
}

function nodes(children: readonly Child[]): Node[] {
  const out: Node[] = [];
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    out.push(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return out;
}

/** Replaces an element's content. */
export function setChildren(element: Element, ...children: Child[]): void {
  element.replaceChildren(...nodes(children));
}

export interface Choice {
  value: string;
  label: string;
}

/** A select with its options; `selected` picks by value (the first option when absent). */
export function select(id: string, choices: readonly Choice[], selected: string, attrs: Attrs = {}) {
  const element = h("select", { id, name: id, ...attrs });
  for (const choice of choices) {
    const option = h("option", { value: choice.value }, choice.label);
    option.selected = choice.value === selected;
    element.append(option);
  }
  return element;
}

/** The current value of a form control by id, or `fallback` when the control is not on the page. */
export function controlValue(id: string, fallback: string): string {
  const control = document.getElementById(id);
  return control instanceof HTMLInputElement || control instanceof HTMLSelectElement
    ? control.value
    : fallback;
}
