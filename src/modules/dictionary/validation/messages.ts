// The sentences a data steward reads for each finding, in Vietnamese and English. Built only for findings that are kept.
import type { DataType, Localised } from '../model.js';
import { cut } from './text.js';

/** Values quoted in a message are shortened further than the finding's own value. */
function quoteVi(value: string): string {
  const short = cut(value, 80);
  return `«${short}${short.length < value.length ? '…' : ''}»`;
}
function quoteEn(value: string): string {
  const short = cut(value, 80);
  return `“${short}${short.length < value.length ? '…' : ''}”`;
}

/** How values of a type are written, in JSON and in files (CSV, XLSX). */
const expectedJson: Record<DataType, Localised> = {
  text: { vi: 'một chuỗi văn bản', en: 'a string' },
  integer: { vi: 'một số nguyên (kiểu số JSON)', en: 'an integer (a JSON number)' },
  decimal: { vi: 'một số (kiểu số JSON)', en: 'a number (a JSON number)' },
  boolean: { vi: 'giá trị true hoặc false', en: 'true or false' },
  date: { vi: 'một ngày có thật, dạng YYYY-MM-DD', en: 'a real date written YYYY-MM-DD' },
  datetime: { vi: 'một thời điểm theo RFC 3339, ví dụ 2026-07-01T08:30:00+07:00', en: 'an RFC 3339 date-time, e.g. 2026-07-01T08:30:00+07:00' },
  code: { vi: 'một mã dạng chuỗi', en: 'a code written as a string' },
};

const expectedFile: Record<DataType, Localised> = {
  text: expectedJson.text,
  integer: { vi: 'một số nguyên (chỉ gồm chữ số, có thể có dấu + hoặc -)', en: 'an integer (digits only, optionally signed)' },
  decimal: {
    vi: 'một số (dấu phẩy hoặc dấu chấm ngăn phần thập phân, không dùng dấu ngăn cách hàng nghìn)',
    en: 'a number (comma or point as the decimal separator, no thousands separators)',
  },
  boolean: { vi: 'giá trị có/không (có, không, true, false, 1, 0, yes, no)', en: 'yes or no (true, false, 1, 0, yes, no, or the Vietnamese words for yes and no)' },
  date: { vi: 'một ngày có thật, dạng YYYY-MM-DD hoặc DD/MM/YYYY', en: 'a real date written YYYY-MM-DD or DD/MM/YYYY' },
  datetime: {
    vi: 'một thời điểm dạng YYYY-MM-DDTHH:mm[:ss][+07:00] hoặc DD/MM/YYYY HH:mm[:ss]',
    en: 'a date and time written YYYY-MM-DDTHH:mm[:ss][+07:00] or DD/MM/YYYY HH:mm[:ss]',
  },
  code: { vi: 'một mã', en: 'a code' },
};

export function expectedType(dataType: DataType, json: boolean): Localised {
  return (json ? expectedJson : expectedFile)[dataType];
}

export const messages = {
  missing(field: string): Localised {
    return { vi: `Trường «${field}»: bắt buộc nhưng không có giá trị.`, en: `Field “${field}”: a value is required but none was given.` };
  },

  wrongType(field: string, value: string, expected: Localised): Localised {
    return {
      vi: `Trường «${field}»: giá trị ${quoteVi(value)} không phải ${expected.vi}.`,
      en: `Field “${field}”: value ${quoteEn(value)} is not ${expected.en}.`,
    };
  },

  notAList(field: string, value: string): Localised {
    return {
      vi: `Trường «${field}»: nhận nhiều giá trị nên phải là một danh sách (mảng JSON), không phải ${quoteVi(value)}.`,
      en: `Field “${field}”: takes several values, so it must be a list (a JSON array), not ${quoteEn(value)}.`,
    };
  },

  notOne(field: string, value: string): Localised {
    return {
      vi: `Trường «${field}»: chỉ nhận một giá trị, không nhận danh sách ${quoteVi(value)}.`,
      en: `Field “${field}”: takes a single value, not the list ${quoteEn(value)}.`,
    };
  },

  /** The format in words is written in Vietnamese: English readers get the pattern instead. */
  badFormat(field: string, value: string, format: string, pattern: string): Localised {
    return {
      vi: `Trường «${field}»: giá trị ${quoteVi(value)} không đúng định dạng (${format}).`,
      en: `Field “${field}”: value ${quoteEn(value)} does not match the pattern ${pattern}.`,
    };
  },

  tooShort(field: string, value: string, length: number, min: number): Localised {
    return {
      vi: `Trường «${field}»: giá trị ${quoteVi(value)} quá ngắn (${length} ký tự, tối thiểu ${min}).`,
      en: `Field “${field}”: value ${quoteEn(value)} is too short (${length} characters, at least ${min}).`,
    };
  },

  tooLong(field: string, value: string, length: number, max: number): Localised {
    return {
      vi: `Trường «${field}»: giá trị ${quoteVi(value)} quá dài (${length} ký tự, tối đa ${max}).`,
      en: `Field “${field}”: value ${quoteEn(value)} is too long (${length} characters, at most ${max}).`,
    };
  },

  belowMinimum(field: string, value: string, minimum: string, temporal: boolean): Localised {
    return temporal
      ? { vi: `Trường «${field}»: giá trị ${quoteVi(value)} sớm hơn mốc tối thiểu ${minimum}.`, en: `Field “${field}”: value ${quoteEn(value)} is earlier than the minimum ${minimum}.` }
      : { vi: `Trường «${field}»: giá trị ${quoteVi(value)} nhỏ hơn mức tối thiểu ${minimum}.`, en: `Field “${field}”: value ${quoteEn(value)} is below the minimum ${minimum}.` };
  },

  aboveMaximum(field: string, value: string, maximum: string, temporal: boolean): Localised {
    return temporal
      ? { vi: `Trường «${field}»: giá trị ${quoteVi(value)} muộn hơn mốc tối đa ${maximum}.`, en: `Field “${field}”: value ${quoteEn(value)} is later than the maximum ${maximum}.` }
      : { vi: `Trường «${field}»: giá trị ${quoteVi(value)} lớn hơn mức tối đa ${maximum}.`, en: `Field “${field}”: value ${quoteEn(value)} is above the maximum ${maximum}.` };
  },

  unknownCode(field: string, value: string, codeList: string | undefined): Localised {
    return codeList
      ? {
          vi: `Trường «${field}»: mã ${quoteVi(value)} không có trong danh mục «${codeList}» (hoặc không còn hiệu lực).`,
          en: `Field “${field}”: code ${quoteEn(value)} is not in the code list “${codeList}” (or is no longer valid).`,
        }
      : { vi: `Trường «${field}»: mã ${quoteVi(value)} không nằm trong các mã được phép.`, en: `Field “${field}”: code ${quoteEn(value)} is not one of the allowed codes.` };
  },

  leadingZerosLost(field: string, value: string, code: string): Localised {
    return {
      vi: `Trường «${field}»: mã ${quoteVi(value)} có vẻ là mã ${quoteVi(code)} bị mất số 0 ở đầu (bảng tính đã đọc cột này như số). Hãy định dạng cột là Văn bản (Text) và nhập lại mã đủ chữ số.`,
      en: `Field “${field}”: code ${quoteEn(value)} looks like ${quoteEn(code)} with its leading zeros lost (the spreadsheet read the column as numbers). Format the column as Text and enter the full code.`,
    };
  },

  notWithin(field: string, value: string, actual: string | undefined, within: string, above: string): Localised {
    return actual === undefined
      ? {
          vi: `Trường «${field}»: mã ${quoteVi(value)} không thuộc mã ${quoteVi(above)} ở trường «${within}» của cùng dòng.`,
          en: `Field “${field}”: code ${quoteEn(value)} does not lie under code ${quoteEn(above)} given in “${within}” on the same row.`,
        }
      : {
          vi: `Trường «${field}»: mã ${quoteVi(value)} thuộc ${quoteVi(actual)}, không thuộc mã ${quoteVi(above)} ở trường «${within}» của cùng dòng.`,
          en: `Field “${field}”: code ${quoteEn(value)} lies under ${quoteEn(actual)}, not under code ${quoteEn(above)} given in “${within}” on the same row.`,
        };
  },

  legacyEncoding(field: string, value: string, encoding: 'TCVN3' | 'VNI', decoded: string | undefined): Localised {
    const font = encoding === 'TCVN3' ? '.VnTime' : 'VNI-Times';
    return {
      vi:
        `Trường «${field}»: giá trị ${quoteVi(value)} là chữ gõ bằng bảng mã ${encoding} (phông ${font}), không phải Unicode` +
        (decoded ? `; có lẽ là ${quoteVi(decoded)}.` : '.') +
        ' Hãy chuyển sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey) rồi kiểm tra lại.',
      en:
        `Field “${field}”: value ${quoteEn(value)} was typed in the ${encoding} encoding (a ${font} font), not in Unicode` +
        (decoded ? `; it probably reads ${quoteEn(decoded)}.` : '.') +
        ' Convert it to Unicode (for instance with Unikey’s converter) and check it again.',
    };
  },

  unknownProperty(field: string, entity: string): Localised {
    return {
      vi: `Trường «${field}» không thuộc thực thể «${entity}».`,
      en: `Field “${field}” is not part of the entity “${entity}”.`,
    };
  },

  unknownColumn(column: string, entity: string): Localised {
    return {
      vi: `Cột «${column}» không khớp với trường nào của thực thể «${entity}»; dữ liệu của cột này không được kiểm tra.`,
      en: `Column “${column}” matches no field of the entity “${entity}”; its values are not checked.`,
    };
  },

  ambiguousColumn(column: string, fields: string[]): Localised {
    const list = fields.map((f) => `«${f}»`).join(', ');
    const listEn = fields.map((f) => `“${f}”`).join(', ');
    return {
      vi: `Cột «${column}» có thể là nhiều trường (${list}); hãy đặt tên cột đúng tên trường. Cột này không được kiểm tra.`,
      en: `Column “${column}” could be several fields (${listEn}); name it after the field. Its values are not checked.`,
    };
  },

  duplicateColumn(column: string, field: string): Localised {
    return {
      vi: `Cột «${column}» lặp lại trường «${field}» đã có ở cột trước; cột này bị bỏ qua.`,
      en: `Column “${column}” repeats the field “${field}” of an earlier column; it is ignored.`,
    };
  },

  missingColumn(field: string, names: string[]): Localised {
    const list = names.map((n) => `«${n}»`).join(', ');
    const listEn = names.map((n) => `“${n}”`).join(', ');
    return {
      vi: `Thiếu cột cho trường bắt buộc «${field}» (tên cột được chấp nhận: ${list}); mọi dòng đều thiếu giá trị này.`,
      en: `No column for the required field “${field}” (accepted column names: ${listEn}); every row lacks this value.`,
    };
  },

  rowLength(count: number, expected: number): Localised {
    return {
      vi: `Dòng có ${count} cột trong khi dòng tiêu đề có ${expected} cột; các cột có mặt vẫn được kiểm tra.`,
      en: `The row has ${count} columns while the header has ${expected}; the columns present are still checked.`,
    };
  },

  notAnObject(value: string): Localised {
    return {
      vi: `Bản ghi phải là một đối tượng JSON, không phải ${quoteVi(value)}.`,
      en: `A record must be a JSON object, not ${quoteEn(value)}.`,
    };
  },
};
