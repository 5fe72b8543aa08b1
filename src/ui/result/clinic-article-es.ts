import type { ClinicPassage } from '../../rules';

// Our own faithful Spanish rendering of each quoted passage of the clinic's article (S0). The
// article is in English: the Spanish result shows these, and offers the English original beside
// them, marked as such. Typed by ClinicPassage, so a passage without a rendering does not compile.

export const clinicArticleEs: Record<ClinicPassage, string> = {
  candidates:
    'La medicina intervencionista del dolor es más adecuada para quienes tienen un dolor persistente y a quienes los tratamientos tradicionales, como las medicinas y la terapia física, no les han dado resultado.',
  epiduralSteroidInjection:
    'En las inyecciones epidurales de esteroides, la medicina se pone directamente en la zona epidural, alrededor de la médula espinal. Pueden ser muy útiles para tratar el dolor causado por la inflamación alrededor de las raíces de los nervios.',
  facetJointInjection:
    'Las articulaciones facetarias son pequeñas articulaciones entre las vértebras. Las inyecciones llevan la medicina directamente a estas articulaciones y alivian la molestia causada por la inflamación o la artritis.',
  nerveBlock:
    'En los bloqueos de nervios, una medicina o una mezcla de medicinas se inyecta cerca de un nervio o de un grupo de nervios concretos para frenar las señales de dolor.',
  spinalCordStimulation:
    'La estimulación de la médula espinal es un método que aplica impulsos eléctricos leves a la médula espinal por medio de electrodos implantados, que pueden interferir con los impulsos de dolor y aliviar los síntomas.',
  radiofrequencyAblation:
    'La ablación por radiofrecuencia es un procedimiento mínimamente invasivo que usa ondas de radiofrecuencia para crear pequeñas lesiones por calor en nervios elegidos, y así interrumpir las señales de dolor.',
  backPain:
    'Dolor de espalda: incluye la molestia causada por hernias de disco, estenosis espinal y artritis de las articulaciones facetarias.',
  neckPain:
    'Dolor de cuello: los procedimientos pueden tratar el dolor que viene de la columna cervical, incluido el de un nervio comprimido.',
  kneePain:
    'Dolor de rodilla: las técnicas intervencionistas pueden tratar el dolor por artrosis, bursitis y desgarros de menisco.',
  headaches:
    'Dolores de cabeza: las migrañas crónicas y las cefaleas en racimos se pueden tratar con bloqueos de nervios u otros procedimientos.',
  neuropathy:
    'Neuropatía: este daño de los nervios puede causar dolor, adormecimiento y hormigueo. Los procedimientos intervencionistas pueden ayudar a controlar estos síntomas.',
  severity:
    'Intensidad del dolor: si su dolor es leve y responde bien a los tratamientos conservadores, puede que no necesite procedimientos intervencionistas. En cambio, si su dolor es fuerte y limita sus actividades diarias, la medicina intervencionista del dolor podría mejorar mucho su calidad de vida.',
  medicalHistory:
    'Historia médica: algunas enfermedades pueden aumentar el riesgo de complicaciones de los procedimientos intervencionistas. Hable de toda su historia médica con su profesional de la salud para saber si la medicina intervencionista del dolor es segura para usted.',
  realisticExpectations:
    'Expectativas realistas: es importante entender que los procedimientos intervencionistas para el dolor no son una cura para el dolor crónico. Buscan controlar su dolor y mejorar su funcionamiento, pero puede que no lo eliminen por completo.',
  infection:
    'Infección: como en todo tratamiento con agujas, hay una pequeña probabilidad de infección en el lugar de la inyección.',
  bleeding: 'Sangrado: puede haber un sangrado leve en el lugar de la inyección.',
  nerveInjury:
    'Lesión de un nervio: hay un riesgo muy pequeño de lesionar un nervio durante el procedimiento.',
  medicationSideEffects:
    'Efectos secundarios de las medicinas: según las medicinas que se usen, puede tener efectos pasajeros como adormecimiento, hormigueo o debilidad.',
  immediateRelief:
    'Alivio inmediato: algunos procedimientos, como las inyecciones, pueden dar un alivio inmediato del dolor que puede durar semanas o meses.',
  gradualImprovement:
    'Mejoría gradual: otros procedimientos, como la estimulación de la médula espinal, pueden tardar en hacer todo su efecto y necesitar ajustes para aliviar mejor el dolor.',
  procedureDay:
    'Las inyecciones suelen tomar poco tiempo, mientras que procedimientos como la estimulación de la médula espinal pueden requerir una pequeña cirugía ambulatoria.',
  outpatient:
    'Recuperación: la mayoría de los procedimientos intervencionistas para el dolor son ambulatorios, así que puede volver a casa el mismo día.',
  notForEveryone:
    'Aunque la medicina intervencionista del dolor ofrece un enfoque prometedor para controlar el dolor crónico, no es adecuada para todas las personas.',
  specialistEvaluates:
    'Los especialistas pueden evaluar cada caso por separado y decidir si este enfoque es adecuado para usted.',
};
