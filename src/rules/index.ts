export { assess } from './assess';
export { infectionRisk } from './infection-risk';
export * from './answers';
export * from './assessment';
export * from './sources';
export * from './citations';
