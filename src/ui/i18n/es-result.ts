import type { ResultCatalogue } from './result-catalogue';

// Spanish that speaks to everyone: "usted", and forms without gender ("especialista", "profesional
// de la salud", "persona") instead of "candidato" or "médico".

export const esResult: ResultCatalogue = {
  result: {
    title: 'Su resultado',
    notADiagnosis: 'Esto es una guía, no un diagnóstico: lo decide un profesional de la salud.',
    verdicts: {
      urgent: {
        title:
          'Por favor, comuníquese hoy con su profesional de la salud o vaya a una clínica de urgencias',
      },
      goodCandidate: {
        title:
          'Sus respuestas coinciden con lo que buscan los especialistas antes de considerar un procedimiento para el dolor',
      },
      possibleCandidate: {
        title: 'Un especialista tendría que revisar sus respuestas con más detalle',
      },
      conservativeFirst: { title: 'Lo mejor es empezar con otros cuidados' },
    },
    because: {
      urgentFlag: () =>
        'Algunas de sus respuestas pueden ser señales de un problema que un profesional de la salud debe revisar pronto, antes de cualquier procedimiento para el dolor.',
      mild: (f) =>
        `Usted calificó su dolor con ${f.painAverage} de 10 en un día normal, y cuánto le afecta en sus actividades diarias con ${f.interference} de 10. Un dolor de este nivel suele mejorar con los cuidados de más abajo.`,
      recent: (f) =>
        `Usted nos dijo que su dolor empezó hace ${f.duration}. Un dolor nuevo suele mejorar solo, o con cuidados sencillos, en pocas semanas.`,
      nothingTried: () =>
        'Todavía no ha probado medicinas, ejercicio, terapia física ni otros cuidados de todos los días para este dolor. Eso suele venir primero.',
      respondingToTreatment: (f) =>
        `Usted nos dijo que esto todavía le ayuda: ${f.lasting}. Su dolor es de ${f.painAverage} de 10 en un día normal. Tiene sentido seguir con lo que funciona.`,
      noActiveTherapy: () =>
        'Todavía no ha probado el ejercicio ni la terapia física. Para el dolor de espalda, cuello y rodilla, eso viene antes de cualquier procedimiento.',
      strongMatch: (f) =>
        `Usted nos dijo que su dolor ha durado ${f.duration}. Es de ${f.painAverage} de 10 en un día normal, y afecta sus actividades diarias en un ${f.interference} de 10. Esto no le dio un alivio duradero: ${f.failed}. Los procedimientos con los que coinciden sus respuestas:`,
      notChronic: (f) =>
        `Su dolor ha durado ${f.duration}. Los procedimientos suelen ser para un dolor que ha durado más de 3 meses.`,
      notSevere: (f) =>
        `Usted calificó su dolor con ${f.painAverage} de 10 en un día normal, y cuánto le afecta en sus actividades diarias con ${f.interference} de 10. Los procedimientos suelen ser para un dolor más fuerte o que afecta más su vida diaria.`,
      someLastingRelief: (f) =>
        `Usted nos dijo que esto todavía le ayuda: ${f.lasting}. Un especialista podría sugerirle que siga con eso.`,
      medicalReviewFirst: (f) =>
        `Usted nos dijo que ${f.reviewItems}. Un profesional de la salud debe revisar esto primero, antes de planear cualquier procedimiento.`,
      noStrongMatch: () =>
        'Sus respuestas coinciden en parte con lo que buscan los especialistas antes de considerar:',
      noProcedureMatched: () =>
        'Sus respuestas no coinciden con lo que buscan los especialistas antes de los procedimientos de esta página. Aun así, un especialista puede revisar su dolor con usted y hablarle de otros cuidados.',
    },
    urgent: {
      flagsIntro: 'Usted nos habló de:',
      flags: {
        feverChills: 'Fiebre, escalofríos o sudores nocturnos con el dolor, en las últimas semanas',
        cancerHistory: 'Cáncer en el pasado, y este dolor es nuevo',
        unexplainedWeightLoss: 'Pérdida de peso sin explicación',
        nightPain: 'Dolor constante, fuerte de noche, que no se alivia con el descanso',
        myelopathySigns: 'Inestabilidad nueva al caminar, o torpeza nueva en las manos',
        fractureRisk:
          'Dolor que empezó tras una caída o un esfuerzo leve, con huesos débiles o pastillas de esteroides',
        positionalOrCoughHeadache:
          'Un dolor de cabeza nuevo que aparece al toser o hacer fuerza, o que cambia al acostarse o al ponerse de pie',
      },
      adviceHeading: 'Qué hacer hoy',
      advice: [
        'Por favor, comuníquese hoy con su profesional de la salud o vaya a una clínica de urgencias, y cuénteles lo que nos contó.',
        'También puede pedir que nuestra clínica le llame. La clínica verá sus respuestas.',
        'Si empeora, vaya a una sala de emergencias o llame al 911.',
      ],
    },
    firstLine: {
      heading: 'Cuidados para empezar',
      intro:
        'Estos pasos ayudan a muchas personas. Su proveedor de atención primaria le puede ayudar a planearlos.',
      care: {
        activity: {
          title: 'Siga en movimiento: ejercicio o terapia física',
          body: 'El movimiento suave y un plan de ejercicios pueden aliviar el dolor y darle más fuerza. Un profesional de terapia física puede enseñarle lo que es seguro para usted.',
        },
        heat: {
          title: 'Calor',
          body: 'Una compresa tibia o una ducha tibia pueden relajar los músculos adoloridos. Ponga un paño entre la piel y el calor.',
        },
        medicines: {
          title: 'Medicinas, con su proveedor de atención primaria',
          body: 'Pregunte qué medicinas para el dolor son seguras para usted y cómo tomarlas.',
        },
        support: {
          title: 'Apoyo para el estrés y el ánimo',
          body: 'El dolor, el estrés y el sueño se afectan entre sí. Un profesional de la salud mental o un programa para el dolor puede enseñarle formas de sobrellevarlo. Esto a menudo también alivia el dolor.',
        },
      },
      comeBack:
        'Vuelva a hacer esta evaluación, o pídanos una consulta, si su dolor empeora, o si le sigue afectando en su vida diaria después de unas 6 semanas con estos cuidados.',
      later: 'Más tarde, si estos cuidados no ayudan: lo que los especialistas podrían considerar',
      laterIntro:
        'No son un primer paso para usted ahora. Están aquí para que sepa lo que existe si los cuidados de arriba no ayudan.',
    },
    durations: {
      under6Weeks: 'menos de 6 semanas',
      '6WeeksTo3Months': 'de 6 semanas a 3 meses',
      '3To6Months': 'de 3 a 6 meses',
      '6To12Months': 'de 6 a 12 meses',
      over1Year: 'más de un año',
    },
    treatments: {
      otcMedication: 'analgésicos sin receta',
      prescriptionMedication: 'medicinas con receta',
      opioids: 'opioides',
      physicalTherapy: 'terapia física',
      chiropractic: 'quiropráctico',
      exercise: 'ejercicio',
      injections: 'inyecciones',
      surgery: 'cirugía',
    },
    reviewItems: {
      pregnant: 'está o podría estar embarazada',
      activeInfection: 'tiene una infección ahora',
      bleedingDisorder: 'tiene un trastorno de la coagulación',
    },
    proceduresHeading: 'Los procedimientos y por qué aparecen',
    noProcedures:
      'Ninguno de los procedimientos de esta página coincide con sus respuestas. Aun así, un especialista puede revisar su dolor y hablarle de otros cuidados.',
    fit: { strong: 'Coincide bien', possible: 'Coincide en parte' },
    procedures: {
      epiduralSteroidInjection: {
        name: 'Inyección epidural de esteroides',
        short: 'medicina que se pone cerca de un nervio irritado en la columna',
        what: 'Se pone una medicina con esteroide, que calma la hinchazón, en el espacio alrededor de los nervios de la columna. Se usa para el dolor de la raíz de un nervio irritado. Un ejemplo es la ciática: un dolor que baja desde la parte baja de la espalda por la pierna. Para guiar la aguja se usa la fluoroscopia, una imagen de rayos X en vivo.',
      },
      facetJointInjection: {
        name: 'Inyección en las articulaciones facetarias',
        short: 'medicina que se pone en las pequeñas articulaciones de la columna',
        what: 'Las articulaciones facetarias son las pequeñas articulaciones que unen los huesos de la columna. Permiten que la espalda y el cuello se doblen y giren. Se pone una medicina que adormece, a menudo con un esteroide, dentro o cerca de estas articulaciones. Puede aliviar el dolor por hinchazón o artritis en ellas.',
      },
      nerveBlock: {
        name: 'Bloqueo de nervios',
        short: 'medicina que se pone cerca de un nervio para frenar las señales de dolor',
        what: 'Se pone una medicina que adormece, a veces con un esteroide, cerca de un nervio o de un grupo de nervios. Así el nervio deja de enviar señales de dolor por un tiempo. Se usa para algunos dolores de cabeza, algunos dolores de rodilla y algunos dolores de los nervios. Un ejemplo es el síndrome de dolor regional complejo (SDRC, o CRPS por sus siglas en inglés): un dolor de los nervios que dura y que a menudo empieza tras una lesión.',
      },
      spinalCordStimulation: {
        name: 'Estimulación de la médula espinal',
        short:
          'un pequeño aparato implantado que envía impulsos eléctricos suaves para calmar las señales de dolor',
        what: 'Unos cables delgados cerca de la médula espinal envían impulsos eléctricos suaves. Los impulsos cambian la forma en que las señales de dolor llegan al cerebro. Una pequeña batería queda bajo la piel. Siempre se prueba durante una semana, más o menos, antes de decidir.',
      },
      radiofrequencyAblation: {
        name: 'Ablación por radiofrecuencia',
        short: 'calor suave que calma los pequeños nervios que llevan el dolor',
        what: 'Radiofrecuencia quiere decir ondas de radio. Con ellas se produce un calor suave en la punta de una aguja. El calor calma los pequeños nervios que llevan el dolor desde una articulación de la columna (una articulación facetaria) o desde la rodilla. Con el tiempo, estos nervios pueden volver a crecer.',
      },
    },
    why: 'Por qué aparece: sus respuestas',
    terms: {
      facet:
        'las articulaciones facetarias son las pequeñas articulaciones que unen los huesos de la columna',
      sciatica: 'un dolor que baja desde la parte baja de la espalda por la pierna',
      stenosis: 'un estrechamiento del espacio alrededor de los nervios de la columna',
      bursitis: 'hinchazón de una pequeña bolsa con líquido cerca de una articulación',
      crps: 'síndrome de dolor regional complejo, un dolor de los nervios que dura y que a menudo empieza tras una lesión',
      contrastDye: 'un líquido que se ve en los rayos X',
    },
    basedOn: 'Fuentes:',
    clinicSays: 'En palabras de nuestra clínica',
    clinicSaysTranslated: 'En palabras de nuestra clínica (traducción nuestra)',
    originalEnglish: 'Texto original en inglés',
    expectationsHeading: 'Qué esperar',
    expectations: {
      notACure: {
        title: 'Un procedimiento no es una cura',
        body: 'Estos procedimientos buscan bajar su dolor y ayudarle a hacer más cosas. A menudo no quitan el dolor por completo. Muchas personas los usan junto con ejercicio y otros cuidados.',
      },
      whenToSeekCare: {
        title: 'Cuándo ir a una sala de emergencias',
        body: 'Decida lo que decida, vaya ahora a una sala de emergencias, o llame al 911, si nota cualquiera de estas señales:',
      },
      injectionTimeline: {
        title: 'Después de una inyección',
        body: 'El alivio puede empezar pronto. El esteroide puede tardar unos días en hacer efecto. El alivio puede durar semanas o meses.',
      },
      diagnosticBlocksFirst: {
        title: 'Primero, inyecciones de prueba que adormecen',
        body: 'Antes de la ablación por radiofrecuencia, primero se ponen una o dos inyecciones de prueba con una medicina que adormece. Si alivian claramente su dolor por unas horas, es probable que esos nervios lleven el dolor. Solo entonces se ofrece la ablación por radiofrecuencia.',
      },
      ablationTimeline: {
        title: 'Después de la ablación por radiofrecuencia',
        body: 'El alivio aumenta durante unas semanas. Puede durar meses. Si el dolor vuelve, se puede repetir.',
      },
      stimulationPathway: {
        title: 'Los pasos de la estimulación de la médula espinal',
        body: 'Son varios pasos, y usted puede parar después de cualquiera de ellos:',
      },
      outpatient: {
        title: 'Volver a casa el mismo día',
        body: 'La mayoría de estos procedimientos no necesitan quedarse en el hospital. Usted vuelve a casa el mismo día. Si le dan una medicina para relajarse, planee que alguien le lleve.',
      },
    },
    notACurePainFree:
      'Usted nos dijo que espera quedar sin dolor. Es una esperanza justa, y queremos ser honestos con usted: estos procedimientos rara vez quitan el dolor por completo. Buscan bajarlo y ayudarle a hacer más de lo que le importa. Un profesional de la salud puede hablarle de lo que puede esperar para su dolor.',
    stimulationSteps: [
      'Una cita con un profesional de psicología. Este paso es para todas las personas. Ayuda a ver que el aparato responda a sus necesidades.',
      'Una prueba de una semana, más o menos. Se colocan cables delgados con una aguja, y usted lleva la batería fuera del cuerpo.',
      'Solo si la prueba ayuda claramente: una cirugía menor coloca el aparato bajo la piel. Por lo general, vuelve a casa el mismo día.',
      'El alivio aumenta con el tiempo, a medida que se ajusta el aparato para ayudarle mejor.',
    ],
    seekCareHeadacheSigns: [
      'Un dolor de cabeza de repente, muy fuerte, el peor que ha tenido',
      'Un dolor de cabeza con confusión nueva, desmayo, pérdida de la vista, dificultad para hablar o debilidad de un lado',
      'Un dolor de cabeza con fiebre y el cuello rígido',
    ],
    pathway: {
      repeatEpidural:
        'Usted nos dijo que una inyección epidural anterior no le ayudó mucho. Por lo general, se ofrece otra solo si la primera ayudó claramente.',
      stimulationFirst:
        'Antes de un estimulador, los especialistas buscan que ya haya probado medicinas para el dolor de nervios, recetadas por un médico, sin alivio. Para la espalda, el cuello o la rodilla, también la terapia física.',
      testBlocksFirst:
        'Primero se hacen inyecciones de prueba con medicina para adormecer. Este tratamiento se ofrece solo si le alivian claramente.',
      blockHelped:
        'Usted nos dijo que una inyección de prueba le quitó al menos la mitad del dolor. Es la señal que buscan los especialistas antes de este tratamiento.',
    },
    seekCareSigns: [
      'Dificultad nueva para orinar, o para retener la orina o las heces',
      'Adormecimiento nuevo entre las piernas: alrededor de los genitales, las nalgas o la parte interna de los muslos',
      'Debilidad en un brazo o una pierna que va empeorando',
    ],
    importantHeading: 'Importante para su seguridad',
    cautionsHeading: 'Otras cosas que debe saber',
    severity: { important: 'Importante', warning: 'Tenga en cuenta', info: 'Es bueno saber' },
    cautions: {
      activeInfection: {
        title: 'Una infección ahora',
        body: 'Usted nos dijo que tiene una infección ahora. Los procedimientos esperan hasta que la infección se haya curado, porque una aguja podría extenderla.',
      },
      bloodThinners: {
        title: 'Anticoagulantes',
        body: 'Los anticoagulantes aumentan la probabilidad de sangrado durante un procedimiento. Nunca deje de tomarlos por su cuenta: dejarlos puede causar un derrame cerebral o un coágulo. La clínica hará un plan con quien se los recetó. El tiempo de pausa antes de un procedimiento es distinto para cada medicina.',
      },
      bleedingDisorder: {
        title: 'Un trastorno de la coagulación',
        body: 'Usted nos dijo que tiene un trastorno de la coagulación. Aumenta la probabilidad de sangrado. Un profesional de la salud debe planear para ello antes de cualquier procedimiento.',
      },
      pregnancy: {
        title: 'Embarazo',
        body: 'Usted nos dijo que está o podría estar embarazada. La mayoría de estos procedimientos usan fluoroscopia: una imagen de rayos X en vivo que guía la aguja. En el embarazo, los rayos X se suelen evitar. Primero se hablará con usted de opciones más seguras.',
      },
      selfHarmSupport: {
        title: 'Apoyo para pensamientos difíciles',
        body: 'Usted nos habló de pensamientos de que estaría mejor muerto o muerta, o de hacerse daño. Usted importa, y hay ayuda ahora mismo: llame o envíe un mensaje de texto al 988, de día o de noche. Si está en peligro, llame al 911. Nuestra clínica también quiere ayudarle con esto. Si nos pide que le llamemos, puede contárselo a la persona que le llame.',
      },
      implantedDevice: {
        title: 'Un aparato eléctrico implantado',
        body: 'Un marcapasos, un desfibrilador o un aparato parecido necesita un plan especial antes de la ablación por radiofrecuencia o la estimulación de la médula espinal. La clínica podría hablar con quien atiende su aparato.',
      },
      immunosuppressed: {
        title: 'Defensas bajas',
        body: 'Usted nos dijo que sus defensas están bajas, o que toma una medicina que las baja. Esto aumenta la probabilidad de infección. Se tendrá un cuidado especial.',
      },
      diabetesSteroids: {
        title: 'Diabetes y esteroides',
        body: 'El esteroide de una inyección puede subir el azúcar en la sangre durante varios días. Mida su azúcar más seguido después de una inyección.',
      },
      allergy: {
        title: 'Alergias',
        body: 'Informe a la clínica de todas sus alergias. Algunos procedimientos usan medio de contraste (un líquido que se ve en los rayos X), medicinas que adormecen, esteroides o látex.',
      },
      steroidLimit: {
        title: 'Varias dosis de esteroides este año',
        body: 'Los esteroides se van sumando en el cuerpo, así que hay un límite de cuántos son seguros en un año. Un profesional de la salud las contará con usted.',
      },
      glp1Sedation: {
        title: 'Medicinas como Ozempic, Wegovy o Mounjaro',
        body: 'Estas medicinas hacen que el estómago se vacíe más despacio. Eso importa si le dan una medicina para relajarse o dormir durante un procedimiento. La clínica le dirá si debe pausar la medicina o dejar de comer antes de lo habitual. No la deje por su cuenta.',
      },
      newPainOver50: {
        title: 'Dolor nuevo de espalda o cuello después de los 50',
        body: 'Un dolor nuevo de espalda o cuello que empieza después de los 50 años debe revisarlo un profesional de la salud, para buscar otras causas.',
      },
      osteoporosisCare: {
        title: 'Huesos débiles (osteoporosis)',
        body: 'Usted nos habló de osteoporosis. Las dosis repetidas de esteroides pueden debilitar más los huesos. Se usarán las menos dosis posibles.',
      },
      moodSupport: {
        title: 'El ánimo y el dolor',
        body: 'Sus respuestas muestran que últimamente se ha sentido a menudo sin ánimo, nervioso o nerviosa, o con preocupación. El dolor y el ánimo se afectan entre sí. La ayuda para ambos suele funcionar mejor que un procedimiento solo: hablar con un profesional de la salud mental, o un programa para el dolor y el ánimo juntos. Cuénteselo a la clínica o a su proveedor de atención primaria.',
      },
      esiRareSeriousRisks: {
        title: 'Riesgos raros pero graves de las inyecciones epidurales',
        body: 'Muy rara vez, las inyecciones epidurales de esteroides han causado problemas graves de los nervios: pérdida de la vista, derrame cerebral, parálisis o la muerte. La Administración de Alimentos y Medicamentos de EE. UU. advierte sobre esto. Se le explicará cómo se reduce este riesgo.',
      },
      mriAfterStimulator: {
        title: 'Resonancias magnéticas después de un estimulador',
        body: 'Con algunos estimuladores no se pueden hacer todas las resonancias. Si cree que va a necesitar una, pregunte qué aparato le pondrían.',
      },
      generalRisks: {
        title: 'Todo procedimiento tiene algún riesgo',
        body: 'Los riesgos incluyen infección, sangrado y lesión de un nervio. La lesión de un nervio es rara, y rara vez es permanente. Las medicinas pueden causar efectos por un tiempo corto, como adormecimiento, hormigueo o debilidad. Y puede que un procedimiento no alivie su dolor en absoluto.',
      },
    },
    bloodThinnersYouTake: 'Usted nos dijo que toma:',
    bloodThinnerKinds: {
      aspirin: 'Aspirina',
      antiplatelet:
        'Clopidogrel (Plavix), prasugrel (Effient), ticagrelor (Brilinta) u otro parecido',
      warfarin: 'Warfarina (Coumadin)',
      doac: 'Apixabán (Eliquis), rivaroxabán (Xarelto), dabigatrán (Pradaxa) o edoxabán (Savaysa)',
      heparin: 'Inyecciones de tipo heparina, como enoxaparina (Lovenox) o fondaparinux (Arixtra)',
      unsure: 'Un anticoagulante cuyo nombre no sabe con seguridad',
    },
    allergiesYouNamed: 'Usted nos habló de:',
    allergies: {
      contrastDye: 'Medio de contraste (un líquido que se ve en los rayos X)',
      localAnesthetic: 'Medicina que adormece (anestesia local)',
      steroids: 'Esteroides',
      latex: 'Látex',
    },
    steroidCounts: (injections, courses) =>
      `En los últimos 12 meses, usted nos habló de ${injections} ${injections === 1 ? 'inyección' : 'inyecciones'} de esteroides y ${courses} ${courses === 1 ? 'tratamiento' : 'tratamientos'} con pastillas de esteroides.`,
    generalRisksHeading: 'Los riesgos, en palabras de nuestra clínica (traducción nuestra)',
    disclosure:
      'Queremos que lo sepa: nuestra clínica realiza los procedimientos que revisa esta evaluación (inyecciones epidurales, en las articulaciones facetarias y bloqueos de nervios, ablación por radiofrecuencia y estimulación de la médula espinal). Un profesional de la salud que le examine decide lo que es adecuado para usted, y eso puede ser ningún procedimiento.',
    sourcesHeading: 'Fuentes',
    sources: {
      S0: 'El artículo de nuestra clínica sobre la medicina intervencionista del dolor',
      R1: 'Guía de EE. UU. sobre problemas repentinos de la parte baja de la espalda: señales de alarma (AHCPR)',
      R2: 'Guía nacional del Reino Unido sobre los dolores de cabeza (NICE)',
      R3: 'Academia Estadounidense de Médicos de Familia: el dolor de cuello y sus señales de alarma',
      R4: 'Referencia médica sobre infecciones de la columna y de las articulaciones (StatPearls)',
      G1: 'Guía nacional del Reino Unido sobre el dolor de la parte baja de la espalda y la ciática (NICE)',
      G2: 'Guía nacional del Reino Unido sobre la estimulación de la médula espinal (NICE)',
      G3: 'Guías sobre anticoagulantes antes de procedimientos de columna y dolor (ASRA)',
      G4: 'Referencia médica sobre cuándo deben esperar las inyecciones en la columna (Medscape)',
      G5: 'Fundación de Neuromodulación: a quién le conviene la estimulación de la médula espinal',
      G6: 'Estudio sobre las inyecciones de esteroides y el azúcar en la sangre en la diabetes',
      G7: 'Revisión de una revista médica sobre bloqueos de nervios para los dolores de cabeza (2009)',
      G8: 'Acuerdo de expertos sobre tratamientos de los nervios para el dolor de rodilla',
      G9: 'Definición internacional del dolor que dura (dolor crónico) (IASP)',
      G10: 'Reglas de Medicare de EE. UU. para la estimulación de la médula espinal (CMS)',
      F1: 'Advertencia de la Administración de Alimentos y Medicamentos de EE. UU. sobre las inyecciones epidurales de esteroides (FDA)',
      P1: 'Las preguntas sobre el ánimo PHQ-2 y GAD-2',
      P2: 'Línea 988 de Prevención del Suicidio y Crisis',
      L1: 'Reglas de Medicare de EE. UU. para las inyecciones epidurales de esteroides (CMS)',
      A1: 'Sociedad Estadounidense de Anestesiólogos: medicinas para bajar de peso o para la diabetes antes de la sedación',
    },
    print: 'Imprimir o guardar este resultado',
    request: 'Pedir una consulta',
    requestUrgent: 'Pedir que la clínica le llame',
    requestHint:
      'Una persona de la clínica le devuelve la llamada. No se envía nada hasta que usted lo pida.',
    stickyLabel: 'Consulta',
    changeAnswers: 'Cambiar mis respuestas',
  },

  submitted: {
    title: 'Su solicitud fue enviada',
    reference: 'Su número de referencia',
    keepReference: 'Guarde este número. Ayuda al personal a encontrar su solicitud.',
    urgentHeading: 'No espere nuestra llamada',
    urgent:
      'Por favor, comuníquese hoy con su profesional de la salud o vaya a una clínica de urgencias. Algunas de sus respuestas se deben revisar pronto. La clínica también verá su solicitud.',
    next: 'La clínica le llamará, por lo general en 1 a 2 días hábiles.',
    selfHarmNext:
      'La clínica intentará comunicarse con usted hoy o el siguiente día hábil. Nadie revisa este formulario a toda hora: si necesita ayuda ahora, llame o envíe un mensaje de texto al 988.',
    callUs: 'También puede llamar a la clínica:',
    hours: 'Horario:',
    worse:
      'Si su dolor empeora mucho, o nota alguna de las señales de alarma, vaya a una sala de emergencias o llame al 911.',
    again: 'Empezar una nueva evaluación',
  },
};
