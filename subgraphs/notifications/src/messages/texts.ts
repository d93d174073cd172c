// The words of every message, in the platform's four languages. Each kind gives a subject and
// the lines of its body from the message's facts; names, dates and links are filled in by the
// caller's helpers, so the texts hold no formatting of their own.
import type { Locale, NoticeKind } from '@baeumteo/contracts';
import type { MessageFacts } from './facts.ts';

/** What a text needs besides the facts: the course's title and dates as this reader reads them. */
export interface Wording {
  course: string;
  /** A certificate's or live class's title as this reader reads it. */
  title: string;
  day: (isoDate: string) => string;
  time: (instant: string) => string;
}

type FactsOf<K extends NoticeKind> = Extract<MessageFacts, { kind: K }>;

export interface Text {
  subject: string;
  lines: string[];
}

export type KindTexts = { [K in NoticeKind]: (facts: FactsOf<K>, w: Wording) => Text };

export interface LocaleTexts {
  kinds: KindTexts;
  greeting: (name: string) => string;
  startsOn: (day: string) => string;
  open: string;
  why: (site: string) => string;
  unsubscribe: string;
}

const ko: LocaleTexts = {
  greeting: (name) => `${name}님, 안녕하세요.`,
  startsOn: (day) => `첫 수업: ${day}`,
  open: '자세히 보기',
  why: (site) => `${site}에서 학습 알림을 받도록 설정하셔서 보내 드리는 메일입니다.`,
  unsubscribe: '이런 알림 그만 받기',
  kinds: {
    APPLICATION_RECEIVED: (_, w) => ({
      subject: `[신청 접수] ${w.course}`,
      lines: [`「${w.course}」 수강 신청이 접수되었습니다. 결과가 정해지면 다시 알려 드립니다.`],
    }),
    ENROLLED: (_, w) => ({
      subject: `[수강 확정] ${w.course}`,
      lines: [`「${w.course}」 수강이 확정되었습니다.`],
    }),
    WAITLISTED: (f, w) => ({
      subject: `[대기 등록] ${w.course} (대기 ${f.position}번)`,
      lines: [`「${w.course}」 정원이 차서 대기자로 등록되었습니다. 현재 대기 순번은 ${f.position}번입니다.`],
    }),
    PROMOTED: (_, w) => ({
      subject: `[수강 확정] 대기에서 ${w.course} 수강이 확정되었습니다`,
      lines: [`자리가 나서 「${w.course}」 대기에서 수강생으로 확정되었습니다.`],
    }),
    LOTTERY_RESULT: (f, w) =>
      f.won
        ? {
            subject: `[추첨 결과] ${w.course}: 선정`,
            lines: [`「${w.course}」 추첨에서 선정되어 수강이 확정되었습니다.`],
          }
        : {
            subject: `[추첨 결과] ${w.course}: 미선정`,
            lines: [
              `아쉽게도 「${w.course}」 추첨에서 선정되지 않았습니다.`,
              ...(f.position ? [`대기 ${f.position}번으로 등록되어 자리가 나면 알려 드립니다.`] : []),
            ],
          },
    APPROVAL_DECISION: (f, w) =>
      f.approved
        ? { subject: `[승인] ${w.course}`, lines: [`「${w.course}」 수강 신청이 승인되었습니다.`] }
        : { subject: `[미승인] ${w.course}`, lines: [`「${w.course}」 수강 신청이 승인되지 않았습니다.`] },
    COURSE_CHANGED: (f, w) => ({
      subject: `[강좌 변경] ${w.course}`,
      lines: [`「${w.course}」 강좌 내용이 바뀌었습니다.`, f.change],
    }),
    COURSE_CANCELLED: (_, w) => ({
      subject: `[폐강] ${w.course}`,
      lines: [`「${w.course}」 강좌가 폐강되었습니다. 불편을 드려 죄송합니다.`],
    }),
    COURSE_MESSAGE: (f, w) => ({
      subject: `[강좌 안내] ${w.course}`,
      lines: [`「${w.course}」 담당자가 보낸 안내입니다.`, f.message],
    }),
    SESSION_REMINDER: (f, w) => ({
      subject: `[내일 첫 수업] ${w.course}`,
      lines: [`「${w.course}」 첫 수업이 ${w.time(f.startsAt)}에 시작합니다.`],
    }),
    CERTIFICATE_ISSUED: (f, w) => ({
      subject: `[이수증 발급] ${w.title}`,
      lines: [
        `「${w.title}」 이수증(${f.number})이 발급되었습니다. 아래 주소에서 누구나 진위를 확인할 수 있습니다.`,
      ],
    }),
    LIVE_STARTING: (f, w) => ({
      subject: `[곧 시작] ${w.title}`,
      lines: [`실시간 수업 「${w.title}」이 ${w.time(f.startsAt)}에 시작합니다.`],
    }),
    VERIFY_EMAIL: (f) =>
      f.purpose === 'EMAIL_CHANGE'
        ? {
            subject: '이메일 주소 변경을 확인해 주세요',
            lines: [
              '아래 링크를 누르면 이 주소가 계정의 이메일 주소가 됩니다. 링크는 24시간 동안 한 번만 쓸 수 있습니다.',
              '요청한 적이 없다면 이 메일은 무시하셔도 됩니다. 계정의 주소는 바뀌지 않습니다.',
            ],
          }
        : {
            subject: '이메일 주소를 확인해 주세요',
            lines: [
              '아래 링크를 눌러 이메일 주소를 확인해 주세요. 링크는 24시간 동안 한 번만 쓸 수 있습니다.',
              '가입한 적이 없다면 이 메일은 무시하셔도 됩니다.',
            ],
          },
    PASSWORD_RESET: () => ({
      subject: '비밀번호 재설정 안내',
      lines: [
        '아래 링크에서 새 비밀번호를 정할 수 있습니다. 링크는 30분 동안 한 번만 쓸 수 있으며, 재설정하면 모든 기기에서 로그아웃됩니다.',
        '요청한 적이 없다면 이 메일은 무시하셔도 됩니다.',
      ],
    }),
    EMAIL_CHANGED: (f) => ({
      subject: '계정 이메일 주소가 바뀌었습니다',
      lines: [
        `계정의 이메일 주소가 ${f.newEmail}(으)로 바뀌었습니다.`,
        '직접 바꾸지 않았다면 바로 고객센터에 알려 주세요.',
      ],
    }),
  },
};

const en: LocaleTexts = {
  greeting: (name) => `Hello ${name},`,
  startsOn: (day) => `First session: ${day}`,
  open: 'View details',
  why: (site) => `You receive this because you asked ${site} to notify you about your learning.`,
  unsubscribe: 'Stop messages like this',
  kinds: {
    APPLICATION_RECEIVED: (_, w) => ({
      subject: `Application received: ${w.course}`,
      lines: [
        `We have received your application for "${w.course}". We will tell you as soon as it is decided.`,
      ],
    }),
    ENROLLED: (_, w) => ({
      subject: `You are enrolled: ${w.course}`,
      lines: [`Your place in "${w.course}" is confirmed.`],
    }),
    WAITLISTED: (f, w) => ({
      subject: `Waitlisted (#${f.position}): ${w.course}`,
      lines: [`"${w.course}" is full, so you are on its waitlist. Your position is ${f.position}.`],
    }),
    PROMOTED: (_, w) => ({
      subject: `A place opened up: you are enrolled in ${w.course}`,
      lines: [`A place opened up in "${w.course}" and you moved from the waitlist to enrolled.`],
    }),
    LOTTERY_RESULT: (f, w) =>
      f.won
        ? {
            subject: `Lottery result: you got a place in ${w.course}`,
            lines: [`You were drawn for "${w.course}": your place is confirmed.`],
          }
        : {
            subject: `Lottery result: ${w.course}`,
            lines: [
              `You were not drawn for "${w.course}" this time.`,
              ...(f.position
                ? [`You are number ${f.position} on the waitlist; we will tell you if a place opens up.`]
                : []),
            ],
          },
    APPROVAL_DECISION: (f, w) =>
      f.approved
        ? {
            subject: `Application approved: ${w.course}`,
            lines: [`Your application for "${w.course}" was approved.`],
          }
        : {
            subject: `Application not approved: ${w.course}`,
            lines: [`Your application for "${w.course}" was not approved.`],
          },
    COURSE_CHANGED: (f, w) => ({
      subject: `Course changed: ${w.course}`,
      lines: [`"${w.course}" has changed.`, f.change],
    }),
    COURSE_CANCELLED: (_, w) => ({
      subject: `Course cancelled: ${w.course}`,
      lines: [`"${w.course}" has been cancelled. We are sorry for the inconvenience.`],
    }),
    COURSE_MESSAGE: (f, w) => ({
      subject: `A message about ${w.course}`,
      lines: [`The staff of "${w.course}" sent this message:`, f.message],
    }),
    SESSION_REMINDER: (f, w) => ({
      subject: `Tomorrow: your first session of ${w.course}`,
      lines: [`The first session of "${w.course}" starts at ${w.time(f.startsAt)}.`],
    }),
    CERTIFICATE_ISSUED: (f, w) => ({
      subject: `Certificate issued: ${w.title}`,
      lines: [
        `Your certificate for "${w.title}" (${f.number}) has been issued. Anyone can verify it at the address below.`,
      ],
    }),
    LIVE_STARTING: (f, w) => ({
      subject: `Starting soon: ${w.title}`,
      lines: [`The live class "${w.title}" starts at ${w.time(f.startsAt)}.`],
    }),
    VERIFY_EMAIL: (f) =>
      f.purpose === 'EMAIL_CHANGE'
        ? {
            subject: 'Please confirm your new email address',
            lines: [
              "Open the link below to make this your account's email address. It works once, for 24 hours.",
              "If you did not ask for this, you can ignore this message: the account's address does not change.",
            ],
          }
        : {
            subject: 'Please confirm your email address',
            lines: [
              'Open the link below to confirm your email address. It works once, for 24 hours.',
              'If you did not sign up, you can ignore this message.',
            ],
          },
    PASSWORD_RESET: () => ({
      subject: 'Reset your password',
      lines: [
        'Open the link below to choose a new password. It works once, for 30 minutes, and signs you out everywhere.',
        'If you did not ask for this, you can ignore this message.',
      ],
    }),
    EMAIL_CHANGED: (f) => ({
      subject: 'Your account email address was changed',
      lines: [
        `The email address of your account is now ${f.newEmail}.`,
        'If you did not change it, contact the help desk at once.',
      ],
    }),
  },
};

const zh: LocaleTexts = {
  greeting: (name) => `${name}，您好：`,
  startsOn: (day) => `第一次课：${day}`,
  open: '查看详情',
  why: (site) => `您在${site}设置了接收学习通知，因此收到此邮件。`,
  unsubscribe: '不再接收此类通知',
  kinds: {
    APPLICATION_RECEIVED: (_, w) => ({
      subject: `报名已受理：${w.course}`,
      lines: [`我们已收到您对“${w.course}”的报名。结果确定后会再通知您。`],
    }),
    ENROLLED: (_, w) => ({
      subject: `报名成功：${w.course}`,
      lines: [`您已确定参加“${w.course}”。`],
    }),
    WAITLISTED: (f, w) => ({
      subject: `已进入候补（第${f.position}位）：${w.course}`,
      lines: [`“${w.course}”名额已满，您已进入候补名单，目前排在第${f.position}位。`],
    }),
    PROMOTED: (_, w) => ({
      subject: `有空位了：您已确定参加${w.course}`,
      lines: [`“${w.course}”有了空位，您已从候补转为正式学员。`],
    }),
    LOTTERY_RESULT: (f, w) =>
      f.won
        ? {
            subject: `抽签结果：${w.course}（已选中）`,
            lines: [`您在“${w.course}”的抽签中被选中，已确定参加。`],
          }
        : {
            subject: `抽签结果：${w.course}`,
            lines: [
              `很遗憾，您这次未在“${w.course}”的抽签中被选中。`,
              ...(f.position ? [`您在候补名单第${f.position}位，有空位时会通知您。`] : []),
            ],
          },
    APPROVAL_DECISION: (f, w) =>
      f.approved
        ? { subject: `报名已批准：${w.course}`, lines: [`您对“${w.course}”的报名已获批准。`] }
        : { subject: `报名未获批准：${w.course}`, lines: [`您对“${w.course}”的报名未获批准。`] },
    COURSE_CHANGED: (f, w) => ({
      subject: `课程变更：${w.course}`,
      lines: [`“${w.course}”的内容有变更。`, f.change],
    }),
    COURSE_CANCELLED: (_, w) => ({
      subject: `课程取消：${w.course}`,
      lines: [`“${w.course}”已取消，给您带来不便，敬请谅解。`],
    }),
    COURSE_MESSAGE: (f, w) => ({
      subject: `课程通知：${w.course}`,
      lines: [`“${w.course}”的负责人发来以下通知：`, f.message],
    }),
    SESSION_REMINDER: (f, w) => ({
      subject: `明天第一次课：${w.course}`,
      lines: [`“${w.course}”的第一次课将于${w.time(f.startsAt)}开始。`],
    }),
    CERTIFICATE_ISSUED: (f, w) => ({
      subject: `结业证书已发放：${w.title}`,
      lines: [`“${w.title}”的结业证书（${f.number}）已发放。任何人都可以通过下面的地址核实。`],
    }),
    LIVE_STARTING: (f, w) => ({
      subject: `即将开始：${w.title}`,
      lines: [`直播课“${w.title}”将于${w.time(f.startsAt)}开始。`],
    }),
    VERIFY_EMAIL: (f) =>
      f.purpose === 'EMAIL_CHANGE'
        ? {
            subject: '请确认您的新电子邮箱地址',
            lines: [
              '点击下面的链接后，此地址将成为您账户的电子邮箱地址。该链接仅可使用一次，24小时内有效。',
              '如果您没有提出此请求，请忽略此邮件，账户的地址不会改变。',
            ],
          }
        : {
            subject: '请确认您的电子邮箱地址',
            lines: [
              '请点击下面的链接确认您的电子邮箱地址。该链接仅可使用一次，24小时内有效。',
              '如果您没有注册，请忽略此邮件。',
            ],
          },
    PASSWORD_RESET: () => ({
      subject: '重设密码',
      lines: [
        '请通过下面的链接设置新密码。该链接仅可使用一次，30分钟内有效；重设后所有设备都会退出登录。',
        '如果您没有提出此请求，请忽略此邮件。',
      ],
    }),
    EMAIL_CHANGED: (f) => ({
      subject: '您的账户电子邮箱已更改',
      lines: [`您账户的电子邮箱已改为 ${f.newEmail}。`, '如果不是您本人更改的，请立即联系客服。'],
    }),
  },
};

const vi: LocaleTexts = {
  greeting: (name) => `Xin chào ${name},`,
  startsOn: (day) => `Buổi học đầu tiên: ${day}`,
  open: 'Xem chi tiết',
  why: (site) => `Bạn nhận được thư này vì đã đăng ký nhận thông báo học tập từ ${site}.`,
  unsubscribe: 'Ngừng nhận thông báo loại này',
  kinds: {
    APPLICATION_RECEIVED: (_, w) => ({
      subject: `Đã nhận đơn đăng ký: ${w.course}`,
      lines: [`Chúng tôi đã nhận đơn đăng ký khóa "${w.course}" của bạn và sẽ báo ngay khi có kết quả.`],
    }),
    ENROLLED: (_, w) => ({
      subject: `Đăng ký thành công: ${w.course}`,
      lines: [`Chỗ của bạn trong khóa "${w.course}" đã được xác nhận.`],
    }),
    WAITLISTED: (f, w) => ({
      subject: `Danh sách chờ (số ${f.position}): ${w.course}`,
      lines: [`Khóa "${w.course}" đã đủ chỗ nên bạn được xếp vào danh sách chờ, ở vị trí số ${f.position}.`],
    }),
    PROMOTED: (_, w) => ({
      subject: `Đã có chỗ: bạn được nhận vào ${w.course}`,
      lines: [
        `Khóa "${w.course}" vừa có chỗ trống và bạn đã được chuyển từ danh sách chờ sang học viên chính thức.`,
      ],
    }),
    LOTTERY_RESULT: (f, w) =>
      f.won
        ? {
            subject: `Kết quả bốc thăm: bạn được chọn vào ${w.course}`,
            lines: [`Bạn đã được chọn trong đợt bốc thăm khóa "${w.course}".`],
          }
        : {
            subject: `Kết quả bốc thăm: ${w.course}`,
            lines: [
              `Rất tiếc, lần này bạn chưa được chọn vào khóa "${w.course}".`,
              ...(f.position
                ? [`Bạn ở vị trí số ${f.position} trong danh sách chờ; chúng tôi sẽ báo khi có chỗ.`]
                : []),
            ],
          },
    APPROVAL_DECISION: (f, w) =>
      f.approved
        ? {
            subject: `Đơn được chấp thuận: ${w.course}`,
            lines: [`Đơn đăng ký khóa "${w.course}" của bạn đã được chấp thuận.`],
          }
        : {
            subject: `Đơn không được chấp thuận: ${w.course}`,
            lines: [`Đơn đăng ký khóa "${w.course}" của bạn không được chấp thuận.`],
          },
    COURSE_CHANGED: (f, w) => ({
      subject: `Khóa học thay đổi: ${w.course}`,
      lines: [`Khóa "${w.course}" có thay đổi.`, f.change],
    }),
    COURSE_CANCELLED: (_, w) => ({
      subject: `Khóa học bị hủy: ${w.course}`,
      lines: [`Khóa "${w.course}" đã bị hủy. Chúng tôi xin lỗi vì sự bất tiện này.`],
    }),
    COURSE_MESSAGE: (f, w) => ({
      subject: `Thông báo về khóa ${w.course}`,
      lines: [`Người phụ trách khóa "${w.course}" gửi thông báo sau:`, f.message],
    }),
    SESSION_REMINDER: (f, w) => ({
      subject: `Ngày mai: buổi học đầu tiên của ${w.course}`,
      lines: [`Buổi học đầu tiên của khóa "${w.course}" bắt đầu lúc ${w.time(f.startsAt)}.`],
    }),
    CERTIFICATE_ISSUED: (f, w) => ({
      subject: `Đã cấp chứng nhận: ${w.title}`,
      lines: [
        `Chứng nhận hoàn thành "${w.title}" (${f.number}) đã được cấp. Bất kỳ ai cũng có thể xác minh tại địa chỉ dưới đây.`,
      ],
    }),
    LIVE_STARTING: (f, w) => ({
      subject: `Sắp bắt đầu: ${w.title}`,
      lines: [`Lớp học trực tuyến "${w.title}" bắt đầu lúc ${w.time(f.startsAt)}.`],
    }),
    VERIFY_EMAIL: (f) =>
      f.purpose === 'EMAIL_CHANGE'
        ? {
            subject: 'Vui lòng xác nhận địa chỉ email mới của bạn',
            lines: [
              'Mở liên kết dưới đây để dùng địa chỉ này làm email của tài khoản. Liên kết chỉ dùng được một lần, trong 24 giờ.',
              'Nếu bạn không yêu cầu việc này, hãy bỏ qua thư này: địa chỉ của tài khoản không thay đổi.',
            ],
          }
        : {
            subject: 'Vui lòng xác nhận địa chỉ email của bạn',
            lines: [
              'Mở liên kết dưới đây để xác nhận địa chỉ email. Liên kết chỉ dùng được một lần, trong 24 giờ.',
              'Nếu bạn không đăng ký, hãy bỏ qua thư này.',
            ],
          },
    PASSWORD_RESET: () => ({
      subject: 'Đặt lại mật khẩu',
      lines: [
        'Mở liên kết dưới đây để đặt mật khẩu mới. Liên kết chỉ dùng được một lần, trong 30 phút, và sẽ đăng xuất bạn khỏi mọi thiết bị.',
        'Nếu bạn không yêu cầu, hãy bỏ qua thư này.',
      ],
    }),
    EMAIL_CHANGED: (f) => ({
      subject: 'Địa chỉ email của tài khoản đã thay đổi',
      lines: [
        `Địa chỉ email của tài khoản bạn giờ là ${f.newEmail}.`,
        'Nếu không phải bạn thay đổi, hãy liên hệ bộ phận hỗ trợ ngay.',
      ],
    }),
  },
};

export const texts: Record<Locale, LocaleTexts> = { KO: ko, EN: en, ZH: zh, VI: vi };
