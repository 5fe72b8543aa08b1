import type { ResultCatalogue } from './result-catalogue';

export const esResult: ResultCatalogue = {
  result: {
    title: 'Su resultado',
    verdicts: {
      urgent: {
        title: 'Por favor, vea a un médico en uno o dos días',
        body: 'Algunas de sus respuestas pueden ser señales de un problema que se debe revisar pronto, antes de cualquier procedimiento. Llame a su médico o a nuestra clínica. Si empeora, vaya a una sala de emergencias.',
      },
      goodCandidate: {
        title: 'Usted podría ser un buen candidato para un procedimiento',
        body: 'Su dolor ha durado, le impide hacer su vida y otros tratamientos no le han dado un alivio duradero. Es en estos casos cuando más se usan estos procedimientos. Un especialista lo revisará con usted.',
      },
      possibleCandidate: {
        title: 'Un procedimiento para el dolor podría ayudarle',
        body: 'Algunas de sus respuestas coinciden con estos procedimientos. Un especialista puede revisar su caso y decirle si alguno es para usted.',
      },
      conservativeFirst: {
        title: 'Puede ser mejor empezar con otros tratamientos',
        body: 'Su dolor es reciente, leve o está mejorando con tratamientos sencillos. Los procedimientos suelen ser para un dolor que dura y no mejora con medicinas, ejercicio y terapia física.',
      },
    },
    urgentFlags: 'Usted nos dijo:',
    proceduresHeading: 'Procedimientos que podrían servirle',
    noProcedures:
      'Ninguno de los cinco procedimientos coincide con sus respuestas. Un especialista puede revisar su dolor y hablar con usted sobre sus opciones.',
    fit: { strong: 'Buena opción', possible: 'Opción posible' },
    procedures: {
      epiduralSteroidInjection: {
        name: 'Inyección epidural de esteroides',
        what: 'Se pone medicina cerca de los nervios de la columna para calmar la inflamación que causa dolor.',
      },
      facetJointInjection: {
        name: 'Inyección en las articulaciones facetarias',
        what: 'Se pone medicina en las pequeñas articulaciones entre los huesos de la columna.',
      },
      nerveBlock: {
        name: 'Bloqueo de nervios',
        what: 'Se pone medicina cerca de un nervio para que deje de enviar señales de dolor.',
      },
      spinalCordStimulation: {
        name: 'Estimulación de la médula espinal',
        what: 'Un pequeño aparato envía impulsos eléctricos suaves a la médula espinal para bloquear el dolor. Primero se prueba.',
      },
      radiofrequencyAblation: {
        name: 'Ablación por radiofrecuencia',
        what: 'Se usa calor para calmar los pequeños nervios que llevan el dolor desde una articulación.',
      },
    },
    why: 'Por qué podría servirle',
    clinicSays: 'Lo que dice nuestra clínica (en inglés)',
    expectationsHeading: 'Qué esperar',
    expectations: {
      notACure: {
        title: 'Un procedimiento no es una cura',
        body: 'Los procedimientos buscan bajar el dolor y ayudarle a hacer más. Puede que no quiten el dolor por completo.',
      },
      injectionTimeline: {
        title: 'Inyecciones',
        body: 'El alivio puede empezar pronto y durar semanas o meses. Los esteroides pueden tardar unos días en hacer efecto.',
      },
      ablationTimeline: {
        title: 'Ablación por radiofrecuencia',
        body: 'El alivio aumenta en unas semanas y puede durar meses. Se puede repetir.',
      },
      stimulationTimeline: {
        title: 'Estimulación de la médula espinal',
        body: 'Primero se prueba por unos días. El alivio llega poco a poco y se ajusta el aparato para ayudarle más.',
      },
      outpatient: {
        title: 'Volver a casa el mismo día',
        body: 'La mayoría de los procedimientos no requieren quedarse en el hospital. Usted vuelve a casa el mismo día.',
      },
    },
    cautionsHeading: 'Cosas a tener en cuenta',
    severity: { important: 'Importante', warning: 'Tenga en cuenta', info: 'Bueno saber' },
    cautions: {
      activeInfection: {
        title: 'Tiene una infección ahora',
        body: 'Los procedimientos se posponen hasta que la infección se cure.',
      },
      bloodThinners: {
        title: 'Toma anticoagulantes',
        body: 'Aumentan el riesgo de sangrado. Nunca los deje por su cuenta. La clínica lo planeará con el médico que se los receta.',
      },
      bleedingDisorder: {
        title: 'Tiene un trastorno de la coagulación',
        body: 'Esto aumenta el riesgo de sangrado. El médico lo planeará con usted.',
      },
      pregnancy: {
        title: 'Está o podría estar embarazada',
        body: 'En el embarazo se suele evitar el uso de rayos X. El médico hablará con usted sobre otras opciones.',
      },
      implantedDevice: {
        title: 'Tiene un aparato eléctrico implantado',
        body: 'Un marcapasos o un aparato parecido necesita un plan especial antes de una ablación por radiofrecuencia o una estimulación de la médula espinal.',
      },
      immunosuppressed: {
        title: 'Tiene las defensas bajas',
        body: 'Esto aumenta el riesgo de infección. El médico tendrá más cuidado.',
      },
      diabetesSteroids: {
        title: 'Tiene diabetes',
        body: 'Las inyecciones de esteroides pueden subirle el azúcar por varios días. Revísela más seguido después de la inyección.',
      },
      allergy: {
        title: 'Tiene una alergia',
        body: 'Dígaselo a la clínica. Algunos procedimientos usan medio de contraste, medicina para adormecer, esteroides o látex.',
      },
      steroidLimit: {
        title: 'Le han puesto varias inyecciones de esteroides este año',
        body: 'Hay un límite de inyecciones de esteroides que es seguro poner en un año. El médico las contará con usted.',
      },
      newPainOver50: {
        title: 'Dolor nuevo de espalda o cuello después de los 50 años',
        body: 'Un dolor nuevo a esta edad lo debe revisar un médico para descartar otras causas.',
      },
      generalRisks: {
        title: 'Todo procedimiento tiene algún riesgo',
        body: 'Los riesgos suelen ser pequeños y pasajeros: infección, sangrado, lesión de un nervio y efectos de la medicina como adormecimiento, hormigueo o debilidad por un tiempo corto.',
      },
    },
    generalRisksHeading: 'Los riesgos, en palabras de nuestra clínica (en inglés)',
    notADiagnosis:
      'Esto no es un diagnóstico. Es una guía basada en sus respuestas. Solo un médico que le examine puede decir qué tratamiento es el adecuado para usted.',
    sourcesHeading: 'Fuentes',
    print: 'Imprimir o guardar este resultado',
    request: 'Pedir una consulta',
    requestUrgent: 'Pedir que la clínica me llame',
    changeAnswers: 'Cambiar mis respuestas',
  },

  submitted: {
    title: 'Su solicitud fue enviada',
    reference: 'Su número de referencia',
    next: [
      'La clínica le llamará, normalmente en 1 o 2 días hábiles.',
      'Guarde su número de referencia. Ayuda al personal a encontrar su solicitud.',
      'Si su dolor empeora mucho o nota alguna de las señales de alarma, vaya a una sala de emergencias o llame al 911.',
    ],
    again: 'Empezar una nueva evaluación',
  },
};
