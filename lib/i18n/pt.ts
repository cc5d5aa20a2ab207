// The capture flow in Portuguese (European, formal third person), phrase for phrase as en.ts.
import type { Copy } from "./en";

export const pt: Copy = {
  languageLabel: "Idioma",
  offline: "Está sem ligação à internet. As suas fotos serão enviadas assim que a ligação voltar; pode continuar.",
  reference: "Referência",

  start: {
    title: "Verifique a sua identidade",
    intro:
      "Demora cerca de dois minutos: fotos do seu documento e depois uma selfie. Tenha o documento à mão, num sítio com boa luz.",
    off: "A verificação é iniciada pelo serviço que lha pediu: abra a ligação que esse serviço lhe enviou.",
    home: "Início",
    documentLegend: "O seu documento",
    documents: {
      PASSPORT: { label: "Passaporte", sides: "Fotos da página com a fotografia e depois uma selfie" },
      ID_CARD: { label: "Cartão de identificação", sides: "Fotos da frente e do verso e depois uma selfie" },
      DRIVERS_LICENSE: { label: "Carta de condução", sides: "Fotos da frente e do verso e depois uma selfie" },
      RESIDENCE_PERMIT: { label: "Autorização de residência", sides: "Fotos da frente e do verso e depois uma selfie" },
    },
    nameLegend: "O seu nome",
    nameHint: "Tal como está escrito nos seus documentos.",
    firstName: "Nome próprio",
    lastName: "Apelido",
    checkLegend: "O que pretende verificar?",
    checks: {
      none: { label: "A minha identidade", hint: "Um documento e uma selfie" },
      with_identity: {
        label: "A minha identidade e a minha morada",
        hint: "Um documento, uma selfie e depois uma fatura ou um extrato com a sua morada",
      },
      only: { label: "Só a minha morada", hint: "Uma fatura ou um extrato com o seu nome e a sua morada" },
    },
    country: "País de emissão",
    chooseCountry: "Escolha um país",
    privacy:
      "O seu nome, as suas fotos e dados do seu dispositivo (tipo, idioma e endereço de internet) seguem diretamente para o nosso fornecedor de verificação, a Veriff, por uma ligação encriptada, para confirmar que o seu documento é autêntico e que é seu. Não guardamos as fotos.",
    consent:
      "Aceito o tratamento do meu nome, dos dados do meu dispositivo, do meu documento e do meu rosto (dados biométricos) para esta verificação.",
    consentBoth:
      "Aceito o tratamento do meu nome, dos dados do meu dispositivo, do meu documento, do meu rosto (dados biométricos) e do meu comprovativo de morada para esta verificação.",
    consentAddress:
      "Aceito o tratamento do meu nome, dos dados do meu dispositivo e do meu comprovativo de morada para esta verificação.",
    privacyAddress:
      "O seu nome, o seu documento e dados do seu dispositivo (tipo, idioma e endereço de internet) seguem diretamente para o nosso fornecedor de verificação, a Veriff, por uma ligação encriptada, para confirmar o seu nome e a sua morada. Não guardamos o documento.",
    submit: "Começar",
    submitting: "A começar…",
    errors: {
      self_serve_off: "Não é possível iniciar verificações aqui. Use a ligação que recebeu.",
      choose_check: "Escolha o que pretende verificar.",
      enter_name: "Escreva o seu nome próprio e apelido tal como estão nos seus documentos.",
      choose_document: "Escolha o documento que vai fotografar.",
      choose_country: "Escolha o país que emitiu o seu documento.",
      consent_required: "Para continuar, aceite o tratamento das suas fotos.",
      veriff_unavailable:
        "Não foi possível iniciar a sua verificação neste momento. Tente novamente dentro de um minuto.",
      too_many_starts: "Foram iniciadas muitas verificações a partir da sua rede há pouco. Tente novamente mais tarde.",
    },
  },

  link: {
    expired: "Esta ligação expirou",
    invalid: "Esta ligação não funciona",
    askNew: "Peça uma nova ligação ao serviço que a enviou.",
  },

  intro: {
    title: "Vamos verificar a sua identidade",
    addressTitle: "Vamos verificar a sua morada",
    resubmitTitle: "Precisamos de novas fotos",
    done: "✓ Feito",
    explainAddress:
      "Fotografe um documento que mostre o seu nome e a sua morada, ou escolha-o como ficheiro. Segue para o nosso fornecedor de verificação e não fica guardado connosco.",
    explain: (frames: number) =>
      `Vamos pedir acesso à sua câmara. Para cada foto tiramos ${frames > 1 ? `${frames} imagens seguidas` : "uma imagem"}: não se mexa até terminar. As fotos seguem para o nosso fornecedor de verificação e não ficam guardadas connosco.`,
    start: "Começar",
    resume: "Continuar",
  },

  primer: {
    title: "Permita a câmara",
    paragraphs: [
      "Usamos a sua câmara para fotografar o seu documento e o seu rosto. O seu navegador vai agora perguntar se esta página pode usar a câmara: escolha «Permitir».",
      "As fotos seguem diretamente para o nosso fornecedor de verificação, a Veriff, para confirmar a sua identidade. Não as guardamos.",
    ],
    allow: "Permitir a câmara",
    asking: "À espera da sua resposta…",
    uploadInstead: "Carregar fotos em vez disso",
  },

  inApp: {
    title: "Abra esta página no seu navegador",
    text: (app: string, browser: string) =>
      `Abriu esta ligação dentro da aplicação ${app}. O navegador integrado muitas vezes não consegue usar a câmara. Abra antes esta página no ${browser}:`,
    menu: {
      dots: "Toque no botão ⋯ no canto superior direito do ecrã.",
      kebab: "Toque no botão ⋮ no canto superior direito do ecrã.",
      share: "Toque no botão de partilhar no canto inferior direito do ecrã.",
    },
    choose: (browser: string) => `Escolha «Abrir no ${browser}» ou «Abrir no navegador».`,
    continueThere: "A página abre-se lá: continue com as suas fotos.",
    orCopy: (browser: string) => `Ou copie a ligação, abra o ${browser} e cole-a na barra de endereço.`,
    tryAnyway: "Experimentar a câmara aqui mesmo assim",
  },

  steps: {
    indicator: (step: number, total: number) => `Passo ${step} de ${total}`,
    passport: {
      title: "Página com a fotografia do seu passaporte",
      instruction: "Coloque a página com a fotografia do seu passaporte dentro da moldura.",
    },
    front: (ofDocument: string) => ({
      title: `Frente ${ofDocument}`,
      instruction: `Coloque a frente ${ofDocument} dentro da moldura.`,
    }),
    back: (ofDocument: string) => ({
      title: `Verso ${ofDocument}`,
      instruction: "Vire-o e coloque o verso dentro da moldura.",
    }),
    face: { title: "Tire uma selfie", instruction: "Olhe diretamente para a câmara, com o rosto dentro da oval." },
    address: {
      title: "Comprovativo de morada",
      instruction:
        "Fotografe um documento recente que mostre o seu nome e a sua morada, como uma fatura da eletricidade ou um extrato bancário. A página inteira tem de estar visível.",
    },
    ofDocument: {
      ID_CARD: "do seu cartão de identificação",
      DRIVERS_LICENSE: "da sua carta de condução",
      RESIDENCE_PERMIT: "da sua autorização de residência",
      other: "do seu documento",
    },
    filesInstruction: "Escolha uma foto nítida em que tudo esteja visível, sem reflexos.",
    filesInstructionPdf: "Escolha uma foto nítida, ou um PDF, em que tudo esteja visível, sem reflexos.",
    choosePhoto: "Escolher uma foto",
    useCamera: "Usar a câmara em vez disso",
    uploadInstead: "Carregar uma foto em vez disso",
    uploadPhotoOrPdf: "Carregar uma foto ou um PDF em vez disso",
    choosePhotoOrPdf: "Escolher uma foto ou um PDF",
    inFrontPdf: "Incluído no PDF da frente.",
    bothSides: {
      question: "Este PDF também mostra o verso do seu documento?",
      yes: "Sim, frente e verso",
      no: "Não, só a frente",
      cancel: "Escolher outro ficheiro",
    },
    retake: "Repetir",
    next: "Continuar",
  },

  confirmAddress: {
    question: "Está tudo nítido e legível?",
    onlyOne:
      "Confirme o seu nome e a sua morada. Enviamos um único documento, que não pode ser alterado depois de enviado.",
    photo: "O seu comprovativo de morada",
    send: "Enviar este documento",
    another: "Tirar ou escolher outro",
    sent: "A Veriff aceita um único comprovativo de morada por verificação: este já não pode ser alterado.",
  },

  camera: {
    switch: "Mudar de câmara",
    take: (frames: number) => (frames > 1 ? `Tirar ${frames} fotos` : "Tirar foto"),
    starting: "A iniciar a câmara…",
    holdStill: "Não se mexa…",
    count: (frames: number) => (frames > 1 ? `${frames} fotos` : ""),
    restart: "Reiniciar a câmara",
    hints: {
      too_dark: "Demasiado escuro: procure mais luz",
      glare: "Reflexos: incline-o para longe da luz",
      moving: "Não se mexa",
      blurry: "Pouco nítido: segure firme para a câmara focar",
      no_face: "Nenhum rosto visível: olhe para a câmara",
      several_faces: "Apenas você na imagem, por favor",
      too_close: "Demasiado perto: afaste-se um pouco",
      not_centred: "Coloque o rosto dentro do oval",
      too_far: "Demasiado longe: aproxime-se um pouco",
      eyes_closed: "Abra os olhos",
    },
    hardToRead: (frames: number): string =>
      frames > 1
        ? "Estas fotos podem ser difíceis de ler. Quer repeti-las?"
        : "Esta foto pode ser difícil de ler. Quer repeti-la?",
    faceUnclear: (frames: number): string =>
      frames > 1
        ? "O seu rosto pode não estar nítido nestas fotos. Quer repeti-las?"
        : "O seu rosto pode não estar nítido nesta foto. Quer repeti-la?",
    auto: {
      label: "Tirar a foto automaticamente",
      countdown: (count: number) => `Não se mexa. Foto em ${count}…`,
      cancelled: "Contagem interrompida. Fique parado para tentar de novo.",
    },
  },

  handoff: {
    phone: "Continuar no seu telemóvel",
    otherDevice: "Continuar noutro dispositivo",
    scan: "Leia este código com a câmara do seu telemóvel para abrir lá esta página. As fotos já enviadas mantêm-se.",
    open: "Ou abra esta ligação no outro dispositivo. As fotos já enviadas mantêm-se.",
    qrLabel: "Código QR da ligação para esta página",
    linkLabel: "Ligação para esta página",
    copy: "Copiar ligação",
    copied: "Ligação copiada.",
    copyFailed: "Não foi possível copiar: selecione a ligação e copie-a.",
  },

  allowCamera: {
    ios: "abra Definições, depois Apps e o seu navegador (Safari ou Chrome), defina Câmara como Permitir e volte aqui",
    android:
      "toque no ícone à esquerda da barra de endereço, depois em Autorizações, defina Câmara como Permitir e recarregue esta página",
    firefox: "clique no ícone da câmara riscada na barra de endereço, remova o bloqueio e recarregue esta página",
    safari:
      "abra o menu do Safari, depois Definições para este site, defina Câmara como Permitir e recarregue esta página",
    chromium:
      "clique no ícone da câmara na barra de endereço (ou no ícone à esquerda dela), escolha permitir sempre a câmara e recarregue esta página",
  },

  cameraProblems: {
    camera_insecure_context: {
      title: "A câmara só funciona numa ligação segura",
      text: () =>
        "Esta página não foi aberta por https, por isso o seu navegador mantém a câmara desligada. Abra a ligação exatamente como a recebeu (começa por https://) ou carregue fotos em vez disso.",
    },
    camera_unsupported: {
      title: "Este navegador não consegue usar a câmara",
      text: () => "Abra esta ligação numa versão recente do Chrome, Safari ou Firefox, ou carregue fotos em vez disso.",
    },
    camera_denied: {
      title: "O acesso à câmara está bloqueado",
      text: (howToAllow: string) =>
        `Precisamos da câmara para fotografar o seu documento e o seu rosto. Para a permitir, ${howToAllow}. Ou carregue fotos em vez disso.`,
    },
    camera_not_found: {
      title: "Nenhuma câmara encontrada",
      text: () =>
        "Não encontrámos nenhuma câmara neste dispositivo. Abra esta ligação num telemóvel ou carregue fotos em vez disso.",
    },
    camera_in_use: {
      title: "A câmara está ocupada",
      text: () =>
        "Outra aplicação pode estar a usá-la. Feche essa aplicação e toque em «Reiniciar a câmara». Ou carregue fotos em vez disso.",
    },
    camera_stopped: {
      title: "A câmara parou",
      text: () => "Toque em «Reiniciar a câmara» para tentar de novo, ou carregue fotos em vez disso.",
    },
  },

  file: {
    preparing: "A preparar a foto…",
    unsupportedOrPdf: "Não podemos usar este ficheiro. Escolha uma foto JPEG, PNG, WebP ou HEIC, ou um PDF.",
    problems: {
      file_too_large: () => "Este ficheiro é demasiado grande. Escolha uma foto com menos de 40 MB.",
      image_too_large: () =>
        "Esta foto tem demasiados píxeis para ser preparada neste dispositivo (mais de 50 megapíxeis). Escolha uma foto mais pequena.",
      unsupported_file: () =>
        "Este ficheiro não é uma foto que possamos usar. Escolha uma foto JPEG, PNG, WebP ou HEIC.",
      unreadable_file: () => "Não conseguimos abrir esta foto; pode estar danificada. Escolha outra.",
      pdf_too_large: () =>
        "Este PDF tem mais de 20 MB. Escolha um ficheiro mais pequeno ou tire uma foto em vez disso.",
      heic_too_large: (longerSide?: number) =>
        `Esta foto HEIC tem ${longerSide ? `${longerSide} px` : "demasiado"} no lado maior; só se podem enviar até 1920 px e este navegador não consegue reduzir fotos HEIC. Escolha antes um JPEG ou PNG, ou abra esta ligação no Safari.`,
    },
  },

  tray: {
    label: "Fotos tiradas",
    photo: (step: string) => `Foto: ${step}`,
    sent: "✓ Enviada",
    failed: (message: string) => `✗ ${message}`,
    sending: (percent: number) => `A enviar ${percent} %`,
    waiting: "À espera de ligação",
    retry: "Tentar de novo",
    retryPhoto: (step: string) => `Tentar de novo: ${step}`,
    uploadedEarlier: "Carregada antes",
    heicPhoto: "Foto HEIC",
    pdfDocument: "Documento PDF",
  },

  serverErrors: {
    invalid_token: "Esta ligação não funciona. Abra-a exatamente como a recebeu ou peça uma nova.",
    link_expired: "Esta ligação expirou. Peça uma nova.",
    already_submitted: "Estas fotos já foram enviadas para verificação.",
    internal_error: "Algo correu mal do nosso lado. Tente novamente dentro de um minuto.",
    consent_required: "Primeiro aceite o tratamento das suas fotos: recarregue a página para ver a pergunta de novo.",
    invalid_context: "Não foi possível enviar esta foto. Recarregue a página e tente de novo.",
    invalid_source: "Não foi possível enviar esta foto. Recarregue a página e tente de novo.",
    file_not_pre: "Não foi possível enviar esta foto. Recarregue a página e tente de novo.",
    empty_file: "A foto chegou vazia. Tire-a de novo.",
    unsupported_type: "Este tipo de ficheiro não pode ser enviado. Escolha uma foto JPEG, PNG, WebP ou HEIC.",
    type_mismatch: "O ficheiro não é o tipo de imagem que diz ser.",
    unreadable_file: "Não conseguimos abrir esta foto; pode estar danificada. Escolha outra.",
    pdf_not_accepted: "Aqui não são aceites ficheiros PDF. Tire uma foto em vez disso.",
    both_sides_not_allowed: "Não foi possível enviar este ficheiro. Recarregue a página e tente de novo.",
    file_too_large: "Este ficheiro é demasiado grande para ser enviado. Escolha uma foto mais pequena.",
    too_many_pixels: "Esta foto é demasiado grande. Tire-a de novo.",
    veriff_refused: "O serviço de verificação não aceitou esta foto. Tire-a de novo.",
    veriff_unavailable: "Não foi possível enviar a foto neste momento. Tente de novo.",
    frame_in_progress: "Esta foto ainda está a ser enviada. Tente de novo daqui a pouco.",
    frame_id_reused: "Não foi possível enviar esta foto. Recarregue a página e tente de novo.",
    address_already_sent: "O seu comprovativo de morada já foi enviado. A Veriff aceita um por verificação.",
    too_many_frames: "Esta verificação já tem todas as fotos que pode receber. Envie-as ou peça uma nova ligação.",
    server_busy: "Estamos muito ocupados neste momento. A foto será enviada de novo daqui a pouco.",
    rate_limited: "Demasiadas tentativas em pouco tempo. Espere um minuto e tente de novo.",
    capture_incomplete: "Algumas fotos não chegaram. Tire de novo as fotos deste passo.",
    invalid_request: "O seu navegador enviou algo que não conseguimos ler. Recarregue a página e tente de novo.",
    payload_too_large: "O seu navegador enviou algo que não conseguimos ler. Recarregue a página e tente de novo.",
    unknown_upload: "Não foi possível enviar a foto.",
    unknown_submit: "Não foi possível enviar as suas fotos para verificação. Verifique a sua ligação e tente de novo.",
    unknown_consent: "Não foi possível guardar a sua resposta. Verifique a sua ligação e tente de novo.",
  },

  review: {
    title: "Confira as suas fotos",
    text: "Confirme que todas as fotos estão nítidas e que não falta nada.",
    send: "Enviar para verificação",
    sending: "A enviar…",
    uploading: "A carregar as fotos…",
    failed: "Não foi possível enviar uma foto: o que aconteceu, e o que fazer, está indicado por baixo dela.",
  },

  status: {
    submitted: {
      title: "Estamos a verificar o seu documento",
      text: "Normalmente demora um ou dois minutos. Pode manter esta página aberta: atualiza-se sozinha.",
    },
    review: {
      title: "A sua verificação precisa de uma análise mais detalhada",
      text: "Um especialista está a analisá-la. Esta página atualiza-se sozinha; também a pode fechar.",
    },
    approved: {
      title: "A sua identidade está verificada",
      text: "Obrigado. Pode voltar ao serviço que lhe pediu a verificação.",
    },
    declined: {
      title: "Não conseguimos verificá-lo",
      text: "Não foi possível confirmar a sua identidade com estas fotos. Se acha que isto é um erro, contacte o serviço que lhe pediu a verificação.",
    },
    resubmission_requested: {
      title: "Precisamos de novas fotos",
      text: "Não foi possível verificar algo nas suas fotos.",
    },
    expired: {
      title: "Esta verificação expirou",
      text: "Peça uma nova ligação ao serviço que o enviou para aqui e comece de novo.",
    },
    offline: "Parece estar sem ligação. Vamos continuar a tentar.",
    checking: "A verificar…",
    reason: (reason: string) => `Motivo: ${reason}.`,
    takeNew: "Tirar novas fotos",
    reasons: {
      201: "Faltavam fotos ou o vídeo",
      202: "O rosto não estava bem visível",
      203: "O documento não estava totalmente visível",
      204: "A foto estava demasiado desfocada ou escura para ser lida",
      205: "O documento está danificado",
      206: "Este tipo de documento não é aceite",
      207: "O documento expirou",
    },
  },
  back: {
    link: (host: string) => `Voltar a ${host}`,
    announce: (host: string, seconds: number) =>
      `Vai voltar a ${host} dentro de ${seconds} segundos. Escolha «Ficar nesta página» para ficar.`,
    countdown: (seconds: number) => `A voltar dentro de ${seconds} s.`,
    stay: "Ficar nesta página",
    stayed: "Fica nesta página. Use a ligação para voltar quando estiver pronto.",
    leaving: (host: string) => `A voltar agora a ${host}.`,
  },
};
