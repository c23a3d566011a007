import { defineModule } from '../../core/module.js';
import { registryWorkflowExtensionPoint } from '../registry/api.js';
import * as tables from './schema.js';
import { inboxRoutes, inboxSchemas } from './routes.js';
import { inboxPolicy } from './access.js';
import { inboxSettings } from './settings.js';
import { createMailer } from './mailer.js';
import { notify, officersOf, reviewers } from './service.js';

const decisionWords = {
  approved: { vi: 'được phê duyệt', en: 'approved' },
  returned: { vi: 'bị trả lại', en: 'returned for changes' },
  rejected: { vi: 'bị từ chối', en: 'rejected' },
  pending: { vi: 'đang chờ thẩm định', en: 'awaiting review' },
} as const;

/** Each user's work across the modules (requests to decide with due dates, returned records), notifications and e-mail. */
export const inboxModule = defineModule({
  id: 'inbox',
  tags: [{ name: 'inbox', description: 'My work and notifications: what waits for me across the modules, with due dates; e-mail when SMTP_URL is set' }],
  prefix: '/api/v1/inbox',
  routes: inboxRoutes,
  schemas: inboxSchemas,
  tables,
  settings: inboxSettings,
  policy: inboxPolicy,
  roles: ['api'],
  connect({ extensions, settings, config, log }) {
    const values = inboxSettings.of({ settings });
    const mailer = createMailer(values.smtpUrl, values.mailFrom);
    const tell = (what: string, run: () => Promise<void>) => run().catch((err: unknown) => log.error({ err, what }, 'notification failed'));
    extensions.add(registryWorkflowExtensionPoint, {
      async requestSubmitted(db, event) {
        await tell('request submitted', async () =>
          notify(db, mailer, config.publicUrl, await reviewers(db), {
            kind: 'registry_request_submitted',
            title: { vi: `Yêu cầu mới cần thẩm định: ${event.system.nameVi}`, en: `A new request to review: ${event.system.nameVi}` },
            link: `/registry/${encodeURIComponent(event.system.code)}`,
          }),
        );
      },
      async requestDecided(db, event) {
        const word = decisionWords[event.status];
        await tell('request decided', async () =>
          notify(db, mailer, config.publicUrl, await officersOf(db, event.system.ownerAgencyId), {
            kind: `registry_request_${event.status}`,
            title: { vi: `Yêu cầu của ${event.system.nameVi} ${word.vi}${event.comment ? `: ${event.comment}` : ''}`, en: `The request for ${event.system.nameVi} was ${word.en}${event.comment ? `: ${event.comment}` : ''}` },
            link: `/registry/${encodeURIComponent(event.system.code)}`,
          }),
        );
      },
    });
  },
});
