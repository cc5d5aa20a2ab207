// Every word the end-user sees in the capture flow, in English: the reference
// catalog. Other languages are typed against it (a missing phrase fails the
// typecheck). Tone: plain words, short sentences (capture-ux.md).
import type { CaptureErrorCode } from "@/lib/capture/error-codes";

/** The server's codes, and the page's own for a failure with none (the network, a proxy's error page). */
export type ServerErrorCode = CaptureErrorCode | UnknownFailure;
/** The page's own codes for a failure the server gave no code for (the network, a proxy's error page), by what was being done. */
export type UnknownFailure = "unknown_upload" | "unknown_submit" | "unknown_consent";

export const en = {
  languageLabel: "Language",
  /** A banner while the browser is offline, on every capture screen. */
  offline: "You are offline. Your photos will be sent as soon as the connection is back; you can keep going.",
  reference: "Reference",

  start: {
    title: "Verify your identity",
    intro:
      "It takes about two minutes: photos of your document, then a selfie. Have your document at hand, in good light.",
    off: "Checks are started from the service that asked you to verify: open the link it sent you.",
    home: "Home",
    documentLegend: "Your document",
    documents: {
      PASSPORT: { label: "Passport", sides: "Photos of the photo page, then a selfie" },
      ID_CARD: { label: "ID card", sides: "Photos of front and back, then a selfie" },
      DRIVERS_LICENSE: { label: "Driving licence", sides: "Photos of front and back, then a selfie" },
      RESIDENCE_PERMIT: { label: "Residence permit", sides: "Photos of front and back, then a selfie" },
    },
    nameLegend: "Your name",
    nameHint: "As it is written on your documents.",
    firstName: "First name",
    lastName: "Last name",
    checkLegend: "What do you want to verify?",
    checks: {
      none: { label: "My identity", hint: "A document and a selfie" },
      with_identity: {
        label: "My identity and my address",
        hint: "A document, a selfie, then a bill or statement with your address",
      },
      only: { label: "My address only", hint: "A bill or statement with your name and address" },
    },
    country: "Issuing country",
    chooseCountry: "Choose a country",
    privacy:
      "Your name, your photos and details of your device (its type, language and internet address) go straight to our verification provider, Veriff, over an encrypted connection, to check that your document is genuine and that it is yours. We do not keep the photos.",
    consent:
      "I agree to the processing of my name, my device details, my document and my face (biometric data) for this check.",
    consentBoth:
      "I agree to the processing of my name, my device details, my document, my face (biometric data) and my proof of address for this check.",
    consentAddress:
      "I agree to the processing of my name, my device details and my proof-of-address document for this check.",
    privacyAddress:
      "Your name, your document and details of your device (its type, language and internet address) go straight to our verification provider, Veriff, over an encrypted connection, to check your name and address. We do not keep the document.",
    submit: "Start",
    submitting: "Starting…",
    errors: {
      self_serve_off: "Starting a verification here is turned off. Use the link you were sent.",
      choose_check: "Choose what you want to verify.",
      enter_name: "Enter your first and last name as they are written on your documents.",
      choose_document: "Choose the document you will photograph.",
      choose_country: "Choose the country that issued your document.",
      consent_required: "To continue, agree to the processing of your photos.",
      veriff_unavailable: "We could not start your check just now. Please try again in a minute.",
      too_many_starts: "Many checks were started from your network just now. Please try again later.",
    },
  },

  link: {
    expired: "This link has expired",
    invalid: "This link does not work",
    askNew: "Ask the service that sent it for a new link.",
  },

  intro: {
    title: "Let's check your identity",
    addressTitle: "Let's check your address",
    resubmitTitle: "We need new photos",
    done: "✓ Done",
    explainAddress:
      "Photograph one document that shows your name and address, or choose it as a file. It goes to our verification provider and is not kept by us.",
    explain: (frames: number) =>
      `We will ask for your camera. For each photo we take ${frames > 1 ? `${frames} pictures in quick succession` : "one picture"}: hold still until it is done. The photos go to our verification provider and are not kept by us.`,
    start: "Start",
    resume: "Continue",
  },

  primer: {
    title: "Allow the camera",
    paragraphs: [
      "We use your camera to photograph your document and your face. Your browser will now ask whether this page may use the camera: choose Allow.",
      "The photos go straight to our verification provider, Veriff, to check your identity. We do not keep them.",
    ],
    allow: "Allow camera",
    asking: "Waiting for your answer…",
    uploadInstead: "Upload photos instead",
  },

  /**
   * Inside an app's own browser (lib/capture/browser/in-app-browser.ts), before the
   * camera is asked for: how to open the page in the phone's browser instead.
   * `app` and `browser` are names (Instagram, Safari), never translated.
   */
  inApp: {
    title: "Open this page in your browser",
    text: (app: string, browser: string) =>
      `You opened this link inside ${app}. Its built-in browser often cannot use the camera. Open this page in ${browser} instead:`,
    /** Where the app keeps its "open in browser" menu. */
    menu: {
      dots: "Tap the ⋯ button at the top right of the screen.",
      kebab: "Tap the ⋮ button at the top right of the screen.",
      share: "Tap the share button at the bottom right of the screen.",
    },
    choose: (browser: string) => `Choose “Open in ${browser}” or “Open in browser”.`,
    continueThere: "The page opens there: continue with your photos.",
    orCopy: (browser: string) => `Or copy the link, open ${browser} and paste it into the address bar.`,
    tryAnyway: "Try the camera here anyway",
  },

  steps: {
    indicator: (step: number, total: number) => `Step ${step} of ${total}`,
    passport: {
      title: "Photo page of your passport",
      instruction: "Place the photo page of your passport inside the frame.",
    },
    front: (ofDocument: string) => ({
      title: `Front of ${ofDocument}`,
      instruction: `Place the front of ${ofDocument} inside the frame.`,
    }),
    back: (ofDocument: string) => ({
      title: `Back of ${ofDocument}`,
      instruction: "Turn it over and place the back inside the frame.",
    }),
    face: { title: "Take a selfie", instruction: "Look straight at the camera, with your face inside the oval." },
    address: {
      title: "Proof of address",
      instruction:
        "Photograph one recent document that shows your name and address, such as a utility bill or a bank statement. The whole page must be visible.",
    },
    /** "of your ...", as front and back put it (German needs the genitive). */
    ofDocument: {
      ID_CARD: "your ID card",
      DRIVERS_LICENSE: "your driving licence",
      RESIDENCE_PERMIT: "your residence permit",
      other: "your document",
    },
    filesInstruction: "Choose a sharp photo in which all of it is visible, without glare.",
    filesInstructionPdf: "Choose a sharp photo, or a PDF, in which all of it is visible, without glare.",
    choosePhoto: "Choose a photo",
    useCamera: "Use the camera instead",
    uploadInstead: "Upload a photo instead",
    uploadPhotoOrPdf: "Upload a photo or PDF instead",
    choosePhotoOrPdf: "Choose a photo or PDF",
    inFrontPdf: "Included in the PDF of the front.",
    bothSides: {
      question: "Does this PDF show the back of your document too?",
      yes: "Yes, front and back",
      no: "No, only the front",
      cancel: "Choose another file",
    },
    retake: "Retake",
    next: "Continue",
  },

  /** The proof of address, looked at before it is sent (Veriff takes one per check). */
  confirmAddress: {
    question: "Is all of it sharp and readable?",
    onlyOne: "Check your name and address. We send one document, and it cannot be changed once sent.",
    photo: "Your proof of address",
    send: "Send this document",
    another: "Take or choose another",
    sent: "Veriff takes one proof of address per check: this one cannot be changed now.",
  },

  camera: {
    switch: "Switch camera",
    take: (frames: number) => (frames > 1 ? `Take ${frames} photos` : "Take photo"),
    starting: "Starting camera…",
    holdStill: "Hold still…",
    count: (frames: number) => (frames > 1 ? `${frames} photos` : ""),
    restart: "Restart camera",
    /** Live hints over the preview (lib/capture/browser/frame-quality.ts), one at a time. */
    hints: {
      too_dark: "Too dark: find more light",
      glare: "Glare: tilt it away from the light",
      moving: "Hold still",
      blurry: "Not sharp: hold steady so the camera can focus",
      // The selfie, from the face model (lib/capture/browser/face/face-hint.ts).
      no_face: "No face found: look into the camera",
      several_faces: "Only you in the picture, please",
      too_close: "Too close: move back a little",
      not_centred: "Put your face in the oval",
      too_far: "Too far: come a little closer",
      eyes_closed: "Open your eyes",
    },
    /** After a shot taken while a hint was showing. */
    hardToRead: (frames: number): string =>
      frames > 1 ? "These photos may be hard to read. Retake them?" : "This photo may be hard to read. Retake it?",
    /** The same, for a selfie taken while a hint was showing. */
    faceUnclear: (frames: number): string =>
      frames > 1
        ? "Your face may not be clear in these photos. Retake them?"
        : "Your face may not be clear in this photo. Retake it?",
    /** Auto-capture (lib/capture/browser/auto-capture.ts): the switch under the preview on a document's steps, the countdown before the shot, said each step, and its end when the picture moved. */
    auto: {
      label: "Take the photo automatically",
      countdown: (count: number) => `Hold still. Taking the photo in ${count}…`,
      cancelled: "Countdown stopped. Hold still to try again.",
    },
  },

  /** Moving to another device: the same link, shown as a QR code and as text. */
  handoff: {
    phone: "Continue on your phone",
    otherDevice: "Continue on another device",
    scan: "Scan this code with your phone's camera to open this page there. Photos already sent are kept.",
    open: "Or open this link on the other device. Photos already sent are kept.",
    qrLabel: "QR code of the link to this page",
    linkLabel: "Link to this page",
    copy: "Copy link",
    copied: "Link copied.",
    copyFailed: "Could not copy: select the link and copy it.",
  },

  /** Getting the camera back, by browser family (lib/capture/browser/camera-problem.ts). */
  allowCamera: {
    ios: "open Settings, then Apps, then your browser (Safari or Chrome), set Camera to Allow, and come back here",
    android: "tap the icon at the left of the address bar, then Permissions, set Camera to Allow, and reload this page",
    firefox: "click the crossed-out camera icon in the address bar, remove the block, and reload this page",
    safari: "open Safari's menu, then Settings for This Website, set Camera to Allow, and reload this page",
    chromium:
      "click the camera icon in the address bar (or the icon at its left), choose to always allow the camera, and reload this page",
  },

  cameraProblems: {
    camera_insecure_context: {
      title: "The camera only works on a secure connection",
      text: () =>
        "This page was not opened over https, so your browser keeps the camera off. Open the link exactly as you received it (it starts with https://), or upload photos instead.",
    },
    camera_unsupported: {
      title: "This browser cannot use the camera",
      text: () => "Open this link in an up-to-date Chrome, Safari or Firefox, or upload photos instead.",
    },
    camera_denied: {
      title: "Camera access is blocked",
      text: (howToAllow: string) =>
        `We need the camera to photograph your document and your face. To allow it, ${howToAllow}. Or upload photos instead.`,
    },
    camera_not_found: {
      title: "No camera found",
      text: () => "We could not find a camera on this device. Open this link on a phone, or upload photos instead.",
    },
    camera_in_use: {
      title: "The camera is busy",
      text: () => "Another app may be using it. Close that app, then tap “Restart camera”. Or upload photos instead.",
    },
    camera_stopped: {
      title: "The camera stopped",
      text: () => "Tap “Restart camera” to try again, or upload photos instead.",
    },
  },

  file: {
    preparing: "Preparing photo…",
    unsupportedOrPdf: "This file is not one we can use. Choose a JPEG, PNG, WebP or HEIC photo, or a PDF.",
    problems: {
      file_too_large: () => "This file is too large. Choose a photo under 40 MB.",
      image_too_large: () =>
        "This photo has too many pixels to prepare on this device (more than 50 megapixels). Choose a smaller photo.",
      unsupported_file: () => "This file is not a photo we can use. Choose a JPEG, PNG, WebP or HEIC photo.",
      unreadable_file: () => "We could not open this photo; it may be damaged. Choose another one.",
      pdf_too_large: () => "This PDF is larger than 20 MB. Choose a smaller file, or take a photo instead.",
      heic_too_large: (longerSide?: number) =>
        `This HEIC photo is ${longerSide ? `${longerSide} px` : "too large"} on its longer side; at most 1920 px can be sent, and this browser cannot shrink HEIC photos. Choose a JPEG or PNG instead, or open this link in Safari.`,
    },
  },

  tray: {
    label: "Photos taken",
    photo: (step: string) => `Photo: ${step}`,
    sent: "✓ Sent",
    failed: (message: string) => `✗ ${message}`,
    sending: (percent: number) => `Sending ${percent} %`,
    waiting: "Waiting for a connection",
    retry: "Try again",
    retryPhoto: (step: string) => `Try again: ${step}`,
    uploadedEarlier: "Uploaded earlier",
    heicPhoto: "HEIC photo",
    pdfDocument: "PDF document",
  },

  /** The server's refusals by their stable code (lib/capture/error-codes.ts); the page never shows the server's own words. */
  serverErrors: {
    invalid_token: "This link does not work. Open it exactly as you received it, or ask for a new one.",
    link_expired: "This link has expired. Ask for a new one.",
    already_submitted: "These photos have already been sent for checking.",
    internal_error: "Something went wrong on our side. Try again in a minute.",
    consent_required: "First agree to the processing of your photos: reload the page to see the question again.",
    invalid_context: "This photo could not be sent. Reload the page and try again.",
    invalid_source: "This photo could not be sent. Reload the page and try again.",
    file_not_pre: "This photo could not be sent. Reload the page and try again.",
    empty_file: "The photo arrived empty. Take it again.",
    unsupported_type: "This kind of file cannot be sent. Choose a JPEG, PNG, WebP or HEIC photo.",
    type_mismatch: "The file is not the kind of image it claims to be.",
    unreadable_file: "We could not open this photo; it may be damaged. Choose another one.",
    pdf_not_accepted: "PDF files are not accepted here. Take a photo instead.",
    both_sides_not_allowed: "This file could not be sent. Reload the page and try again.",
    file_too_large: "This file is too large to send. Choose a smaller photo.",
    too_many_pixels: "This photo is too large. Take it again.",
    veriff_refused: "The verification service did not accept this photo. Take it again.",
    veriff_unavailable: "The photo could not be sent right now. Try again.",
    frame_in_progress: "This photo is still on its way. Try again in a moment.",
    frame_id_reused: "This photo could not be sent. Reload the page and try again.",
    address_already_sent: "Your proof of address was already sent. Veriff takes one per check.",
    too_many_frames: "This check has all the photos it can take. Send them, or ask for a new link.",
    server_busy: "We are busy right now. The photo will be sent again in a moment.",
    rate_limited: "Too many tries in a short time. Wait a minute, then try again.",
    capture_incomplete: "Some photos did not arrive. Take the photos of this step again.",
    invalid_request: "Your browser sent something we could not read. Reload the page and try again.",
    payload_too_large: "Your browser sent something we could not read. Reload the page and try again.",
    unknown_upload: "The photo could not be sent.",
    unknown_submit: "Your photos could not be sent for checking. Check your connection and try again.",
    unknown_consent: "Your answer could not be saved. Check your connection and try again.",
  } satisfies Record<ServerErrorCode, string>,

  review: {
    title: "Check your photos",
    text: "Make sure every photo is sharp and nothing is cut off.",
    send: "Send for checking",
    sending: "Sending…",
    uploading: "Uploading photos…",
    failed: "A photo could not be sent: what happened, and what to do, is under it.",
  },

  status: {
    submitted: {
      title: "We are checking your document",
      text: "This usually takes a minute or two. You can keep this page open: it updates by itself.",
    },
    review: {
      title: "Your check needs a closer look",
      text: "A specialist is reviewing it. This page updates by itself; you can also close it.",
    },
    approved: {
      title: "You are verified",
      text: "Thank you. You can go back to the service that asked you to verify.",
    },
    declined: {
      title: "We could not verify you",
      text: "Your identity could not be confirmed with these photos. Contact the service that asked you to verify if you think this is wrong.",
    },
    resubmission_requested: { title: "We need new photos", text: "Something in your photos could not be checked." },
    expired: {
      title: "This check has expired",
      text: "Ask the service that sent you here for a new link, and start again.",
    },
    offline: "You seem to be offline. We will keep trying.",
    checking: "Checking…",
    reason: (reason: string) => `Reason: ${reason}.`,
    takeNew: "Take new photos",
    /** Veriff's resubmission reasons (201-207) in plain words; other codes show the server's words. */
    reasons: {
      201: "Photos or video were missing",
      202: "The face was not clearly visible",
      203: "The full document was not visible",
      204: "The photo was too blurry or dark to read",
      205: "The document is damaged",
      206: "This type of document is not supported",
      207: "The document has expired",
    } as Record<number, string>,
  },
  /** After the photos are sent: the way back to the integrator's site (its returnUrl), on its own after a countdown. */
  back: {
    link: (host: string) => `Back to ${host}`,
    /** Said once to screen readers as the countdown starts. */
    announce: (host: string, seconds: number) =>
      `You will be taken back to ${host} in ${seconds} seconds. Choose "Stay on this page" to stay.`,
    countdown: (seconds: number) => `Taking you back in ${seconds} s.`,
    stay: "Stay on this page",
    stayed: "You stay on this page. Use the link to go back when you are ready.",
    leaving: (host: string) => `Taking you back to ${host} now.`,
  },
};

export type Copy = typeof en;
