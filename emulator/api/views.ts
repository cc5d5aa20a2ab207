// Response shapes shared by several endpoints.
import type { Emulator } from "../emulator";
import type { Media, Session } from "../store";

export function verificationView(emulator: Emulator, session: Session) {
  return {
    id: session.id,
    url: `${emulator.baseUrl}/v/${session.sessionToken}`,
    vendorData: session.vendorData,
    host: emulator.baseUrl,
    status: session.status,
    sessionToken: session.sessionToken,
  };
}

export function mediaView(emulator: Emulator, media: Media) {
  return {
    id: media.id,
    name: media.context,
    context: media.context,
    timestamp: null,
    size: media.size,
    mimetype: media.mimetype,
    url: `${emulator.baseUrl}/v1/media/${media.id}`,
    sessionId: media.sessionId,
  };
}

/** GET /sessions/{id}/media and GET /attempts/{id}/media: images and videos of one attempt. */
export function mediaListView(emulator: Emulator, media: Media[]) {
  return { status: "success", videos: [], images: media.map((item) => mediaView(emulator, item)) };
}
