// The GET endpoints: decision, person, watchlist screening, media lists,
// attempts, the media file itself and the Mexican registry results.
import { decisionObject } from "../decisions";
import { notFound } from "../http/errors";
import type { Reply } from "../http/respond";
import type { RequestContext } from "../router";
import type { Session } from "../store";
import { existing } from "./sessions";
import { mediaListView } from "./views";

export function decision({ emulator, params }: RequestContext): Reply {
  const session = existing(emulator, params.id);
  const decided = latestDecided(session);
  return {
    status: 200,
    json: {
      status: "success",
      verification: decided ? decisionObject(session, decided.attempt, decided.decision) : null,
    },
  };
}

export function person({ emulator, params }: RequestContext): Reply {
  const session = existing(emulator, params.id);
  const source = latestDecided(session)?.decision.person ?? session.person;
  return {
    status: 200,
    json: {
      status: "success",
      person: {
        id: session.id,
        firstName: source.firstName ?? null,
        lastName: source.lastName ?? null,
        idNumber: source.idNumber ?? null,
        dateOfBirth: source.dateOfBirth ?? null,
        gender: source.gender ?? null,
        nationality: source.nationality ?? null,
        citizenships: [],
        pepSanctionMatches: [],
      },
    },
  };
}

export function watchlistScreening({ emulator, params }: RequestContext): Reply {
  const session = existing(emulator, params.id);
  const attempt = emulator.store.currentAttempt(session);
  const name = [session.person.firstName, session.person.lastName].filter(Boolean).join(" ");
  return {
    status: 200,
    json: {
      status: "success",
      data: {
        attemptId: attempt.id,
        vendorData: session.vendorData,
        endUserId: session.endUserId,
        checkType: "initial_result",
        matchStatus: "no_match",
        searchTerm: { name: name || null, year: session.person.dateOfBirth?.slice(0, 4) ?? null },
        totalHits: 0,
        createdAt: attempt.createdAt.toISOString(),
        hits: [],
      },
    },
  };
}

/** Media of the latest attempt that has any (a fresh resubmission attempt starts empty). */
export function sessionMedia({ emulator, params }: RequestContext): Reply {
  const session = existing(emulator, params.id);
  const attempt =
    [...session.attempts].reverse().find((candidate) => candidate.media.length) ??
    emulator.store.currentAttempt(session);
  return { status: 200, json: mediaListView(emulator, attempt.media) };
}

export function attempts({ emulator, params }: RequestContext): Reply {
  const session = existing(emulator, params.id);
  return {
    status: 200,
    json: {
      status: "success",
      verifications: session.attempts.map((attempt) => ({
        id: attempt.id,
        status: attempt.status,
        createdTime: attempt.createdAt.toISOString(),
      })),
    },
  };
}

export function attemptMedia({ emulator, params }: RequestContext): Reply {
  const found = params.attemptId ? emulator.store.findAttempt(params.attemptId) : undefined;
  if (!found || !emulator.session(found.session.id)) throw notFound();
  return { status: 200, json: mediaListView(emulator, found.attempt.media) };
}

export function mediaFile({ emulator, params }: RequestContext): Reply {
  const media = params.mediaId ? emulator.store.media.get(params.mediaId) : undefined;
  if (!media) throw notFound();
  return { status: 200, bytes: media.bytes, contentType: media.mimetype };
}

/** Plausible results of Mexico's INE and CURP registry checks (a non-Mexican document is not applicable). */
export function registry(
  { emulator, params, query }: RequestContext,
  kind: "ine-registry" | "curp-registry" | "combined-ine-curp-registry",
): Reply {
  const session = existing(emulator, params.id);
  const applicable = String(session.document.country ?? "").toUpperCase() === "MX";
  const attempt = emulator.store.currentAttempt(session);
  const result =
    applicable && latestDecided(session)?.decision.status === "approved"
      ? "valid"
      : applicable
        ? "pending"
        : "not_applicable";
  return {
    status: 200,
    json: {
      status: "success",
      data: {
        sessionId: session.id,
        attemptId: attempt.id,
        version: query.get("version") ?? "1.0.0",
        registry: kind.replace("-registry", ""),
        result,
        curp: kind !== "ine-registry" && applicable ? (session.person.idNumber ?? null) : null,
        createdAt: attempt.createdAt.toISOString(),
      },
    },
  };
}

function latestDecided(session: Session) {
  for (const attempt of [...session.attempts].reverse()) {
    if (attempt.decision) return { attempt, decision: attempt.decision };
  }
  return undefined;
}
