export { assess, infectionRisk } from './assess';
export * from './answers';
export * from './assessment';
export * from './sources';
export * from './citations';
