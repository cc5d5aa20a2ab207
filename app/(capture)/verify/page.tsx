import type { Metadata } from "next";
import { PlaceholderPage } from "@/components/placeholder-page";

export const metadata: Metadata = { title: "Start a verification" };

export default function StartVerificationPage() {
  return (
    <PlaceholderPage title="Start a verification">
      <p>
        This is where you will photograph your identity document and take a selfie with our own camera screens. The
        capture flow is not built yet.
      </p>
    </PlaceholderPage>
  );
}
