import type { Catalogue } from './catalogue';
import { esResult } from './es-result';

export const es: Catalogue = {
  languageName: 'Español',
  app: {
    title: '¿Le podría ayudar un procedimiento para el dolor?',
    clinicFallback: 'Clínica del dolor',
    language: 'Idioma',
    stepOf: (step, of) => `Paso ${step} de ${of}`,
    back: 'Atrás',
    next: 'Siguiente',
    startOver: 'Empezar de nuevo',
    startOverConfirm: '¿Empezar de nuevo? Se borrarán sus respuestas.',
    errorSummary: 'Por favor, revise la respuesta marcada abajo.',
    saveProgress: 'Guardar mi avance en este dispositivo',
    saveProgressHint:
      'Sus respuestas se quedan solo en este navegador por 24 horas, para que pueda volver. No lo active en un dispositivo compartido.',
    restored: 'Bienvenido de nuevo. Guardamos las respuestas que dejó en este dispositivo.',
    privacy:
      'Sus respuestas se quedan en su dispositivo. No se envía nada a la clínica a menos que pida una consulta al final.',
    yes: 'Sí',
    no: 'No',
    selectAll: 'Elija todas las que correspondan.',
    noneOfThese: 'Ninguna de estas',
  },
  errors: {
    chooseOne: 'Por favor, elija una respuesta.',
    chooseAtLeastOne: 'Por favor, elija al menos una.',
    age: 'Por favor, escriba su edad en años, con un número entero.',
    painWorst: 'Su peor dolor no puede ser más bajo que su dolor promedio.',
    wholeNumber: (min, max) => `Por favor, escriba un número entero del ${min} al ${max}.`,
  },
  steps: {
    age: {
      title: '¿Cuántos años tiene?',
      intro: 'Esta evaluación toma unos 5 minutos. Es una guía, no un diagnóstico.',
      label: 'Su edad en años',
      hint: 'Por ejemplo: 52',
    },
    redFlags: {
      title: '¿Tiene ahora alguno de estos síntomas?',
      intro:
        'Pueden ser señales de un problema que necesita atención de inmediato. Elija todas las que correspondan.',
      emergencyHeading: 'Señales que necesitan atención de emergencia',
      urgentHeading: 'Señales que necesitan ver a un médico pronto',
      options: {
        bladderBowelChange: 'Problemas nuevos para controlar u orinar o evacuar',
        saddleNumbness:
          'Adormecimiento alrededor de los genitales, las nalgas o la parte interna de los muslos',
        progressiveWeakness:
          'Debilidad o adormecimiento en los brazos o las piernas que empeora, o en ambas piernas',
        seriousInjury: 'El dolor empezó después de un accidente, una caída o una lesión grave',
        thunderclapHeadache:
          'Un dolor de cabeza repentino y muy fuerte que llegó a lo peor en minutos',
        headacheNeuroSymptoms:
          'Dolor de cabeza con confusión, desmayo, pérdida de la vista, visión doble, dificultad para hablar, o fiebre con el cuello rígido',
        feverChills: 'Fiebre, escalofríos o sudores nocturnos junto con el dolor',
        cancerHistory: 'Ha tenido cáncer',
        unexplainedWeightLoss: 'Pérdida de peso sin explicación',
        nightPain:
          'Dolor constante que es fuerte de noche y no se alivia con el descanso ni al cambiar de posición',
      },
    },
    locations: {
      title: '¿Dónde tiene dolor?',
      intro:
        'Toque cada lugar que le duele en el cuerpo, o use la lista. Elija todos los que correspondan.',
      diagram: 'Dibujo del cuerpo: elija dónde le duele',
      front: 'De frente',
      backView: 'De espalda',
      listLegend: 'Dónde le duele',
      options: {
        lowerBack: 'Parte baja de la espalda',
        neck: 'Cuello',
        knee: 'Rodilla',
        head: 'Dolores de cabeza',
        nervePain: 'Dolor de nervios',
        other: 'En otro lugar',
      },
      hints: {
        lowerBack: 'En la parte baja de la espalda, a veces baja a la nalga o a la pierna',
        neck: 'En el cuello, a veces va al hombro o al brazo',
        knee: 'Una o las dos rodillas',
        head: 'Dolores de cabeza que vuelven una y otra vez',
        nervePain:
          'Ardor, hormigueo o adormecimiento en los pies, las piernas, las manos o los brazos',
        other: 'Cualquier otro lugar',
      },
    },
    back: {
      title: 'Sobre su dolor de espalda baja',
      legPain: {
        legend: '¿El dolor baja a la pierna?',
        options: {
          none: 'No, se queda en la espalda',
          buttockOrThigh: 'Sí, a la nalga o al muslo',
          belowKnee: 'Sí, más abajo de la rodilla',
        },
      },
      worseWith: {
        legend: '¿Qué lo empeora?',
        hint: 'Elija todas las que correspondan, o ninguna.',
        options: {
          standingWalking: 'Estar de pie o caminar',
          bendingBackwardTwisting: 'Inclinarme hacia atrás o girar el cuerpo',
          sittingBendingForward: 'Estar sentado o inclinarme hacia adelante',
        },
      },
      diagnoses: {
        legend: '¿Un médico le ha dicho que tiene alguno de estos?',
        hint: 'Elija todos los que correspondan, o ninguno.',
        options: {
          discHerniation: 'Hernia de disco',
          spinalStenosis: 'Estenosis espinal (estrechamiento)',
          facetArthritis: 'Artritis de las articulaciones facetarias',
          degenerativeDisc: 'Discos desgastados (enfermedad degenerativa del disco)',
          sciatica: 'Ciática',
        },
      },
      priorSurgery: { legend: '¿Le han operado la columna en esta zona y el dolor sigue?' },
    },
    neck: {
      title: 'Sobre su dolor de cuello',
      armPain: {
        legend: '¿El dolor va al hombro o al brazo?',
        options: {
          none: 'No, se queda en el cuello',
          shoulder: 'Sí, al hombro',
          belowElbow: 'Sí, más abajo del codo',
        },
      },
      worseWith: {
        legend: '¿Qué lo empeora?',
        hint: 'Elíjalo si le pasa.',
        options: { turningOrLookingUp: 'Girar la cabeza o mirar hacia arriba' },
      },
      diagnoses: {
        legend: '¿Un médico le ha dicho que tiene alguno de estos?',
        hint: 'Elija todos los que correspondan, o ninguno.',
        options: {
          discHerniation: 'Hernia de disco',
          pinchedNerve: 'Nervio pinzado',
          facetArthritis: 'Artritis de las articulaciones facetarias',
          degenerativeDisc: 'Discos desgastados (enfermedad degenerativa del disco)',
        },
      },
      priorSurgery: { legend: '¿Le han operado el cuello y el dolor sigue?' },
    },
    knee: {
      title: 'Sobre su dolor de rodilla',
      diagnoses: {
        legend: '¿Un médico le ha dicho que tiene alguno de estos?',
        hint: 'Elija todos los que correspondan, o ninguno.',
        options: {
          osteoarthritis: 'Artritis de rodilla (osteoartritis)',
          bursitis: 'Bursitis',
          meniscusTear: 'Desgarro de menisco (cartílago)',
        },
      },
      replacement: {
        legend: 'Reemplazo de rodilla',
        options: {
          none: 'No me han hecho uno',
          hadReplacement: 'Me hicieron un reemplazo de rodilla',
          notWantedOrNotAdvised: 'No quiero uno, o un médico dijo que no es para mí',
        },
      },
    },
    head: {
      title: 'Sobre sus dolores de cabeza',
      types: {
        legend: '¿Qué tipo de dolores de cabeza tiene?',
        hint: 'Elija todos los que correspondan.',
        options: {
          migraine: 'Migraña',
          cluster: 'Cefalea en racimos',
          backOfHead: 'Dolor en la parte de atrás de la cabeza',
          other: 'Otro tipo, o no estoy seguro',
        },
      },
      daysPerMonth: {
        label: '¿Cuántos días al mes tiene dolor de cabeza?',
        hint: 'Un número del 0 al 31',
      },
    },
    nerve: {
      title: 'Sobre su dolor de nervios',
      cause: {
        legend: '¿Qué cree que lo causó?',
        options: {
          diabetes: 'Diabetes',
          afterSurgeryOrInjury: 'Una operación o una lesión',
          crps: 'Síndrome de dolor regional complejo (SDRC)',
          chemotherapy: 'Quimioterapia',
          shingles: 'Culebrilla (herpes zóster)',
          unknown: 'No sé',
        },
      },
    },
    duration: {
      title: '¿Desde hace cuánto tiene este dolor?',
      intro: 'Si le duele en más de un lugar, conteste por el dolor que más le molesta.',
      options: {
        under6Weeks: 'Menos de 6 semanas',
        '6WeeksTo3Months': 'De 6 semanas a 3 meses',
        '3To6Months': 'De 3 a 6 meses',
        '6To12Months': 'De 6 a 12 meses',
        over1Year: 'Más de un año',
      },
    },
    pain: {
      title: '¿Qué tan fuerte es su dolor?',
      intro:
        'Piense en la última semana. 0 es nada de dolor y 10 es el peor dolor que se pueda imaginar.',
      painAverage: 'Su dolor en un día normal',
      painWorst: 'Su dolor en el peor momento',
      interference: 'Cuánto le impidió el dolor hacer sus actividades diarias',
      painEnds: { low: 'Sin dolor', middle: 'Moderado', high: 'El peor imaginable' },
      interferenceEnds: { low: 'Nada', middle: 'Algo', high: 'Por completo' },
    },
    treatments: {
      title: '¿Qué ha probado para este dolor?',
      intro: 'Para cada uno, díganos si lo probó y cómo le fue.',
      kinds: {
        otcMedication: 'Analgésicos sin receta',
        prescriptionMedication: 'Medicinas con receta',
        opioids: 'Opioides',
        physicalTherapy: 'Terapia física',
        chiropractic: 'Quiropráctico',
        exercise: 'Ejercicio',
        injections: 'Inyecciones para el dolor o bloqueos de nervios',
        surgery: 'Cirugía',
      },
      hints: {
        otcMedication: 'Como ibuprofeno, naproxeno o acetaminofén',
        prescriptionMedication:
          'Incluye medicinas para el dolor de nervios y relajantes musculares',
        opioids: 'Como oxicodona, hidrocodona o tramadol',
      },
      outcomes: {
        notTried: 'No lo probé',
        noRelief: 'No me ayudó',
        temporaryRelief: 'Me ayudó por un tiempo',
        lastingRelief: 'Me ayudó y me sigue ayudando',
      },
      steroidCount: {
        label: '¿Cuántas inyecciones de esteroides le han puesto en los últimos 12 meses?',
        hint: 'En cualquier parte del cuerpo. Escriba 0 si ninguna.',
      },
    },
    history: {
      title: 'Su salud',
      history: {
        legend: '¿Le aplica alguno de estos?',
        hint: 'Elija todos los que correspondan, o ninguno. Esto ayuda al médico a cuidarle.',
        options: {
          bloodThinners: 'Tomo anticoagulantes (por ejemplo warfarina, apixabán, clopidogrel)',
          bleedingDisorder: 'Tengo un trastorno de la coagulación (sangrado)',
          activeInfection: 'Tengo una infección ahora',
          pregnant: 'Estoy embarazada o podría estarlo',
          diabetes: 'Tengo diabetes',
          implantedDevice:
            'Tengo un marcapasos, un desfibrilador u otro aparato eléctrico implantado',
          immunosuppressed: 'Tengo las defensas bajas o tomo medicinas que las bajan',
        },
      },
      allergies: {
        legend: '¿Es alérgico a alguno de estos?',
        hint: 'Elija todos los que correspondan, o ninguno.',
        options: {
          contrastDye: 'Medio de contraste para radiografías',
          localAnesthetic: 'Medicina para adormecer (anestesia local)',
          steroids: 'Esteroides',
          latex: 'Látex',
        },
      },
    },
    goals: {
      title: '¿Qué espera lograr?',
      legend: '¿Qué es lo que más le gustaría cambiar?',
      hint: 'Elija todos los que correspondan.',
      options: {
        lessPain: 'Tener menos dolor',
        lessMedication: 'Tomar menos medicina para el dolor',
        backToActivities: 'Volver a mis actividades',
        betterSleep: 'Dormir mejor',
        avoidSurgery: 'Evitar una cirugía',
        painFree: 'No tener nada de dolor',
      },
    },
  },
  review: {
    title: 'Revise sus respuestas',
    intro: 'Puede cambiar cualquier respuesta antes de ver su resultado.',
    change: (what) => `Cambiar ${what}`,
    confirm: 'Ver mi resultado',
    none: 'Ninguna',
  },
  answerNames: {
    age: 'Edad',
    redFlags: 'Señales de alarma',
    locations: 'Dónde le duele',
    duration: 'Desde hace cuánto',
    painAverage: 'Dolor promedio',
    painWorst: 'Peor dolor',
    interference: 'Le impide la vida diaria',
    steroidInjectionsPast12Months: 'Inyecciones de esteroides en los últimos 12 meses',
    history: 'Salud',
    allergies: 'Alergias',
    goals: 'Metas',
    back: {
      legPain: 'El dolor de espalda baja a la pierna',
      worseWith: 'El dolor de espalda empeora al',
      diagnoses: 'Diagnóstico de espalda',
      priorSurgery: 'Cirugía de columna, el dolor sigue',
    },
    neck: {
      armPain: 'El dolor de cuello va al brazo',
      worseWith: 'El dolor de cuello empeora al',
      diagnoses: 'Diagnóstico de cuello',
      priorSurgery: 'Cirugía de cuello, el dolor sigue',
    },
    knee: { diagnoses: 'Diagnóstico de rodilla', replacement: 'Reemplazo de rodilla' },
    head: { types: 'Tipo de dolor de cabeza', daysPerMonth: 'Días con dolor de cabeza' },
    nerve: { cause: 'Causa del dolor de nervios' },
    outOf10: (n) => `${n} de 10`,
    years: (n) => `${n} años`,
    daysAMonth: (n) => `${n} días al mes`,
  },
  stepNames: {
    age: 'su edad',
    redFlags: 'señales de alarma',
    locations: 'dónde le duele',
    back: 'detalles de la espalda',
    neck: 'detalles del cuello',
    knee: 'detalles de la rodilla',
    head: 'detalles del dolor de cabeza',
    nerve: 'detalles del dolor de nervios',
    duration: 'desde hace cuánto',
    pain: 'qué tan fuerte',
    treatments: 'tratamientos probados',
    history: 'salud y alergias',
    goals: 'metas',
  },
  ...esResult,
  emergency: {
    title: 'Por favor, busque atención de emergencia ahora',
    body: 'Su respuesta puede ser señal de un problema grave que necesita atención de inmediato. No espere una cita en la clínica.',
    call: 'Llame al 911',
    er: 'O vaya ahora a la sala de emergencias más cercana.',
    because: 'Usted nos dijo:',
    notSent: 'Ninguna de sus respuestas se envió a nadie.',
    mistake: '¿Lo eligió por error? Empezar de nuevo',
  },
  crisis: {
    title: 'No tiene que pasar por esto a solas',
    body: 'Gracias por decírnoslo. Puede hablar con alguien ahora mismo, gratis, de día o de noche.',
    call: 'Llamar al 988',
    text: 'Enviar un texto al 988',
    spanish:
      'En la Línea 988 le atienden en español: al llamar, marque 2, o envíe la palabra AYUDA por texto al 988.',
    danger: 'Si corre peligro ahora:',
    call911: 'llame al 911',
    notWatched:
      'Nadie revisa este formulario a toda hora, así que nadie verá su respuesta enseguida. Puede seguir con la evaluación cuando quiera.',
  },
  under18: {
    title: 'Esta evaluación es para adultos',
    body: 'El dolor en niños y adolescentes necesita la atención de médicos que tratan a gente joven. Hable con su médico de familia o con un especialista en dolor pediátrico.',
    next: 'Si está llenando esto por un adulto, empiece de nuevo y escriba la edad de esa persona.',
  },
  request: {
    title: 'Pedir una consulta',
    intro:
      'Deje sus datos y la clínica le llamará. Sus respuestas y su resultado se envían con su solicitud, así no tendrá que repetirlos.',
    firstName: 'Nombre',
    lastName: 'Apellido',
    dateOfBirth: 'Fecha de nacimiento',
    dateOfBirthHint: 'Para que la clínica encuentre su expediente.',
    phone: 'Número de teléfono',
    phoneHint: 'Por ejemplo: (732) 555-0142',
    email: 'Correo electrónico (opcional)',
    emailHint: 'Solo si quiere que le escribamos por correo.',
    preferredContact: {
      legend: '¿Cómo prefiere que le contactemos?',
      options: { phone: 'Llamada', text: 'Mensaje de texto', email: 'Correo electrónico' },
    },
    bestTime: {
      legend: '¿Cuál es la mejor hora para llamarle?',
      options: { morning: 'Mañana', afternoon: 'Tarde', evening: 'Noche', any: 'Cualquier hora' },
    },
    message: '¿Algo más que quiera decirnos? (opcional)',
    messageHint: (left) => `Quedan ${left} caracteres`,
    consentLegend: 'Su permiso',
    consentContact: 'La clínica puede contactarme sobre esta solicitud de la forma que elegí.',
    consentPrivacy:
      'Acepto que la clínica guarde mis respuestas y mis datos de contacto para atender mi solicitud, y que solo los comparta con el personal que me atiende.',
    send: 'Enviar mi solicitud',
    sending: 'Enviando su solicitud…',
    errors: {
      required: 'Por favor, llene este campo.',
      dateOfBirth: 'Por favor, escriba su fecha de nacimiento.',
      dateOfBirthAge: (age) =>
        `Esta fecha de nacimiento no coincide con la edad que nos dio (${age}). Por favor, revise las dos.`,
      phone: 'Por favor, escriba un número de teléfono de 7 a 15 dígitos.',
      email: 'Por favor, escriba un correo como nombre@ejemplo.com.',
      emailNeeded: 'Por favor, escriba su correo electrónico o elija otra forma de contacto.',
      consent: 'Por favor, marque esta casilla para enviar su solicitud.',
      hiddenCharacters:
        'Esto tiene caracteres de formato ocultos, a menudo por copiar y pegar. Por favor, escríbalo de nuevo.',
    },
    failed: {
      offline:
        'No pudimos comunicarnos con la clínica. Revise su conexión a internet e intente de nuevo. Sus respuestas se conservan.',
      server:
        'El sistema de la clínica tuvo un problema. Intente de nuevo en un momento. Sus respuestas se conservan.',
      rateLimited:
        'Se enviaron demasiadas solicitudes desde esta conexión. Espere un minuto e intente de nuevo.',
      rejected: 'La clínica no pudo aceptar esta solicitud. Revise sus datos o llame a la clínica.',
    },
    retry: 'Intentar de nuevo',
  },
};
