// /api/auth/*: Better Auth's endpoints for the staff console (sign-in, sign-out, session).
// Sign-up is disabled: accounts come from admins and `npm run staff:create`.
import { route } from "@/lib/http/route";
import { staffAuth } from "@/lib/staff/auth";

export const dynamic = "force-dynamic";

const handle = route("staff.auth", (request: Request) => staffAuth().handler(request));

export { handle as GET, handle as POST };
