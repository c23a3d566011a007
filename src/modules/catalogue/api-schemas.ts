// The public catalogue's cards. Every object is closed (additionalProperties: false): the response serialiser writes
// only the properties listed here, so a field added to the registry's record can never reach the public by accident.
import { Type, type Static } from '@sinclair/typebox';
import { Localised as OpenLocalised, StringEnum, Nullable } from '../../core/http.js';
import { audiences, lifecycles, systemKinds } from '../registry/api.js';

const Closed = { additionalProperties: false } as const;
const Localised = Type.Object(OpenLocalised.properties, Closed);

export const PublicSystemSchema = Type.Object(
  {
    code: Type.String(),
    kind: StringEnum(systemKinds),
    name: Localised,
    owner: Type.Object({ id: Type.String(), name: Localised }, Closed),
    purpose: Type.String(),
    layer: Type.String({ description: 'Layer of the framework: I, II, III or IV' }),
    lifecycle: StringEnum(lifecycles),
    components: Type.Array(Type.Object({ code: Type.String(), link: StringEnum(['implements', 'uses'] as const), name: Localised }, Closed)),
    audiences: Type.Array(StringEnum(audiences), { description: 'Whom it serves: its public channels reach citizens and businesses' }),
    url: Nullable(Type.String(), { description: 'Its public web address, if any' }),
    dataElements: Type.Array(Type.Object({ code: Type.String(), name: Localised }, Closed), { description: 'Approved data dictionary elements its data objects hold' }),
    commune: Nullable(Type.Object({ code: Type.String(), name: Localised }, Closed), { description: 'The commune whose People\u2019s Committee owns it' }),
    servesEveryCommune: Type.Boolean({ description: 'A provincial body\u2019s system serving other agencies, citizens or businesses: shown on every commune\u2019s page' }),
    version: Type.Integer({ description: 'The approved version shown' }),
  },
  { ...Closed, $id: 'PublicSystem', title: 'PublicSystem', description: 'An approved system as the public sees it: no security level, hosting, interfaces, contacts or documents' },
);
export type PublicSystem = Static<typeof PublicSystemSchema>;

export const PublicCommuneSchema = Type.Object(
  {
    code: Type.String({ description: 'Administrative unit code' }),
    name: Localised,
    agency: Type.Object({ id: Type.String(), name: Localised }, Closed),
  },
  { ...Closed, $id: 'PublicCommune', title: 'PublicCommune' },
);

export const catalogueSchemas = [PublicSystemSchema, PublicCommuneSchema];
