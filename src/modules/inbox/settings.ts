import { defineSettings } from '../../core/settings.js';

export const inboxSettings = defineSettings('inbox', {
  reviewDueWorkingDays: {
    kind: 'integer',
    env: 'REVIEW_DUE_WORKING_DAYS',
    default: 10,
    description: 'Working days (Monday to Friday) a reviewer has to decide a request; later ones are overdue',
  },
  waiverNoticeDays: {
    kind: 'integer',
    env: 'WAIVER_NOTICE_DAYS',
    default: 30,
    description: 'Days before an exception to a compliance rule ends that it appears in the inbox of the owner agency and of reviewers',
  },
  smtpUrl: {
    kind: 'text',
    env: 'SMTP_URL',
    description: 'smtp://user:password@host:587 (or smtps://); when set, notifications are also e-mailed',
    check: (value) => (/^smtps?:\/\//.test(value) ? null : 'must start with smtp:// or smtps://'),
  },
  mailFrom: { kind: 'text', env: 'MAIL_FROM', default: 'Kiến trúc <no-reply@hungyen.gov.vn>', description: 'Sender of the e-mails' },
});
