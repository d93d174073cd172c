// Hours and the date of issue as the certificate prints them, in Korean and in English.

const englishMonths = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function formatHours(hours: number): { ko: string; en: string } {
  const value = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2, useGrouping: false }).format(
    hours,
  );
  return { ko: `${value}시간`, en: `${value} ${hours === 1 ? 'hour' : 'hours'}` };
}

export function seoulDate(date: Date): { ko: string; en: string } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: 'Asia/Seoul',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const [year, month, day] = [part('year'), part('month'), part('day')];
  return { ko: `${year}년 ${month}월 ${day}일`, en: `${day} ${englishMonths[month - 1]} ${year}` };
}
