import type { Locator } from "@playwright/test";

/**
 * Records every text a live region says from now on, the one it says already
 * first: a text that came and went between two looks is caught too. The
 * returned function gives them. What a screen reader says: text hidden from
 * it (aria-hidden, such as the countdown's big number) is left out.
 */
export async function listen(region: Locator): Promise<() => Promise<string[]>> {
  const name = `said${Math.random().toString(36).slice(2)}`;
  await region.evaluate((element, key) => {
    const spoken = () => {
      const copy = element.cloneNode(true) as Element;
      copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
      return copy.textContent ?? "";
    };
    const texts: string[] = spoken() ? [spoken()] : [];
    (window as unknown as Record<string, string[]>)[key] = texts;
    new MutationObserver(() => {
      const text = spoken();
      if (text && text !== texts.at(-1)) texts.push(text);
    }).observe(element, { childList: true, subtree: true, characterData: true });
  }, name);
  return () => region.page().evaluate((key) => (window as unknown as Record<string, string[]>)[key] ?? [], name);
}
