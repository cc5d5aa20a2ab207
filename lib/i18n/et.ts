// The capture flow in Estonian (polite "teie"), phrase for phrase as en.ts.
import type { Copy } from "./en";

/** "ID-kaardi esikülg": the document's genitive opens the sentence, so its first letter is raised. */
const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const et: Copy = {
  languageLabel: "Keel",
  offline: "Teil pole internetiühendust. Fotod saadetakse kohe, kui ühendus taastub; võite jätkata.",
  reference: "Viide",

  start: {
    title: "Tõendage oma isikut",
    intro:
      "See võtab umbes kaks minutit: fotod teie dokumendist, seejärel selfi. Hoidke dokument käepärast ja leidke hea valgusega koht.",
    off: "Kontrolli alustab teenus, mis teil seda teha palus: avage link, mille see teile saatis.",
    home: "Avaleht",
    documentLegend: "Teie dokument",
    documents: {
      PASSPORT: { label: "Pass", sides: "Fotod pildiga leheküljest, seejärel selfi" },
      ID_CARD: { label: "ID-kaart", sides: "Fotod esi- ja tagaküljest, seejärel selfi" },
      DRIVERS_LICENSE: { label: "Juhiluba", sides: "Fotod esi- ja tagaküljest, seejärel selfi" },
      RESIDENCE_PERMIT: { label: "Elamisluba", sides: "Fotod esi- ja tagaküljest, seejärel selfi" },
    },
    nameLegend: "Teie nimi",
    nameHint: "Nii, nagu see on kirjas teie dokumentides.",
    firstName: "Eesnimi",
    lastName: "Perekonnanimi",
    checkLegend: "Mida soovite tõendada?",
    checks: {
      none: { label: "Minu isikut", hint: "Dokument ja selfi" },
      with_identity: {
        label: "Minu isikut ja aadressi",
        hint: "Dokument, selfi, seejärel arve või väljavõte teie aadressiga",
      },
      only: { label: "Ainult minu aadressi", hint: "Arve või väljavõte teie nime ja aadressiga" },
    },
    country: "Väljaandnud riik",
    chooseCountry: "Valige riik",
    privacy:
      "Teie nimi, fotod ja andmed teie seadme kohta (selle tüüp, keel ja internetiaadress) saadetakse krüpteeritud ühenduse kaudu otse meie tuvastusteenuse pakkujale Veriffile, kes kontrollib, et teie dokument on ehtne ja kuulub teile. Me ei säilita fotosid.",
    consent:
      "Nõustun, et minu nime, seadme andmeid, dokumenti ja nägu (biomeetrilisi andmeid) töödeldakse selle kontrolli jaoks.",
    consentBoth:
      "Nõustun, et minu nime, seadme andmeid, dokumenti, nägu (biomeetrilisi andmeid) ja aadressitõendit töödeldakse selle kontrolli jaoks.",
    consentAddress: "Nõustun, et minu nime, seadme andmeid ja aadressitõendit töödeldakse selle kontrolli jaoks.",
    privacyAddress:
      "Teie nimi, dokument ja andmed teie seadme kohta (selle tüüp, keel ja internetiaadress) saadetakse krüpteeritud ühenduse kaudu otse meie tuvastusteenuse pakkujale Veriffile, kes kontrollib teie nime ja aadressi. Me ei säilita dokumenti.",
    submit: "Alusta",
    submitting: "Alustame…",
    errors: {
      self_serve_off: "Siin ei saa kontrolli alustada. Kasutage linki, mille saite.",
      choose_check: "Valige, mida soovite tõendada.",
      enter_name: "Sisestage ees- ja perekonnanimi nii, nagu need on kirjas teie dokumentides.",
      choose_document: "Valige dokument, mida pildistate.",
      choose_country: "Valige riik, mis teie dokumendi välja andis.",
      consent_required: "Jätkamiseks nõustuge oma fotode töötlemisega.",
      veriff_unavailable: "Me ei saanud teie kontrolli praegu alustada. Proovige minuti pärast uuesti.",
      too_many_starts: "Teie võrgust alustati äsja palju kontrolle. Proovige hiljem uuesti.",
    },
  },

  link: {
    expired: "See link on aegunud",
    invalid: "See link ei tööta",
    askNew: "Küsige uut linki teenuselt, mis selle saatis.",
  },

  intro: {
    title: "Kontrollime teie isikut",
    addressTitle: "Kontrollime teie aadressi",
    resubmitTitle: "Vajame uusi fotosid",
    done: "✓ Tehtud",
    explainAddress:
      "Pildistage üks dokument, millel on teie nimi ja aadress, või valige see failina. See saadetakse meie tuvastusteenuse pakkujale ja meie seda ei säilita.",
    explain: (frames: number) =>
      `Küsime luba kasutada teie kaamerat. Iga foto jaoks teeme ${frames > 1 ? `${frames} pilti kiiresti järjest` : "ühe pildi"}: hoidke paigal, kuni see on valmis. Fotod saadetakse meie tuvastusteenuse pakkujale ja meie neid ei säilita.`,
    start: "Alusta",
    resume: "Jätka",
  },

  primer: {
    title: "Lubage kaamera",
    paragraphs: [
      "Kasutame teie kaamerat, et pildistada teie dokumenti ja nägu. Teie brauser küsib nüüd, kas see leht võib kaamerat kasutada: valige „Luba“.",
      "Fotod saadetakse otse meie tuvastusteenuse pakkujale Veriffile, et teie isikut kontrollida. Me ei säilita neid.",
    ],
    allow: "Luba kaamera",
    asking: "Ootame teie vastust…",
    uploadInstead: "Laadi hoopis fotod üles",
  },

  inApp: {
    title: "Avage see leht oma brauseris",
    text: (app: string, browser: string) =>
      `Avasite selle lingi rakenduses ${app}. Selle sisseehitatud brauser ei saa sageli kaamerat kasutada. Avage see leht hoopis brauseris ${browser}:`,
    menu: {
      dots: "Puudutage ekraani paremas ülanurgas nuppu ⋯.",
      kebab: "Puudutage ekraani paremas ülanurgas nuppu ⋮.",
      share: "Puudutage ekraani paremas alanurgas jagamisnuppu.",
    },
    choose: (browser: string) => `Valige „Ava rakenduses ${browser}“ või „Ava brauseris“.`,
    continueThere: "Leht avaneb seal: jätkake seal fotodega.",
    orCopy: (browser: string) => `Või kopeerige link, avage ${browser} ja kleepige see aadressiribale.`,
    tryAnyway: "Proovi kaamerat siiski siin",
  },

  steps: {
    indicator: (step: number, total: number) => `Samm ${step}/${total}`,
    passport: {
      title: "Passi pildiga lehekülg",
      instruction: "Asetage passi pildiga lehekülg raami sisse.",
    },
    front: (ofDocument: string) => ({
      title: `${capitalized(ofDocument)} esikülg`,
      instruction: `Asetage ${ofDocument} esikülg raami sisse.`,
    }),
    back: (ofDocument: string) => ({
      title: `${capitalized(ofDocument)} tagakülg`,
      instruction: "Pöörake see ümber ja asetage tagakülg raami sisse.",
    }),
    face: { title: "Tehke selfi", instruction: "Vaadake otse kaamerasse, nägu ovaali sees." },
    address: {
      title: "Aadressitõend",
      instruction:
        "Pildistage üks hiljutine dokument, millel on teie nimi ja aadress, näiteks kommunaalarve või pangaväljavõte. Kogu lehekülg peab olema näha.",
    },
    ofDocument: {
      ID_CARD: "ID-kaardi",
      DRIVERS_LICENSE: "juhiloa",
      RESIDENCE_PERMIT: "elamisloa",
      other: "dokumendi",
    },
    filesInstruction: "Valige terav foto, millel on kõik näha ja millel pole peegeldusi.",
    filesInstructionPdf: "Valige terav foto või PDF, millel on kõik näha ja millel pole peegeldusi.",
    choosePhoto: "Vali foto",
    useCamera: "Kasuta hoopis kaamerat",
    uploadInstead: "Laadi hoopis foto üles",
    uploadPhotoOrPdf: "Laadi hoopis foto või PDF üles",
    choosePhotoOrPdf: "Vali foto või PDF",
    inFrontPdf: "Sisaldub esikülje PDF-is.",
    bothSides: {
      question: "Kas see PDF näitab ka teie dokumendi tagakülge?",
      yes: "Jah, esi- ja tagakülg",
      no: "Ei, ainult esikülg",
      cancel: "Vali teine fail",
    },
    retake: "Tee uuesti",
    next: "Jätka",
  },

  confirmAddress: {
    question: "Kas kõik on terav ja loetav?",
    onlyOne: "Kontrollige oma nime ja aadressi. Saadame ühe dokumendi ja seda ei saa pärast saatmist muuta.",
    photo: "Teie aadressitõend",
    send: "Saada see dokument",
    another: "Tee või vali teine",
    sent: "Veriff võtab ühe kontrolli kohta ühe aadressitõendi: seda ei saa enam muuta.",
  },

  camera: {
    switch: "Vaheta kaamerat",
    take: (frames: number) => (frames > 1 ? `Tee ${frames} fotot` : "Tee foto"),
    starting: "Kaamera käivitub…",
    holdStill: "Hoidke paigal…",
    count: (frames: number) => (frames > 1 ? `${frames} fotot` : ""),
    restart: "Käivita kaamera uuesti",
    hints: {
      too_dark: "Liiga pime: leidke rohkem valgust",
      glare: "Peegeldus: kallutage seda valgusest eemale",
      moving: "Hoidke paigal",
      blurry: "Pole terav: hoidke kindlalt, et kaamera saaks teravustada",
      no_face: "Nägu ei ole näha: vaadake kaamerasse",
      several_faces: "Palun ainult teie pildil",
      too_close: "Liiga lähedal: liikuge veidi tagasi",
      not_centred: "Seadke oma nägu ovaali sisse",
      too_far: "Liiga kaugel: tulge veidi lähemale",
      eyes_closed: "Avage silmad",
    },
    hardToRead: (frames: number): string =>
      frames > 1
        ? "Neid fotosid võib olla raske lugeda. Kas teete need uuesti?"
        : "Seda fotot võib olla raske lugeda. Kas teete selle uuesti?",
    faceUnclear: (frames: number): string =>
      frames > 1
        ? "Teie nägu ei pruugi neil fotodel hästi näha olla. Kas teete need uuesti?"
        : "Teie nägu ei pruugi sellel fotol hästi näha olla. Kas teete selle uuesti?",
    auto: {
      label: "Pildista automaatselt",
      countdown: (count: number) => `Hoidke paigal. Pildistan: ${count}…`,
      cancelled: "Loendus peatati. Hoidke paigal, et uuesti proovida.",
    },
  },

  handoff: {
    phone: "Jätka oma telefonis",
    otherDevice: "Jätka teises seadmes",
    scan: "Skannige see kood oma telefoni kaameraga, et avada see leht seal. Juba saadetud fotod jäävad alles.",
    open: "Või avage see link teises seadmes. Juba saadetud fotod jäävad alles.",
    qrLabel: "Selle lehe lingi QR-kood",
    linkLabel: "Link sellele lehele",
    copy: "Kopeeri link",
    copied: "Link on kopeeritud.",
    copyFailed: "Kopeerimine ei õnnestunud: valige link ja kopeerige see.",
  },

  allowCamera: {
    ios: "avage Seaded, seejärel Rakendused ja oma brauser (Safari või Chrome), määrake Kaamera väärtuseks Luba ja tulge siia tagasi",
    android:
      "puudutage aadressiriba vasakus servas olevat ikooni, seejärel Load, määrake Kaamera väärtuseks Luba ja laadige see leht uuesti",
    firefox: "klõpsake aadressiribal läbikriipsutatud kaamera ikooni, eemaldage blokeering ja laadige see leht uuesti",
    safari:
      "avage Safari menüü, seejärel Selle veebisaidi seaded, määrake Kaamera väärtuseks Luba ja laadige see leht uuesti",
    chromium:
      "klõpsake aadressiribal kaamera ikooni (või sellest vasakul olevat ikooni), valige kaamera alati lubamine ja laadige see leht uuesti",
  },

  cameraProblems: {
    camera_insecure_context: {
      title: "Kaamera töötab ainult turvalise ühendusega",
      text: () =>
        "Seda lehte ei avatud https-i kaudu, seega hoiab brauser kaamera välja lülitatuna. Avage link täpselt nii, nagu selle saite (see algab https://), või laadige hoopis fotod üles.",
    },
    camera_unsupported: {
      title: "See brauser ei saa kaamerat kasutada",
      text: () => "Avage see link Chrome'i, Safari või Firefoxi uuemas versioonis või laadige hoopis fotod üles.",
    },
    camera_denied: {
      title: "Juurdepääs kaamerale on blokeeritud",
      text: (howToAllow: string) =>
        `Vajame kaamerat, et pildistada teie dokumenti ja nägu. Lubamiseks ${howToAllow}. Või laadige hoopis fotod üles.`,
    },
    camera_not_found: {
      title: "Kaamerat ei leitud",
      text: () => "Me ei leidnud selles seadmes kaamerat. Avage see link telefonis või laadige hoopis fotod üles.",
    },
    camera_in_use: {
      title: "Kaamera on hõivatud",
      text: () =>
        "Seda võib kasutada mõni teine rakendus. Sulgege see rakendus ja puudutage „Käivita kaamera uuesti“. Või laadige hoopis fotod üles.",
    },
    camera_stopped: {
      title: "Kaamera peatus",
      text: () => "Uuesti proovimiseks puudutage „Käivita kaamera uuesti“ või laadige hoopis fotod üles.",
    },
  },

  file: {
    preparing: "Foto ettevalmistamine…",
    unsupportedOrPdf: "Seda faili ei saa me kasutada. Valige JPEG-, PNG-, WebP- või HEIC-foto või PDF.",
    problems: {
      file_too_large: () => "See fail on liiga suur. Valige foto, mis on väiksem kui 40 MB.",
      image_too_large: () =>
        "Sellel fotol on liiga palju piksleid, et seda selles seadmes ette valmistada (üle 50 megapiksli). Valige väiksem foto.",
      unsupported_file: () => "See fail pole foto, mida saame kasutada. Valige JPEG-, PNG-, WebP- või HEIC-foto.",
      unreadable_file: () => "Me ei saanud seda fotot avada; see võib olla vigane. Valige mõni teine.",
      pdf_too_large: () => "See PDF on suurem kui 20 MB. Valige väiksem fail või tehke hoopis foto.",
      heic_too_large: (longerSide?: number) =>
        `Selle HEIC-foto pikem külg on ${longerSide ? `${longerSide} px` : "liiga suur"}; saata saab kuni 1920 px ja see brauser ei saa HEIC-fotosid vähendada. Valige hoopis JPEG või PNG või avage see link Safaris.`,
    },
  },

  tray: {
    label: "Tehtud fotod",
    photo: (step: string) => `Foto: ${step}`,
    sent: "✓ Saadetud",
    failed: (message: string) => `✗ ${message}`,
    sending: (percent: number) => `Saadame ${percent} %`,
    waiting: "Ootame ühendust",
    retry: "Proovi uuesti",
    retryPhoto: (step: string) => `Proovi uuesti: ${step}`,
    uploadedEarlier: "Varem üles laaditud",
    heicPhoto: "HEIC-foto",
    pdfDocument: "PDF-dokument",
  },

  serverErrors: {
    invalid_token: "See link ei tööta. Avage see täpselt nii, nagu selle saite, või küsige uut.",
    link_expired: "See link on aegunud. Küsige uut.",
    already_submitted: "Need fotod on juba kontrollimiseks saadetud.",
    internal_error: "Meie poolel läks midagi valesti. Proovige minuti pärast uuesti.",
    consent_required: "Kõigepealt nõustuge oma fotode töötlemisega: laadige leht uuesti, et küsimust uuesti näha.",
    invalid_context: "Seda fotot ei õnnestunud saata. Laadige leht uuesti ja proovige uuesti.",
    invalid_source: "Seda fotot ei õnnestunud saata. Laadige leht uuesti ja proovige uuesti.",
    file_not_pre: "Seda fotot ei õnnestunud saata. Laadige leht uuesti ja proovige uuesti.",
    empty_file: "Foto jõudis kohale tühjana. Tehke see uuesti.",
    unsupported_type: "Sellist faili ei saa saata. Valige JPEG-, PNG-, WebP- või HEIC-foto.",
    type_mismatch: "Fail pole seda tüüpi pilt, mida see väidab end olevat.",
    unreadable_file: "Me ei saanud seda fotot avada; see võib olla vigane. Valige mõni teine.",
    pdf_not_accepted: "PDF-faile siin ei võeta vastu. Tehke hoopis foto.",
    both_sides_not_allowed: "Seda faili ei õnnestunud saata. Laadige leht uuesti ja proovige uuesti.",
    file_too_large: "See fail on saatmiseks liiga suur. Valige väiksem foto.",
    too_many_pixels: "See foto on liiga suur. Tehke see uuesti.",
    veriff_refused: "Tuvastusteenus ei võtnud seda fotot vastu. Tehke see uuesti.",
    veriff_unavailable: "Fotot ei õnnestunud praegu saata. Proovige uuesti.",
    frame_in_progress: "See foto on veel teel. Proovige hetke pärast uuesti.",
    frame_id_reused: "Seda fotot ei õnnestunud saata. Laadige leht uuesti ja proovige uuesti.",
    address_already_sent: "Teie aadressitõend on juba saadetud. Veriff võtab ühe kontrolli kohta ühe.",
    too_many_frames: "Selles kontrollis on juba kõik fotod, mida see vastu võtab. Saatke need või küsige uut linki.",
    server_busy: "Meil on praegu palju tööd. Foto saadetakse hetke pärast uuesti.",
    rate_limited: "Liiga palju katseid lühikese aja jooksul. Oodake minut ja proovige siis uuesti.",
    capture_incomplete: "Mõni foto ei jõudnud kohale. Tehke selle sammu fotod uuesti.",
    invalid_request: "Teie brauser saatis midagi, mida me ei saanud lugeda. Laadige leht uuesti ja proovige uuesti.",
    payload_too_large: "Teie brauser saatis midagi, mida me ei saanud lugeda. Laadige leht uuesti ja proovige uuesti.",
    unknown_upload: "Fotot ei õnnestunud saata.",
    unknown_submit: "Teie fotosid ei õnnestunud kontrollimiseks saata. Kontrollige ühendust ja proovige uuesti.",
    unknown_consent: "Teie vastust ei õnnestunud salvestada. Kontrollige ühendust ja proovige uuesti.",
  },

  review: {
    title: "Kontrollige oma fotosid",
    text: "Veenduge, et kõik fotod on teravad ja midagi pole ära lõigatud.",
    send: "Saada kontrollimiseks",
    sending: "Saadame…",
    uploading: "Laadime fotosid üles…",
    failed: "Üht fotot ei õnnestunud saata: mis juhtus ja mida teha, on kirjas selle all.",
  },

  status: {
    submitted: {
      title: "Kontrollime teie dokumenti",
      text: "Tavaliselt võtab see minuti või kaks. Võite selle lehe lahti jätta: see uueneb ise.",
    },
    review: {
      title: "Teie kontroll vajab põhjalikumat ülevaatust",
      text: "Spetsialist vaatab selle üle. See leht uueneb ise; võite selle ka sulgeda.",
    },
    approved: {
      title: "Teie isik on tõendatud",
      text: "Aitäh. Võite naasta teenusesse, mis teil isikut tõendada palus.",
    },
    declined: {
      title: "Me ei saanud teie isikut tõendada",
      text: "Nende fotodega ei õnnestunud teie isikut kinnitada. Kui arvate, et see on viga, võtke ühendust teenusega, mis teil isikut tõendada palus.",
    },
    resubmission_requested: { title: "Vajame uusi fotosid", text: "Midagi teie fotodel ei õnnestunud kontrollida." },
    expired: {
      title: "See kontroll on aegunud",
      text: "Küsige teenuselt, mis teid siia saatis, uut linki ja alustage uuesti.",
    },
    offline: "Paistab, et teil pole ühendust. Proovime edasi.",
    checking: "Kontrollime…",
    reason: (reason: string) => `Põhjus: ${reason}.`,
    takeNew: "Tee uued fotod",
    reasons: {
      201: "Fotod või video puudusid",
      202: "Nägu polnud selgelt näha",
      203: "Kogu dokument polnud näha",
      204: "Foto oli lugemiseks liiga udune või tume",
      205: "Dokument on kahjustatud",
      206: "Seda tüüpi dokumenti ei toetata",
      207: "Dokument on aegunud",
    },
  },
  back: {
    link: (host: string) => `Tagasi lehele ${host}`,
    announce: (host: string, seconds: number) =>
      `Teid suunatakse ${seconds} sekundi pärast tagasi lehele ${host}. Siia jäämiseks valige „Jää sellele lehele“.`,
    countdown: (seconds: number) => `Suuname tagasi ${seconds} s pärast.`,
    stay: "Jää sellele lehele",
    stayed: "Jääte sellele lehele. Kui olete valmis, kasutage tagasiminekuks linki.",
    leaving: (host: string) => `Suuname teid nüüd tagasi lehele ${host}.`,
  },
};
