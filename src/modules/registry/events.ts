import type { Db } from '../../core/db.js';
import { createExtensionPoint } from '../../core/module.js';

/** A registration request as the modules above the registry hear of it. */
export interface RequestEvent {
  requestId: string;
  type: string;
  status: 'pending' | 'approved' | 'returned' | 'rejected';
  comment: string | null;
  system: { code: string; nameVi: string; ownerAgencyId: string };
}

/** Told of each step of the registration workflow, after it is committed (the inbox notifies people). */
export interface RegistryWorkflowListener {
  requestSubmitted(db: Db, event: RequestEvent): Promise<void>;
  requestDecided(db: Db, event: RequestEvent): Promise<void>;
}

export const registryWorkflowExtensionPoint = createExtensionPoint<RegistryWorkflowListener>('registry.workflow');

/** The event of a request as the workflow presents it. */
export function requestEvent(r: { id: string; type: string; status: RequestEvent['status']; decisionComment: string | null; system: RequestEvent['system'] | null; systemId: string }): RequestEvent {
  return { requestId: r.id, type: r.type, status: r.status, comment: r.decisionComment, system: r.system ?? { code: r.systemId, nameVi: r.systemId, ownerAgencyId: '' } };
}
