import { z } from "zod";

/** What it takes to add a staff member (the team page and `npm run staff:create` both check this). */
export const newStaffMember = z.object({
  email: z.email("Enter a valid email address.").transform((email) => email.toLowerCase()),
  name: z.string().trim().min(1, "Enter a name.").max(200),
  role: z.enum(["admin", "agent"]),
  // Better Auth's sign-in accepts 12 to 128 characters (lib/staff/auth.ts).
  password: z.string().min(12, "Use at least 12 characters.").max(128, "Use at most 128 characters."),
});
export type NewStaffMember = z.input<typeof newStaffMember>;
