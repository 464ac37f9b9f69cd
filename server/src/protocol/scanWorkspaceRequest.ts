/** Client → server: scan every bot file of the workspace folders now; answers when the scan is done (or cancelled). */
export const method = 'waPolicy/scanWorkspace';

export type Result = null;
