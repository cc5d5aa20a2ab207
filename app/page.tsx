import Link from "next/link";

const steps = [
  {
    title: "Photograph your document",
    text: "Passport, ID card, driving licence or residence permit, with guides that show where to hold it.",
  },
  { title: "Take a selfie", text: "A short look at the camera, so Veriff can match your face to the document." },
  {
    title: "Get your result",
    text: "Your photos go straight to Veriff over an encrypted connection. We do not keep them.",
  },
];

export default function HomePage() {
  return (
    <main className="mx-auto flex min-h-dvh max-w-3xl flex-col px-6 py-16 sm:py-24">
      <p className="text-sm font-medium tracking-wide text-accent-600 uppercase dark:text-accent-300">Identity check</p>
      <h1 className="mt-3 text-4xl font-semibold tracking-tight text-balance sm:text-5xl">
        Verify your identity in about two minutes
      </h1>
      <p className="mt-5 max-w-2xl text-lg text-pretty text-neutral-600 dark:text-neutral-400">
        A self-hosted capture front-end for Veriff identity verification: you photograph your document and your face in
        the browser, our server sends the photos to Veriff, and support staff follow every check until Veriff decides.
      </p>

      <div className="mt-10 flex flex-col gap-3 sm:flex-row">
        {/* A full page load, not a client navigation: the root layout, which sets <html lang>, is rendered anew in the visitor's language. */}
        <a
          href="/verify"
          className="inline-flex min-h-12 items-center justify-center rounded-xl bg-accent-600 px-6 text-base font-semibold text-white shadow-sm hover:bg-accent-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent-500"
        >
          Start a verification
        </a>
        <Link
          href="/staff/sign-in"
          className="inline-flex min-h-12 items-center justify-center rounded-xl border border-neutral-300 px-6 text-base font-semibold hover:bg-neutral-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent-500 dark:border-neutral-700 dark:hover:bg-neutral-900"
        >
          Staff sign-in
        </Link>
      </div>

      <section aria-labelledby="how-it-works" className="mt-16">
        <h2 id="how-it-works" className="text-lg font-semibold">
          How it works
        </h2>
        <ol className="mt-6 grid gap-6 sm:grid-cols-3">
          {steps.map((step, index) => (
            <li key={step.title} className="rounded-2xl border border-neutral-200 p-5 dark:border-neutral-800">
              <span
                aria-hidden="true"
                className="flex size-8 items-center justify-center rounded-full bg-accent-50 text-sm font-semibold text-accent-700 dark:bg-accent-700/30 dark:text-accent-100"
              >
                {index + 1}
              </span>
              <h3 className="mt-4 font-semibold">{step.title}</h3>
              <p className="mt-2 text-sm text-neutral-600 dark:text-neutral-400">{step.text}</p>
            </li>
          ))}
        </ol>
      </section>
    </main>
  );
}
