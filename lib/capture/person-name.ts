// A name typed on the start page, which goes to Veriff as the person's.

/** Longer than any real name; the form stops typing there and the server checks again. */
export const NAME_MAX_LENGTH = 100;

/** The name without the spaces around it; null when empty or too long. */
export function typedName(value: FormDataEntryValue | null): string | null {
  const name = String(value ?? "").trim();
  return name && name.length <= NAME_MAX_LENGTH ? name : null;
}
