import 'i18next';
import type account from './messages/account/ko.json';
import type admin from './messages/admin/ko.json';
import type common from './messages/common/ko.json';
import type courses from './messages/courses/ko.json';
import type library from './messages/library/ko.json';
import type staff from './messages/staff/ko.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      courses: typeof courses;
      account: typeof account;
      library: typeof library;
      staff: typeof staff;
      admin: typeof admin;
    };
  }
}
