// Who may see what of the notifications.
import { type Caller, forbidden, isProvinceAdmin, isStaffOf, unauthenticated } from '@baeumteo/server';

/** A learner's messages: the learner alone (they may name places and times of their life). */
export function assertOwnNotifications(caller: Caller | null, learnerId: string): void {
  if (!caller) throw unauthenticated();
  if (caller.id !== learnerId) throw forbidden('Only the learner sees their notifications.');
}

/** A city's undelivered messages: its staff and province admins. */
export function assertDeliveryStaff(caller: Caller | null, cityId: string): void {
  if (!caller) throw unauthenticated();
  if (!isProvinceAdmin(caller) && !isStaffOf(caller, cityId)) {
    throw forbidden("Only the city's staff see its undelivered notifications.");
  }
}
