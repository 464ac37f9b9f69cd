// The host interface lives in model/ (formats use it too); re-exported for the service's callers.
export type { Host, Logger } from '../model/host';
