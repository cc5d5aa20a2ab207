// Which columns of a session hold personal data: written from Veriff's
// decision, shown to staff only on request, and blanked by retention
// (lib/jobs/purge-personal-data.ts builds its statement from this list, and a
// test checks that every field schema.prisma documents as personal data is here).
import type { Prisma } from "@/lib/generated/prisma/client";
import { nonEmptyText } from "@/lib/text";
import type { DecisionVerification } from "@/lib/veriff/schemas";

/** Each personal-data field of VerificationSession, by its column. */
export const PERSONAL_DATA_COLUMNS = {
  personFirstName: "person_first_name",
  personLastName: "person_last_name",
  personDateOfBirth: "person_date_of_birth",
  personIdNumber: "person_id_number",
  documentNumber: "document_number",
  documentValidUntil: "document_valid_until",
  decisionData: "decision_data",
} as const;

export type PersonalDataField = keyof typeof PERSONAL_DATA_COLUMNS;

/** Each personal-data field of IntegratorEvent (the outbox), by its column: blanked with its session's. */
export const INTEGRATOR_EVENT_PERSONAL_COLUMNS = {
  person: "person",
} as const;

type PersonalData = { [Field in Exclude<PersonalDataField, "decisionData">]: string | null } & {
  decisionData: Prisma.InputJsonValue;
};

/**
 * The personal data a decision carries, field by field. Typed by the list
 * above: a new personal-data column cannot be written here without being
 * listed, and so blanked by retention.
 */
export function personalDataOf(decision: DecisionVerification): PersonalData {
  const { person, document, ...rest } = decision;
  return {
    personFirstName: nonEmptyText(person?.firstName),
    personLastName: nonEmptyText(person?.lastName),
    personDateOfBirth: nonEmptyText(person?.dateOfBirth),
    personIdNumber: nonEmptyText(person?.idNumber),
    documentNumber: nonEmptyText(document?.number),
    documentValidUntil: nonEmptyText(document?.validUntil),
    // The rest of the decision's verification object, as Veriff sent it.
    decisionData: rest as Prisma.InputJsonValue,
  };
}
