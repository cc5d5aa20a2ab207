import Link from "next/link";
import { signOut } from "@/lib/staff/actions/sign-out";
import { requireStaff } from "@/lib/staff/current-staff";
import { can } from "@/lib/staff/permissions";

export default async function ConsoleLayout({ children }: { children: React.ReactNode }) {
  const staff = await requireStaff();
  const links = [
    { href: "/staff", label: "Sessions" },
    { href: "/staff/webhooks", label: "Webhooks" },
    { href: "/staff/integrator-webhooks", label: "Integrator webhooks" },
    { href: "/staff/bulk", label: "Bulk" },
    ...(can(staff.role, "audit.read") ? [{ href: "/staff/audit", label: "Audit log" }] : []),
    ...(can(staff.role, "staff.manage") ? [{ href: "/staff/team", label: "Team" }] : []),
  ];
  return (
    <div className="min-h-dvh bg-neutral-50 text-sm dark:bg-neutral-950">
      <header className="border-b border-neutral-200 bg-white dark:border-neutral-800 dark:bg-neutral-900">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <span className="font-semibold">Veriff Capture · Staff</span>
          <nav aria-label="Staff console" className="flex gap-4">
            {links.map((link) => (
              <Link
                key={link.href}
                href={link.href}
                className="text-neutral-700 hover:text-accent-600 dark:text-neutral-300"
              >
                {link.label}
              </Link>
            ))}
          </nav>
          <div className="ml-auto flex items-center gap-3 text-neutral-600 dark:text-neutral-400">
            <span>
              {staff.email} · <span className="font-medium">{staff.role}</span>
            </span>
            <form action={signOut}>
              <button
                type="submit"
                className="rounded-lg border border-neutral-300 px-3 py-1 hover:bg-neutral-100 dark:border-neutral-700 dark:hover:bg-neutral-800"
              >
                Sign out
              </button>
            </form>
          </div>
        </div>
      </header>
      <div className="mx-auto max-w-7xl px-4 py-6">{children}</div>
    </div>
  );
}
