import { Type, type Static } from '@sinclair/typebox';
import { StringEnum } from '../../core/http.js';
import { identifierPattern, memberClasses } from './identifiers.js';

const IdentifierPart = (description: string) => Type.String({ minLength: 1, maxLength: 255, pattern: identifierPattern, description });

export const SubsystemSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    identifier: Type.String({ description: 'INSTANCE/CLASS/MEMBER/SUBSYSTEM, as the X-Road-Client header names it' }),
    code: Type.String(),
    memberId: Type.String({ format: 'uuid' }),
    systemId: Type.String({ format: 'uuid', description: 'The registered system it is' }),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'ExchangeSubsystem', title: 'ExchangeSubsystem' },
);

export const MemberSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    identifier: Type.String({ description: 'INSTANCE/CLASS/MEMBER' }),
    instance: Type.String(),
    memberClass: StringEnum(memberClasses),
    code: Type.String(),
    agencyId: Type.String(),
    createdAt: Type.String({ format: 'date-time' }),
    subsystems: Type.Optional(Type.Array(Type.Ref(SubsystemSchema), { description: 'On the record of one member' })),
  },
  { $id: 'ExchangeMember', title: 'ExchangeMember' },
);

export const MemberInputSchema = Type.Object(
  {
    agencyId: Type.String({ minLength: 1, maxLength: 100, description: 'The agency of the framework that becomes a member' }),
    memberClass: StringEnum(memberClasses, { description: 'GOV: state bodies; ORG: other public organisations; COM: enterprises' }),
    code: Type.Optional(IdentifierPart('The member code: the agency\u2019s electronic identifier code (QĐ 20/2020/QĐ-TTg) when it has one; the agency\u2019s id by default')),
  },
  { additionalProperties: false },
);
export type MemberInput = Static<typeof MemberInputSchema>;

export const SubsystemInputSchema = Type.Object(
  {
    code: IdentifierPart('The subsystem code, unique within the member, e.g. mot-cua'),
    systemId: Type.String({ minLength: 1, maxLength: 64, description: 'The registered system (its id or code), owned by the member\u2019s agency' }),
  },
  { additionalProperties: false },
);
export type SubsystemInput = Static<typeof SubsystemInputSchema>;

export const exchangeSchemas = [SubsystemSchema, MemberSchema];
