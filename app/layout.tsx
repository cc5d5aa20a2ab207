import type { Metadata, Viewport } from "next";
import { localeDirection } from "@/lib/i18n/locale";
import { documentLanguage } from "@/lib/i18n/server-locale";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Identity check", template: "%s · Identity check" },
  description: "Verify your identity with your document and a selfie.",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0a0a0a" },
  ],
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const language = await documentLanguage();
  // Arabic pages are mirrored from the first byte: flex rows, logical margins and paddings follow dir.
  return (
    <html lang={language} dir={localeDirection(language)}>
      <body className="min-h-dvh bg-white font-sans text-neutral-900 antialiased dark:bg-neutral-950 dark:text-neutral-100">
        {children}
      </body>
    </html>
  );
}
