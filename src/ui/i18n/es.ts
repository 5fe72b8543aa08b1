import type { Catalogue } from './catalogue';

/** A count as it is written in Spanish here: 1,012. */
const grouped = (count: number) => new Intl.NumberFormat('es-US').format(count);

export const es: Catalogue = {
  languageName: 'Español',
  app: {
    title: '¿Le podría ayudar un procedimiento para el dolor?',
    clinicFallback: 'Clínica del dolor',
    language: 'Idioma',
    partOf: (part, of, name) => `Parte ${part} de ${of}: ${name}`,
    pageTitle: '¿Le podría ayudar un procedimiento para el dolor? Autoevaluación',
    back: 'Atrás',
    next: 'Siguiente',
    startOver: 'Empezar de nuevo',
    startOverConfirm: '¿Empezar de nuevo? Se borrarán sus respuestas.',
    errorSummaryTitle: 'Hay un problema',
    charactersLeft: (left) =>
      left === 1 ? 'Queda 1 carácter' : `Quedan ${grouped(left)} caracteres`,
    charactersTooMany: (over) =>
      over === 1 ? 'Sobra 1 carácter' : `Sobran ${grouped(over)} caracteres`,
    saveProgress: 'Guardar mi avance en este dispositivo',
    saveProgressHint:
      'Sus respuestas se quedan solo en este navegador por 24 horas, para que pueda volver. No lo active en un dispositivo compartido.',
    restored: 'Hola de nuevo. Guardamos las respuestas que dejó en este dispositivo.',
    outdated:
      'No pudimos conservar las respuestas que guardó antes, porque las preguntas cambiaron. Por favor, conteste de nuevo.',
    privacy:
      'Sus respuestas se quedan en su dispositivo. No se envía nada a la clínica a menos que pida una consulta al final.',
    yes: 'Sí',
    no: 'No',
    selectAll: 'Elija todas las que correspondan.',
    noneOfThese: 'Ninguna de estas',
    sections: {
      aboutYou: 'Sobre usted',
      where: 'Dónde le duele',
      pain: 'Su dolor y lo que ha probado',
      health: 'Salud y medicinas',
      check: 'Sus metas y respuestas',
    },
  },
  errors: {
    chooseOne: 'Por favor, elija una respuesta.',
    chooseAtLeastOne: 'Por favor, elija al menos una opción.',
    redFlags: 'Por favor, elija las señales que tiene, o «Ninguna de estas».',
    age: {
      empty: 'Por favor, escriba su edad.',
      notWhole: 'Por favor, escriba su edad en años con un número entero, como 52.',
      tooLow: (min) => `Por favor, escriba una edad de ${min} o más.`,
      tooHigh: (max) => `Por favor, escriba una edad de ${max} o menos.`,
    },
    number: {
      empty: 'Por favor, escriba un número. Si no tiene ninguno, escriba 0.',
      notWhole: 'Por favor, escriba un número entero, como 3.',
      tooLow: (min) => `Por favor, escriba un número de ${min} o más.`,
      tooHigh: (max) => `Por favor, escriba un número de ${max} o menos.`,
    },
    painWorst: 'Su dolor en el peor momento no puede ser más bajo que su dolor en un día normal.',
  },
  steps: {
    age: {
      title: '¿Cuántos años tiene?',
      intro: 'Esta evaluación toma unos 5 minutos. Es una guía, no un diagnóstico.',
      label: 'Su edad en años',
      hint: 'Por ejemplo: 52',
    },
    redFlags: {
      title: '¿Tiene ahora alguna de estas señales?',
      intro:
        'Pueden ser señales de un problema nuevo que necesita atención pronto. Elija todas las que correspondan, o «Ninguna de estas».',
      emergencyHeading: 'Señales que necesitan atención de emergencia',
      urgentHeading: 'Señales que necesitan ver a un médico pronto',
      options: {
        bladderBowelChange:
          'Desde que empezó este dolor, no puede orinar, o se le sale la orina o las heces sin sentirlo',
        saddleNumbness:
          'Adormecimiento nuevo alrededor de los genitales, las nalgas o la parte interna de los muslos',
        progressiveWeakness:
          'De repente no puede levantar un pie o agarrar cosas con una mano, o un brazo o una pierna se debilita cada vez más en horas o días',
        seriousInjury:
          'El dolor empezó en las últimas 6 semanas después de un choque de auto, una caída fuerte o un golpe, y ningún médico lo ha revisado',
        thunderclapHeadache:
          'En la última semana, un dolor de cabeza repentino, el peor de su vida, que llegó a toda su fuerza en menos de un minuto',
        headacheNeuroSymptoms:
          'Dolor de cabeza con confusión nueva, desmayo, pérdida de la vista, visión doble, dificultad para hablar, la cara caída o debilidad de un lado; o fiebre con el cuello rígido',
        spinalInfectionRisk:
          'Fiebre con dolor de espalda o de cuello, y en los últimos 3 meses: una inyección o una cirugía en la columna, drogas inyectadas, o defensas bajas',
        hotSwollenJoint: 'Una rodilla u otra articulación caliente, roja e hinchada, con fiebre',
        giantCellArteritisSigns:
          'Un dolor de cabeza de un tipo nuevo, con dolor de la mandíbula al masticar, dolor en el cuero cabelludo, o la vista borrosa o perdida',
        feverChills: 'Fiebre, escalofríos o sudores nocturnos con el dolor, en las últimas semanas',
        cancerHistory: 'Ha tenido cáncer, y este dolor empezó en los últimos meses',
        unexplainedWeightLoss:
          'Bajó 10 libras (4.5 kg) o más en los últimos 6 meses sin intentarlo',
        nightPain:
          'En las últimas 6 semanas, dolor constante que es fuerte de noche y no se alivia con el descanso ni al cambiar de posición',
        myelopathySigns:
          'Falta de equilibrio nueva al caminar, o torpeza nueva en las manos: se le caen las cosas, le cuesta abotonarse',
        fractureRisk:
          'En las últimas 6 semanas, el dolor empezó después de una caída leve o un esfuerzo, y tiene los huesos débiles (osteoporosis) o ha tomado pastillas de esteroides por meses',
        positionalOrCoughHeadache:
          'Un dolor de cabeza nuevo que aparece al toser, estornudar o hacer fuerza, o que cambia mucho al acostarse o al ponerse de pie',
      },
      hints: {
        bladderBowelChange: 'No cuenta el estreñimiento por las medicinas para el dolor.',
        saddleNumbness: 'Las partes del cuerpo que tocarían una silla de montar.',
        progressiveWeakness:
          'No cuenta el dolor que le hace moverse con cuidado, ni un adormecimiento que sigue igual desde hace meses.',
        thunderclapHeadache: 'Distinto de sus dolores de cabeza de siempre.',
        headacheNeuroSymptoms: 'No cuenta el aura de su migraña de siempre.',
        myelopathySigns: 'Que no se debe al dolor mismo.',
      },
    },
    locations: {
      title: '¿Dónde tiene dolor?',
      intro:
        'Toque cada lugar que le duele en el cuerpo, o use la lista. Elija todos los que correspondan.',
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
        lowerBack: 'En la parte baja de la espalda, a veces llega a la nalga o a la pierna',
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
          sittingBendingForward: 'Sentarme o inclinarme hacia adelante',
        },
      },
      diagnoses: {
        legend: '¿Un médico le ha dicho que tiene alguno de estos?',
        hint: 'Elija todos los que correspondan, o ninguno.',
        options: {
          discHerniation: 'Hernia de disco',
          spinalStenosis: 'Estenosis espinal',
          facetArthritis: 'Artritis de las articulaciones facetarias',
          degenerativeDisc: 'Discos desgastados (enfermedad degenerativa del disco)',
          sciatica: 'Ciática',
        },
        hints: {
          spinalStenosis: 'El espacio alrededor de los nervios de la columna se ha hecho estrecho.',
          facetArthritis:
            'Desgaste de las facetas: las pequeñas uniones entre los huesos de la columna.',
          sciatica: 'Dolor que baja de la espalda por la pierna, a lo largo de un nervio.',
        },
      },
      priorSurgery: { legend: '¿Ha tenido una cirugía de columna en esta zona, y el dolor sigue?' },
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
          pinchedNerve: 'Nervio comprimido (pinchado)',
          facetArthritis: 'Artritis de las articulaciones facetarias',
          degenerativeDisc: 'Discos desgastados (enfermedad degenerativa del disco)',
        },
        hints: {
          facetArthritis:
            'Desgaste de las facetas: las pequeñas uniones entre los huesos de la columna.',
        },
      },
      priorSurgery: { legend: '¿Ha tenido una cirugía de cuello, y el dolor sigue?' },
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
        hints: {
          bursitis:
            'La bursa es una bolsita de líquido que protege la rodilla. En la bursitis, se hincha y duele.',
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
          cluster:
            'Cefalea en racimos (dolor muy fuerte alrededor de un ojo que llega en temporadas)',
          backOfHead: 'Dolor en la parte de atrás de la cabeza',
          other: 'Otro tipo, o no lo sé',
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
        hints: {
          crps: 'Dolor fuerte y ardiente en un brazo o una pierna, a menudo después de una lesión, con hinchazón o cambios en el color o la temperatura de la piel.',
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
      intro: 'Conteste sí o no para cada uno. Si lo probó, díganos cómo le fue.',
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
      tried: {
        otcMedication: '¿Ha probado analgésicos sin receta?',
        prescriptionMedication: '¿Ha probado medicinas con receta?',
        opioids: '¿Ha probado opioides?',
        physicalTherapy: '¿Ha probado la terapia física?',
        chiropractic: '¿Ha ido al quiropráctico?',
        exercise: '¿Ha probado el ejercicio?',
        injections: '¿Le han puesto inyecciones para el dolor o bloqueos de nervios?',
        surgery: '¿Ha tenido una cirugía por este dolor?',
      },
      hints: {
        otcMedication: 'Como ibuprofeno, naproxeno o acetaminofén.',
        prescriptionMedication:
          'Incluye medicinas para el dolor de nervios y relajantes musculares.',
        opioids: 'Como oxicodona, hidrocodona o tramadol.',
        exercise: 'Caminar, estirarse o hacer ejercicios de fuerza con regularidad.',
      },
      howDidItGo: '¿Cómo le fue?',
      outcomes: {
        notTried: 'No lo probé',
        noRelief: 'No me ayudó',
        temporaryRelief: 'Me ayudó por un tiempo',
        lastingRelief: 'Me ayudó y me sigue ayudando',
      },
    },
    priorProcedures: {
      title: 'Sus inyecciones y procedimientos anteriores',
      intro:
        'Nos dijo que le han puesto inyecciones o bloqueos de nervios para este dolor. Cuéntenos un poco más.',
      kinds: {
        legend: '¿Cuáles de estos le han hecho?',
        hint: 'Elija todos los que correspondan.',
        options: {
          epidural: 'Inyección epidural de esteroides',
          facetOrMedialBranchBlock:
            'Inyección en las articulaciones facetarias o bloqueo de la rama medial',
          radiofrequencyAblation: 'Ablación por radiofrecuencia',
          kneeInjection: 'Una inyección en la rodilla o un bloqueo de los nervios de la rodilla',
          headOrNerveBlock: 'Un bloqueo de nervios para dolores de cabeza o dolor de nervios',
          spinalCordStimulatorTrial: 'Una prueba de un estimulador de la médula espinal',
          other: 'Otra inyección, o no sé cuál',
        },
        hints: {
          epidural:
            'Medicina que se pone cerca de los nervios de la columna, en la espalda o el cuello.',
          facetOrMedialBranchBlock:
            'Medicina para adormecer que se pone en o cerca de las articulaciones facetarias: las pequeñas articulaciones que unen los huesos de la columna. El bloqueo de la rama medial adormece los nervios pequeños que llevan el dolor de esas articulaciones.',
          radiofrequencyAblation:
            'El calor de la punta de una aguja calma un nervio que lleva el dolor, y el alivio puede durar meses.',
          headOrNerveBlock: 'Por ejemplo, en la parte de atrás de la cabeza.',
          spinalCordStimulatorTrial:
            'Un aparato pequeño manda impulsos eléctricos suaves a la columna. Se prueba por una semana, más o menos.',
        },
      },
      relief: {
        legend: 'En su mejor momento, ¿cuánto le ayudó?',
        options: {
          none: 'No me ayudó',
          under50: 'Un poco: se quitó menos de la mitad del dolor (menos del 50\u00a0%)',
          '50to79': 'Se quitó la mitad del dolor o más (del 50 al 79\u00a0%)',
          '80plus': 'Se quitó casi todo o todo el dolor (80\u00a0% o más)',
        },
      },
      lasted: {
        legend: '¿Cuánto tiempo le duró la ayuda?',
        options: {
          underOneDay: 'Menos de un día',
          daysToWeeks: 'De días a semanas',
          monthsOrMore: 'Meses o más',
        },
      },
    },
    imaging: {
      title: 'Radiografías y estudios de imagen',
      intro: 'Si le duele en más de un lugar, conteste por el dolor que más le molesta.',
      legend: '¿Cuál es la radiografía o el estudio más reciente del lugar que le duele?',
      options: {
        none: 'No me han hecho radiografías ni estudios',
        xrayOnly: 'Solo radiografías',
        mriOrCtWithin2Years: 'Una resonancia magnética o una tomografía en los últimos 2 años',
        mriOrCtOlder: 'Una resonancia magnética o una tomografía hace más de 2 años',
        unsure: 'No lo sé',
      },
    },
    history: {
      title: 'Su salud',
      history: {
        legend: '¿Alguna de estas cosas es su caso?',
        hint: 'Elija todas las que correspondan, o ninguna. Esto ayuda a la clínica a cuidarle.',
        options: {
          bloodThinners: 'Tomo medicinas para diluir la sangre, incluida una aspirina diaria',
          bleedingDisorder: 'Tengo un trastorno de la coagulación (sangrado)',
          activeInfection: 'Tengo una infección ahora',
          pregnant: 'Estoy embarazada, o podría estarlo',
          diabetes: 'Tengo diabetes',
          implantedDevice:
            'Tengo un marcapasos, un desfibrilador u otro aparato eléctrico implantado',
          immunosuppressed: 'Tengo las defensas bajas, o tomo medicinas que las bajan',
          osteoporosis: 'Tengo los huesos delgados y débiles (osteoporosis)',
          glp1Agonist:
            'Me pongo una inyección cada semana o tomo una pastilla cada día para la diabetes o para bajar de peso',
        },
        hints: {
          glp1Agonist: 'Como Ozempic, Wegovy, Mounjaro, Zepbound o Rybelsus.',
          bleedingDisorder: 'Sangro o me salen moretones mucho más fácil que a otras personas.',
          pregnant:
            'Muchos procedimientos para el dolor usan fluoroscopia: una radiografía en vivo que guía la aguja.',
          immunosuppressed:
            'Por ejemplo: le hicieron un trasplante, recibe tratamiento para el cáncer, o toma pastillas de esteroides todos los días.',
        },
      },
      bloodThinnerKinds: {
        legend: '¿Qué medicina para diluir la sangre toma?',
        hint: 'Elija todas las que correspondan. Las marcas están entre paréntesis.',
        options: {
          aspirin: 'Aspirina',
          antiplatelet:
            'Clopidogrel (Plavix), prasugrel (Effient), ticagrelor (Brilinta), cilostazol o dipiridamol',
          warfarin: 'Warfarina (Coumadin)',
          doac: 'Apixabán (Eliquis), rivaroxabán (Xarelto), dabigatrán (Pradaxa) o edoxabán (Savaysa)',
          heparin:
            'Inyecciones para diluir la sangre, como enoxaparina (Lovenox) o fondaparinux (Arixtra)',
          unsure: 'No sé cuál',
        },
      },
    },
    allergies: {
      title: 'Alergias y medicinas con esteroides',
      allergies: {
        legend: '¿Tiene alergia a alguno de estos?',
        hint: 'Elija todos los que correspondan, o ninguno.',
        options: {
          contrastDye: 'Medio de contraste',
          localAnesthetic: 'Medicina para adormecer (anestesia local)',
          steroids: 'Esteroides',
          latex: 'Látex',
        },
        hints: {
          contrastDye:
            'El tinte que se usa en algunas radiografías y estudios para ver mejor el cuerpo.',
        },
      },
      steroidInjections: {
        label: 'En los últimos 12 meses, ¿cuántas inyecciones de esteroides le han puesto?',
        hint: 'También se llaman inyecciones de cortisona, en cualquier parte del cuerpo. Escriba 0 si no le han puesto ninguna.',
      },
      steroidCourses: {
        label:
          'En los últimos 12 meses, ¿cuántas veces ha tomado pastillas de esteroides por poco tiempo?',
        hint: 'Por ejemplo, un paquete de prednisona. Escriba 0 si no las ha tomado.',
      },
    },
    mood: {
      title: 'Cómo se ha sentido',
      intro:
        'El dolor y el estado de ánimo se afectan entre sí. Estas preguntas ayudan a la clínica a cuidar de su salud en general.',
      stem: 'Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?',
      phq2: [
        'Poco interés o placer en hacer cosas',
        'Se ha sentido decaído(a), deprimido(a) o sin esperanzas',
      ],
      gad2: [
        'Se ha sentido nervioso(a), ansioso(a) o con los nervios de punta',
        'No ha sido capaz de parar o controlar su preocupación',
      ],
      answers: ['Ningún día', 'Varios días', 'Más de la mitad de los días', 'Casi todos los días'],
      attribution: 'Estas cuatro preguntas son el PHQ-2 y el GAD-2, de uso libre.',
      selfHarm: {
        legend:
          'En las últimas 2 semanas, ¿ha pensado que sería mejor morir, o ha pensado en hacerse daño de alguna manera?',
        hint: 'Muchas personas que viven con dolor tienen a veces pensamientos así. Su respuesta nos ayuda a que reciba apoyo.',
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
    steroidCoursesPast12Months: 'Tratamientos con pastillas de esteroides en los últimos 12 meses',
    priorProcedures: 'Inyecciones y procedimientos anteriores',
    imaging: 'Radiografía o estudio más reciente',
    bloodThinnerKinds: 'Medicina para diluir la sangre',
    mood: {
      phq2: 'Interés y ánimo, últimas 2 semanas',
      gad2: 'Nervios y preocupación, últimas 2 semanas',
      selfHarmThoughts:
        'Pensamientos de que sería mejor morir o de hacerse daño, últimas 2 semanas',
    },
    history: 'Salud',
    allergies: 'Alergias',
    goals: 'Metas',
    back: {
      legPain: 'El dolor de espalda llega a la pierna',
      worseWith: 'Qué empeora el dolor de espalda',
      diagnoses: 'Diagnóstico de espalda',
      priorSurgery: 'Cirugía de columna, el dolor sigue',
    },
    neck: {
      armPain: 'El dolor de cuello va al brazo',
      worseWith: 'Qué empeora el dolor de cuello',
      diagnoses: 'Diagnóstico de cuello',
      priorSurgery: 'Cirugía de cuello, el dolor sigue',
    },
    knee: { diagnoses: 'Diagnóstico de rodilla', replacement: 'Reemplazo de rodilla' },
    head: { types: 'Tipo de dolor de cabeza', daysPerMonth: 'Días con dolor de cabeza' },
    nerve: { cause: 'Causa del dolor de nervios' },
    outOf10: (n) => `${n} de 10`,
    years: (n) => `${n} años`,
    daysAMonth: (n) => `${n} días al mes`,
    procedureOutcome: (relief, lasted) => {
      const helped = {
        none: 'no ayudó',
        under50: 'ayudó menos del 50\u00a0%',
        '50to79': 'ayudó del 50 al 79\u00a0%',
        '80plus': 'ayudó el 80\u00a0% o más',
      }[relief];
      const howLong = {
        underOneDay: 'por menos de un día',
        daysToWeeks: 'por días o semanas',
        monthsOrMore: 'por meses o más',
      };
      return relief === 'none' || lasted === undefined ? helped : `${helped}, ${howLong[lasted]}`;
    },
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
    priorProcedures: 'inyecciones y procedimientos anteriores',
    imaging: 'radiografías y estudios',
    history: 'salud',
    allergies: 'alergias y esteroides',
    mood: 'cómo se ha sentido',
    goals: 'metas',
  },
  emergency: {
    title: 'Por favor, busque atención de emergencia ahora',
    body: 'Sus respuestas pueden ser señal de un problema grave que necesita atención de inmediato. No espere una cita en la clínica.',
    call: 'Llame al 911',
    er: 'O vaya ahora a la sala de emergencias más cercana.',
    drive: 'No vaya manejando.',
    because: 'Usted nos dijo:',
    infectionRisk:
      'Tiene fiebre, defensas bajas y dolor de espalda o de cuello. Juntas, estas señales pueden indicar una infección cerca de la columna.',
    notSent: 'Ninguna de sus respuestas se envió a nadie.',
    mistake: '¿Lo eligió por error? Vuelva atrás y cambie su respuesta',
  },
  urgentNotice: {
    title:
      'Por favor, comuníquese hoy con su profesional de la salud o vaya a una clínica de urgencias',
    body: 'Nos habló de señales que un médico debe revisar pronto:',
    finish:
      'Si quiere, puede terminar esta evaluación. La clínica verá sus respuestas cuando las envíe al final.',
    worse: 'Si se siente mucho peor, llame al 911 o vaya a una sala de emergencias.',
    continue: 'Seguir con la evaluación',
  },
  crisis: {
    title: 'No tiene que pasar por esto a solas',
    body: 'Gracias por decírnoslo. Puede hablar con alguien ahora mismo, gratis, de día o de noche.',
    call: 'Llamar al 988',
    text: 'Enviar un mensaje de texto al 988',
    spanish:
      'En la Línea 988 le atienden en español: al llamar, marque 2, o envíe la palabra AYUDA por texto al 988.',
    danger: 'Si corre peligro ahora:',
    call911: 'llame al 911',
    textSpanish: 'Enviar AYUDA por texto al 988',
    notWatched:
      'Nadie revisa este formulario a toda hora, así que nadie verá su respuesta enseguida.',
    keepGoing: 'Puede seguir con la evaluación cuando quiera.',
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
    lastName: 'Apellido(s)',
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
      legend: '¿En qué momento del día prefiere que le contactemos?',
      options: { morning: 'Mañana', afternoon: 'Tarde', evening: 'Noche', any: 'Cualquier hora' },
    },
    message: '¿Algo más que quiera decirnos? (opcional)',
    consentLegend: 'Su permiso',
    consentContact: 'La clínica puede contactarme sobre esta solicitud de la forma que elegí.',
    consentPrivacy:
      'Acepto que la clínica guarde mis respuestas y mis datos de contacto para atender mi solicitud, y que solo los comparta con el personal que me atiende.',
    send: 'Enviar mi solicitud',
    sending: 'Enviando su solicitud…',
    errors: {
      firstName: {
        empty: 'Por favor, escriba su nombre.',
        tooLong: (max, length) =>
          `Su nombre debe tener ${grouped(max)} caracteres o menos (este tiene ${grouped(length)}).`,
      },
      lastName: {
        empty: 'Por favor, escriba su apellido.',
        tooLong: (max, length) =>
          `Su apellido debe tener ${grouped(max)} caracteres o menos (este tiene ${grouped(length)}).`,
      },
      dateOfBirth: {
        empty: 'Por favor, escriba su fecha de nacimiento.',
        notReal: 'Por favor, escriba una fecha de nacimiento real, con día, mes y año.',
        future: 'Su fecha de nacimiento debe ser una fecha pasada.',
        tooOld: (years) =>
          `Su fecha de nacimiento no puede ser de hace más de ${years} años. Por favor, revise el año.`,
        age: (age) =>
          `Esta fecha de nacimiento no coincide con la edad que nos dio (${age}). Por favor, revise las dos.`,
      },
      phone: {
        empty: 'Por favor, escriba su número de teléfono.',
        characters:
          'Su número de teléfono solo puede tener dígitos, espacios, paréntesis, puntos y guiones, y un + al principio.',
        digits: (min, max, count) =>
          `Un número de teléfono lleva de ${min} a ${max} dígitos. Este tiene ${count}.`,
        tooLong: (max, length) =>
          `Su número de teléfono debe tener ${grouped(max)} caracteres o menos, con los espacios (este tiene ${grouped(length)}).`,
      },
      email: {
        invalid: 'Por favor, escriba un correo como nombre@ejemplo.com.',
        tooLong: (max, length) =>
          `Su correo electrónico debe tener ${grouped(max)} caracteres o menos (este tiene ${grouped(length)}).`,
        needed: 'Por favor, escriba su correo electrónico o elija otra forma de contacto.',
      },
      message: {
        tooLong: (max, length) =>
          `Su mensaje debe tener ${grouped(max)} caracteres o menos (este tiene ${grouped(length)}).`,
      },
      consentContact:
        'Por favor, marque esta casilla para que la clínica pueda contactarle sobre su solicitud.',
      consentPrivacy:
        'Por favor, marque esta casilla para que la clínica pueda guardar sus datos y atender su solicitud.',
      hiddenCharacters: (field) =>
        `${field}: tiene caracteres de formato ocultos, a menudo por copiar y pegar. Por favor, escríbalo de nuevo.`,
    },
    failed: {
      offline:
        'No pudimos comunicarnos con la clínica. Revise su conexión a internet e intente de nuevo. Sus respuestas se conservan.',
      server:
        'El sistema de la clínica tuvo un problema. Intente de nuevo en un momento. Sus respuestas se conservan.',
      rateLimited:
        'Se mandaron muchas solicitudes desde esta conexión. Espere un minuto y vuelva a intentarlo.',
      outdated:
        'Este formulario cambió mientras usted respondía. Vuelva a cargar la página y conteste las preguntas nuevas.',
      rejected: 'La clínica no pudo aceptar esta solicitud. Revise sus datos o llame a la clínica.',
    },
    retry: 'Intentar de nuevo',
  },
};
