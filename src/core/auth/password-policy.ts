import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import { AppError } from '../errors.js';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './passwords.js';

// NIST SP 800-63B (5.1.1.2): no composition rules, but refuse passwords that are common, repetitive or sequential,
// or made of words of the context (the account's e-mail and name, the service's own names). zxcvbn's estimate
// with its common-password and name dictionaries covers the first three; the context goes in as user inputs.
const estimator = new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs });
const serviceWords = ['kientruc', 'kien truc', 'hungyen', 'hung yen', 'hưng yên', 'kiến trúc', 'sokhcn'];
/** zxcvbn's scale: 3 is "safely unguessable: moderate protection from offline slow-hash scenario". */
const MIN_SCORE = 3;

function contextWords(context: (string | null | undefined)[]): string[] {
  const words = new Set(serviceWords);
  for (const value of context) {
    if (!value) continue;
    const text = value.trim().toLowerCase();
    // Vietnamese names are also typed without their diacritics, and run together ("nguyenvanan").
    for (const form of [text, text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd')]) {
      words.add(form);
      words.add(form.replace(/[\s._@-]+/g, ''));
      // An e-mail's local part and domain labels, a name's parts: each is what an attacker tries first.
      for (const part of form.split(/[@.\s_-]+/)) if (part.length >= 3) words.add(part);
    }
  }
  return [...words];
}

/** Refuses a password too short, too long or too easy to guess, saying why in Vietnamese and English. */
export function checkPasswordStrength(password: string, context: (string | null | undefined)[] = []): void {
  if (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH) {
    throw new AppError(
      400,
      'WEAK_PASSWORD',
      `Mật khẩu phải có từ ${PASSWORD_MIN_LENGTH} đến ${PASSWORD_MAX_LENGTH} ký tự.`,
      `The password must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters long.`,
      { field: 'password', reason: 'length' },
    );
  }
  const { score, feedback } = estimator.check(password, contextWords(context));
  if (score >= MIN_SCORE) return;
  const reason = feedback.warning ?? 'guessable';
  const [vi, en] = reasons[reason] ?? reasons.guessable!;
  throw new AppError(400, 'WEAK_PASSWORD', `Mật khẩu quá dễ đoán: ${vi} Hãy dùng một cụm từ dài, khó đoán.`, `The password is too easy to guess: ${en} Use a long, unusual passphrase.`, {
    field: 'password',
    reason,
  });
}

const reasons: Record<string, [string, string]> = {
  common: ['đây là mật khẩu phổ biến.', 'it is a common password.'],
  topTen: ['đây là một trong những mật khẩu phổ biến nhất.', 'it is among the most common passwords.'],
  topHundred: ['đây là một trong những mật khẩu phổ biến nhất.', 'it is among the most common passwords.'],
  similarToCommon: ['nó gần giống một mật khẩu phổ biến.', 'it is close to a common password.'],
  userInputs: ['nó chứa thư điện tử, tên của bạn hoặc tên hệ thống.', 'it contains your e-mail, your name or the service’s name.'],
  simpleRepeat: ['nó chỉ lặp lại một ký tự.', 'it repeats one character.'],
  extendedRepeat: ['nó lặp lại một chuỗi ký tự.', 'it repeats a sequence of characters.'],
  sequences: ['nó là một dãy liên tiếp (như 123456 hoặc abcdef).', 'it is a sequence (like 123456 or abcdef).'],
  straightRow: ['nó là một hàng phím liền nhau.', 'it is a row of adjacent keys.'],
  keyPattern: ['nó là một mẫu phím ngắn.', 'it is a short keyboard pattern.'],
  dates: ['nó giống một ngày tháng.', 'it looks like a date.'],
  recentYears: ['nó chứa năm gần đây.', 'it contains a recent year.'],
  namesByThemselves: ['nó chỉ là một tên riêng.', 'it is just a name.'],
  commonNames: ['nó là một tên phổ biến.', 'it is a common name.'],
  wordByItself: ['nó chỉ là một từ.', 'it is a single word.'],
  guessable: ['nó có thể bị đoán ra nhanh.', 'it could be guessed quickly.'],
};
