import type { ModuleDefinition } from '../core/module.js';
import { frameworkModule } from './framework/index.js';
import { dictionaryModule } from './dictionary/index.js';
import { registryModule } from './registry/index.js';
import { catalogueModule } from './catalogue/index.js';
import { inboxModule } from './inbox/index.js';
import { exchangeGatewayModule, exchangeModule } from './exchange/index.js';

/**
 * The platform's modules, lower ones first: a module may use only those listed before it (see CONTRIBUTING.md).
 * Adding a module is writing its folder and one line here.
 */
export const modules: readonly ModuleDefinition[] = [frameworkModule, dictionaryModule, registryModule, catalogueModule, inboxModule, exchangeModule, exchangeGatewayModule];
