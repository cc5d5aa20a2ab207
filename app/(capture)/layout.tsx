import { requestLocale } from "@/components/capture/copy/server-locale";
import { DocumentLanguage } from "@/components/capture/document-language";

/** The end-user's pages: the whole document in their language. */
export default async function CaptureLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <DocumentLanguage locale={await requestLocale()} />
      {children}
    </>
  );
}
