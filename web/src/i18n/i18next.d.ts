import 'i18next';
import type account from './messages/account/ko.json';
import type admin from './messages/admin/ko.json';
import type analyst from './messages/analyst/ko.json';
import type common from './messages/common/ko.json';
import type courses from './messages/courses/ko.json';
import type library from './messages/library/ko.json';
import type notifications from './messages/notifications/ko.json';
import type staff from './messages/staff/ko.json';
import type staffCity from './messages/staffCity/ko.json';
import type staffCourses from './messages/staffCourses/ko.json';
import type staffTerm from './messages/staffTerm/ko.json';

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
      staffCourses: typeof staffCourses;
      staffTerm: typeof staffTerm;
      staffCity: typeof staffCity;
      analyst: typeof analyst;
      notifications: typeof notifications;
    };
  }
}
