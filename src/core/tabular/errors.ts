// The errors that stop reading a tabular file outright (too large, not UTF-8, not CSV, not XLSX, empty, malformed),
// with their codes and their Vietnamese and English messages.
import { AppError } from '../errors.js';

/** Most columns a file may have; a wider header is refused rather than checked. */
export const MAX_COLUMNS = 1000;


function size(bytes: number, locale: string): string {
  const [value, unit] = bytes >= 1_048_576 ? [bytes / 1_048_576, 'MB'] : bytes >= 1024 ? [bytes / 1024, 'KB'] : [bytes, 'byte'];
  return `${value.toLocaleString(locale, { maximumFractionDigits: value < 10 ? 1 : 0 })} ${unit}`;
}

export const fileErrors = {
  /** `row`: the spreadsheet row (the header is row 1) holding the first byte that is not UTF-8, when known. */
  encoding: (row?: number) =>
    new AppError(
      400,
      'FILE_ENCODING',
      'Tệp không ở mã UTF-8 (có thể là TCVN3, VNI, Windows-1258, Windows-1252/Latin-1 hoặc UTF-16). Hãy lưu lại tệp dưới dạng "CSV UTF-8" rồi tải lên lại.',
      'The file is not UTF-8 (perhaps TCVN3, VNI, Windows-1258, Windows-1252/Latin-1 or UTF-16). Save it as "CSV UTF-8" and upload it again.',
      row === undefined ? undefined : [{ row }],
    ),
  /** `row`: the spreadsheet row (the header is row 1) holding the first binary byte. */
  notCsv: (row: number) =>
    new AppError(
      400,
      'FILE_NOT_CSV',
      'Tệp không phải tệp văn bản CSV (có byte nhị phân). Hãy xuất dữ liệu ra "CSV UTF-8" hoặc tải lên tệp .xlsx.',
      'The file is not a CSV text file (it holds binary bytes). Export the data as "CSV UTF-8" or upload an .xlsx file.',
      [{ row }],
    ),
  tooLarge: (maxBytes: number) =>
    new AppError(
      413,
      'FILE_TOO_LARGE',
      `Tệp quá lớn (tối đa ${size(maxBytes, 'vi-VN')}). Hãy chia tệp thành nhiều phần nhỏ hơn.`,
      `The file is too large (the limit is ${size(maxBytes, 'en')}). Split it into smaller files.`,
      { maxBytes },
    ),
  tooLargeUnpacked: (limit: number, what: { vi: string; en: string }) =>
    new AppError(
      413,
      'FILE_TOO_LARGE',
      `Tệp Excel quá lớn khi giải nén (${what.vi}; giới hạn ${limit.toLocaleString('vi-VN')}). Hãy chia tệp thành nhiều phần nhỏ hơn.`,
      `The Excel file is too large once unpacked (${what.en}; the limit is ${limit.toLocaleString('en')}). Split it into smaller files.`,
      { limit, what: what.en },
    ),
  tooManyColumns: (columns: number) =>
    new AppError(
      413,
      'FILE_TOO_LARGE',
      `Tệp có quá nhiều cột (${columns.toLocaleString('vi-VN')}; tối đa ${MAX_COLUMNS.toLocaleString('vi-VN')}).`,
      `The file has too many columns (${columns.toLocaleString('en')}; at most ${MAX_COLUMNS.toLocaleString('en')}).`,
      { columns, maxColumns: MAX_COLUMNS },
    ),
  /** `line`: where the broken record starts in the file; `row`: its spreadsheet row (1 for the header). */
  csvMalformed: (line: number, row: number, code: string) => {
    const reason = csvReasons[code] ?? { vi: 'cấu trúc CSV không hợp lệ', en: 'the CSV structure is invalid' };
    return new AppError(
      400,
      'CSV_MALFORMED',
      `Tệp CSV bị lỗi từ dòng ${row} của bảng tính (dòng tiêu đề là dòng 1; dòng ${line} của tệp văn bản): ${reason.vi}.`,
      `The CSV file is malformed from row ${row} of the spreadsheet (the header being row 1; line ${line} of the text file): ${reason.en}.`,
      { line, row, reason: code },
    );
  },
  notXlsx: (reason: string) =>
    new AppError(
      400,
      'FILE_NOT_XLSX',
      'Không đọc được tệp Excel (.xlsx): tệp hỏng hoặc không phải định dạng .xlsx. Hãy mở và lưu lại bằng Excel, hoặc xuất ra "CSV UTF-8".',
      'The Excel (.xlsx) file cannot be read: it is damaged or not in the .xlsx format. Open and save it again in Excel, or export it as "CSV UTF-8".',
      { reason: reason.slice(0, 200) },
    ),
  /** One message for an Excel 97–2003 file, on every endpoint that takes a table (sniff.ts: isLegacyExcel). */
  legacyExcel: () =>
    new AppError(
      415,
      'FILE_LEGACY_EXCEL',
      'Đây là tệp Excel 97–2003 (.xls), định dạng cũ không được hỗ trợ. Hãy mở tệp và lưu lại dưới dạng "Sổ làm việc Excel (.xlsx)" hoặc "CSV UTF-8", rồi tải lên lại.',
      'This is an Excel 97–2003 file (.xls), an old format that is not supported. Open it and save it as "Excel Workbook (.xlsx)" or "CSV UTF-8", then upload it again.',
    ),
  empty: () =>
    new AppError(
      400,
      'FILE_EMPTY',
      'Tệp trống hoặc không có dòng tiêu đề. Dòng đầu tiên phải là tên các cột.',
      'The file is empty or has no header row. The first row must hold the column names.',
    ),
};

const csvReasons: Record<string, { vi: string; en: string }> = {
  CSV_QUOTE_NOT_CLOSED: { vi: 'dấu ngoặc kép (") mở mà không đóng', en: 'a double quote (") is opened but never closed' },
  CSV_INVALID_CLOSING_QUOTE: { vi: 'có ký tự ngay sau dấu ngoặc kép đóng', en: 'a character follows a closing double quote' },
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: { vi: 'có ký tự ngay sau dấu ngoặc kép đóng', en: 'a character follows a closing double quote' },
  CSV_MAX_RECORD_SIZE: {
    vi: 'một dòng dài quá 1 triệu ký tự (thường do thiếu dấu ngoặc kép đóng)',
    en: 'a row is longer than one million characters (usually a missing closing double quote)',
  },
};
