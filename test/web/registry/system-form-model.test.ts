import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { SystemRecord } from '../../../web/src/api/types';
import {
  changesFrom,
  clientErrors,
  emptyContact,
  emptyData,
  emptyDocument,
  emptyInterface,
  formFieldErrors,
  inputFrom,
  stateFrom,
  targetOf,
  toggle,
  withComponent,
  type FormState,
} from '../../../web/src/modules/registry/system-form/model';

/** A translation that names the key, so the tests read which message a check chose. */
const t = (key: string) => key;

function validState(changes: Partial<FormState> = {}): FormState {
  return { ...stateFrom(null, 'so-khcn'), code: 'HY-TEST', nameVi: 'Hệ thống thử', layer: 'III', contacts: [{ ...emptyContact(), name: 'Nguyễn Văn A' }], ...changes };
}

const record: SystemRecord = {
  id: '3f1c2f44-0000-4000-8000-000000000001',
  code: 'HY-LGSP',
  kind: 'platform',
  name: { vi: 'Nền tảng tích hợp, chia sẻ dữ liệu', en: 'Data integration platform' },
  ownerAgencyId: 'so-khcn',
  contacts: [{ name: 'Trần B', role: 'Quản trị', email: 'b@hungyen.gov.vn' }],
  purpose: 'Kết nối',
  audiences: ['agencies'],
  lifecycle: 'in_use',
  layer: 'II',
  components: [{ code: 'II.2(1)', link: 'implements' }],
  securityLevel: { level: 3, approvalNumber: '12/QĐ-UBND', approvalDate: '2024-05-01' },
  hosting: 'provincial_dc_hung_yen',
  hostingNote: 'Tủ 4',
  ipv6: 'ready',
  authentication: ['provincial_sso'],
  uiLanguages: ['vi', 'en', 'fr'],
  accessibility: 'partial',
  secureSessions: true,
  accessLogging: true,
  departmentSoftware: false,
  dataObjects: [{ name: 'Công dân', personal: true, sensitive: false, elements: ['ho_va_ten', 'so_dinh_danh'] }],
  interfaces: [{ name: 'NDXP', direction: 'consumes', channel: 'ndxp', counterpartAgencyId: 'bo-ca' }],
  documents: [{ kind: 'legal_basis', title: 'Quyết định 2352/QĐ-UBND', number: '2352/QĐ-UBND', date: '2025-12-29' }],
  supplier: 'VNPT',
  yearStarted: 2020,
  url: 'https://lgsp.hungyen.gov.vn',
} as unknown as SystemRecord;

describe('system form model: state from a record and back', () => {
  it('a new form starts as a draft information system of the officer agency, with one empty contact', () => {
    const s = stateFrom(null, 'so-khcn');
    assert.equal(s.kind, 'information_system');
    assert.equal(s.ownerAgencyId, 'so-khcn');
    assert.equal(s.lifecycle, 'planned');
    assert.deepEqual(s.languages, ['vi']);
    assert.equal(s.contacts.length, 1);
    assert.equal(s.changeNote, '');
  });

  it('a record round-trips: the input sent for an unchanged form equals what the record holds', () => {
    const input = inputFrom(stateFrom(record, ''));
    for (const [key, value] of Object.entries(input)) {
      assert.deepEqual(value, (record as unknown as Record<string, unknown>)[key], key);
    }
  });

  it('interface languages outside the check boxes are kept as typed codes', () => {
    const s = stateFrom(record, '');
    assert.deepEqual(s.languages, ['vi', 'en']);
    assert.equal(s.otherLanguages, 'fr');
    assert.deepEqual(inputFrom({ ...s, otherLanguages: 'fr; de  vi' }).uiLanguages, ['vi', 'en', 'fr', 'de']);
  });

  it('an interface names its counterpart system or agency, and a provided API says whether it is published', () => {
    const s = stateFrom(record, '');
    assert.equal(s.interfaces[0]!.counterpart, 'agency');
    const provided = { ...emptyInterface(), name: 'API tra cứu', direction: 'provides' as const, counterpart: 'none' as const, published: true, catalogueUrl: ' https://api.example ' };
    const consumed = { ...emptyInterface(), name: 'Gọi', counterpart: 'system' as const, counterpartSystemId: 'x', counterpartAgencyId: 'ignored', published: true };
    const [p, c] = inputFrom({ ...s, interfaces: [provided, consumed] }).interfaces;
    assert.deepEqual(p, { name: 'API tra cứu', direction: 'provides', channel: 'lgsp', published: true, catalogueUrl: 'https://api.example' });
    assert.deepEqual(c, { name: 'Gọi', direction: 'consumes', channel: 'lgsp', counterpartSystemId: 'x' });
  });

  it('empty optional texts are left out, data elements are split and deduplicated, the year is a number', () => {
    const input = inputFrom(
      validState({ supplier: '  ', yearStarted: '2021', dataObjects: [{ ...emptyData(), name: 'Hộ', elements: 'a, b;a  c' }], documents: [{ ...emptyDocument(), title: 'QĐ' }] }),
    );
    assert.equal('supplier' in input, false);
    assert.equal(input.yearStarted, 2021);
    assert.deepEqual(input.dataObjects[0], { name: 'Hộ', personal: false, sensitive: false, elements: ['a', 'b', 'c'] });
    assert.deepEqual(input.documents[0], { kind: 'legal_basis', title: 'QĐ' });
    assert.equal(input.securityLevel, null);
  });
});

describe('system form model: checks before sending', () => {
  it('a complete form has no errors', () => {
    assert.deepEqual([...clientErrors(validState(), t)], []);
  });

  it('each error is keyed by the path the server uses', () => {
    const errors = clientErrors(
      validState({
        code: 'x',
        nameVi: ' ',
        ownerAgencyId: '',
        layer: '',
        yearStarted: '1900',
        contacts: [{ ...emptyContact(), name: '' }],
        dataObjects: [emptyData()],
        interfaces: [emptyInterface()],
        documents: [{ ...emptyDocument(), date: '29/12/2025' }],
        securityLevel: '3',
        approvalDate: '2025-13',
      }),
      t,
    );
    assert.deepEqual(Object.fromEntries(errors), {
      code: 'systemForm.codeInvalid',
      'name.vi': 'validation.empty',
      ownerAgencyId: 'systemForm.ownerRequired',
      layer: 'systemForm.layerRequired',
      'contacts.0.name': 'validation.empty',
      yearStarted: 'systemForm.yearInvalid',
      'securityLevel.approvalDate': 'validation.format',
      'dataObjects.0.name': 'validation.empty',
      'interfaces.0.name': 'validation.empty',
      'documents.0.title': 'validation.empty',
      'documents.0.date': 'validation.format',
    });
  });

  it('an empty code says it is empty; a code with diacritics or spaces is invalid', () => {
    assert.equal(clientErrors(validState({ code: '' }), t).get('code'), 'validation.empty');
    assert.equal(clientErrors(validState({ code: 'HY LGSP' }), t).get('code'), 'systemForm.codeInvalid');
    assert.equal(clientErrors(validState({ code: 'HY-ĐẤT' }), t).get('code'), 'systemForm.codeInvalid');
    assert.equal(clientErrors(validState({ code: 'HY.lgsp_2' }), t).has('code'), false);
  });
});

describe('system form model: what an edit sends', () => {
  it('nothing changed gives null, so the form says so instead of saving a new version', () => {
    assert.equal(changesFrom(record, stateFrom(record, '')), null);
  });

  it('only the changed fields are sent, with the change note', () => {
    const s = { ...stateFrom(record, ''), lifecycle: 'phasing_out' as const, changeNote: ' Thay thế dần ' };
    assert.deepEqual(changesFrom(record, s), { lifecycle: 'phasing_out', changeNote: 'Thay thế dần' });
  });

  it('an optional text cleared is sent empty, since leaving it out would keep the old value', () => {
    assert.deepEqual(changesFrom(record, { ...stateFrom(record, ''), supplier: '', hostingNote: ' ' }), { supplier: '', hostingNote: '' });
  });
});

describe('system form model: choices and error targets', () => {
  it('toggle adds and removes a value', () => {
    assert.deepEqual(toggle<string>(['a'], 'b', true), ['a', 'b']);
    assert.deepEqual(toggle<string>(['a', 'b'], 'a', false), ['b']);
    assert.deepEqual(toggle<string>(['a'], 'a', true), ['a']);
  });

  it('a component is chosen, its link changed, then removed', () => {
    let s = validState();
    s = withComponent(s, 'III.1', 'uses');
    s = withComponent(s, 'III.2', 'implements');
    s = withComponent(s, 'III.1', 'implements');
    assert.deepEqual(s.components, [
      { code: 'III.1', link: 'implements' },
      { code: 'III.2', link: 'implements' },
    ]);
    assert.deepEqual(withComponent(s, 'III.1', '').components, [{ code: 'III.2', link: 'implements' }]);
  });

  it('an unknown element of a data object is shown on that data object', () => {
    const mapped = formFieldErrors(new Map([['dataObjects.1.elements.2', 'unknown'], ['code', 'taken']]));
    assert.deepEqual(Object.fromEntries(mapped), { 'dataObjects.1.elements': 'unknown', code: 'taken' });
  });

  it('the error summary links a component error to its control, and whole objects to their first field', () => {
    const s = withComponent(validState(), 'III.1', 'uses');
    assert.equal(targetOf(s, 'components.0.link'), 'sf-component-III-1');
    assert.equal(targetOf(s, 'components.5'), 'sf-components');
    assert.equal(targetOf(s, 'securityLevel'), 'sf-securityLevel-level');
    assert.equal(targetOf(s, 'name'), 'sf-name-vi');
    assert.equal(targetOf(s, 'contacts.0.name'), 'sf-contacts-0-name');
  });
});
