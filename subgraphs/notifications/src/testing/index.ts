// Test support for whoever tests notifications end to end: a real SMTP server on loopback that
// keeps what it receives, and a stand-in of the KakaoTalk provider's API.
export { type SensStandIn, startSensStandIn } from './sensStandIn.ts';
export { type SmtpInbox, startSmtpInbox } from './smtpInbox.ts';
