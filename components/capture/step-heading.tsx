/**
 * The heading of a capture screen: the one element of id "step-heading"
 * (the section is labelled by it), focusable by script so that each new
 * screen moves the focus there and screen readers start from its title.
 */
export function StepHeading({
  headingRef,
  className = "",
  children,
}: {
  headingRef: React.Ref<HTMLHeadingElement>;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <h1
      id="step-heading"
      ref={headingRef}
      tabIndex={-1}
      className={`text-2xl font-semibold tracking-tight outline-none ${className}`}
    >
      {children}
    </h1>
  );
}
