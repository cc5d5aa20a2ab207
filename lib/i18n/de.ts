// The capture flow in German (formal address), phrase for phrase as en.ts.
import type { Copy } from "./en";

export const de: Copy = {
  languageLabel: "Sprache",
  /** A banner while the browser is offline, on every capture screen. */
  offline:
    "Sie sind offline. Ihre Fotos werden gesendet, sobald die Verbindung wieder da ist; Sie können weitermachen.",
  reference: "Referenz",

  start: {
    title: "Identität bestätigen",
    intro:
      "Es dauert etwa zwei Minuten: Fotos Ihres Ausweisdokuments, dann ein Selfie. Halten Sie Ihr Dokument bereit und sorgen Sie für gutes Licht.",
    off: "Die Prüfung wird von dem Dienst gestartet, der Sie darum gebeten hat: Öffnen Sie den Link, den er Ihnen geschickt hat.",
    home: "Startseite",
    documentLegend: "Ihr Dokument",
    documents: {
      PASSPORT: { label: "Reisepass", sides: "Fotos der Seite mit dem Lichtbild, dann ein Selfie" },
      ID_CARD: { label: "Personalausweis", sides: "Fotos der Vorder- und Rückseite, dann ein Selfie" },
      DRIVERS_LICENSE: { label: "Führerschein", sides: "Fotos der Vorder- und Rückseite, dann ein Selfie" },
      RESIDENCE_PERMIT: { label: "Aufenthaltstitel", sides: "Fotos der Vorder- und Rückseite, dann ein Selfie" },
    },
    nameLegend: "Ihr Name",
    nameHint: "So, wie er in Ihren Dokumenten steht.",
    firstName: "Vorname",
    lastName: "Nachname",
    checkLegend: "Was möchten Sie nachweisen?",
    checks: {
      none: { label: "Meine Identität", hint: "Ein Dokument und ein Selfie" },
      with_identity: {
        label: "Meine Identität und meine Adresse",
        hint: "Ein Dokument, ein Selfie, dann eine Rechnung oder ein Kontoauszug mit Ihrer Adresse",
      },
      only: {
        label: "Nur meine Adresse",
        hint: "Eine Rechnung oder ein Kontoauszug mit Ihrem Namen und Ihrer Adresse",
      },
    },
    country: "Ausstellungsland",
    chooseCountry: "Land auswählen",
    privacy:
      "Ihr Name, Ihre Fotos und Angaben zu Ihrem Gerät (Typ, Sprache und Internetadresse) gehen über eine verschlüsselte Verbindung direkt an unseren Prüfdienstleister Veriff, der prüft, ob Ihr Dokument echt ist und Ihnen gehört. Wir speichern die Fotos nicht.",
    consent:
      "Ich willige in die Verarbeitung meines Namens, meiner Geräteangaben, meines Dokuments und meines Gesichts (biometrische Daten) für diese Prüfung ein.",
    consentBoth:
      "Ich willige in die Verarbeitung meines Namens, meiner Geräteangaben, meines Dokuments, meines Gesichts (biometrische Daten) und meines Adressnachweises für diese Prüfung ein.",
    consentAddress:
      "Ich willige in die Verarbeitung meines Namens, meiner Geräteangaben und meines Adressnachweises für diese Prüfung ein.",
    privacyAddress:
      "Ihr Name, Ihr Dokument und Angaben zu Ihrem Gerät (Typ, Sprache und Internetadresse) gehen über eine verschlüsselte Verbindung direkt an unseren Prüfdienstleister Veriff, der Ihren Namen und Ihre Adresse prüft. Wir speichern das Dokument nicht.",
    submit: "Starten",
    submitting: "Wird gestartet…",
    errors: {
      self_serve_off: "Prüfungen können hier nicht gestartet werden. Verwenden Sie den Link, den Sie erhalten haben.",
      choose_check: "Wählen Sie, was Sie nachweisen möchten.",
      enter_name: "Geben Sie Vor- und Nachnamen so ein, wie sie in Ihren Dokumenten stehen.",
      choose_document: "Wählen Sie das Dokument, das Sie fotografieren werden.",
      choose_country: "Wählen Sie das Land, das Ihr Dokument ausgestellt hat.",
      consent_required: "Um fortzufahren, willigen Sie bitte in die Verarbeitung Ihrer Fotos ein.",
      veriff_unavailable:
        "Wir konnten Ihre Prüfung gerade nicht starten. Bitte versuchen Sie es in einer Minute noch einmal.",
      too_many_starts:
        "Aus Ihrem Netz wurden gerade viele Prüfungen gestartet. Bitte versuchen Sie es später noch einmal.",
    },
  },

  link: {
    expired: "Dieser Link ist abgelaufen",
    invalid: "Dieser Link funktioniert nicht",
    askNew: "Bitten Sie den Dienst, der ihn geschickt hat, um einen neuen Link.",
  },

  intro: {
    title: "Prüfen wir Ihre Identität",
    addressTitle: "Prüfen wir Ihre Adresse",
    resubmitTitle: "Wir brauchen neue Fotos",
    done: "✓ Erledigt",
    explainAddress:
      "Fotografieren Sie ein Dokument mit Ihrem Namen und Ihrer Adresse, oder wählen Sie es als Datei aus. Es geht an unseren Prüfdienstleister und wird von uns nicht gespeichert.",
    explain: (frames: number) =>
      `Wir fragen gleich nach Ihrer Kamera. Für jedes Foto nehmen wir ${frames > 1 ? `${frames} Bilder kurz hintereinander` : "ein Bild"} auf: Halten Sie still, bis es fertig ist. Die Fotos gehen an unseren Prüfdienstleister und werden von uns nicht gespeichert.`,
    start: "Starten",
    resume: "Weiter",
  },

  primer: {
    title: "Kamera erlauben",
    paragraphs: [
      "Wir verwenden Ihre Kamera, um Ihr Dokument und Ihr Gesicht zu fotografieren. Ihr Browser fragt gleich, ob diese Seite die Kamera verwenden darf: Wählen Sie „Zulassen“.",
      "Die Fotos gehen direkt an unseren Prüfdienstleister Veriff, um Ihre Identität zu prüfen. Wir speichern sie nicht.",
    ],
    allow: "Kamera erlauben",
    asking: "Warten auf Ihre Antwort…",
    uploadInstead: "Stattdessen Fotos hochladen",
  },

  inApp: {
    title: "Öffnen Sie diese Seite in Ihrem Browser",
    text: (app: string, browser: string) =>
      `Sie haben diesen Link in ${app} geöffnet. Der eingebaute Browser der App kann die Kamera oft nicht verwenden. Öffnen Sie diese Seite stattdessen in ${browser}:`,
    menu: {
      dots: "Tippen Sie oben rechts auf die Schaltfläche ⋯.",
      kebab: "Tippen Sie oben rechts auf die Schaltfläche ⋮.",
      share: "Tippen Sie unten rechts auf die Schaltfläche zum Teilen.",
    },
    choose: (browser: string) => `Wählen Sie „In ${browser} öffnen“ oder „Im Browser öffnen“.`,
    continueThere: "Die Seite öffnet sich dort: Machen Sie dort mit Ihren Fotos weiter.",
    orCopy: (browser: string) =>
      `Oder kopieren Sie den Link, öffnen Sie ${browser} und fügen Sie ihn in die Adresszeile ein.`,
    tryAnyway: "Die Kamera trotzdem hier versuchen",
  },

  steps: {
    indicator: (step: number, total: number) => `Schritt ${step} von ${total}`,
    passport: {
      title: "Lichtbildseite Ihres Reisepasses",
      instruction: "Legen Sie die Lichtbildseite Ihres Reisepasses in den Rahmen.",
    },
    front: (ofDocument: string) => ({
      title: `Vorderseite ${ofDocument}`,
      instruction: `Legen Sie die Vorderseite ${ofDocument} in den Rahmen.`,
    }),
    back: (ofDocument: string) => ({
      title: `Rückseite ${ofDocument}`,
      instruction: "Drehen Sie das Dokument um und legen Sie die Rückseite in den Rahmen.",
    }),
    face: { title: "Selfie aufnehmen", instruction: "Schauen Sie direkt in die Kamera, mit Ihrem Gesicht im Oval." },
    address: {
      title: "Adressnachweis",
      instruction:
        "Fotografieren Sie ein aktuelles Dokument, das Ihren Namen und Ihre Adresse zeigt, etwa eine Strom- oder Gasrechnung oder einen Kontoauszug. Die ganze Seite muss zu sehen sein.",
    },
    ofDocument: {
      ID_CARD: "Ihres Personalausweises",
      DRIVERS_LICENSE: "Ihres Führerscheins",
      RESIDENCE_PERMIT: "Ihres Aufenthaltstitels",
      other: "Ihres Dokuments",
    },
    filesInstruction: "Wählen Sie ein scharfes Foto, auf dem alles vollständig und ohne Spiegelungen zu sehen ist.",
    filesInstructionPdf:
      "Wählen Sie ein scharfes Foto oder ein PDF, auf dem alles vollständig und ohne Spiegelungen zu sehen ist.",
    choosePhoto: "Foto auswählen",
    useCamera: "Stattdessen die Kamera verwenden",
    uploadInstead: "Stattdessen ein Foto hochladen",
    uploadPhotoOrPdf: "Stattdessen ein Foto oder PDF hochladen",
    choosePhotoOrPdf: "Foto oder PDF auswählen",
    inFrontPdf: "Im PDF der Vorderseite enthalten.",
    bothSides: {
      question: "Zeigt dieses PDF auch die Rückseite Ihres Dokuments?",
      yes: "Ja, Vorder- und Rückseite",
      no: "Nein, nur die Vorderseite",
      cancel: "Andere Datei wählen",
    },
    retake: "Neu aufnehmen",
    next: "Weiter",
  },

  confirmAddress: {
    question: "Ist alles scharf und lesbar?",
    onlyOne:
      "Prüfen Sie Ihren Namen und Ihre Adresse. Wir senden ein Dokument, und es kann danach nicht mehr geändert werden.",
    photo: "Ihr Adressnachweis",
    send: "Dieses Dokument senden",
    another: "Ein anderes aufnehmen oder wählen",
    sent: "Veriff nimmt einen Adressnachweis pro Prüfung an: Dieser kann jetzt nicht mehr geändert werden.",
  },

  camera: {
    switch: "Kamera wechseln",
    take: (frames: number) => (frames > 1 ? `${frames} Fotos aufnehmen` : "Foto aufnehmen"),
    starting: "Kamera startet…",
    holdStill: "Bitte stillhalten…",
    count: (frames: number) => (frames > 1 ? `${frames} Fotos` : ""),
    restart: "Kamera neu starten",
    hints: {
      too_dark: "Zu dunkel: Suchen Sie mehr Licht",
      glare: "Spiegelung: Kippen Sie das Dokument leicht vom Licht weg",
      moving: "Bitte stillhalten",
      blurry: "Unscharf: Halten Sie ruhig, damit die Kamera scharf stellt",
      no_face: "Kein Gesicht zu sehen: Schauen Sie in die Kamera",
      several_faces: "Bitte nur Sie im Bild",
      too_close: "Zu nah: Gehen Sie etwas zurück",
      not_centred: "Bringen Sie Ihr Gesicht ins Oval",
      too_far: "Zu weit weg: Kommen Sie etwas näher",
      eyes_closed: "Öffnen Sie die Augen",
    },
    hardToRead: (frames: number) =>
      frames > 1
        ? "Diese Fotos sind vielleicht schwer zu lesen. Neu aufnehmen?"
        : "Dieses Foto ist vielleicht schwer zu lesen. Neu aufnehmen?",
    faceUnclear: (frames: number): string =>
      frames > 1
        ? "Ihr Gesicht ist auf diesen Fotos vielleicht nicht gut zu sehen. Neu aufnehmen?"
        : "Ihr Gesicht ist auf diesem Foto vielleicht nicht gut zu sehen. Neu aufnehmen?",
    auto: {
      label: "Foto automatisch aufnehmen",
      countdown: (count: number) => `Bitte stillhalten. Foto in ${count}…`,
      cancelled: "Countdown angehalten. Halten Sie still, um es erneut zu versuchen.",
    },
  },

  handoff: {
    phone: "Auf dem Handy weitermachen",
    otherDevice: "Auf einem anderen Gerät weitermachen",
    scan: "Scannen Sie diesen Code mit der Kamera Ihres Handys, um diese Seite dort zu öffnen. Schon gesendete Fotos bleiben erhalten.",
    open: "Oder öffnen Sie diesen Link auf dem anderen Gerät. Schon gesendete Fotos bleiben erhalten.",
    qrLabel: "QR-Code mit dem Link zu dieser Seite",
    linkLabel: "Link zu dieser Seite",
    copy: "Link kopieren",
    copied: "Link kopiert.",
    copyFailed: "Kopieren nicht möglich: Markieren und kopieren Sie den Link.",
  },

  allowCamera: {
    ios: "öffnen Sie die Einstellungen, dann Apps und Ihren Browser (Safari oder Chrome), stellen Sie Kamera auf „Erlauben“ und kehren Sie hierher zurück",
    android:
      "tippen Sie auf das Symbol links neben der Adressleiste, dann auf Berechtigungen, erlauben Sie die Kamera und laden Sie diese Seite neu",
    firefox:
      "klicken Sie auf das durchgestrichene Kamerasymbol in der Adressleiste, heben Sie die Sperre auf und laden Sie diese Seite neu",
    safari:
      "öffnen Sie im Safari-Menü die Einstellungen für diese Website, stellen Sie Kamera auf „Erlauben“ und laden Sie diese Seite neu",
    chromium:
      "klicken Sie auf das Kamerasymbol in der Adressleiste (oder das Symbol links davon), erlauben Sie die Kamera immer und laden Sie diese Seite neu",
  },

  cameraProblems: {
    camera_insecure_context: {
      title: "Die Kamera funktioniert nur über eine sichere Verbindung",
      text: () =>
        "Diese Seite wurde nicht über https geöffnet, deshalb lässt Ihr Browser die Kamera aus. Öffnen Sie den Link genau so, wie Sie ihn erhalten haben (er beginnt mit https://), oder laden Sie stattdessen Fotos hoch.",
    },
    camera_unsupported: {
      title: "Dieser Browser kann die Kamera nicht verwenden",
      text: () =>
        "Öffnen Sie diesen Link in einem aktuellen Chrome, Safari oder Firefox, oder laden Sie stattdessen Fotos hoch.",
    },
    camera_denied: {
      title: "Der Kamerazugriff ist blockiert",
      text: (howToAllow: string) =>
        `Wir brauchen die Kamera, um Ihr Dokument und Ihr Gesicht zu fotografieren. Um sie zu erlauben, ${howToAllow}. Oder laden Sie stattdessen Fotos hoch.`,
    },
    camera_not_found: {
      title: "Keine Kamera gefunden",
      text: () =>
        "Auf diesem Gerät wurde keine Kamera gefunden. Öffnen Sie diesen Link auf einem Smartphone, oder laden Sie stattdessen Fotos hoch.",
    },
    camera_in_use: {
      title: "Die Kamera ist belegt",
      text: () =>
        "Vielleicht verwendet eine andere App sie. Schließen Sie diese App und tippen Sie dann auf „Kamera neu starten“. Oder laden Sie stattdessen Fotos hoch.",
    },
    camera_stopped: {
      title: "Die Kamera wurde beendet",
      text: () => "Tippen Sie auf „Kamera neu starten“, oder laden Sie stattdessen Fotos hoch.",
    },
  },

  file: {
    preparing: "Foto wird vorbereitet…",
    unsupportedOrPdf:
      "Diese Datei können wir nicht verwenden. Wählen Sie ein JPEG-, PNG-, WebP- oder HEIC-Foto oder ein PDF.",
    problems: {
      file_too_large: () => "Diese Datei ist zu groß. Wählen Sie ein Foto unter 40 MB.",
      image_too_large: () =>
        "Dieses Foto hat zu viele Pixel, um es auf diesem Gerät vorzubereiten (mehr als 50 Megapixel). Wählen Sie ein kleineres Foto.",
      unsupported_file: () =>
        "Diese Datei ist kein Foto, das wir verwenden können. Wählen Sie ein JPEG-, PNG-, WebP- oder HEIC-Foto.",
      unreadable_file: () =>
        "Wir konnten dieses Foto nicht öffnen; es ist vielleicht beschädigt. Wählen Sie ein anderes.",
      pdf_too_large: () =>
        "Dieses PDF ist größer als 20 MB. Wählen Sie eine kleinere Datei, oder nehmen Sie stattdessen ein Foto auf.",
      heic_too_large: (longerSide?: number) =>
        `Dieses HEIC-Foto ist an der längeren Seite ${longerSide ? `${longerSide} px` : "zu"} groß; höchstens 1920 px können gesendet werden, und dieser Browser kann HEIC-Fotos nicht verkleinern. Wählen Sie stattdessen ein JPEG oder PNG, oder öffnen Sie diesen Link in Safari.`,
    },
  },

  tray: {
    label: "Aufgenommene Fotos",
    photo: (step: string) => `Foto: ${step}`,
    sent: "✓ Gesendet",
    failed: (message: string) => `✗ ${message}`,
    sending: (percent: number) => `Wird gesendet: ${percent} %`,
    waiting: "Wartet auf Verbindung",
    retry: "Erneut versuchen",
    retryPhoto: (step: string) => `Erneut versuchen: ${step}`,
    uploadedEarlier: "Schon hochgeladen",
    heicPhoto: "HEIC-Foto",
    pdfDocument: "PDF-Dokument",
  },

  serverErrors: {
    invalid_token:
      "Dieser Link funktioniert nicht. Öffnen Sie ihn genau so, wie Sie ihn erhalten haben, oder bitten Sie um einen neuen.",
    link_expired: "Dieser Link ist abgelaufen. Bitten Sie um einen neuen.",
    already_submitted: "Diese Fotos wurden bereits zur Prüfung gesendet.",
    internal_error: "Bei uns ist etwas schiefgegangen. Versuchen Sie es in einer Minute noch einmal.",
    consent_required:
      "Willigen Sie zuerst in die Verarbeitung Ihrer Fotos ein: Laden Sie die Seite neu, um die Frage wieder zu sehen.",
    invalid_context:
      "Dieses Foto konnte nicht gesendet werden. Laden Sie die Seite neu und versuchen Sie es noch einmal.",
    invalid_source:
      "Dieses Foto konnte nicht gesendet werden. Laden Sie die Seite neu und versuchen Sie es noch einmal.",
    file_not_pre: "Dieses Foto konnte nicht gesendet werden. Laden Sie die Seite neu und versuchen Sie es noch einmal.",
    empty_file: "Das Foto kam leer an. Nehmen Sie es neu auf.",
    unsupported_type:
      "Diese Art von Datei kann nicht gesendet werden. Wählen Sie ein JPEG-, PNG-, WebP- oder HEIC-Foto.",
    type_mismatch: "Die Datei ist nicht die Art von Bild, die sie zu sein vorgibt.",
    unreadable_file: "Wir konnten dieses Foto nicht öffnen; es ist vielleicht beschädigt. Wählen Sie ein anderes.",
    pdf_not_accepted: "PDF-Dateien werden hier nicht angenommen. Nehmen Sie stattdessen ein Foto auf.",
    both_sides_not_allowed:
      "Diese Datei konnte nicht gesendet werden. Laden Sie die Seite neu und versuchen Sie es noch einmal.",
    file_too_large: "Diese Datei ist zu groß zum Senden. Wählen Sie ein kleineres Foto.",
    too_many_pixels: "Dieses Foto ist zu groß. Nehmen Sie es neu auf.",
    veriff_refused: "Der Prüfdienst hat dieses Foto nicht angenommen. Nehmen Sie es neu auf.",
    veriff_unavailable: "Das Foto konnte gerade nicht gesendet werden. Versuchen Sie es noch einmal.",
    frame_in_progress: "Dieses Foto ist noch unterwegs. Versuchen Sie es gleich noch einmal.",
    too_many_frames:
      "Diese Prüfung hat alle Fotos, die sie aufnehmen kann. Senden Sie sie ab oder fordern Sie einen neuen Link an.",
    server_busy: "Wir sind gerade ausgelastet. Das Foto wird gleich noch einmal gesendet.",
    rate_limited: "Zu viele Versuche in kurzer Zeit. Warten Sie eine Minute und versuchen Sie es dann erneut.",
    frame_id_reused: "Dieses Foto konnte nicht gesendet werden. Laden Sie die Seite neu und versuchen Sie es erneut.",
    address_already_sent: "Ihr Adressnachweis wurde bereits gesendet. Veriff nimmt einen pro Prüfung an.",
    capture_incomplete: "Einige Fotos sind nicht angekommen. Nehmen Sie die Fotos dieses Schritts noch einmal auf.",
    invalid_request:
      "Ihr Browser hat etwas gesendet, das wir nicht lesen konnten. Laden Sie die Seite neu und versuchen Sie es noch einmal.",
    payload_too_large:
      "Ihr Browser hat etwas gesendet, das wir nicht lesen konnten. Laden Sie die Seite neu und versuchen Sie es noch einmal.",
    unknown_upload: "Das Foto konnte nicht gesendet werden.",
    unknown_submit:
      "Ihre Fotos konnten nicht zur Prüfung gesendet werden. Prüfen Sie Ihre Verbindung und versuchen Sie es noch einmal.",
    unknown_consent:
      "Ihre Antwort konnte nicht gespeichert werden. Prüfen Sie Ihre Verbindung und versuchen Sie es noch einmal.",
  },

  review: {
    title: "Prüfen Sie Ihre Fotos",
    text: "Achten Sie darauf, dass jedes Foto scharf ist und nichts abgeschnitten ist.",
    send: "Zur Prüfung senden",
    sending: "Wird gesendet…",
    uploading: "Fotos werden hochgeladen…",
    failed: "Ein Foto konnte nicht gesendet werden: Darunter steht, was geschehen ist und was zu tun ist.",
  },

  status: {
    submitted: {
      title: "Wir prüfen Ihr Dokument",
      text: "Das dauert meist ein bis zwei Minuten. Sie können diese Seite offen lassen: Sie aktualisiert sich von selbst.",
    },
    review: {
      title: "Ihre Prüfung braucht einen genaueren Blick",
      text: "Eine Fachkraft sieht sie sich an. Diese Seite aktualisiert sich von selbst; Sie können sie auch schließen.",
    },
    approved: {
      title: "Sie sind verifiziert",
      text: "Vielen Dank. Sie können zu dem Dienst zurückkehren, der Sie um die Prüfung gebeten hat.",
    },
    declined: {
      title: "Wir konnten Sie nicht verifizieren",
      text: "Ihre Identität konnte mit diesen Fotos nicht bestätigt werden. Wenden Sie sich an den Dienst, der Sie um die Prüfung gebeten hat, wenn Sie das für einen Fehler halten.",
    },
    resubmission_requested: {
      title: "Wir brauchen neue Fotos",
      text: "Etwas auf Ihren Fotos konnte nicht geprüft werden.",
    },
    expired: {
      title: "Diese Prüfung ist abgelaufen",
      text: "Bitten Sie den Dienst, der Sie hierher geschickt hat, um einen neuen Link und beginnen Sie von vorn.",
    },
    offline: "Sie scheinen offline zu sein. Wir versuchen es weiter.",
    checking: "Wird geprüft…",
    reason: (reason: string) => `Grund: ${reason}.`,
    takeNew: "Neue Fotos aufnehmen",
    reasons: {
      201: "Fotos oder Video fehlten",
      202: "Das Gesicht war nicht deutlich zu sehen",
      203: "Das Dokument war nicht vollständig zu sehen",
      204: "Das Foto war zu unscharf oder zu dunkel",
      205: "Das Dokument ist beschädigt",
      206: "Diese Art von Dokument wird nicht unterstützt",
      207: "Das Dokument ist abgelaufen",
    },
  },
  back: {
    link: (host: string) => `Zurück zu ${host}`,
    announce: (host: string, seconds: number) =>
      `Sie werden in ${seconds} Sekunden zu ${host} zurückgebracht. Wählen Sie „Auf dieser Seite bleiben“, um zu bleiben.`,
    countdown: (seconds: number) => `Zurück in ${seconds} s.`,
    stay: "Auf dieser Seite bleiben",
    stayed: "Sie bleiben auf dieser Seite. Über den Link gelangen Sie zurück, wenn Sie so weit sind.",
    leaving: (host: string) => `Sie werden jetzt zu ${host} zurückgebracht.`,
  },
};
