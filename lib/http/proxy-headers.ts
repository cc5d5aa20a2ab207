// Headers proxy.ts sets on a request for the pages and routes behind it.
// Every copy a visitor sends is removed first, so a page can trust them.

/** The path asked for, for the page to come back to after a sign-in (lib/staff/return-path.ts reads it). */
export const STAFF_PATH_HEADER = "x-staff-path";
/** Marks an end-user page (the start page, a capture link): <html lang> is the visitor's language there (lib/i18n/server-locale.ts). */
export const CAPTURE_PAGE_HEADER = "x-capture-page";
/** A capture link's token, on its page: <html lang> is its session's language unless the visitor chose one (lib/i18n/server-locale.ts). */
export const CAPTURE_LINK_HEADER = "x-capture-link";
