// /api/auth/*: the staff console's sign-in, sign-out and session (Better Auth; see lib/staff/auth-endpoint.ts).
import { route } from "@/lib/http/route";
import { handleStaffAuth } from "@/lib/staff/auth-endpoint";

export const dynamic = "force-dynamic";

const handle = route("staff.auth", handleStaffAuth);

export { handle as GET, handle as POST };
