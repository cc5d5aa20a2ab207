import type { Metadata } from "next";
import { AddStaffForm, StaffRowActions } from "@/components/staff/team-forms";
import { LocalTime } from "@/components/staff/local-time";
import { requireStaff } from "@/lib/staff/current-staff";
import { listStaff } from "@/lib/staff/team";

export const metadata: Metadata = { title: "Team · Staff" };

export default async function TeamPage() {
  const admin = await requireStaff("staff.manage");
  const members = await listStaff();
  return (
    <main className="space-y-6">
      <h1 className="text-xl font-semibold">Team</h1>
      <p className="text-neutral-600 dark:text-neutral-400">
        Admins manage staff, delete sessions and read the audit log. Agents read sessions, refresh them and issue new capture links.
      </p>
      <div className="overflow-x-auto rounded-xl border border-neutral-200 bg-white dark:border-neutral-800 dark:bg-neutral-900">
        <table className="w-full text-left">
          <thead className="border-b border-neutral-200 text-neutral-600 dark:border-neutral-800 dark:text-neutral-400">
            <tr>
              <th className={cell}>Name</th>
              <th className={cell}>Email</th>
              <th className={cell}>Role</th>
              <th className={cell}>Added</th>
              <th className={cell}>Actions</th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <tr key={member.id} className="border-b border-neutral-100 last:border-0 dark:border-neutral-800">
                <td className={cell}>{member.name}</td>
                <td className={cell}>{member.email}</td>
                <td className={cell}>{member.role}</td>
                <td className={cell}>
                  <LocalTime value={member.createdAt} />
                </td>
                <td className={cell}>{member.id === admin.id ? <span className="text-neutral-500">You</span> : <StaffRowActions member={member} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section className="max-w-md rounded-xl border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900">
        <h2 className="mb-3 font-semibold">Add a staff member</h2>
        <AddStaffForm />
      </section>
    </main>
  );
}

const cell = "px-3 py-2";
