// The capture flow in Spanish (formal "usted", neutral between Spain and Latin America), phrase for phrase as en.ts.
import type { Copy } from "./en";

export const es: Copy = {
  languageLabel: "Idioma",
  offline: "No tiene conexión. Sus fotos se enviarán en cuanto vuelva la conexión; puede continuar.",
  reference: "Referencia",

  start: {
    title: "Verifique su identidad",
    intro:
      "Tarda unos dos minutos: fotos de su documento y después un selfie. Tenga su documento a mano y busque buena luz.",
    off: "La verificación la inicia el servicio que se la ha pedido: abra el enlace que le ha enviado.",
    home: "Inicio",
    documentLegend: "Su documento",
    documents: {
      PASSPORT: { label: "Pasaporte", sides: "Fotos de la página con la fotografía y después un selfie" },
      ID_CARD: { label: "Documento de identidad", sides: "Fotos del anverso y del reverso y después un selfie" },
      DRIVERS_LICENSE: { label: "Permiso de conducir", sides: "Fotos del anverso y del reverso y después un selfie" },
      RESIDENCE_PERMIT: {
        label: "Permiso de residencia",
        sides: "Fotos del anverso y del reverso y después un selfie",
      },
    },
    nameLegend: "Su nombre",
    nameHint: "Tal como figura en sus documentos.",
    firstName: "Nombre",
    lastName: "Apellidos",
    checkLegend: "¿Qué desea verificar?",
    checks: {
      none: { label: "Mi identidad", hint: "Un documento y un selfie" },
      with_identity: {
        label: "Mi identidad y mi dirección",
        hint: "Un documento, un selfie y después una factura o un extracto bancario con su dirección",
      },
      only: { label: "Solo mi dirección", hint: "Una factura o un extracto bancario con su nombre y su dirección" },
    },
    country: "País de expedición",
    chooseCountry: "Elija un país",
    privacy:
      "Su nombre, sus fotos y datos de su dispositivo (tipo, idioma y dirección de internet) se envían directamente a nuestro proveedor de verificación, Veriff, por una conexión cifrada, para comprobar que su documento es auténtico y que es suyo. No guardamos las fotos.",
    consent:
      "Acepto el tratamiento de mi nombre, los datos de mi dispositivo, mi documento y mi rostro (datos biométricos) para esta verificación.",
    consentBoth:
      "Acepto el tratamiento de mi nombre, los datos de mi dispositivo, mi documento, mi rostro (datos biométricos) y mi justificante de domicilio para esta verificación.",
    consentAddress:
      "Acepto el tratamiento de mi nombre, los datos de mi dispositivo y mi justificante de domicilio para esta verificación.",
    privacyAddress:
      "Su nombre, su documento y datos de su dispositivo (tipo, idioma y dirección de internet) se envían directamente a nuestro proveedor de verificación, Veriff, por una conexión cifrada, para comprobar su nombre y su dirección. No guardamos el documento.",
    submit: "Empezar",
    submitting: "Empezando…",
    errors: {
      self_serve_off: "Aquí no se pueden iniciar verificaciones. Use el enlace que ha recibido.",
      choose_check: "Elija qué desea verificar.",
      enter_name: "Escriba su nombre y sus apellidos tal como figuran en sus documentos.",
      choose_document: "Elija el documento que va a fotografiar.",
      choose_country: "Elija el país que expidió su documento.",
      consent_required: "Para continuar, acepte el tratamiento de sus fotos.",
      veriff_unavailable:
        "Ahora mismo no hemos podido iniciar su verificación. Inténtelo de nuevo dentro de un minuto.",
      too_many_starts: "Se han iniciado muchas verificaciones desde su red hace poco. Inténtelo de nuevo más tarde.",
    },
  },

  link: {
    expired: "Este enlace ha caducado",
    invalid: "Este enlace no funciona",
    askNew: "Pida un enlace nuevo al servicio que se lo envió.",
  },

  intro: {
    title: "Vamos a comprobar su identidad",
    addressTitle: "Vamos a comprobar su dirección",
    resubmitTitle: "Necesitamos fotos nuevas",
    done: "✓ Hecho",
    explainAddress:
      "Fotografíe un documento que muestre su nombre y su dirección, o elíjalo como archivo. Se envía a nuestro proveedor de verificación y nosotros no lo guardamos.",
    explain: (frames: number) =>
      `Le pediremos acceso a la cámara. Para cada foto tomamos ${frames > 1 ? `${frames} imágenes seguidas` : "una imagen"}: no se mueva hasta que termine. Las fotos se envían a nuestro proveedor de verificación y nosotros no las guardamos.`,
    start: "Empezar",
    resume: "Continuar",
  },

  primer: {
    title: "Permita el uso de la cámara",
    paragraphs: [
      "Usamos su cámara para fotografiar su documento y su cara. Su navegador le preguntará ahora si esta página puede usar la cámara: elija «Permitir».",
      "Las fotos se envían directamente a nuestro proveedor de verificación, Veriff, para comprobar su identidad. No las guardamos.",
    ],
    allow: "Permitir la cámara",
    asking: "Esperando su respuesta…",
    uploadInstead: "Subir fotos en su lugar",
  },

  inApp: {
    title: "Abra esta página en su navegador",
    text: (app: string, browser: string) =>
      `Ha abierto este enlace dentro de ${app}. Su navegador integrado a menudo no puede usar la cámara. Abra esta página en ${browser}:`,
    menu: {
      dots: "Toque el botón ⋯ en la esquina superior derecha de la pantalla.",
      kebab: "Toque el botón ⋮ en la esquina superior derecha de la pantalla.",
      share: "Toque el botón de compartir en la esquina inferior derecha de la pantalla.",
    },
    choose: (browser: string) => `Elija «Abrir en ${browser}» o «Abrir en el navegador».`,
    continueThere: "La página se abrirá allí: continúe con sus fotos.",
    orCopy: (browser: string) => `O copie el enlace, abra ${browser} y péguelo en la barra de direcciones.`,
    tryAnyway: "Probar la cámara aquí de todos modos",
  },

  steps: {
    indicator: (step: number, total: number) => `Paso ${step} de ${total}`,
    passport: {
      title: "Página con la fotografía de su pasaporte",
      instruction: "Coloque la página con la fotografía de su pasaporte dentro del marco.",
    },
    front: (ofDocument: string) => ({
      title: `Anverso ${ofDocument}`,
      instruction: `Coloque el anverso ${ofDocument} dentro del marco.`,
    }),
    back: (ofDocument: string) => ({
      title: `Reverso ${ofDocument}`,
      instruction: "Dele la vuelta y coloque el reverso dentro del marco.",
    }),
    face: { title: "Hágase un selfie", instruction: "Mire directamente a la cámara, con la cara dentro del óvalo." },
    address: {
      title: "Justificante de domicilio",
      instruction:
        "Fotografíe un documento reciente que muestre su nombre y su dirección, como una factura de luz o un extracto bancario. Debe verse la página entera.",
    },
    ofDocument: {
      ID_CARD: "de su documento de identidad",
      DRIVERS_LICENSE: "de su permiso de conducir",
      RESIDENCE_PERMIT: "de su permiso de residencia",
      other: "de su documento",
    },
    filesInstruction: "Elija una foto nítida en la que se vea entero, sin reflejos.",
    filesInstructionPdf: "Elija una foto nítida, o un PDF, en la que se vea entero, sin reflejos.",
    choosePhoto: "Elegir una foto",
    useCamera: "Usar la cámara en su lugar",
    uploadInstead: "Subir una foto en su lugar",
    uploadPhotoOrPdf: "Subir una foto o un PDF en su lugar",
    choosePhotoOrPdf: "Elegir una foto o un PDF",
    inFrontPdf: "Incluido en el PDF del anverso.",
    bothSides: {
      question: "¿Este PDF muestra también el reverso de su documento?",
      yes: "Sí, anverso y reverso",
      no: "No, solo el anverso",
      cancel: "Elegir otro archivo",
    },
    retake: "Repetir",
    next: "Continuar",
  },

  confirmAddress: {
    question: "¿Se ve todo nítido y legible?",
    onlyOne: "Revise su nombre y su dirección. Enviamos un solo documento y no se puede cambiar una vez enviado.",
    photo: "Su justificante de domicilio",
    send: "Enviar este documento",
    another: "Hacer o elegir otro",
    sent: "Veriff acepta un solo justificante de domicilio por verificación: este ya no se puede cambiar.",
  },

  camera: {
    switch: "Cambiar de cámara",
    take: (frames: number) => (frames > 1 ? `Hacer ${frames} fotos` : "Hacer la foto"),
    starting: "Iniciando la cámara…",
    holdStill: "No se mueva…",
    count: (frames: number) => (frames > 1 ? `${frames} fotos` : ""),
    restart: "Reiniciar la cámara",
    hints: {
      too_dark: "Demasiado oscuro: busque más luz",
      glare: "Reflejos: inclínelo para apartarlo de la luz",
      moving: "No se mueva",
      blurry: "Poco nítido: sujételo firme para que la cámara enfoque",
      no_face: "No se ve ninguna cara: mire a la cámara",
      several_faces: "Solo usted en la imagen, por favor",
      too_close: "Demasiado cerca: aléjese un poco",
      not_centred: "Coloque su cara dentro del óvalo",
      too_far: "Demasiado lejos: acérquese un poco",
      eyes_closed: "Abra los ojos",
    },
    hardToRead: (frames: number): string =>
      frames > 1
        ? "Puede que estas fotos sean difíciles de leer. ¿Quiere repetirlas?"
        : "Puede que esta foto sea difícil de leer. ¿Quiere repetirla?",
    faceUnclear: (frames: number): string =>
      frames > 1
        ? "Puede que su cara no se vea bien en estas fotos. ¿Quiere repetirlas?"
        : "Puede que su cara no se vea bien en esta foto. ¿Quiere repetirla?",
    auto: {
      label: "Hacer la foto automáticamente",
      countdown: (count: number) => `No se mueva. Foto en ${count}…`,
      cancelled: "Cuenta atrás detenida. Quédese quieto para volver a intentarlo.",
    },
  },

  handoff: {
    phone: "Continuar en su teléfono",
    otherDevice: "Continuar en otro dispositivo",
    scan: "Escanee este código con la cámara de su teléfono para abrir allí esta página. Las fotos ya enviadas se conservan.",
    open: "O abra este enlace en el otro dispositivo. Las fotos ya enviadas se conservan.",
    qrLabel: "Código QR del enlace a esta página",
    linkLabel: "Enlace a esta página",
    copy: "Copiar el enlace",
    copied: "Enlace copiado.",
    copyFailed: "No se ha podido copiar: seleccione el enlace y cópielo.",
  },

  allowCamera: {
    ios: "abra Ajustes, después Apps y su navegador (Safari o Chrome), ponga Cámara en Permitir y vuelva aquí",
    android:
      "toque el icono a la izquierda de la barra de direcciones, después Permisos, ponga Cámara en Permitir y vuelva a cargar esta página",
    firefox:
      "haga clic en el icono de la cámara tachada de la barra de direcciones, quite el bloqueo y vuelva a cargar esta página",
    safari:
      "abra el menú de Safari, después Ajustes de este sitio web, ponga Cámara en Permitir y vuelva a cargar esta página",
    chromium:
      "haga clic en el icono de la cámara de la barra de direcciones (o en el icono a su izquierda), elija permitir siempre la cámara y vuelva a cargar esta página",
  },

  cameraProblems: {
    camera_insecure_context: {
      title: "La cámara solo funciona con una conexión segura",
      text: () =>
        "Esta página no se abrió por https, así que su navegador mantiene la cámara apagada. Abra el enlace exactamente como lo recibió (empieza por https://) o suba fotos en su lugar.",
    },
    camera_unsupported: {
      title: "Este navegador no puede usar la cámara",
      text: () => "Abra este enlace en una versión reciente de Chrome, Safari o Firefox, o suba fotos en su lugar.",
    },
    camera_denied: {
      title: "El acceso a la cámara está bloqueado",
      text: (howToAllow: string) =>
        `Necesitamos la cámara para fotografiar su documento y su cara. Para permitirla, ${howToAllow}. O suba fotos en su lugar.`,
    },
    camera_not_found: {
      title: "No se encuentra ninguna cámara",
      text: () =>
        "No hemos encontrado ninguna cámara en este dispositivo. Abra este enlace en un teléfono o suba fotos en su lugar.",
    },
    camera_in_use: {
      title: "La cámara está ocupada",
      text: () =>
        "Puede que otra aplicación la esté usando. Cierre esa aplicación y toque «Reiniciar la cámara». O suba fotos en su lugar.",
    },
    camera_stopped: {
      title: "La cámara se ha detenido",
      text: () => "Toque «Reiniciar la cámara» para intentarlo de nuevo, o suba fotos en su lugar.",
    },
  },

  file: {
    preparing: "Preparando la foto…",
    unsupportedOrPdf: "No podemos usar este archivo. Elija una foto JPEG, PNG, WebP o HEIC, o un PDF.",
    problems: {
      file_too_large: () => "Este archivo es demasiado grande. Elija una foto de menos de 40 MB.",
      image_too_large: () =>
        "Esta foto tiene demasiados píxeles para prepararla en este dispositivo (más de 50 megapíxeles). Elija una foto más pequeña.",
      unsupported_file: () => "Este archivo no es una foto que podamos usar. Elija una foto JPEG, PNG, WebP o HEIC.",
      unreadable_file: () => "No hemos podido abrir esta foto; puede que esté dañada. Elija otra.",
      pdf_too_large: () => "Este PDF ocupa más de 20 MB. Elija un archivo más pequeño o haga una foto en su lugar.",
      heic_too_large: (longerSide?: number) =>
        `Esta foto HEIC mide ${longerSide ? `${longerSide} px` : "demasiado"} en su lado más largo; se pueden enviar como máximo 1920 px y este navegador no puede reducir fotos HEIC. Elija una JPEG o PNG, o abra este enlace en Safari.`,
    },
  },

  tray: {
    label: "Fotos hechas",
    photo: (step: string) => `Foto: ${step}`,
    sent: "✓ Enviada",
    failed: (message: string) => `✗ ${message}`,
    sending: (percent: number) => `Enviando ${percent} %`,
    waiting: "Esperando conexión",
    retry: "Reintentar",
    retryPhoto: (step: string) => `Reintentar: ${step}`,
    uploadedEarlier: "Subida antes",
    heicPhoto: "Foto HEIC",
    pdfDocument: "Documento PDF",
  },

  serverErrors: {
    invalid_token: "Este enlace no funciona. Ábralo exactamente como lo recibió o pida uno nuevo.",
    link_expired: "Este enlace ha caducado. Pida uno nuevo.",
    already_submitted: "Estas fotos ya se han enviado para su comprobación.",
    internal_error: "Algo ha fallado por nuestra parte. Inténtelo de nuevo dentro de un minuto.",
    consent_required:
      "Primero acepte el tratamiento de sus fotos: vuelva a cargar la página para ver de nuevo la pregunta.",
    invalid_context: "No se ha podido enviar esta foto. Vuelva a cargar la página e inténtelo de nuevo.",
    invalid_source: "No se ha podido enviar esta foto. Vuelva a cargar la página e inténtelo de nuevo.",
    file_not_pre: "No se ha podido enviar esta foto. Vuelva a cargar la página e inténtelo de nuevo.",
    empty_file: "La foto ha llegado vacía. Hágala de nuevo.",
    unsupported_type: "Este tipo de archivo no se puede enviar. Elija una foto JPEG, PNG, WebP o HEIC.",
    type_mismatch: "El archivo no es el tipo de imagen que dice ser.",
    unreadable_file: "No hemos podido abrir esta foto; puede que esté dañada. Elija otra.",
    pdf_not_accepted: "Aquí no se aceptan archivos PDF. Haga una foto en su lugar.",
    both_sides_not_allowed: "No se ha podido enviar este archivo. Vuelva a cargar la página e inténtelo de nuevo.",
    file_too_large: "Este archivo es demasiado grande para enviarlo. Elija una foto más pequeña.",
    too_many_pixels: "Esta foto es demasiado grande. Hágala de nuevo.",
    veriff_refused: "El servicio de verificación no ha aceptado esta foto. Hágala de nuevo.",
    veriff_unavailable: "Ahora mismo no se ha podido enviar la foto. Inténtelo de nuevo.",
    frame_in_progress: "Esta foto todavía se está enviando. Inténtelo de nuevo en un momento.",
    frame_id_reused: "No se ha podido enviar esta foto. Vuelva a cargar la página e inténtelo de nuevo.",
    address_already_sent: "Su justificante de domicilio ya se envió. Veriff acepta uno por verificación.",
    too_many_frames: "Esta verificación ya tiene todas las fotos que admite. Envíelas o pida un enlace nuevo.",
    server_busy: "Ahora mismo estamos muy ocupados. La foto se volverá a enviar en un momento.",
    rate_limited: "Demasiados intentos en poco tiempo. Espere un minuto y vuelva a intentarlo.",
    capture_incomplete: "Algunas fotos no han llegado. Vuelva a hacer las fotos de este paso.",
    invalid_request:
      "Su navegador ha enviado algo que no hemos podido leer. Vuelva a cargar la página e inténtelo de nuevo.",
    payload_too_large:
      "Su navegador ha enviado algo que no hemos podido leer. Vuelva a cargar la página e inténtelo de nuevo.",
    unknown_upload: "No se ha podido enviar la foto.",
    unknown_submit: "No se han podido enviar sus fotos para su comprobación. Revise su conexión e inténtelo de nuevo.",
    unknown_consent: "No se ha podido guardar su respuesta. Revise su conexión e inténtelo de nuevo.",
  },

  review: {
    title: "Revise sus fotos",
    text: "Asegúrese de que todas las fotos sean nítidas y de que no falte nada.",
    send: "Enviar para su comprobación",
    sending: "Enviando…",
    uploading: "Subiendo las fotos…",
    failed: "No se ha podido enviar una foto: debajo de ella se explica qué ha pasado y qué hacer.",
  },

  status: {
    submitted: {
      title: "Estamos comprobando su documento",
      text: "Suele tardar uno o dos minutos. Puede dejar esta página abierta: se actualiza sola.",
    },
    review: {
      title: "Su verificación necesita una revisión más detallada",
      text: "Un especialista la está revisando. Esta página se actualiza sola; también puede cerrarla.",
    },
    approved: {
      title: "Su identidad está verificada",
      text: "Gracias. Ya puede volver al servicio que le pidió la verificación.",
    },
    declined: {
      title: "No hemos podido verificarle",
      text: "No se ha podido confirmar su identidad con estas fotos. Si cree que es un error, póngase en contacto con el servicio que le pidió la verificación.",
    },
    resubmission_requested: {
      title: "Necesitamos fotos nuevas",
      text: "No se ha podido comprobar algo en sus fotos.",
    },
    expired: {
      title: "Esta verificación ha caducado",
      text: "Pida un enlace nuevo al servicio que le envió aquí y empiece de nuevo.",
    },
    offline: "Parece que no tiene conexión. Seguiremos intentándolo.",
    checking: "Comprobando…",
    reason: (reason: string) => `Motivo: ${reason}.`,
    takeNew: "Hacer fotos nuevas",
    reasons: {
      201: "Faltaban fotos o el vídeo",
      202: "La cara no se veía con claridad",
      203: "No se veía el documento entero",
      204: "La foto estaba demasiado borrosa u oscura para leerla",
      205: "El documento está dañado",
      206: "Este tipo de documento no se admite",
      207: "El documento ha caducado",
    },
  },
  back: {
    link: (host: string) => `Volver a ${host}`,
    announce: (host: string, seconds: number) =>
      `Volverá a ${host} dentro de ${seconds} segundos. Elija «Quedarse en esta página» para quedarse.`,
    countdown: (seconds: number) => `Volverá en ${seconds} s.`,
    stay: "Quedarse en esta página",
    stayed: "Se queda en esta página. Use el enlace para volver cuando quiera.",
    leaving: (host: string) => `Volviendo ahora a ${host}.`,
  },
};
