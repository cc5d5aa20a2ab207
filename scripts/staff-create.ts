// npm run staff:create -- --email ada@example.com [--name "Ada Lovelace"] [--role admin|agent]
// Creates a staff console account (an admin unless told otherwise). The
// password is asked for on a terminal, or read from the first line of
// standard input when piped (never from the command line, where `ps` shows it).
// Uses DATABASE_URL, or the embedded PostgreSQL of `npm run dev`.
// Runs with --conditions=react-server so that the app's server-only modules load.
import { parseArgs } from "node:util";
import { z } from "zod";
import { newStaffMember } from "../lib/staff/new-staff-member";
import { readPassword } from "./lib/read-password";

const log = (message: string) => console.error(`[staff] ${message}`);
const usage = 'usage: npm run staff:create -- --email <email> [--name "<name>"] [--role admin|agent]';

const { values } = parseArgs({
  options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string", default: "admin" } },
  strict: true,
});
if (!values.email) {
  console.error(usage);
  process.exit(2);
}
const password = await readPassword("Password (at least 12 characters): ");
const input = newStaffMember.safeParse({
  email: values.email,
  name: values.name ?? values.email.split("@")[0],
  role: values.role,
  password,
});
if (!input.success) {
  log(z.prettifyError(input.error));
  process.exit(2);
}

// Loaded only now: a typo in the arguments is answered at once.
const [{ PrismaPg }, { PrismaClient }, { createStaffMember }, { provideDatabase }] = await Promise.all([
  import("@prisma/adapter-pg"),
  import("../lib/generated/prisma/client"),
  import("../lib/staff/team"),
  import("./db/provide-database"),
]);
const database = await provideDatabase("dev", log).catch((error: Error) => {
  log(error.message);
  process.exit(1);
});
const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
try {
  const result = await createStaffMember(input.data, { by: "operator", client });
  if (result.ok) log(`created ${input.data.role} ${input.data.email}: sign in at /staff/sign-in`);
  else {
    log(result.message);
    process.exitCode = 1;
  }
} finally {
  await client.$disconnect();
  await database.stop();
  // The schema engine (migrations) leaves a lock-timeout timer behind; nothing else is pending.
  process.exit();
}
