import type { Metadata } from "next";
import { cell, DataTable, HeaderCells, rowClass } from "@/components/staff/data-table";
import { AddStaffForm, StaffRowActions } from "@/components/staff/team-forms";
import { LocalTime } from "@/components/staff/local-time";
import { UnlockSignInForm } from "@/components/staff/unlock-sign-in-form";
import { requireStaff } from "@/lib/staff/current-staff";
import { signInThrottles } from "@/lib/staff/sign-in-throttle";
import { listStaff } from "@/lib/staff/team";

export const metadata: Metadata = { title: "Team · Staff" };

export default async function TeamPage() {
  const admin = await requireStaff("staff.manage");
  const members = await listStaff();
  const throttles = await signInThrottles(members.map((member) => member.email));
  return (
    <main className="space-y-6">
      <h1 className="text-xl font-semibold">Team</h1>
      <p className="text-neutral-600 dark:text-neutral-400">
        Admins manage staff, delete sessions and read the audit log. Agents read sessions, refresh them and issue new
        capture links.
      </p>
      <DataTable label="Team" head={<HeaderCells labels={["Name", "Email", "Role", "Added", "Sign-in", "Actions"]} />}>
        {members.map((member) => (
          <tr key={member.id} className={rowClass}>
            <td className={cell}>{member.name}</td>
            <td className={cell}>{member.email}</td>
            <td className={cell}>{member.role}</td>
            <td className={cell}>
              <LocalTime value={member.createdAt} />
            </td>
            <td className={cell}>
              {throttles.has(member.email) ? (
                <UnlockSignInForm member={member} throttle={throttles.get(member.email)!} />
              ) : (
                <span className="text-neutral-500">No failed tries</span>
              )}
            </td>
            <td className={cell}>
              {member.id === admin.id ? (
                <span className="text-neutral-500">You</span>
              ) : (
                <StaffRowActions member={member} />
              )}
            </td>
          </tr>
        ))}
      </DataTable>
      <section className="max-w-md rounded-xl border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900">
        <h2 className="mb-3 font-semibold">Add a staff member</h2>
        <AddStaffForm />
      </section>
    </main>
  );
}
