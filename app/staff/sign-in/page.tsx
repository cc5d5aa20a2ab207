import type { Metadata } from "next";
import { PlaceholderPage } from "@/components/placeholder-page";

export const metadata: Metadata = { title: "Staff sign-in" };

export default function StaffSignInPage() {
  return (
    <PlaceholderPage title="Staff sign-in">
      <p>
        Support staff will sign in here to follow every verification: status, timeline, uploads, webhooks and
        decisions. The staff console is not built yet.
      </p>
    </PlaceholderPage>
  );
}
