/**
 * A module's own settings: declared in the module (name, environment variable, default), read and validated when
 * the app is assembled, so adding a module never means editing core's configuration.
 */
export interface IntegerSetting {
  env: string;
  default: number;
  description: string;
}

export type SettingValues<S extends Record<string, IntegerSetting>> = { readonly [K in keyof S]: number };

export interface ModuleSettings<S extends Record<string, IntegerSetting> = Record<string, IntegerSetting>> {
  moduleId: string;
  spec: S;
  /** Values from the environment, with overrides (tests) taking precedence; a bad value stops start-up with its name. */
  read(env: NodeJS.ProcessEnv, overrides?: Partial<Record<keyof S, number>>): SettingValues<S>;
  /** The values read for this app (see core/context.ts). */
  of(context: { settings: ReadonlyMap<string, unknown> }): SettingValues<S>;
}

export function defineSettings<S extends Record<string, IntegerSetting>>(moduleId: string, spec: S): ModuleSettings<S> {
  return {
    moduleId,
    spec,
    read(env, overrides = {}) {
      const values: Record<string, number> = {};
      for (const [name, setting] of Object.entries(spec)) {
        const override = (overrides as Record<string, number | undefined>)[name];
        const raw = env[setting.env];
        if (override !== undefined) values[name] = override;
        else if (raw === undefined || raw === '') values[name] = setting.default;
        else {
          const parsed = Number(raw);
          if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`${setting.env} must be a non-negative integer, got "${raw}"`);
          values[name] = parsed;
        }
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
