import type { SystemRecord } from '../model.js';
import type { ComplianceSummary, Finding, Rule, RuleContext, RuleResult, Text } from './types.js';

const notApplicable = (vi: string, en: string): RuleResult => ({ outcome: 'not_applicable', message: { vi, en } });
const pass = (vi: string, en: string): RuleResult => ({ outcome: 'pass', message: { vi, en } });
const fail = (vi: string, en: string, details?: unknown): RuleResult => ({ outcome: 'fail', message: { vi, en }, ...(details !== undefined ? { details } : {}) });

const citizenAudiences = new Set(['citizens', 'businesses']);
const provincialHosting = new Set(['provincial_dc_hung_yen', 'provincial_dc_thai_binh', 'national_dc']);

function counterpartAgency(i: SystemRecord['interfaces'][number], context: RuleContext): string | undefined {
  if (i.counterpartSystemId) return context.systems.get(i.counterpartSystemId)?.ownerAgencyId;
  return i.counterpartAgencyId;
}

/** The framework's own rules (Decision 2352/QĐ-UBND), each with the clause it comes from. */
export const rules: Rule[] = [
  {
    id: 'LGSP_EXCHANGE',
    clause: 'II.2(1)',
    severity: 'error',
    title: { vi: 'Trao đổi dữ liệu liên cơ quan qua nền tảng LGSP', en: 'Inter-agency data exchange goes through the LGSP' },
    remedy: {
      vi: 'Chuyển các kết nối trực tiếp (điểm – điểm) với hệ thống của cơ quan khác sang Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP), hoặc NDXP với bên ngoài tỉnh.',
      en: 'Move point-to-point connections with other agencies\u2019 systems onto the provincial integration platform (LGSP), or NDXP for parties outside the province.',
    },
    check(system, context) {
      const crossAgency = system.interfaces.filter((i) => {
        const other = counterpartAgency(i, context);
        return other !== undefined && other !== system.ownerAgencyId;
      });
      // Calls through the gateway in the last 30 days are the evidence: a link that carried them went through LGSP,
      // whatever the record declares.
      const traffic = context.gatewayTraffic.get(system.id);
      const seen = (i: SystemRecord['interfaces'][number]) => (i.counterpartSystemId ? traffic?.get(i.counterpartSystemId) : undefined);
      const observed = [...(traffic?.entries() ?? [])].filter(([id]) => {
        const agency = context.systems.get(id)?.ownerAgencyId;
        return agency !== undefined && agency !== system.ownerAgencyId;
      });
      if (crossAgency.length === 0 && observed.length === 0) return notApplicable('Không khai báo kết nối với cơ quan khác.', 'No interface with another agency is declared.');
      const direct = crossAgency.filter((i) => i.channel === 'direct' && !seen(i));
      if (direct.length > 0) {
        const names = direct.map((i) => i.name).join(', ');
        return fail(`Kết nối trực tiếp với cơ quan khác: ${names}.`, `Direct interfaces with other agencies: ${names}.`, { interfaces: direct.map((i) => i.name) });
      }
      if (observed.length > 0) {
        // No count in the message: findings are stored at evaluation, calls go on after it.
        const names = observed.map(([id]) => context.systems.get(id)?.code ?? id).join(', ');
        return pass(
          `Trao đổi với hệ thống của cơ quan khác đi qua cổng LGSP trong 30 ngày qua: ${names}.`,
          `Exchanges with other agencies\u2019 systems went through the LGSP gateway in the last 30 days: ${names}.`,
        );
      }
      return pass('Mọi kết nối với cơ quan khác đi qua LGSP/NDXP (theo khai báo; chưa thấy lượt gọi qua cổng LGSP trong 30 ngày).', 'Every interface with another agency goes through LGSP/NDXP (as declared; no call through the LGSP gateway seen in 30 days).');
    },
  },
  {
    id: 'NO_DUPLICATE_NATIONAL',
    clause: 'III (đoạn cuối)',
    severity: 'error',
    title: { vi: 'Không trùng lặp nền tảng dùng chung quốc gia', en: 'No duplication of a national shared platform' },
    remedy: {
      vi: 'Sử dụng, tích hợp nền tảng dùng chung quốc gia thay vì xây dựng hệ thống riêng có cùng chức năng; nếu chỉ khai thác, khai báo quan hệ "sử dụng".',
      en: 'Use and integrate the national shared platform instead of building one with the same function; if the system only uses it, declare the link as "uses".',
    },
    check(system, context) {
      const national = system.components.filter((c) => c.link === 'implements' && context.components.get(c.code)?.scope === 'national');
      if (national.length === 0) return pass('Không xây dựng lại thành phần dùng chung quốc gia.', 'Does not rebuild a national shared component.');
      const names = national.map((c) => `${c.code} ${context.components.get(c.code)?.name.vi ?? ''}`.trim()).join('; ');
      const namesEn = national.map((c) => `${c.code} ${context.components.get(c.code)?.name.en ?? ''}`.trim()).join('; ');
      return fail(`Khai báo triển khai thành phần dùng chung quốc gia: ${names}.`, `Declares that it implements national shared components: ${namesEn}.`, { components: national.map((c) => c.code) });
    },
  },
  {
    id: 'NO_DUPLICATE_REGISTERED',
    clause: 'III (đoạn cuối)',
    severity: 'warning',
    title: { vi: 'Không trùng lặp hệ thống đã đăng ký', en: 'No duplication of another registered system' },
    remedy: {
      vi: 'Ưu tiên sử dụng, mở rộng hệ thống hiện có; nếu hệ thống này thay thế hoặc là một phần của hệ thống kia, khai báo quan hệ "thay thế" hoặc "là một phần của".',
      en: 'Prefer using and extending the existing system; if this one replaces it or is part of it, declare "replaces" or "part of".',
    },
    check(system, context) {
      const relations = context.relations.get(system.id) ?? [];
      const declared = relations.filter((r) => r.type === 'duplicates' && r.fromId === system.id).map((r) => r.toId);
      const related = new Set(relations.filter((r) => r.type === 'replaces' || r.type === 'part_of').flatMap((r) => [r.fromId, r.toId]));
      // A platform of the province's data layer (LGSP, the data warehouse, …) exists once for the whole province.
      const shared = system.components.filter((c) => c.link === 'implements' && context.components.get(c.code)?.layer === 'II' && context.components.get(c.code)?.scope === 'provincial');
      const overlapping = new Set<string>(declared);
      for (const c of shared) {
        for (const other of context.implementers.get(c.code) ?? []) if (other !== system.id && !related.has(other)) overlapping.add(other);
      }
      if (overlapping.size === 0) return pass('Không phát hiện hệ thống trùng chức năng.', 'No system with the same function was found.');
      const list = [...overlapping].map((id) => context.systems.get(id)).filter((s) => s !== undefined);
      const names = list.map((s) => `${s.code} — ${s.nameVi}`).join('; ');
      return fail(`Có thể trùng lặp với: ${names}.`, `May duplicate: ${names}.`, { systems: list.map((s) => s.id) });
    },
  },
  {
    id: 'API_PUBLISHED',
    clause: 'II.1(2)',
    severity: 'error',
    title: { vi: 'API được đăng ký, công bố trên nền tảng V-APEX', en: 'APIs are registered and published (V-APEX)' },
    remedy: {
      vi: 'Đăng ký, công bố các API mà hệ thống cung cấp trên danh mục API của tỉnh và Nền tảng V-APEX, theo chuẩn API quốc gia.',
      en: 'Register and publish the APIs the system provides in the provincial API catalogue and on V-APEX, following the national API standard.',
    },
    check(system) {
      const provided = system.interfaces.filter((i) => i.direction === 'provides');
      if (provided.length === 0 && system.kind !== 'api') return notApplicable('Hệ thống không cung cấp API.', 'The system provides no API.');
      if (provided.length === 0) return fail('Mục API nhưng chưa khai báo giao diện cung cấp.', 'An API entry without any provided interface.');
      const unpublished = provided.filter((i) => !i.published);
      if (unpublished.length === 0) return pass('Mọi API cung cấp đã được công bố.', 'Every provided API is published.');
      const names = unpublished.map((i) => i.name).join(', ');
      return fail(`API chưa công bố: ${names}.`, `APIs not published: ${names}.`, { interfaces: unpublished.map((i) => i.name) });
    },
  },
  {
    id: 'MINISTRY_AGREEMENT',
    clause: 'III.2',
    severity: 'error',
    title: { vi: 'Phần mềm chuyên ngành của Sở có văn bản thống nhất của Bộ, ngành', en: 'Department software has the ministry\u2019s written agreement' },
    remedy: {
      vi: 'Gửi văn bản xin ý kiến thống nhất của Bộ, ngành quản lý chuyên ngành trước khi xây dựng, triển khai, và đính kèm văn bản đó vào hồ sơ.',
      en: 'Obtain the written agreement of the ministry in charge before building or deploying, and attach it to the record.',
    },
    check(system, context) {
      if (!system.departmentSoftware) return notApplicable('Không phải phần mềm quản lý chuyên ngành của Sở.', 'Not a department\u2019s specialised software.');
      if (context.agencyKinds.get(system.ownerAgencyId) !== 'department') {
        return notApplicable('Cơ quan chủ quản không phải là Sở.', 'The owner is not a department.');
      }
      const agreement = system.documents.find((d) => d.kind === 'ministry_agreement' && (d.number ?? '').trim() !== '');
      if (agreement) return pass(`Có văn bản thống nhất số ${agreement.number}.`, `Written agreement no. ${agreement.number} is on file.`);
      return fail('Chưa có văn bản thống nhất của Bộ, ngành.', 'No written agreement of the ministry is on file.');
    },
  },
  {
    id: 'SECURITY_LEVEL',
    clause: 'VI.2 (lộ trình)',
    severity: 'error',
    title: { vi: 'Cấp độ an toàn thông tin được xác định và phê duyệt', en: 'Security level determined and approved' },
    remedy: {
      vi: 'Xác định cấp độ an toàn hệ thống thông tin (cấp 1–5, Nghị định 85/2016/NĐ-CP), trình phê duyệt hồ sơ đề xuất cấp độ và ghi số, ngày quyết định phê duyệt.',
      en: 'Determine the security level (1–5, Decree 85/2016), have it approved, and record the approval decision\u2019s number and date.',
    },
    check(system) {
      const level = system.securityLevel;
      if (!level) return fail('Chưa xác định cấp độ an toàn thông tin.', 'The security level has not been determined.');
      if (!level.approvalNumber || !level.approvalDate) {
        return fail(`Cấp độ ${level.level} chưa có quyết định phê duyệt.`, `Level ${level.level} has no approval decision.`);
      }
      return pass(`Cấp độ ${level.level}, phê duyệt theo ${level.approvalNumber} ngày ${level.approvalDate}.`, `Level ${level.level}, approved by ${level.approvalNumber} of ${level.approvalDate}.`);
    },
  },
  {
    id: 'CITIZEN_CHANNEL',
    clause: 'IV.2',
    severity: 'error',
    title: {
      vi: 'Kênh phục vụ người dân: đa ngôn ngữ, tiếp cận được, phiên làm việc an toàn, xác thực định danh, lưu vết truy cập',
      en: 'Citizen channels: multilingual, accessible, secure sessions, identity authentication, access logging',
    },
    remedy: {
      vi: 'Bổ sung giao diện đa ngôn ngữ (kể cả tiếng dân tộc), đáp ứng khả năng tiếp cận (WCAG 2.1 AA), quản lý phiên an toàn, xác thực qua VNeID hoặc SSO của tỉnh, và lưu vết truy cập.',
      en: 'Add multilingual interfaces (ethnic languages included), accessibility (WCAG 2.1 AA), secure session management, authentication through VNeID or the provincial SSO, and access logging.',
    },
    check(system) {
      if (!system.audiences.some((a) => citizenAudiences.has(a))) return notApplicable('Không phục vụ người dân, doanh nghiệp.', 'Does not serve citizens or businesses.');
      const missing: Text[] = [];
      if (system.uiLanguages.length < 2) missing.push({ vi: 'đa ngôn ngữ', en: 'multilingual interface' });
      if (system.accessibility !== 'wcag_aa') missing.push({ vi: 'khả năng tiếp cận (WCAG 2.1 AA)', en: 'accessibility (WCAG 2.1 AA)' });
      if (!system.secureSessions) missing.push({ vi: 'phiên làm việc an toàn', en: 'secure sessions' });
      if (!system.authentication.some((a) => a === 'vneid' || a === 'provincial_sso')) missing.push({ vi: 'xác thực định danh (VNeID/SSO)', en: 'identity authentication (VNeID/SSO)' });
      if (!system.accessLogging) missing.push({ vi: 'lưu vết truy cập', en: 'access logging' });
      if (missing.length === 0) return pass('Đáp ứng đủ các yêu cầu đối với kênh phục vụ người dân.', 'Meets every requirement for citizen channels.');
      return fail(`Còn thiếu: ${missing.map((m) => m.vi).join(', ')}.`, `Missing: ${missing.map((m) => m.en).join(', ')}.`, { missing: missing.map((m) => m.en) });
    },
  },
  {
    id: 'PROVINCIAL_DC',
    clause: 'I.2(1)',
    severity: 'warning',
    title: { vi: 'Triển khai tại Trung tâm dữ liệu của tỉnh', en: 'Hosted in the provincial data centre' },
    remedy: {
      vi: 'Triển khai hệ thống trên hạ tầng Trung tâm dữ liệu của tỉnh (hoặc Trung tâm dữ liệu quốc gia), hợp nhất hạ tầng theo Công văn 5199/BKHCN-CĐSQG.',
      en: 'Host the system in the provincial data centre (or the national one), consolidating infrastructure per letter 5199/BKHCN-CĐSQG.',
    },
    check(system) {
      if (provincialHosting.has(system.hosting)) return pass('Đặt tại trung tâm dữ liệu của tỉnh hoặc quốc gia.', 'Hosted in a provincial or the national data centre.');
      if (system.hosting === 'unknown') return fail('Chưa khai báo nơi triển khai.', 'Hosting is not declared.');
      return fail('Triển khai ngoài trung tâm dữ liệu của tỉnh.', 'Hosted outside the provincial data centre.');
    },
  },
  {
    id: 'IPV6',
    clause: 'V.4–V.5 (lộ trình)',
    severity: 'warning',
    title: { vi: 'Sẵn sàng IPv6', en: 'IPv6 ready' },
    remedy: {
      vi: 'Nâng cấp hệ thống, thiết bị để hỗ trợ IPv6 theo lộ trình chuyển đổi IPv4 sang IPv6.',
      en: 'Upgrade the system and its equipment to support IPv6, per the IPv4-to-IPv6 transition plan.',
    },
    check(system) {
      if (system.ipv6 === 'ready') return pass('Đã hỗ trợ IPv6.', 'Supports IPv6.');
      if (system.ipv6 === 'partial') return fail('Mới hỗ trợ IPv6 một phần.', 'Supports IPv6 only in part.');
      if (system.ipv6 === 'unknown') return fail('Chưa khai báo mức sẵn sàng IPv6.', 'IPv6 readiness is not declared.');
      return fail('Chưa hỗ trợ IPv6.', 'Does not support IPv6.');
    },
  },
  {
    id: 'DICTIONARY_MAPPED',
    clause: 'II.2(6)',
    severity: 'warning',
    title: { vi: 'Dữ liệu được ánh xạ tới từ điển dữ liệu', en: 'Data mapped to the data dictionary' },
    remedy: {
      vi: 'Ánh xạ từng đối tượng dữ liệu của hệ thống tới phần tử dữ liệu đã phê duyệt trong từ điển dữ liệu dùng chung.',
      en: 'Map each of the system\u2019s data objects to an approved element of the shared data dictionary.',
    },
    check(system, context) {
      if (system.dataObjects.length === 0) return notApplicable('Không khai báo đối tượng dữ liệu.', 'No data objects are declared.');
      const { mapped, total } = context.dictionaryMapping(system);
      if (mapped === total) return pass(`Đã ánh xạ ${mapped}/${total} đối tượng dữ liệu.`, `${mapped} of ${total} data objects are mapped.`);
      return fail(`Mới ánh xạ ${mapped}/${total} đối tượng dữ liệu.`, `Only ${mapped} of ${total} data objects are mapped.`, { mapped, total });
    },
  },
];

export const ruleById = new Map(rules.map((r) => [r.id, r]));

/** Every rule on one system. A retired system is out of scope of them all. */
export function evaluateSystem(system: SystemRecord, context: RuleContext): Finding[] {
  return rules.map((rule) => {
    const result: RuleResult =
      system.lifecycle === 'retired'
        ? { outcome: 'not_applicable', message: { vi: 'Hệ thống đã dừng hoạt động.', en: 'The system is retired.' } }
        : rule.check(system, context);
    return { ruleId: rule.id, title: rule.title, clause: rule.clause, severity: rule.severity, remedy: rule.remedy, ...result };
  });
}

export function summarise(findings: Finding[], evaluatedAt = new Date()): ComplianceSummary {
  const failed = findings.filter((f) => f.outcome === 'fail');
  return {
    evaluatedAt: evaluatedAt.toISOString(),
    outcomes: Object.fromEntries(findings.map((f) => [f.ruleId, f.outcome])),
    errors: failed.filter((f) => f.severity === 'error').length,
    warnings: failed.filter((f) => f.severity === 'warning').length,
    waived: findings.filter((f) => f.outcome === 'waived').length,
  };
}
