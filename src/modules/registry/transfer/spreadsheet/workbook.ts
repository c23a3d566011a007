// What every workbook the registry writes shares: its author, a bold frozen header row, the bytes.
import ExcelJS from 'exceljs';

export function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', wrapText: true };
  row.height = 32;
  row.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF7F8FA6' } } };
  });
}

export function freezeHeader(sheet: ExcelJS.Worksheet): void {
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }];
}

export async function toBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kiến trúc — Sổ đăng ký ứng dụng CNTT tỉnh Hưng Yên';
  workbook.created = new Date();
  return workbook;
}
