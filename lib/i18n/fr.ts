// The capture flow in French ("vous"), phrase for phrase as en.ts. A space before
// : ; ? ! and inside « », as French typography wants.
import type { Copy } from "./en";

export const fr: Copy = {
  languageLabel: "Langue",
  offline: "Vous êtes hors ligne. Vos photos seront envoyées dès le retour de la connexion ; vous pouvez continuer.",
  reference: "Référence",

  start: {
    title: "Vérifiez votre identité",
    intro:
      "Cela prend environ deux minutes : des photos de votre pièce d’identité, puis un selfie. Gardez votre document à portée de main, dans un endroit bien éclairé.",
    off: "La vérification est lancée par le service qui vous l’a demandée : ouvrez le lien qu’il vous a envoyé.",
    home: "Accueil",
    documentLegend: "Votre document",
    documents: {
      PASSPORT: { label: "Passeport", sides: "Des photos de la page avec votre photo, puis un selfie" },
      ID_CARD: { label: "Carte d’identité", sides: "Des photos du recto et du verso, puis un selfie" },
      DRIVERS_LICENSE: { label: "Permis de conduire", sides: "Des photos du recto et du verso, puis un selfie" },
      RESIDENCE_PERMIT: { label: "Titre de séjour", sides: "Des photos du recto et du verso, puis un selfie" },
    },
    nameLegend: "Votre nom",
    nameHint: "Tel qu’il figure sur vos documents.",
    firstName: "Prénom",
    lastName: "Nom",
    checkLegend: "Que souhaitez-vous vérifier ?",
    checks: {
      none: { label: "Mon identité", hint: "Un document et un selfie" },
      with_identity: {
        label: "Mon identité et mon adresse",
        hint: "Un document, un selfie, puis une facture ou un relevé avec votre adresse",
      },
      only: { label: "Mon adresse uniquement", hint: "Une facture ou un relevé avec votre nom et votre adresse" },
    },
    country: "Pays de délivrance",
    chooseCountry: "Choisissez un pays",
    privacy:
      "Votre nom, vos photos et des informations sur votre appareil (type, langue et adresse internet) sont transmis directement à notre prestataire de vérification, Veriff, par une connexion chiffrée, pour vérifier que votre document est authentique et qu’il vous appartient. Nous ne conservons pas les photos.",
    consent:
      "J’accepte le traitement de mon nom, des informations sur mon appareil, de mon document et de mon visage (données biométriques) pour cette vérification.",
    consentBoth:
      "J’accepte le traitement de mon nom, des informations sur mon appareil, de mon document, de mon visage (données biométriques) et de mon justificatif de domicile pour cette vérification.",
    consentAddress:
      "J’accepte le traitement de mon nom, des informations sur mon appareil et de mon justificatif de domicile pour cette vérification.",
    privacyAddress:
      "Votre nom, votre document et des informations sur votre appareil (type, langue et adresse internet) sont transmis directement à notre prestataire de vérification, Veriff, par une connexion chiffrée, pour vérifier votre nom et votre adresse. Nous ne conservons pas le document.",
    submit: "Commencer",
    submitting: "Démarrage…",
    errors: {
      self_serve_off: "Il n’est pas possible de lancer une vérification ici. Utilisez le lien que vous avez reçu.",
      choose_check: "Choisissez ce que vous souhaitez vérifier.",
      enter_name: "Saisissez votre prénom et votre nom tels qu’ils figurent sur vos documents.",
      choose_document: "Choisissez le document que vous allez photographier.",
      choose_country: "Choisissez le pays qui a délivré votre document.",
      consent_required: "Pour continuer, acceptez le traitement de vos photos.",
      veriff_unavailable: "Nous n’avons pas pu lancer votre vérification pour le moment. Réessayez dans une minute.",
      too_many_starts: "De nombreuses vérifications viennent d’être lancées depuis votre réseau. Réessayez plus tard.",
    },
  },

  link: {
    expired: "Ce lien a expiré",
    invalid: "Ce lien ne fonctionne pas",
    askNew: "Demandez un nouveau lien au service qui vous l’a envoyé.",
  },

  intro: {
    title: "Vérifions votre identité",
    addressTitle: "Vérifions votre adresse",
    resubmitTitle: "Il nous faut de nouvelles photos",
    done: "✓ Fait",
    explainAddress:
      "Photographiez un document qui indique votre nom et votre adresse, ou choisissez-le sous forme de fichier. Il est transmis à notre prestataire de vérification et nous ne le conservons pas.",
    explain: (frames: number) =>
      `Nous allons demander l’accès à votre caméra. Pour chaque photo, nous prenons ${frames > 1 ? `${frames} images à la suite` : "une image"} : ne bougez pas jusqu’à la fin. Les photos sont transmises à notre prestataire de vérification et nous ne les conservons pas.`,
    start: "Commencer",
    resume: "Continuer",
  },

  primer: {
    title: "Autorisez la caméra",
    paragraphs: [
      "Nous utilisons votre caméra pour photographier votre document et votre visage. Votre navigateur va vous demander si cette page peut utiliser la caméra : choisissez « Autoriser ».",
      "Les photos sont transmises directement à notre prestataire de vérification, Veriff, pour vérifier votre identité. Nous ne les conservons pas.",
    ],
    allow: "Autoriser la caméra",
    asking: "En attente de votre réponse…",
    uploadInstead: "Envoyer des photos à la place",
  },

  inApp: {
    title: "Ouvrez cette page dans votre navigateur",
    text: (app: string, browser: string) =>
      `Vous avez ouvert ce lien dans ${app}. Son navigateur intégré ne peut souvent pas utiliser la caméra. Ouvrez plutôt cette page dans ${browser} :`,
    menu: {
      dots: "Touchez le bouton ⋯ en haut à droite de l’écran.",
      kebab: "Touchez le bouton ⋮ en haut à droite de l’écran.",
      share: "Touchez le bouton de partage en bas à droite de l’écran.",
    },
    choose: (browser: string) => `Choisissez « Ouvrir dans ${browser} » ou « Ouvrir dans le navigateur ».`,
    continueThere: "La page s’ouvre là-bas : continuez-y avec vos photos.",
    orCopy: (browser: string) => `Ou copiez le lien, ouvrez ${browser} et collez-le dans la barre d’adresse.`,
    tryAnyway: "Essayer quand même la caméra ici",
  },

  steps: {
    indicator: (step: number, total: number) => `Étape ${step} sur ${total}`,
    passport: {
      title: "Page avec la photo de votre passeport",
      instruction: "Placez la page avec la photo de votre passeport dans le cadre.",
    },
    front: (ofDocument: string) => ({
      title: `Recto ${ofDocument}`,
      instruction: `Placez le recto ${ofDocument} dans le cadre.`,
    }),
    back: (ofDocument: string) => ({
      title: `Verso ${ofDocument}`,
      instruction: "Retournez-le et placez le verso dans le cadre.",
    }),
    face: { title: "Prenez un selfie", instruction: "Regardez bien la caméra, le visage dans l’ovale." },
    address: {
      title: "Justificatif de domicile",
      instruction:
        "Photographiez un document récent qui indique votre nom et votre adresse, comme une facture d’électricité ou un relevé bancaire. La page entière doit être visible.",
    },
    ofDocument: {
      ID_CARD: "de votre carte d’identité",
      DRIVERS_LICENSE: "de votre permis de conduire",
      RESIDENCE_PERMIT: "de votre titre de séjour",
      other: "de votre document",
    },
    filesInstruction: "Choisissez une photo nette où tout est visible, sans reflets.",
    filesInstructionPdf: "Choisissez une photo nette, ou un PDF, où tout est visible, sans reflets.",
    choosePhoto: "Choisir une photo",
    useCamera: "Utiliser la caméra à la place",
    uploadInstead: "Envoyer une photo à la place",
    uploadPhotoOrPdf: "Envoyer une photo ou un PDF à la place",
    choosePhotoOrPdf: "Choisir une photo ou un PDF",
    inFrontPdf: "Inclus dans le PDF du recto.",
    bothSides: {
      question: "Ce PDF montre-t-il aussi le verso de votre document ?",
      yes: "Oui, recto et verso",
      no: "Non, seulement le recto",
      cancel: "Choisir un autre fichier",
    },
    retake: "Reprendre",
    next: "Continuer",
  },

  confirmAddress: {
    question: "Tout est-il net et lisible ?",
    onlyOne:
      "Vérifiez votre nom et votre adresse. Nous envoyons un seul document, qui ne peut plus être changé une fois envoyé.",
    photo: "Votre justificatif de domicile",
    send: "Envoyer ce document",
    another: "En prendre ou en choisir un autre",
    sent: "Veriff accepte un seul justificatif de domicile par vérification : celui-ci ne peut plus être changé.",
  },

  camera: {
    switch: "Changer de caméra",
    take: (frames: number) => (frames > 1 ? `Prendre ${frames} photos` : "Prendre la photo"),
    starting: "Démarrage de la caméra…",
    holdStill: "Ne bougez pas…",
    count: (frames: number) => (frames > 1 ? `${frames} photos` : ""),
    restart: "Redémarrer la caméra",
    hints: {
      too_dark: "Trop sombre : trouvez plus de lumière",
      glare: "Reflets : inclinez-le pour l’éloigner de la lumière",
      moving: "Ne bougez pas",
      blurry: "Pas net : tenez-le immobile pour que la caméra fasse la mise au point",
      no_face: "Aucun visage détecté : regardez la caméra",
      several_faces: "Vous seul sur l’image, s’il vous plaît",
      too_close: "Trop près : reculez un peu",
      not_centred: "Placez votre visage dans l’ovale",
      too_far: "Trop loin : rapprochez-vous un peu",
      eyes_closed: "Ouvrez les yeux",
    },
    hardToRead: (frames: number): string =>
      frames > 1
        ? "Ces photos risquent d’être difficiles à lire. Les reprendre ?"
        : "Cette photo risque d’être difficile à lire. La reprendre ?",
    faceUnclear: (frames: number): string =>
      frames > 1
        ? "Votre visage n’est peut-être pas net sur ces photos. Les reprendre ?"
        : "Votre visage n’est peut-être pas net sur cette photo. La reprendre ?",
    auto: {
      label: "Prendre la photo automatiquement",
      countdown: (count: number) => `Ne bougez plus. Photo dans ${count}…`,
      cancelled: "Compte à rebours interrompu. Ne bougez plus pour réessayer.",
    },
  },

  handoff: {
    phone: "Continuer sur votre téléphone",
    otherDevice: "Continuer sur un autre appareil",
    scan: "Scannez ce code avec l’appareil photo de votre téléphone pour y ouvrir cette page. Les photos déjà envoyées sont conservées.",
    open: "Ou ouvrez ce lien sur l’autre appareil. Les photos déjà envoyées sont conservées.",
    qrLabel: "Code QR du lien vers cette page",
    linkLabel: "Lien vers cette page",
    copy: "Copier le lien",
    copied: "Lien copié.",
    copyFailed: "Impossible de copier : sélectionnez le lien et copiez-le.",
  },

  allowCamera: {
    ios: "ouvrez Réglages, puis Apps, puis votre navigateur (Safari ou Chrome), réglez Appareil photo sur Autoriser, et revenez ici",
    android:
      "touchez l’icône à gauche de la barre d’adresse, puis Autorisations, réglez Caméra sur Autoriser, et rechargez cette page",
    firefox: "cliquez sur l’icône de caméra barrée dans la barre d’adresse, levez le blocage et rechargez cette page",
    safari:
      "ouvrez le menu Safari, puis Réglages pour ce site web, réglez Caméra sur Autoriser et rechargez cette page",
    chromium:
      "cliquez sur l’icône de caméra dans la barre d’adresse (ou sur l’icône à sa gauche), choisissez de toujours autoriser la caméra et rechargez cette page",
  },

  cameraProblems: {
    camera_insecure_context: {
      title: "La caméra ne fonctionne qu’avec une connexion sécurisée",
      text: () =>
        "Cette page n’a pas été ouverte en https, votre navigateur laisse donc la caméra éteinte. Ouvrez le lien exactement tel que vous l’avez reçu (il commence par https://), ou envoyez des photos à la place.",
    },
    camera_unsupported: {
      title: "Ce navigateur ne peut pas utiliser la caméra",
      text: () =>
        "Ouvrez ce lien dans une version récente de Chrome, Safari ou Firefox, ou envoyez des photos à la place.",
    },
    camera_denied: {
      title: "L’accès à la caméra est bloqué",
      text: (howToAllow: string) =>
        `Nous avons besoin de la caméra pour photographier votre document et votre visage. Pour l’autoriser, ${howToAllow}. Ou envoyez des photos à la place.`,
    },
    camera_not_found: {
      title: "Aucune caméra trouvée",
      text: () =>
        "Nous n’avons trouvé aucune caméra sur cet appareil. Ouvrez ce lien sur un téléphone, ou envoyez des photos à la place.",
    },
    camera_in_use: {
      title: "La caméra est occupée",
      text: () =>
        "Une autre application l’utilise peut-être. Fermez-la, puis touchez « Redémarrer la caméra ». Ou envoyez des photos à la place.",
    },
    camera_stopped: {
      title: "La caméra s’est arrêtée",
      text: () => "Touchez « Redémarrer la caméra » pour réessayer, ou envoyez des photos à la place.",
    },
  },

  file: {
    preparing: "Préparation de la photo…",
    unsupportedOrPdf:
      "Nous ne pouvons pas utiliser ce fichier. Choisissez une photo JPEG, PNG, WebP ou HEIC, ou un PDF.",
    problems: {
      file_too_large: () => "Ce fichier est trop volumineux. Choisissez une photo de moins de 40 Mo.",
      image_too_large: () =>
        "Cette photo a trop de pixels pour être préparée sur cet appareil (plus de 50 mégapixels). Choisissez une photo plus petite.",
      unsupported_file: () =>
        "Ce fichier n’est pas une photo que nous pouvons utiliser. Choisissez une photo JPEG, PNG, WebP ou HEIC.",
      unreadable_file: () =>
        "Nous n’avons pas pu ouvrir cette photo ; elle est peut-être endommagée. Choisissez-en une autre.",
      pdf_too_large: () => "Ce PDF dépasse 20 Mo. Choisissez un fichier plus petit, ou prenez une photo à la place.",
      heic_too_large: (longerSide?: number) =>
        `Cette photo HEIC mesure ${longerSide ? `${longerSide} px` : "trop"} sur son plus grand côté ; au plus 1920 px peuvent être envoyés, et ce navigateur ne peut pas réduire les photos HEIC. Choisissez plutôt un JPEG ou un PNG, ou ouvrez ce lien dans Safari.`,
    },
  },

  tray: {
    label: "Photos prises",
    photo: (step: string) => `Photo : ${step}`,
    sent: "✓ Envoyée",
    failed: (message: string) => `✗ ${message}`,
    sending: (percent: number) => `Envoi ${percent} %`,
    waiting: "En attente de connexion",
    retry: "Réessayer",
    retryPhoto: (step: string) => `Réessayer : ${step}`,
    uploadedEarlier: "Envoyée précédemment",
    heicPhoto: "Photo HEIC",
    pdfDocument: "Document PDF",
  },

  serverErrors: {
    invalid_token:
      "Ce lien ne fonctionne pas. Ouvrez-le exactement tel que vous l’avez reçu, ou demandez-en un nouveau.",
    link_expired: "Ce lien a expiré. Demandez-en un nouveau.",
    already_submitted: "Ces photos ont déjà été envoyées pour vérification.",
    internal_error: "Un problème est survenu de notre côté. Réessayez dans une minute.",
    consent_required: "Acceptez d’abord le traitement de vos photos : rechargez la page pour revoir la question.",
    invalid_context: "Cette photo n’a pas pu être envoyée. Rechargez la page et réessayez.",
    invalid_source: "Cette photo n’a pas pu être envoyée. Rechargez la page et réessayez.",
    file_not_pre: "Cette photo n’a pas pu être envoyée. Rechargez la page et réessayez.",
    empty_file: "La photo est arrivée vide. Reprenez-la.",
    unsupported_type: "Ce type de fichier ne peut pas être envoyé. Choisissez une photo JPEG, PNG, WebP ou HEIC.",
    type_mismatch: "Le fichier n’est pas le type d’image qu’il prétend être.",
    unreadable_file: "Nous n’avons pas pu ouvrir cette photo ; elle est peut-être endommagée. Choisissez-en une autre.",
    pdf_not_accepted: "Les fichiers PDF ne sont pas acceptés ici. Prenez une photo à la place.",
    both_sides_not_allowed: "Ce fichier n’a pas pu être envoyé. Rechargez la page et réessayez.",
    file_too_large: "Ce fichier est trop volumineux pour être envoyé. Choisissez une photo plus petite.",
    too_many_pixels: "Cette photo est trop grande. Reprenez-la.",
    veriff_refused: "Le service de vérification n’a pas accepté cette photo. Reprenez-la.",
    veriff_unavailable: "La photo n’a pas pu être envoyée pour le moment. Réessayez.",
    frame_in_progress: "Cette photo est encore en cours d’envoi. Réessayez dans un instant.",
    frame_id_reused: "Cette photo n’a pas pu être envoyée. Rechargez la page et réessayez.",
    address_already_sent: "Votre justificatif de domicile a déjà été envoyé. Veriff en accepte un par vérification.",
    too_many_frames:
      "Cette vérification a déjà toutes les photos qu’elle peut recevoir. Envoyez-les, ou demandez un nouveau lien.",
    server_busy: "Nous sommes très sollicités en ce moment. La photo sera renvoyée dans un instant.",
    rate_limited: "Trop de tentatives en peu de temps. Attendez une minute, puis réessayez.",
    capture_incomplete: "Certaines photos ne sont pas arrivées. Reprenez les photos de cette étape.",
    invalid_request:
      "Votre navigateur a envoyé quelque chose que nous n’avons pas pu lire. Rechargez la page et réessayez.",
    payload_too_large:
      "Votre navigateur a envoyé quelque chose que nous n’avons pas pu lire. Rechargez la page et réessayez.",
    unknown_upload: "La photo n’a pas pu être envoyée.",
    unknown_submit: "Vos photos n’ont pas pu être envoyées pour vérification. Vérifiez votre connexion et réessayez.",
    unknown_consent: "Votre réponse n’a pas pu être enregistrée. Vérifiez votre connexion et réessayez.",
  },

  review: {
    title: "Vérifiez vos photos",
    text: "Assurez-vous que chaque photo est nette et que rien n’est coupé.",
    send: "Envoyer pour vérification",
    sending: "Envoi…",
    uploading: "Envoi des photos…",
    failed: "Une photo n’a pas pu être envoyée : ce qui s’est passé et ce qu’il faut faire sont indiqués en dessous.",
  },

  status: {
    submitted: {
      title: "Nous vérifions votre document",
      text: "Cela prend généralement une ou deux minutes. Vous pouvez laisser cette page ouverte : elle se met à jour toute seule.",
    },
    review: {
      title: "Votre vérification demande un examen plus approfondi",
      text: "Un spécialiste l’examine. Cette page se met à jour toute seule ; vous pouvez aussi la fermer.",
    },
    approved: {
      title: "Votre identité est vérifiée",
      text: "Merci. Vous pouvez retourner sur le service qui vous a demandé cette vérification.",
    },
    declined: {
      title: "Nous n’avons pas pu vous vérifier",
      text: "Votre identité n’a pas pu être confirmée avec ces photos. Contactez le service qui vous a demandé cette vérification si vous pensez qu’il s’agit d’une erreur.",
    },
    resubmission_requested: {
      title: "Il nous faut de nouvelles photos",
      text: "Un élément de vos photos n’a pas pu être vérifié.",
    },
    expired: {
      title: "Cette vérification a expiré",
      text: "Demandez un nouveau lien au service qui vous a envoyé ici, et recommencez.",
    },
    offline: "Vous semblez être hors ligne. Nous continuons d’essayer.",
    checking: "Vérification…",
    reason: (reason: string) => `Motif : ${reason}.`,
    takeNew: "Prendre de nouvelles photos",
    reasons: {
      201: "Des photos ou la vidéo manquaient",
      202: "Le visage n’était pas bien visible",
      203: "Le document n’était pas entièrement visible",
      204: "La photo était trop floue ou trop sombre pour être lue",
      205: "Le document est endommagé",
      206: "Ce type de document n’est pas accepté",
      207: "Le document a expiré",
    },
  },
  back: {
    link: (host: string) => `Retour sur ${host}`,
    announce: (host: string, seconds: number) =>
      `Vous allez être redirigé vers ${host} dans ${seconds} secondes. Choisissez « Rester sur cette page » pour rester.`,
    countdown: (seconds: number) => `Retour dans ${seconds} s.`,
    stay: "Rester sur cette page",
    stayed: "Vous restez sur cette page. Utilisez le lien pour revenir quand vous êtes prêt.",
    leaving: (host: string) => `Retour sur ${host} maintenant.`,
  },
};
