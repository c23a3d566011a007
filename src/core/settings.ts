/**
 * A module's own settings: declared in the module (name, environment variable, default), read and validated when
 * the app is assembled, so adding a module never means editing core's configuration.
 */
export interface IntegerSetting {
  kind: 'integer';
  env: string;
  default: number;
  description: string;
}

export interface TextSetting {
  kind: 'text';
  env: string;
  default?: string;
  description: string;
  /** Checked when read; the message says what is expected. */
  check?: (value: string) => string | null;
}

export type Setting = IntegerSetting | TextSetting;
type ValueOf<S extends Setting> = S extends IntegerSetting ? number : string | undefined;
export type SettingValues<S extends Record<string, Setting>> = { readonly [K in keyof S]: ValueOf<S[K]> };

export interface ModuleSettings<S extends Record<string, Setting> = Record<string, Setting>> {
  moduleId: string;
  spec: S;
  /** Values from the environment, with overrides (tests) taking precedence; a bad value stops start-up with its name. */
  read(env: NodeJS.ProcessEnv, overrides?: Partial<Record<keyof S, number | string>>): SettingValues<S>;
  /** The values read for this app (see core/context.ts). */
  of(context: { settings: ReadonlyMap<string, unknown> }): SettingValues<S>;
}

function readSetting(setting: Setting, raw: string | undefined): number | string | undefined {
  if (setting.kind === 'text') {
    const value = raw === undefined || raw === '' ? setting.default : raw;
    const problem = value === undefined ? null : (setting.check?.(value) ?? null);
    if (problem) throw new Error(`${setting.env}: ${problem}`);
    return value;
  }
  if (raw === undefined || raw === '') return setting.default;
  const parsed = Number(raw);
  if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`${setting.env} must be a non-negative integer, got "${raw}"`);
  return parsed;
}

export function defineSettings<S extends Record<string, Setting>>(moduleId: string, spec: S): ModuleSettings<S> {
  return {
    moduleId,
    spec,
    read(env, overrides = {}) {
      const values: Record<string, number | string | undefined> = {};
      for (const [name, setting] of Object.entries(spec)) {
        const override = (overrides as Record<string, number | string | undefined>)[name];
        values[name] = override !== undefined ? override : readSetting(setting, env[setting.env]);
      }
      return values as SettingValues<S>;
    },
    of(context) {
      const values = context.settings.get(moduleId);
      if (!values) throw new Error(`the settings of module "${moduleId}" were not read: is it in the module list?`);
      return values as SettingValues<S>;
    },
  };
}
