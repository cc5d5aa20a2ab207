// The emulator's state: in memory, as befits an emulator. Shapes follow
// Veriff's sessions, attempts, media and decisions.
import { randomUUID } from "node:crypto";

export const SESSION_STATUSES = [
  "created",
  "started",
  "submitted",
  "approved",
  "declined",
  "resubmission_requested",
  "review",
  "expired",
  "abandoned",
] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

/** Statuses in which the current attempt still takes media and a submit. */
export const OPEN_STATUSES: readonly SessionStatus[] = ["created", "started", "resubmission_requested"];

export interface Person {
  firstName?: string | null;
  lastName?: string | null;
  idNumber?: string | null;
  dateOfBirth?: string | null;
  gender?: string | null;
  nationality?: string | null;
  [key: string]: unknown;
}

export interface DocumentData {
  number?: string | null;
  type?: string | null;
  country?: string | null;
  validFrom?: string | null;
  validUntil?: string | null;
  [key: string]: unknown;
}

export interface Media {
  id: string;
  sessionId: string;
  attemptId: string;
  kind: "image" | "nfc";
  context: string;
  mimetype: string;
  size: number;
  bytes: Buffer;
  width?: number;
  height?: number;
  /** Why a non-strict emulator accepted what strict mode would refuse. */
  flags: string[];
  createdAt: Date;
}

export interface Decision {
  status: Exclude<SessionStatus, "created" | "started" | "submitted">;
  code: number;
  reason: string | null;
  reasonCode: number | null;
  person: Person;
  document: DocumentData;
  decisionTime: Date;
  acceptanceTime: Date;
}

export interface Attempt {
  id: string;
  status: SessionStatus;
  createdAt: Date;
  submittedAt?: Date;
  media: Media[];
  decision?: Decision;
  /** Pending automatic decision, cleared when a decision is made another way. */
  decisionTimer?: NodeJS.Timeout;
}

export interface Session {
  id: string;
  status: SessionStatus;
  createdAt: Date;
  vendorData: string | null;
  endUserId: string | null;
  callback: string | null;
  person: Person;
  document: DocumentData;
  sessionToken: string;
  attempts: Attempt[];
  collectedData: unknown[];
  /** Registry validation input (validate-registry sessions). */
  registry?: Record<string, unknown>;
  /** PATCH /sessions/{id} requests this session received (authenticated, refused ones included). */
  submitRequests: number;
  /** Set through the control API: the outcome of the next submitted attempt, instead of the automatic one. */
  nextOutcome?: Pick<Decision, "status" | "code" | "reason" | "reasonCode">;
}

export class Store {
  readonly sessions = new Map<string, Session>();
  readonly media = new Map<string, Media>();

  createSession(
    fields: Omit<Session, "id" | "status" | "attempts" | "collectedData" | "sessionToken" | "submitRequests">,
  ): Session {
    const session: Session = {
      ...fields,
      id: randomUUID(),
      status: "created",
      sessionToken: randomUUID().replaceAll("-", "") + randomUUID().replaceAll("-", ""),
      attempts: [],
      collectedData: [],
      submitRequests: 0,
    };
    session.attempts.push(newAttempt(fields.createdAt));
    this.sessions.set(session.id, session);
    return session;
  }

  currentAttempt(session: Session): Attempt {
    const attempt = session.attempts.at(-1);
    if (!attempt) throw new Error(`session ${session.id} has no attempt`);
    return attempt;
  }

  /** A resubmission request opens a new attempt that takes media and a submit again. */
  openNewAttempt(session: Session, now: Date): Attempt {
    const attempt = newAttempt(now);
    session.attempts.push(attempt);
    return attempt;
  }

  findAttempt(attemptId: string): { session: Session; attempt: Attempt } | undefined {
    for (const session of this.sessions.values()) {
      const attempt = session.attempts.find((candidate) => candidate.id === attemptId);
      if (attempt) return { session, attempt };
    }
    return undefined;
  }

  addMedia(media: Omit<Media, "id">): Media {
    const stored = { ...media, id: randomUUID() };
    this.media.set(stored.id, stored);
    const session = this.sessions.get(media.sessionId);
    session?.attempts.find((attempt) => attempt.id === media.attemptId)?.media.push(stored);
    return stored;
  }

  deleteSession(session: Session): void {
    for (const attempt of session.attempts) {
      clearTimeout(attempt.decisionTimer);
      for (const media of attempt.media) this.media.delete(media.id);
    }
    this.sessions.delete(session.id);
  }

  reset(): void {
    for (const session of [...this.sessions.values()]) this.deleteSession(session);
  }
}

function newAttempt(now: Date): Attempt {
  return { id: randomUUID(), status: "created", createdAt: now, media: [] };
}
