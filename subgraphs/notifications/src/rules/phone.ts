// Mobile numbers for KakaoTalk and SMS: Korean mobile numbers only (010, 011, 016-019), kept as
// digits, shown to their owner partly hidden.

/** The number as digits (01012345678), or null when it is not a Korean mobile number. */
export function mobileNumberOf(input: string): string | null {
  let digits = input.replace(/[\s().-]/g, '');
  if (digits.startsWith('+82')) digits = `0${digits.slice(3)}`;
  return /^01[016789]\d{7,8}$/.test(digits) ? digits : null;
}

/** 010-****-5678: enough for its owner to recognise it. */
export function maskedMobile(digits: string): string {
  return `${digits.slice(0, 3)}-****-${digits.slice(-4)}`;
}
