// A name typed on the start page, which goes to Veriff as the person's.

/** Longer than any real name; the form stops typing there and the server checks again. */
export const NAME_MAX_LENGTH = 100;
