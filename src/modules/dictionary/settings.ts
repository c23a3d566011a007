import { defineSettings } from '../../core/settings.js';

export const dictionarySettings = defineSettings('dictionary', {
  validationMaxBytes: { kind: 'integer', env: 'VALIDATION_MAX_BYTES', default: 1024 * 1024 * 1024, description: 'Largest file accepted for validation (streamed, never held whole)' },
  validationMaxFindings: { kind: 'integer', env: 'VALIDATION_MAX_FINDINGS', default: 100_000, description: 'Findings kept per validation run for reading and download; counting goes on beyond' },
});
