import { expect, it } from "vitest";
import { reasonInPlainWords } from "./reason-codes";

it("says Veriff's reason codes in plain words, and names codes it does not know", () => {
  expect(reasonInPlainWords(204)).toBe("The photo was too blurry or dark to read");
  expect(reasonInPlainWords(103)).toBe("The person does not appear to match the document photo");
  expect(reasonInPlainWords(999)).toBe("Reason code 999");
  expect(reasonInPlainWords(null)).toBeNull();
});
