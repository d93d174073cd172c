// Who may see what of the notifications.
import {
  type Caller,
  forbidden,
  isProvinceAdmin,
  isStaffOf,
  staffCities,
  unauthenticated,
} from '@baeumteo/server';

/** A learner's messages: the learner alone (they may name places and times of their life). */
export function assertOwnNotifications(caller: Caller | null, learnerId: string): void {
  if (!caller) throw unauthenticated();
  if (caller.id !== learnerId) throw forbidden('Only the learner sees their notifications.');
}

/** A course's reach: its city's staff and province admins (null city: nothing was sent about it yet). */
export function assertReachStaff(caller: Caller | null, cityId: string | null): void {
  if (!caller) throw unauthenticated();
  if (isProvinceAdmin(caller) || (cityId && isStaffOf(caller, cityId))) return;
  if (!cityId && staffCities(caller).length > 0) return;
  throw forbidden("Only the course's city staff see how far its messages got.");
}

/** A city's undelivered messages: its staff and province admins. */
export function assertDeliveryStaff(caller: Caller | null, cityId: string): void {
  if (!caller) throw unauthenticated();
  if (!isProvinceAdmin(caller) && !isStaffOf(caller, cityId)) {
    throw forbidden("Only the city's staff see its undelivered notifications.");
  }
}
